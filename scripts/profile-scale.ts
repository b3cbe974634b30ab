// npm run bench:profile -- <path> [--cards 100000] [--root build] [--mark card]
//
// Where the time of one page goes on a large collection (issue 11): loads the bench profile of
// `--cards` (made by `npm run bench:scale`, or seeded here), opens `/` once (any upgrade), then
// records a CPU profile (Chrome DevTools protocol) of one navigation to <path> until the bench mark
// holds, and prints the functions with the most self and total time. Build with
// `npx vite build --minify false` for readable names. `--before <path>`: a page visited first.
import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.js';
import { startServer } from '../tests/support/serve.js';

const argv = process.argv.slice(2);
const get = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const path = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? '/';
const cards = Number(get('cards') ?? 100000);
const root = get('root') ?? 'build';
const mark = get('mark') ?? 'home';
interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const PORT = Number(process.env.PROFILE_PORT ?? 4951);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGE_SCRIPT = readFileSync(new URL('./lib/bench-page.js', import.meta.url), 'utf8');
const dirRoot = join(tmpdir(), 'kartoteka-profile');
const template = join(dirRoot, `${cards}`);
const launch = (dir: string) =>
	chromium.launchPersistentContext(dir, {
		executablePath: findChromium().executablePath,
		args: CHROMIUM_ARGS,
		headless: true,
		locale: 'en-US',
		timezoneId: 'Europe/Berlin'
	});

const server = await startServer({ root, port: PORT });
try {
	if (!existsSync(join(template, 'seeded.json'))) {
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
	const dir = join(dirRoot, 'run');
	rmSync(dir, { recursive: true, force: true });
	cpSync(template, dir, { recursive: true });
	const ctx = await launch(dir);
	await ctx.addInitScript({ content: PAGE_SCRIPT });
	const page = ctx.pages()[0] ?? (await ctx.newPage());
	const wait = (m: string) =>
		page.waitForFunction(
			(k) =>
				(window as unknown as { __bench?: { marks: Record<string, number> } }).__bench?.marks[k],
			m,
			{ timeout: 300_000 }
		);
	await page.goto(`${BASE}/`);
	await wait('home');
	await page.goto(`${BASE}/`);
	await wait('home');
	// A page to visit first (`--before /stats`: the statistics' first visit builds its aggregates).
	const before = get('before');
	if (before) {
		await page.goto(`${BASE}${before}`);
		await wait(get('before-mark') ?? mark);
	}
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	await cdp.send('Profiler.start');
	await page.goto(`${BASE}${path}`, { waitUntil: 'commit' });
	const t = await (await wait(mark)).jsonValue();
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	console.log(`${path}: mark ${mark} at ${Math.round(t as number)} ms`);
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<number, number>();
	const dts: number[] = profile.timeDeltas;
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dts[i + 1] ?? 0) / 1000));
	const name = (n: ProfileNode) => {
		const f = n.callFrame;
		const file = (f.url as string).split('/').pop();
		return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
	};
	const selfBy = new Map<string, number>();
	const totalBy = new Map<string, number>();
	for (const [id, ms] of self) {
		const n = byId.get(id)!;
		selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + ms);
		const seen = new Set<string>();
		for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
			const k = name(byId.get(x)!);
			if (seen.has(k)) continue;
			seen.add(k);
			totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
		}
	}
	const top = (m: Map<string, number>, n: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`);
	console.log('self:\n' + top(selfBy, 25).join('\n'));
	console.log('total:\n' + top(totalBy, 45).join('\n'));
	await ctx.close();
} finally {
	await server.close();
}
