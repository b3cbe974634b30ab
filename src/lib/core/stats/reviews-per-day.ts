// Reviews per study day, split by kind (as Anki's "Reviews" graph) and by grade.
import { CardState } from '../schedule/state';
import { dayIndex, pastDays } from './days';
import { weight, type ReviewSummary, type StatsClock } from './types';

export type ReviewKind = 'learning' | 'review' | 'relearn';
export const REVIEW_KINDS: readonly ReviewKind[] = ['learning', 'review', 'relearn'];
export type GradeKey = 'again' | 'hard' | 'good' | 'easy';
export const GRADE_KEYS: readonly GradeKey[] = ['again', 'hard', 'good', 'easy'];

/** A new card's first answers and its learning steps are "learning"; lapses are "relearn". */
export function reviewKind(state: number): ReviewKind {
	if (state === CardState.Review) return 'review';
	if (state === CardState.Relearning) return 'relearn';
	return 'learning';
}

export type DayReviews = { day: string; total: number } & Record<ReviewKind | GradeKey, number>;

/** One entry per study day of the last `days`, oldest first; today is the last. */
export function reviewsPerDay(
	reviews: readonly ReviewSummary[],
	clock: StatsClock,
	days: number
): DayReviews[] {
	const window = pastDays(clock, days);
	const out: DayReviews[] = window.keys.map((day) => ({
		day,
		total: 0,
		learning: 0,
		review: 0,
		relearn: 0,
		again: 0,
		hard: 0,
		good: 0,
		easy: 0
	}));
	for (const r of reviews) {
		const i = dayIndex(window, r.at);
		if (i < 0) continue;
		const d = out[i];
		const n = weight(r);
		d.total += n;
		d[reviewKind(r.state)] += n;
		const grade = GRADE_KEYS[r.rating - 1];
		if (grade) d[grade] += n;
	}
	return out;
}
