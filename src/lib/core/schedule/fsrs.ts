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
	type RecordLogItem,
	type ReviewLog
} from 'ts-fsrs';
import { fnv1a } from '../util/hash';
import { seededRandom } from '../util/random';
import { balanceOutcomes } from './load-balance';
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
	/**
	 * Load balancing (with fuzz only): cards due on the study day of a date. A review's day is then
	 * drawn within its fuzz range towards the lighter days (load-balance.ts), as Anki's balancer.
	 */
	balance?: (due: Date) => number;
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
	const engineWith = (fuzz: boolean): FSRS =>
		fsrs(
			generatorParameters({
				request_retention: settings.retention,
				maximum_interval: settings.maximumIntervalDays,
				enable_fuzz: fuzz,
				enable_short_term: true,
				learning_steps: settings.learningSteps,
				relearning_steps: settings.relearningSteps,
				...(options.w ? { w: [...options.w] } : {})
			})
		);
	const engine = engineWith(options.fuzz);
	// ts-fsrs seeds its fuzz with the review time by default, so the interval shown on a button
	// a few seconds before the grade could differ from the one given. Seed with the card's own
	// history instead: the preview and the grade agree.
	engine.useStrategy(StrategyMode.SEED, function () {
		const c = this.current;
		return `${c.due.getTime()}_${c.reps}_${c.difficulty * c.stability}`;
	});
	const balanced =
		options.balance && options.fuzz
			? balancing(engineWith(false), settings, options.balance)
			: null;
	// Every card passes through saneCard first: an impossible stored state (imported, damaged)
	// is read as the nearest possible one instead of making ts-fsrs throw on every grade.
	const outcome = (card: Card, now: Date, g: GradeName) =>
		balanced
			? balanced(engine, card, now)[GRADES.indexOf(g)]
			: engine.next(card, now, GRADE_RATING[g]);
	return {
		preview(stored, now) {
			const card = saneCard(stored, now);
			const out = {} as Record<GradeName, { due: Date; label: string }>;
			const all = balanced?.(engine, card, now);
			for (const [i, g] of GRADES.entries()) {
				const next = (all ? all[i] : engine.next(card, now, GRADE_RATING[g])).card;
				out[g] = { due: next.due, label: formatInterval(next.due.getTime() - now.getTime()) };
			}
			return out;
		},
		grade(stored, grade, now) {
			const { card: next, log } = outcome(saneCard(stored, now), now, grade);
			// The log keeps the days this grade gave (ts-fsrs writes the interval before it, the
			// load balancer its own pick): a sync's replay gives the same day (core/sync/replay.ts).
			return { card: next, log: { ...log, scheduled_days: next.scheduled_days } };
		},
		retrievability(stored, at) {
			const card = saneCard(stored, at);
			if (card.state === State.New) return 0;
			return engine.get_retrievability(card, at, false);
		}
	};
}

/**
 * The four outcomes of a review with their days balanced (load-balance.ts): `plain`, the engine
 * without fuzz, gives the intervals the fuzz ranges are built around. The random draw of each
 * grade is seeded with the card's history, as the fuzz is, so the button's label and the grade
 * agree.
 */
function balancing(plain: FSRS, settings: StudySettings, load: (due: Date) => number) {
	return (engine: FSRS, card: Card, now: Date): RecordLogItem[] => {
		const fuzzed = GRADES.map((g) => engine.next(card, now, GRADE_RATING[g]));
		const base = GRADES.map((g) => plain.next(card, now, GRADE_RATING[g]));
		const seed = `${card.due.getTime()}_${card.reps}_${card.difficulty * card.stability}`;
		return balanceOutcomes(fuzzed, base, {
			before: card,
			now,
			maximumInterval: settings.maximumIntervalDays,
			load,
			random: (i) => seededRandom(fnv1a(`${seed}_${i}`))()
		});
	};
}
