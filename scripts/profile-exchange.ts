// npm run bench:profile-exchange -- [--cards 10000] [--root build] [--skip-export file.json]
//
// Where the time of "export all with progress" and of importing that file back goes (issue 11,
// tenth pass). On the bench's seeded collection of `--cards` (seeded here once, kept in
// $TMPDIR/kartoteka-profile-x/<cards>), after the first start's upgrade: a CPU profile (DevTools
// protocol) of the page's main thread, and of the bundle worker's while the import reads, for each
// step — the export, the import's preview, its staging and its write — with the IndexedDB requests
// each step made (count and summed time from request to success, by method), printed by function
// (self and total time). Build with `npx vite build --minify false` for readable names.
import { type CDPSession, type Page } from '@playwright/test';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flag, launchBench } from './lib/bench-browser';
import { topLines, timesByFunction, type Profile } from './lib/cpu-profile';
import { startServer } from '../tests/support/serve.js';

const argv = process.argv.slice(2);
const get = (n: string) => flag(argv, n);
const cards = Number(get('cards') ?? 10000);
const root = get('root') ?? 'build';
const TOP = Number(get('top') ?? 25);

const PORT = Number(process.env.PROFILE_PORT ?? 4952);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGE_SCRIPT = readFileSync(new URL('./lib/bench-page.js', import.meta.url), 'utf8');
const dirRoot = join(tmpdir(), 'kartoteka-profile-x');
const template = join(dirRoot, `${cards}`);

/** Every IndexedDB request timed from its creation to its success, by store or index method. */
const IDB_TRACE = `(() => {
	const stats = (window.__idb = {});
	const wrap = (proto, kind) => {
		for (const m of ['get', 'getAll', 'getAllKeys', 'getKey', 'put', 'add', 'delete', 'clear', 'count', 'openCursor', 'openKeyCursor']) {
			const f = proto[m];
			if (!f) continue;
			proto[m] = function (...args) {
				const req = f.apply(this, args);
				const t0 = performance.now();
				const k = kind + '.' + m + ' ' + (kind === 'index' ? this.objectStore.name + '.' + this.name : this.name);
				const s = (stats[k] ??= { n: 0, ms: 0 });
				s.n++;
				req.addEventListener('success', () => (s.ms += performance.now() - t0), { once: true });
				return req;
			};
		}
	};
	wrap(IDBObjectStore.prototype, 'store');
	wrap(IDBIndex.prototype, 'index');
	const tx = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (...a) {
		const s = (stats['transactions ' + (a[1] ?? 'readonly')] ??= { n: 0, ms: 0 });
		s.n++;
		return tx.apply(this, a);
	};
})();`;

const launch = (dir: string) =>
	launchBench(dir, { acceptDownloads: true, viewport: { width: 1280, height: 900 } });

function summary(profile: Profile, top: number): string {
	const { selfBy, totalBy } = timesByFunction(profile);
	const list = (m: Map<string, number>, n: number) => topLines(m, n, 8).join('\n');
	return `  self:\n${list(selfBy, top)}\n  total:\n${list(totalBy, top + 10)}`;
}

/**
 * The bundle worker's CPU profile, through the page's session (Target.sendMessageToTarget): each
 * worker is attached as it starts, paused until its profiler runs when a step is being profiled.
 * The page's `Worker.terminate` is held back (DEFER_TERMINATE) until its profile has been taken.
 */
