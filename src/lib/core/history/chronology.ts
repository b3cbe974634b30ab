// The chronology exercise: put a few events in order. A round takes events whose dates cannot
// be confused ("1920" and "October 1920" never meet in one round, since the year may mean
// October), shows them shuffled, and scores the student's order.
import { unambiguouslyOrdered } from './history-date';
import { seededRandom, shuffled } from '../util/random';
import type { TimelineCard, TimelineEvent } from './timeline';
import { partitionPoint } from '../util/search';

export const MIN_ITEMS = 4;
export const MAX_ITEMS = 6;

export interface ChronologyRound<C extends TimelineCard = TimelineCard> {
	/** The events in chronological order: the answer. */
	answer: TimelineEvent<C>[];
	/** The same events as first shown: never already in order. */
	shown: TimelineEvent<C>[];
}

/**
 * A round of 4 to 6 events (how many is seeded too), or null when the events do not hold
 * four that are pairwise unambiguously ordered. `events` must be in chronological order.
 */
export function chronologyRound<C extends TimelineCard>(
	events: readonly TimelineEvent<C>[],
	seed: number
): ChronologyRound<C> | null {
	const random = seededRandom(seed);
	const dated = events.filter((e) => e.parsed);
	const want = MIN_ITEMS + Math.floor(random() * (MAX_ITEMS - MIN_ITEMS + 1));
	const picked: TimelineEvent<C>[] = [];
	for (const ev of shuffled(dated, random)) {
		if (picked.every((p) => unambiguouslyOrdered(p.parsed!, ev.parsed!))) picked.push(ev);
		if (picked.length === want) break;
	}
	if (picked.length < MIN_ITEMS) return null;
	const answer = dated.filter((e) => picked.includes(e));
	let shown = shuffled(answer, random);
	// A round that starts solved teaches nothing: turn it by one.
	if (shown.every((e, i) => e === answer[i])) shown = [...shown.slice(1), shown[0]];
	return { answer, shown };
}

export interface ChronologyScore {
	/** Per position of the student's order: whether the event there belongs there. */
	inPlace: boolean[];
	/** How many events are where they belong. */
	correct: number;
	/**
	 * The longest run of events (not necessarily adjacent) already in the right relative order:
	 * the rest, `total - ordered`, is the fewest moves that fix the order.
	 */
	ordered: number;
	total: number;
}

/** Scores an order given as the events' ranks in the answer (0 = earliest). */
export function scoreOrder(ranks: readonly number[]): ChronologyScore {
	const inPlace = ranks.map((r, i) => r === i);
	return {
		inPlace,
		correct: inPlace.filter(Boolean).length,
		ordered: longestIncreasing(ranks),
		total: ranks.length
	};
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): number {
	const tails: number[] = [];
	for (const v of values) {
		tails[partitionPoint(tails.length, (i) => tails[i] < v)] = v;
	}
	return tails.length;
}

/** `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const out = [...list];
	if (from < 0 || from >= out.length) return out;
	const [item] = out.splice(from, 1);
	out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
	return out;
}
