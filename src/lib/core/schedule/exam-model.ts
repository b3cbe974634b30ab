// What one more review does to a card's recall at the exam, in FSRS's own model (ts-fsrs's
// stability formulas and forgetting curve): the exam planner's arithmetic. Pure.
import { default_w, forgetting_curve, FSRSAlgorithm, generatorParameters, Rating } from 'ts-fsrs';
import type { Card } from 'ts-fsrs';

const DAY_MS = 86_400_000;

let cached: { w: readonly number[]; algo: FSRSAlgorithm } | null = null;

/** ts-fsrs's algorithm for the weights `w` (the last one is kept: plans ask for it per grade). */
function algorithm(w: readonly number[]): FSRSAlgorithm {
	if (!cached || cached.w !== w)
		cached = { w, algo: new FSRSAlgorithm(generatorParameters({ w: [...w] })) };
	return cached.algo;
}

/** FSRS retrievability after `days` days at stability `s` with weights `w`. */
export function recallAfter(days: number, s: number, w: readonly number[] = default_w): number {
	return forgetting_curve(w as number[], Math.max(0, days), Math.max(s, 0.001));
}

/**
 * Expected recall at `exam` if `card` (a review card) is reviewed once more at `at` and then not
 * again: recalled (graded Good) with its retrievability at `at`, forgotten otherwise (Again, then
 * one relearning step graded Good). Also returns that retrievability, the review's risk.
 */
export function recallAfterReview(
	card: Card,
	at: Date,
	exam: Date,
	w: readonly number[] = default_w
): { expected: number; recallAtReview: number } {
	const algo = algorithm(w);
	const s = Math.max(card.stability, 0.001);
	const last = card.last_review ? new Date(card.last_review).getTime() : at.getTime();
	const r = recallAfter((at.getTime() - last) / DAY_MS, s, w);
	const gap = (exam.getTime() - at.getTime()) / DAY_MS;
	const good = algo.next_recall_stability(card.difficulty, s, r, Rating.Good);
	const lapse = algo.next_short_term_stability(
		algo.next_forget_stability(card.difficulty, s, r),
		Rating.Good
	);
	return {
		expected: r * recallAfter(gap, good, w) + (1 - r) * recallAfter(gap, lapse, w),
		recallAtReview: r
	};
}
