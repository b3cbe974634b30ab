// npm run bench:scale [-- --sizes 1000,10000,100000] [--cards 100000] [--runs 3] [--build] [--root dir]
//   [--no-backup] (skips Settings → Backup and its restore: 8 minutes at 100k under load)
//   [--only home,study,stats,browser,export,import] (measures only these parts; the backup and the
//   import need export)
//
// How the app copes with a student's whole collection (issue 11): the production build (`build/`,
// served by tests/support/serve.js as the e2e tests are) in headless Chromium (tests/support/
// chromium.js), on a collection seeded straight into IndexedDB (scripts/lib/bench-page.js: 13 decks
// for 1k cards, else 103, three per article, every deck but one studied, five logs per studied card,
// as schema v3 so that newer builds run their upgrade on it). A seeded profile is kept per size and
// day under $TMPDIR/kartoteka-bench and copied for each run, so every build is measured on the same
// data. Prints one table (medians) in the issue's terms. Not a test: it asserts nothing.
import { type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBench } from './lib/bench-browser';
import { startServer } from '../tests/support/serve.js';

interface Options {
	sizes: number[];
	runs: number;
	build: boolean;
	/** The build to serve (default build/): a copy lets the next build run meanwhile. */
	root: string;
	backup: boolean;
	/** The parts to measure (--only); all when not given. */
	only: Set<string> | null;
}

