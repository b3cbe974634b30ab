// Linear-time checks for parsers (issue 9: "parsers run in linear time"), as a ratio rather than
// against the clock: ten times the input must take about ten times as long (a quadratic parser
// takes a hundred times), so a slow or loaded machine does not fail the test and a fast one does
// not hide a quadratic. The best of five runs each: with three, json-text failed once under load.

/** The time of `run(10 n)` over the time of `run(n)`, each the best of `tries`. */
export function growth(run: (n: number) => void, n: number, tries = 5): number {
	const best = (size: number) => {
		let ms = Infinity;
		for (let k = 0; k < tries; k++) {
			const t0 = performance.now();
			run(size);
			ms = Math.min(ms, performance.now() - t0);
		}
		return Math.max(ms, 0.05);
	};
	return best(10 * n) / best(n);
}

/**
 * Below this growth for ten times the input, the cost is taken as linear (n log n passes too). A
 * quadratic grows a hundredfold; 30 failed now and then (31–34) on a loaded 2-core machine.
 */
export const LINEAR = 50;
