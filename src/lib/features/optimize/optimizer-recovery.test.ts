// The optimizer recovers a student's known parameters (issue 13, item 1, Tests): the simulator's
// student remembers with parameters W_TRUE (not FSRS's defaults) while the app schedules with the
// defaults, as for a new user; fsrs-rs (the WebAssembly the app runs) fits the logs; on the newest
// reviews, which the fit did not see, the fitted parameters' predictions must be close to the true
// ones' and beat the defaults'.
import { beforeAll, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { FORGETFUL_W as W_TRUE, studentReviews } from '$lib/testing/student';
import { toFsrsItems } from '$lib/core/schedule/optimizer/fsrs-items';
import { evaluate, predictRecall } from '$lib/core/schedule/optimizer/fsrs-evaluate';
import { HOLDOUT_SHARE, optimizeReviews } from '$lib/core/schedule/optimizer/optimize';
import { wasmFit } from './fsrs-wasm';
import { initFsrsWasmForNode } from './wasm-node';

/** Tolerance: mean absolute difference of predicted recall, fitted vs true, on held-out reviews. */
const PREDICTION_TOLERANCE = 0.03;

describe('FSRS optimizer (fsrs-browser WebAssembly)', () => {
	beforeAll(() => initFsrsWasmForNode());

	it('recovers a simulated student’s parameters: held-out predictions within 0.03 of the true ones', () => {
		const reviews = studentReviews(300, 90).map((r) => ({ ...r, key: `c${r.card}` }));
		const outcome = optimizeReviews({ reviews, rolloverHour: 4 }, wasmFit);
		expect(outcome.kind).toBe('fitted');
		if (outcome.kind !== 'fitted') return;
		expect(outcome.w).toHaveLength(21);
		const items = toFsrsItems(reviews, 4);
		const test = items.slice(Math.round(items.length * (1 - HOLDOUT_SHARE)));
		const truth = predictRecall(test, W_TRUE);
		const fitted = predictRecall(test, outcome.w);
		const meanDiff = truth.reduce((s, p, i) => s + Math.abs(p - fitted[i]), 0) / test.length;
		const defaults = predictRecall(test, default_w);
		const defaultDiff = truth.reduce((s, p, i) => s + Math.abs(p - defaults[i]), 0) / test.length;
		expect(meanDiff).toBeLessThan(PREDICTION_TOLERANCE);
		expect(meanDiff).toBeLessThan(defaultDiff / 2);
		// Evaluate: the fitted parameters predict the held-out reviews better than the defaults,
		// and nearly as well as the truth itself.
		expect(outcome.better).toBe(true);
		expect(outcome.after.logLoss).toBeLessThan(outcome.before.logLoss);
		expect(outcome.after.logLoss).toBeLessThan(evaluate(test, W_TRUE).logLoss * 1.02);
	}, 120_000);
});
