// npm run bench:profile -- <path> [--cards 100000] [--root build] [--mark card]
//
// Where the time of one page goes on a large collection (issue 11): loads the bench profile of
// `--cards` (made by `npm run bench:scale`, or seeded here), opens `/` once (any upgrade), then
// records a CPU profile (Chrome DevTools protocol) of one navigation to <path> until the bench mark
// holds, and prints the functions with the most self and total time. Build with
// `npx vite build --minify false` for readable names. `--before <path>`: a page visited first.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flag, launchBench } from './lib/bench-browser';
import { topLines, timesByFunction, type Profile } from './lib/cpu-profile';
import { startServer } from '../tests/support/serve.js';

const argv = process.argv.slice(2);
const get = (n: string) => flag(argv, n);
const path = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? '/';
const cards = Number(get('cards') ?? 100000);
const root = get('root') ?? 'build';
const mark = get('mark') ?? 'home';

const PORT = Number(process.env.PROFILE_PORT ?? 4951);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGE_SCRIPT = readFileSync(new URL('./lib/bench-page.js', import.meta.url), 'utf8');
const dirRoot = join(tmpdir(), 'kartoteka-profile');
const template = join(dirRoot, `${cards}`);
const launch = (dir: string) => launchBench(dir);

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
	const { selfBy, totalBy } = timesByFunction(profile);
	const top = (m: Map<string, number>, n: number) => topLines(m, n, 7);
	console.log('self:\n' + top(selfBy, 25).join('\n'));
	console.log('total:\n' + top(totalBy, 45).join('\n'));
	await ctx.close();
} finally {
	await server.close();
}
