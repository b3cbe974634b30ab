// npm run bench:optimizer: how long the FSRS optimizer (fsrs-browser's WebAssembly, single thread)
// takes to fit N reviews on this machine, and the whole Optimize run (two fits: Evaluate's on 80 %,
// and the saved one on all). The reviews come from the simulator's student with known parameters
// (src/lib/testing/student.ts's, rebuilt here: scripts may not import the test helpers).
process.env.TZ = 'Europe/Berlin';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// fsrs-browser's thread helper listens on `self` at import (the app replaces it: vite.config.ts).
(globalThis as Record<string, unknown>).self ??= {
	addEventListener() {},
	removeEventListener() {}
};
const { initSync, Fsrs } = await import('fsrs-browser');
const { default_w } = await import('ts-fsrs');
const { simulatePlain } = await import('../src/lib/core/schedule/simulate');
const { toFsrsItems, packItems } = await import('../src/lib/core/schedule/optimizer/fsrs-items');
const { optimizeReviews } = await import('../src/lib/core/schedule/optimizer/optimize');

const require = createRequire(import.meta.url);
initSync({ module: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')) });
const fit = (p: ReturnType<typeof packItems>) =>
	Array.from(new Fsrs().computeParameters(p.ratings, p.deltaTs, p.lengths, null, true));

const studentW = default_w.map((x, i) =>
	i === 0 ? 0.08 : i === 1 ? 0.5 : i === 2 ? 1.0 : i === 3 ? 3.5 : i === 8 ? 1.3 : x
);
// fsrs-rs reports each epoch on the console: keep the table readable.
const log = console.log;
for (const k of ['log', 'info', 'debug'] as const) console[k] = () => {};
const rows: string[] = [];
for (const [cards, days] of [
	[120, 60],
	[300, 90],
	[600, 180],
	[1000, 365]
]) {
	const reviews: { key: string; at: number; rating: number; state: number }[] = [];
	simulatePlain({
		cards,
		days,
		newPerDay: 10,
		seed: 7,
		studentW,
		onReview: (r) => reviews.push({ ...r, key: `c${r.card}` })
	});
	const items = toFsrsItems(reviews, 4);
	// The first call of a WebAssembly function runs before the engine has optimised it: warm up.
	if (rows.length === 0) fit(packItems(items));
	let t = performance.now();
	fit(packItems(items));
	const one = performance.now() - t;
	t = performance.now();
	optimizeReviews({ reviews, rolloverHour: 4 }, fit);
	const whole = performance.now() - t;
	rows.push(
		`${String(reviews.length).padStart(8)} ${String(items.length).padStart(8)} ${(one / 1000).toFixed(1).padStart(8)} s ${(whole / 1000).toFixed(1).padStart(8)} s`
	);
}
console.log = log;
console.log('    logs    items      fit  Optimize (two fits + Evaluate)');
for (const r of rows) console.log(r);
