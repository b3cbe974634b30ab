// Load balancing, as Anki's FSRS load balancer (rslib/src/scheduler/states/load_balancer.rs):
// when a review's interval is fuzzed, the day is not drawn uniformly from the fuzz range but
// weighted towards the days with the fewest cards due, so that no day is much heavier than its
// neighbours. Pure: the due counts per day and the random number are parameters.
import { dateDiffInDays, get_fuzz_range, type Card } from 'ts-fsrs';
import { CardState } from './state';

/** Intervals longer than this are not balanced (Anki: the need to balance is low that far out). */
export const MAX_BALANCED_INTERVAL = 90;

/** Cards due on the study day `days` days after today. */
export type DaysLoad = (days: number) => number;

/**
 * Anki's weight of a day in the fuzz range: a day with nothing due weighs 1; otherwise
 * (1 / due)^2.15 × (1 / interval)^3. The interval term biases towards the earlier days: without it
 * Anki found the balancer drifting to later days, around graduating intervals most.
 */
export function dayWeight(due: number, days: number): number {
	if (due <= 0) return 1;
	return Math.pow(1 / due, 2.15) * Math.pow(1 / days, 3);
}

/**
 * The day (interval in days) to schedule within [min, max], drawn with Anki's weights from
 * `random` in [0, 1). min > max (an ordering rule pushed the minimum up) gives min.
 */
export function balancedInterval(min: number, max: number, load: DaysLoad, random: number): number {
	if (min >= max) return min;
	const weights: number[] = [];
	let total = 0;
	for (let d = min; d <= max; d++) {
		const w = dayWeight(load(d), d);
		weights.push(w);
		total += w;
	}
	let pick = random * total;
	for (let i = 0; i < weights.length; i++) {
		pick -= weights[i];
		if (pick < 0) return min + i;
	}
	return max;
}

/**
 * How much each day differs from its neighbours: the standard deviation of each value minus the
 * mean of the `radius` values either side of it and itself. Unlike the plain standard deviation
 * it does not count the slow rise and fall of the load (new cards coming, then stopping).
 */
export function localDeviation(values: readonly number[], radius = 3): number {
	return standardDeviation(
		values.map((v, i) => {
			const near = values.slice(Math.max(0, i - radius), i + radius + 1);
			return v - near.reduce((s, x) => s + x, 0) / near.length;
		})
	);
}

/** Population standard deviation (the simulator's measure of how uneven the days are). */
export function standardDeviation(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

const DAY_MS = 86_400_000;

/** A grade's outcome as the adapter keeps it: the card after the grade (and its log). */
interface Outcome {
	card: Card;
	/** ts-fsrs's review log, when the outcome has one: it is told the balanced interval too. */
	log?: { scheduled_days: number };
}

/** What the balancer needs of one review: the card graded, when, and the load of each day. */
export interface BalanceInput {
	/** The card before the grade. */
	before: Card;
	now: Date;
	maximumInterval: number;
	/** Cards due on the study day of a date. */
	load: (due: Date) => number;
	/** The random number in [0, 1) of the i-th grade (Again … Easy), seeded by the card. */
	random: (i: number) => number;
}

/**
 * Re-draws the days of a review's outcomes within their fuzz ranges, weighted by the load.
 * `fuzzed` are ts-fsrs's outcomes with fuzz, `plain` the same without (their intervals are the
 * unfuzzed ones the ranges are built around), both in grade order Again … Easy; each interval
 * stays longer than the one before, as ts-fsrs keeps them. Only intervals counted in whole days
 * are touched (not learning steps, nor a learning step of a day or more); beyond
 * MAX_BALANCED_INTERVAL, and below 3 days (ts-fsrs does not fuzz there), the day is kept.
 */
export function balanceOutcomes<O extends Outcome>(
	fuzzed: readonly O[],
	plain: readonly Outcome[],
	input: BalanceInput
): O[] {
	const t = input.now.getTime();
	const elapsed = elapsedDays(input.before, input.now);
	let floor = 0;
	return fuzzed.map((o, i) => {
		const base = plain[i].card;
		// A review interval in whole days; a learning step of a day or more (ts-fsrs gives it the
		// Review state with its step kept, and does not fuzz it) is left as it is.
		const byDays =
			o.card.state === CardState.Review &&
			o.card.learning_steps === 0 &&
			base.due.getTime() - t === base.scheduled_days * DAY_MS;
		if (!byDays) return o;
		const ivl = base.scheduled_days;
		let days: number;
		if (ivl >= 3 && ivl <= MAX_BALANCED_INTERVAL) {
			const { min_ivl, max_ivl } = get_fuzz_range(ivl, elapsed, input.maximumInterval);
			const at = (d: number) => input.load(new Date(t + d * DAY_MS));
			days = balancedInterval(Math.max(min_ivl, floor), max_ivl, at, input.random(i));
		} else days = Math.max(o.card.scheduled_days, floor);
		floor = days + 1;
		if (days === o.card.scheduled_days) return o;
		// The log says the interval given too: a synced device replays the review to this same day.
		const card = { ...o.card, scheduled_days: days, due: new Date(t + days * DAY_MS) };
		return o.log ? { ...o, card, log: { ...o.log, scheduled_days: days } } : { ...o, card };
	});
}

/** Days since the card's last review, as ts-fsrs counts them for its fuzz range. */
function elapsedDays(before: Card, now: Date): number {
	if (before.state === CardState.New || !before.last_review) return 0;
	return dateDiffInDays(new Date(before.last_review), now);
}
