// Optimize and Evaluate (issue 13, item 1), as Anki does them, over one preset's reviews:
// - too few reviews: say how many there are and how many are needed, fit nothing;
// - Evaluate: fit on the older 80 % of the reviews (time-ordered) and score the current and the
//   fitted parameters on the newer 20 %, which neither saw;
// - Optimize: fit on all the reviews; the result is kept only if, on the held-out reviews, the
//   parameters fitted without them predict at least as well as the current ones (Anki, too, keeps
//   the current parameters when the fitted ones are no better).
// The fit itself (fsrs-rs in WebAssembly) is passed in: this file stays pure and testable.
import { default_w } from 'ts-fsrs';
import { evaluate, type Evaluation } from './fsrs-evaluate';
import { packItems, toFsrsItems, type OptimizerReview, type PackedItems } from './fsrs-items';

/**
 * Reviews (each on a later study day than the card's previous one) needed before fitting. Below
 * 64 training items fsrs-rs fits only the four initial stabilities; 400 leaves 320 to fit on and
 * 80 to evaluate on after the split.
 */
export const MIN_OPTIMIZER_REVIEWS = 400;
/** Share of the reviews, the newest, held out for Evaluate. */
export const HOLDOUT_SHARE = 0.2;

export type FitParameters = (items: PackedItems) => number[];

export type OptimizeOutcome =
	| { kind: 'too-few'; reviews: number; minimum: number }
	| {
			kind: 'fitted';
			reviews: number;
			minimum: number;
			/** Parameters fitted on all the reviews. */
			w: number[];
			/** On the held-out reviews: the current parameters, and those fitted without them. */
			before: Evaluation;
			after: Evaluation;
			/** Whether the fitted parameters predict at least as well (then they are worth saving). */
			better: boolean;
	  };

export interface OptimizeInput {
	reviews: readonly OptimizerReview[];
	rolloverHour: number;
	/** The preset's current parameters; absent: FSRS's defaults. */
	current?: readonly number[];
	minimum?: number;
}

/** A usable parameter set out of the fit: 21 finite numbers (FSRS-6, as ts-fsrs 5). */
function checked(w: readonly number[]): number[] {
	const out = Array.from(w, Number);
	if (out.length !== default_w.length || !out.every(Number.isFinite))
		throw new Error(
			`the optimizer returned ${out.length} parameters, expected ${default_w.length}`
		);
	return out;
}

/**
 * The too-few answer when there are not enough reviews, else null: the page asks this first, so
 * that a student with too few reviews never downloads the optimizer.
 */
export function tooFewReviews(input: OptimizeInput): OptimizeOutcome | null {
	const minimum = input.minimum ?? MIN_OPTIMIZER_REVIEWS;
	const reviews = toFsrsItems(input.reviews, input.rolloverHour).length;
	return reviews < minimum ? { kind: 'too-few', reviews, minimum } : null;
}

export function optimizeReviews(input: OptimizeInput, fit: FitParameters): OptimizeOutcome {
	const minimum = input.minimum ?? MIN_OPTIMIZER_REVIEWS;
	const items = toFsrsItems(input.reviews, input.rolloverHour);
	if (items.length < minimum) return { kind: 'too-few', reviews: items.length, minimum };
	const cut = Math.round(items.length * (1 - HOLDOUT_SHARE));
	const train = items.slice(0, cut);
	const test = items.slice(cut);
	const current = input.current ?? default_w;
	const before = evaluate(test, current);
	const after = evaluate(test, checked(fit(packItems(train))));
	const w = checked(fit(packItems(items)));
	return {
		kind: 'fitted',
		reviews: items.length,
		minimum,
		w,
		before,
		after,
		better: after.logLoss <= before.logLoss
	};
}
