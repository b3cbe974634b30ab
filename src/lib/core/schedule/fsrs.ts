// The FSRS adapter: the only place that talks to ts-fsrs. Everything takes `now`.
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	StrategyMode,
	type Card,
	type FSRS,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';
import { formatInterval } from './interval';
import { saneCard } from './memory';
import type { StudySettings } from './settings';

export { Rating, State };
export type { Card, Grade, ReviewLog };

export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly GradeName[] = ['again', 'hard', 'good', 'easy'];
export const GRADE_RATING: Record<GradeName, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

export interface SchedulerOptions {
	/** Anki-style fuzz spreads review days; tests turn it off so intervals are exact. */
	fuzz: boolean;
	/** FSRS weights fitted to the student's reviews (a preset's); absent: FSRS's defaults. */
	w?: readonly number[];
}

export interface Scheduler {
	/** What each grade would do to `card` at `now`. */
	preview(card: Card, now: Date): Record<GradeName, { due: Date; label: string }>;
	/** Applies a grade: the new card state and its review log. */
	grade(card: Card, grade: GradeName, now: Date): { card: Card; log: ReviewLog };
	/** Probability of recall of `card` at `at` (0 for a new card). */
	retrievability(card: Card, at: Date): number;
}

export function newCard(now: Date): Card {
	return createEmptyCard(now);
}

export function createScheduler(settings: StudySettings, options: SchedulerOptions): Scheduler {
	const engine: FSRS = fsrs(
		generatorParameters({
			request_retention: settings.retention,
			maximum_interval: settings.maximumIntervalDays,
			enable_fuzz: options.fuzz,
			enable_short_term: true,
			learning_steps: settings.learningSteps,
			relearning_steps: settings.relearningSteps,
			...(options.w ? { w: [...options.w] } : {})
		})
	);
	// ts-fsrs seeds its fuzz with the review time by default, so the interval shown on a button
	// a few seconds before the grade could differ from the one given. Seed with the card's own
	// history instead: the preview and the grade agree.
	engine.useStrategy(StrategyMode.SEED, function () {
		const c = this.current;
		return `${c.due.getTime()}_${c.reps}_${c.difficulty * c.stability}`;
	});
	// Every card passes through saneCard first: an impossible stored state (imported, damaged)
	// is read as the nearest possible one instead of making ts-fsrs throw on every grade.
	return {
		preview(stored, now) {
			const card = saneCard(stored, now);
			const out = {} as Record<GradeName, { due: Date; label: string }>;
			for (const g of GRADES) {
				const next = engine.next(card, now, GRADE_RATING[g]).card;
				out[g] = { due: next.due, label: formatInterval(next.due.getTime() - now.getTime()) };
			}
			return out;
		},
		grade(stored, grade, now) {
			const { card: next, log } = engine.next(saneCard(stored, now), now, GRADE_RATING[grade]);
			return { card: next, log };
		},
		retrievability(stored, at) {
			const card = saneCard(stored, at);
			if (card.state === State.New) return 0;
			return engine.get_retrievability(card, at, false);
		}
	};
}