function options(argv: string[]): Options {
	const get = (name: string) => {
		const i = argv.indexOf(`--${name}`);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const sizes = (get('sizes') ?? get('cards') ?? '1000,10000,100000')
		.split(',')
		.map((s) => Number(s.trim()))
		.filter((n) => Number.isInteger(n) && n > 0);
	if (!sizes.length) throw new Error('--sizes: comma-separated card counts, e.g. 1000,10000');
	return {
		sizes,
		runs: Number(get('runs') ?? 3),
		build: argv.includes('--build'),
		root: get('root') ?? 'build',
		backup: !argv.includes('--no-backup'),
		only: get('only')
			? new Set(
					get('only')!
						.split(',')
						.map((s) => s.trim())
				)
			: null
	};
}

const PAGE_SCRIPT = readFileSync(new URL('./lib/bench-page.js', import.meta.url), 'utf8');
// IndexedDB belongs to an origin: one fixed port, so that a seeded profile can be reused.
const PORT = Number(process.env.BENCH_PORT ?? 4950);
const BASE = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;

const median = (xs: number[]) => {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return NaN;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const launch = (dir: string): Promise<BrowserContext> =>
	launchBench(dir, { acceptDownloads: true, viewport: { width: 1280, height: 900 } });

interface Seeded {
	decks: string[];
	logs: number;
	never: string;
}

/** The seeded profile for `cards` (made once per size and day), copied to a fresh directory. */
async function seededProfile(cards: number): Promise<{ dir: string; seeded: Seeded }> {
	const root = join(tmpdir(), 'kartoteka-bench');
	const day = new Date().toISOString().slice(0, 10);
	const template = join(root, `${cards}-${day}`);
	const info = join(root, `${cards}-${day}.json`);
	if (!existsSync(info)) {
		rmSync(template, { recursive: true, force: true });
		mkdirSync(template, { recursive: true });
		const context = await launch(template);
		const page = await context.newPage();
		// Any document of the origin that does not start the app (which would open the database).
		await page.goto(`${BASE}/manifest.webmanifest`);
		const decks = cards <= 1000 ? 13 : 103;
		const t0 = Date.now();
		const seeded = (await page.evaluate(
			`${PAGE_SCRIPT}; window.__bench.seed(${JSON.stringify({ cards, decks, seed: 11, now: Date.now() })})`
		)) as Seeded;
		await page.evaluate(`localStorage.setItem('bench-decks', '${decks}')`);
		await context.close();
		console.error(`seeded ${cards} cards, ${seeded.logs} logs in ${Date.now() - t0} ms`);
		await import('node:fs').then((fs) => fs.writeFileSync(info, JSON.stringify(seeded)));
	}
	const dir = join(root, `run-${cards}`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(template, dir, { recursive: true });
	return { dir, seeded: JSON.parse(readFileSync(info, 'utf8')) as Seeded };
}

/** JS heap of the page: used now (after a GC when `gc`), and a sampler of the peak meanwhile. */
async function heapNow(cdp: CDPSession, gc = true): Promise<number> {
	if (gc) await cdp.send('HeapProfiler.collectGarbage');
	return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function peakWhile<T>(cdp: CDPSession, job: () => Promise<T>): Promise<[T, number]> {
	let peak = 0;
	let on = true;
	const sampler = (async () => {
		while (on) {
			peak = Math.max(peak, await heapNow(cdp, false).catch(() => 0));
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	try {
		const value = await job();
		return [value, peak];
	} finally {
		on = false;
		await sampler;
	}
}

/** Navigates and returns the page's own time (ms from navigation start) when `mark` first held. */
async function timedGoto(page: Page, url: string, mark: string): Promise<number> {
	await page.goto(url, { waitUntil: 'commit' });
	return (await page
		.waitForFunction(
			(m) =>
				(window as unknown as { __bench?: { marks: Record<string, number> } }).__bench?.marks[m],
			mark,
			{ timeout: 180_000, polling: 100 }
		)
		.then((h) => h.jsonValue())) as number;
}

type Row = Record<string, number | string>;

/** Reveal, grade and undo in a studied deck. */
async function studyTimes(page: Page, deckId: string, row: Row) {
	await timedGoto(page, `${BASE}/study?deck=${encodeURIComponent(deckId)}`, 'card');
	const reveal: number[] = [];
	const grade: number[] = [];
	for (let i = 0; i < 10; i++) {
		await page.waitForSelector('[data-testid="show-answer"]:not([disabled])');
		reveal.push(
			(await page.evaluate(`window.__bench.timeUntil(
				() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })),
				() => window.__bench.visible('[data-testid="card-back"]'))`)) as number
		);
		await page.waitForSelector('[data-testid="grade-good"]:not([disabled])');
		grade.push(
			(await page.evaluate(`(() => { const before = window.__bench.text('[data-testid="card-front"]');
				return window.__bench.timeUntil(
				() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true })),
				() => !window.__bench.visible('[data-testid="card-back"]') &&
					(window.__bench.text('[data-testid="card-front"]') !== before || window.__bench.visible('[data-testid="study-done"]')));
				})()`)) as number
		);
	}
	const undo: number[] = [];
	for (let i = 0; i < 3; i++) {
		await page.waitForSelector('[data-testid="undo"]:not([disabled])');
		undo.push(
			(await page.evaluate(`(() => { const before = window.__bench.text('[data-testid="card-front"]');
				return window.__bench.timeUntil(() => document.querySelector('[data-testid="undo"]').click(),
				() => window.__bench.visible('[data-testid="card-front"]') && window.__bench.text('[data-testid="card-front"]') !== before);
				})()`)) as number
		);
	}
	row['grade → next'] = median(grade);
	row['reveal'] = median(reveal);
	row['undo'] = median(undo);
}

/**
 * Search as you type, one keystroke at a time: ms until the next frame has been painted. The
 * browser shows its first page alone and reads every card once the search box takes the focus
 * (issue 11): that wait is measured apart, and the keystrokes search every card.
 */
async function searchTimes(page: Page, row: Row): Promise<number[]> {
	const t0 = Date.now();
	await page.getByTestId('card-search').focus();
	await page.waitForSelector('[data-testid="found-count"]:not([data-partial])', {
		timeout: 300_000
	});
	row['browser: every card read after focus'] = Date.now() - t0;
	const out: number[] = [];
	const word = 'договор';
	for (let i = 1; i <= word.length; i++) {
		out.push(
			(await page.evaluate(`(async () => {
				const input = document.querySelector('[data-testid="card-search"]');
				const t0 = performance.now();
				input.value = ${JSON.stringify(word.slice(0, i))};
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				return performance.now() - t0;
			})()`)) as number
		);
	}
	return out;
}

async function exportAll(
	page: Page,
	cdp: CDPSession
): Promise<{ ms: number; mb: number; peak: number; path: string }> {
	await timedGoto(page, `${BASE}/import`, 'exportList');
	await page.getByTestId('export-format').selectOption('json');
	await page.getByTestId('export-progress').check();
	await page.evaluate(
		`document.querySelectorAll('[data-testid="export-item"] .pick input').forEach((i) => { if (!i.checked) i.click(); })`
	);
	const [result, peak] = await peakWhile(cdp, async () => {
		const t0 = Date.now();
		const download = page.waitForEvent('download', { timeout: 600_000 });
		await page.getByTestId('export-selected').click();
		const file = await download;
		await file.path();
		const ms = Date.now() - t0;
		// Under the name the app gave it: an import reads the kind of a file from its name.
		const path = join(tmpdir(), 'kartoteka-bench', file.suggestedFilename());
		await file.saveAs(path);
		return { ms, mb: statSync(path).size / MB, path };
	});
	return { ...result, peak };
}

/**
 * The exported file imported again over the same collection (issue 11, item 2): from choosing the
 * file to "imported" (its decks updated in place, its progress not newer), or what refused it.
 */
async function importBack(page: Page, cdp: CDPSession, path: string, row: Row): Promise<void> {
	await timedGoto(page, `${BASE}/import`, 'exportList');
	const [result, peak] = await peakWhile(cdp, async () => {
		const t0 = Date.now();
		await page.getByTestId('import-file').setInputFiles(path);
		const first = await Promise.race([
			page
				.getByTestId('import-confirm')
				.waitFor({ timeout: 600_000 })
				.then(() => 'preview'),
			page
				.getByTestId('import-error')
				.first()
				.waitFor({ timeout: 600_000 })
				.then(() => 'error')
		]);
		if (first === 'error') {
			const why = (await page.getByTestId('import-error').first().innerText()).slice(0, 300);
			return `refused after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${why}`;
		}
		const preview = Date.now() - t0;
		await page.getByTestId('import-confirm').click();
		// A bundle read in pieces is staged first, then written (issue 11, ninth pass).
		let written = 0;
		void page
			.locator('[data-testid="import-writing"][data-stage="writing"]')
			.waitFor({ timeout: 600_000 })
			.then(() => (written = Date.now() - t0))
			.catch(() => undefined);
		const end = await Promise.race([
			page
				.getByTestId('import-done')
				.waitFor({ timeout: 900_000 })
				.then(() => 'done'),
			page
				.locator('[data-testid="import-error"]')
				.waitFor({ timeout: 900_000 })
				.then(() => 'error')
		]);
		const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		const at = `preview at ${s(preview)}${written ? `, writing from ${s(written)}` : ''}`;
		if (end === 'error') {
			const why = (await page.getByTestId('import-error').first().innerText()).slice(0, 300);
			return `failed after ${s(Date.now() - t0)} (${at}): ${why}`;
		}
		return `${s(Date.now() - t0)} (${at})`;
	});
	row['import of the exported file'] = result;
	row['heap import peak'] = peak / MB;
}

/**
 * What IndexedDB alone takes to hand over what the export reads (issue 11, seventh pass): every
 * deck's row, cards, states and logs by the export's four index requests, one deck at a time,
 * with nothing done with the rows. The export cannot be faster than this on the same machine.
 */
async function rawExportReads(page: Page): Promise<number> {
	return (await page.evaluate(`(async () => {
		const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
		const db = await req(indexedDB.open('kartoteka'));
		const ids = await req(db.transaction('decks').objectStore('decks').getAllKeys());
		const t0 = performance.now();
		for (const id of ids) {
			const tx = db.transaction(['decks', 'cards', 'states', 'reviews']);
			const all = (store, index, range) => req(tx.objectStore(store).index(index).getAll(range));
			await Promise.all([
				req(tx.objectStore('decks').get(id)),
				all('cards', '[deckId+ord]', IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
				all('states', 'deckId', IDBKeyRange.only(id)),
				all('reviews', '[deckId+at]', IDBKeyRange.bound([id, -Infinity], [id, Infinity]))
			]);
		}
		const ms = performance.now() - t0;
		db.close();
		return ms;
	})()`)) as number;
}

/** Settings → Backup of the whole collection (issue 14), then restoring that file over it. */
async function backupAndRestore(page: Page, cdp: CDPSession, row: Row): Promise<void> {
	await page.goto(`${BASE}/settings`);
	await page.getByTestId('backup-make').waitFor();
	const [file, peak] = await peakWhile(cdp, async () => {
		const t0 = Date.now();
		const download = page.waitForEvent('download', { timeout: 600_000 });
		await page.getByTestId('backup-make').click();
		const path = await (await download).path();
		return { ms: Date.now() - t0, path };
	});
	row['backup'] = file.ms;
	row['backup file MB'] = statSync(file.path).size / MB;
	row['heap backup peak'] = peak / MB;
	const [ms, restorePeak] = await peakWhile(cdp, async () => {
		const t0 = Date.now();
		await page.getByTestId('restore-file').setInputFiles(file.path);
		await page.getByTestId('restore-confirm').click({ timeout: 600_000 });
		await page.getByTestId('restore-done').waitFor({ timeout: 600_000 });
		return Date.now() - t0;
	});
	row['restore (check, confirm, write)'] = ms;
	row['heap restore peak'] = restorePeak / MB;
}

async function measure(
	cards: number,
	runs: number,
	backup = true,
	only: Set<string> | null = null
): Promise<Row> {
	const part = (name: string) => !only || only.has(name);
	const { dir, seeded } = await seededProfile(cards);
	const context = await launch(dir);
	await context.addInitScript({ content: PAGE_SCRIPT });
	const page = context.pages()[0] ?? (await context.newPage());
	page.on('pageerror', (e) => console.error('page error:', e.message));
	const cdp = await context.newCDPSession(page);
	const row: Row = { cards, logs: seeded.logs, decks: seeded.decks.length };
	const times = (n: number, url: string, mark: string) => timesOf(page, n, url, mark);
	// The first start on this database: any upgrade of the schema runs here.
	row['first start (upgrade)'] = await timedGoto(page, `${BASE}/`, 'home');
	// Schema v7 (issue 11, third pass) builds the per-deck counters in the background after the
	// first start: wait for them (a build without the table has nothing to wait for).
	row['deck counters built after the first start'] = (await page.evaluate(`(async () => {
		const t0 = performance.now();
		const count = (store) => new Promise((resolve) => {
			const open = indexedDB.open('kartoteka');
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains(store)) return (db.close(), resolve(-1));
				const req = db.transaction(store).objectStore(store).count();
				req.onsuccess = () => (db.close(), resolve(req.result));
			};
		});
		for (;;) {
			const [decks, rows] = [await count('decks'), await count('deckCounts')];
			if (rows < 0) return NaN;
			if (rows >= decks) return performance.now() - t0;
			if (performance.now() - t0 > 300000) return NaN;
			await new Promise((r) => setTimeout(r, 200));
		}
	})()`)) as number;
	const home: number[] = [];
	const afterShell: number[] = [];
	for (let i = 0; i < Math.max(5, runs); i++) {
		home.push(await timedGoto(page, `${BASE}/`, 'home'));
		afterShell.push(home[i] - ((await page.evaluate('window.__bench.marks.shell')) as number));
	}
	row['home, warm reload'] = median(home);
	row['home: counts after the shell'] = median(afterShell);
	row['heap home'] = (await heapNow(cdp)) / MB;
	const all = await page
		.getByTestId('deck-item')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-id') ?? ''));
	const studyAll = `${BASE}/study?${all.map((id) => `deck=${encodeURIComponent(id)}`).join('&')}`;
	row['open study, never-studied deck'] = await times(
		runs,
		`${BASE}/study?deck=${encodeURIComponent(seeded.never)}`,
		'card'
	);
	const shell: number[] = [];
	const [allMs, studyPeak] = await peakWhile(cdp, async () => {
		const xs: number[] = [];
		for (let i = 0; i < runs; i++) {
			xs.push(await timedGoto(page, studyAll, 'card'));
			shell.push(xs[i] - ((await page.evaluate('window.__bench.marks.shell')) as number));
		}
		return median(xs);
	});
	row['open study, all decks'] = allMs;
	row['open study, all decks: first card after the shell'] = median(shell);
	row['heap study peak'] = studyPeak / MB;
	await studyTimes(page, seeded.decks[2], row);
	row['heap study'] = (await heapNow(cdp)) / MB;
	if (part('stats')) await statsTimes(page, cdp, runs, row);
	if (part('browser')) await browserTimes(page, cdp, runs, row);
	if (part('export')) {
		const exp = await exportAll(page, cdp);
		row['export all with progress'] = exp.ms;
		row['export file MB'] = exp.mb;
		row['heap export peak'] = exp.peak / MB;
		row['export: IndexedDB reads alone'] = await rawExportReads(page);
		if (part('import')) await importBack(page, cdp, exp.path, row);
		rmSync(exp.path, { force: true });
		if (backup) await backupAndRestore(page, cdp, row);
	}
	await context.close();
	rmSync(dir, { recursive: true, force: true });
	return row;
}

async function timesOf(page: Page, n: number, url: string, mark: string) {
	const xs: number[] = [];
	for (let i = 0; i < n; i++) xs.push(await timedGoto(page, url, mark));
	return median(xs);
}

async function statsTimes(page: Page, cdp: CDPSession, runs: number, row: Row) {
	// The first visit after an upgrade builds the review aggregates (schema v4): apart.
	row['statistics, first visit'] = await timedGoto(page, `${BASE}/stats`, 'stats');
	const [statsMs, statsPeak] = await peakWhile(cdp, () =>
		timesOf(page, runs, `${BASE}/stats`, 'stats')
	);
	row['statistics page'] = statsMs;
	row['heap stats peak'] = statsPeak / MB;
	row['heap stats'] = (await heapNow(cdp)) / MB;
}

async function browserTimes(page: Page, cdp: CDPSession, runs: number, row: Row) {
	const times = (n: number, url: string, mark: string) => timesOf(page, n, url, mark);
	const [browserMs, browserPeak] = await peakWhile(cdp, () =>
		times(runs, `${BASE}/author/cards`, 'browser')
	);
	row['card browser first page'] = browserMs;
	row['heap browser peak'] = browserPeak / MB;
	row['heap browser, first page only'] = (await heapNow(cdp)) / MB;
	row['search keystroke'] = median(await searchTimes(page, row));
	row['heap browser'] = (await heapNow(cdp)) / MB;
}

function table(rows: Row[]): string {
	const keys = Object.keys(rows[0]).filter((k) => !['cards', 'logs', 'decks'].includes(k));
	const fmt = (k: string, v: number | string) => {
		if (typeof v === 'string') return v;
		if (k.startsWith('heap') || k.endsWith('MB')) return `${v.toFixed(0)} MB`;
		return v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(1)} ms`;
	};
	const head = rows.map((r) => `${Number(r.cards) / 1000}k (${r.logs} logs)`);
	const lines = [`| what | ${head.join(' | ')} |`, `|---|${rows.map(() => '---|').join('')}`];
	for (const k of keys) lines.push(`| ${k} | ${rows.map((r) => fmt(k, r[k])).join(' | ')} |`);
	return lines.join('\n');
}

const opts = options(process.argv.slice(2));
if (opts.build || (opts.root === 'build' && !existsSync('build/index.html'))) {
	const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (b.status !== 0) process.exit(b.status ?? 1);
}
const server = await startServer({ root: opts.root, port: PORT });
const rows: Row[] = [];
try {
	for (const n of opts.sizes) {
		const row = await measure(n, opts.runs, opts.backup, opts.only);
		console.error(JSON.stringify(row));
		rows.push(row);
	}
} finally {
	await server.close();
}
console.log(table(rows));