class WorkerProfiler {
	#session: string | null = null;
	#id = 1000;
	#pending = new Map<number, (r: unknown) => void>();
	#on = false;
	constructor(private cdp: CDPSession) {
		cdp.on('Target.attachedToTarget', (e) => {
			if (e.targetInfo.type !== 'worker') return;
			this.#session = e.sessionId;
			void (async () => {
				if (this.#on) await this.#startHere();
				await this.send('Runtime.runIfWaitingForDebugger');
			})();
		});
		cdp.on('Target.receivedMessageFromTarget', (e) => {
			const m = JSON.parse(e.message) as { id?: number; result?: unknown };
			if (m.id !== undefined) this.#pending.get(m.id)?.(m.result);
		});
	}
	attach = () =>
		this.cdp.send('Target.setAutoAttach', {
			autoAttach: true,
			waitForDebuggerOnStart: true,
			flatten: false
		});
	send(method: string, params: object = {}): Promise<unknown> {
		if (!this.#session) return Promise.resolve(null);
		const id = this.#id++;
		const done = new Promise<unknown>((r) => this.#pending.set(id, r));
		this.cdp
			.send('Target.sendMessageToTarget', {
				sessionId: this.#session,
				message: JSON.stringify({ id, method, params })
			})
			.catch(() => this.#pending.get(id)?.(null));
		return done;
	}
	async #startHere() {
		await this.send('Profiler.enable');
		await this.send('Profiler.setSamplingInterval', { interval: 500 });
		await this.send('Profiler.start');
	}
	start() {
		this.#on = true;
	}
	async stop(): Promise<Profile | null> {
		this.#on = false;
		const r = (await this.send('Profiler.stop')) as { profile: Profile } | null;
		return r?.profile ?? null;
	}
}

const DEFER_TERMINATE = `(() => {
	const t = Worker.prototype.terminate;
	window.__terminate = [];
	Worker.prototype.terminate = function () { window.__terminate.push(() => t.call(this)); };
})();`;

async function profiled<T>(
	cdp: CDPSession,
	page: Page,
	label: string,
	job: () => Promise<T>
): Promise<T> {
	await page.evaluate('for (const k in window.__idb) delete window.__idb[k]');
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	await cdp.send('Profiler.start');
	const t0 = Date.now();
	const value = await job();
	const ms = Date.now() - t0;
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	const idb = (await page.evaluate('window.__idb')) as Record<string, { n: number; ms: number }>;
	console.log(`\n=== ${label}: ${(ms / 1000).toFixed(1)} s (page main thread)`);
	console.log(summary(profile, TOP));
	console.log('  IndexedDB requests (count, summed ms from request to success):');
	for (const [k, v] of Object.entries(idb).sort((a, b) => b[1].ms - a[1].ms))
		console.log(`${String(v.n).padStart(10)} ${v.ms.toFixed(0).padStart(9)} ms  ${k}`);
	return value;
}

async function seed() {
	if (existsSync(join(template, 'seeded.json'))) return;
	rmSync(template, { recursive: true, force: true });
	mkdirSync(template, { recursive: true });
	const ctx = await launch(template);
	const page = await ctx.newPage();
	await page.goto(`${BASE}/manifest.webmanifest`);
	const decks = cards <= 1000 ? 13 : 103;
	const seeded = await page.evaluate(
		`${PAGE_SCRIPT}; window.__bench.seed(${JSON.stringify({ cards, decks, seed: 11, now: Date.now() })})`
	);
	await page.evaluate(`localStorage.setItem('bench-decks', '${decks}')`);
	await ctx.close();
	writeFileSync(join(template, 'seeded.json'), JSON.stringify(seeded));
}

async function exportAll(page: Page): Promise<string> {
	await page.getByTestId('export-format').selectOption('json');
	await page.getByTestId('export-progress').check();
	await page.evaluate(
		`document.querySelectorAll('[data-testid="export-item"] .pick input').forEach((i) => { if (!i.checked) i.click(); })`
	);
	const download = page.waitForEvent('download', { timeout: 900_000 });
	await page.getByTestId('export-selected').click();
	const file = await download;
	const path = join(dirRoot, file.suggestedFilename());
	await file.saveAs(path);
	return path;
}

const T = { timeout: 900_000 };

async function importSteps(cdp: CDPSession, page: Page, worker: WorkerProfiler, path: string) {
	await worker.attach();
	const preview = () =>
		Promise.race([
			page.getByTestId('import-confirm').waitFor(T),
			page
				.getByTestId('import-error')
				.first()
				.waitFor(T)
				.then(() => Promise.reject(new Error('refused')))
		]);
	const workerStep = async (label: string, job: () => Promise<unknown>) => {
		worker.start();
		await profiled(cdp, page, label, job);
		const p = await worker.stop();
		await page.evaluate('window.__terminate.splice(0).forEach((t) => t())');
		console.log(p ? `  --- worker, ${label}:\n${summary(p, 15)}` : '  (worker not attached)');
	};
	await workerStep('import: preview', async () => {
		await page.getByTestId('import-file').setInputFiles(path);
		await preview();
	});
	const writing = page.locator('[data-testid="import-writing"][data-stage="writing"]');
	await workerStep('import: staging', async () => {
		await page.getByTestId('import-confirm').click();
		await writing.waitFor(T);
	});
	await profiled(cdp, page, 'import: write', () => page.getByTestId('import-done').waitFor(T));
}

const server = await startServer({ root, port: PORT });
try {
	await seed();
	const dir = join(dirRoot, 'run');
	rmSync(dir, { recursive: true, force: true });
	cpSync(template, dir, { recursive: true });
	const ctx = await launch(dir);
	await ctx.addInitScript({ content: PAGE_SCRIPT });
	await ctx.addInitScript({ content: IDB_TRACE });
	await ctx.addInitScript({ content: DEFER_TERMINATE });
	const page = ctx.pages()[0] ?? (await ctx.newPage());
	const mark = (m: string) =>
		page.waitForFunction(
			(k) =>
				(window as unknown as { __bench?: { marks: Record<string, number> } }).__bench?.marks[k],
			m,
			{ timeout: 600_000 }
		);
	await page.goto(`${BASE}/`);
	await mark('home');
	await page.goto(`${BASE}/import`);
	await mark('exportList');
	const cdp = await ctx.newCDPSession(page);
	const skip = get('skip-export');
	const path =
		skip ?? (await profiled(cdp, page, 'export all with progress', () => exportAll(page)));
	console.log(`file ${path}: ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`);
	await importSteps(cdp, page, new WorkerProfiler(cdp), path);
	await ctx.close();
} finally {
	await server.close();
}
