// Today's counts per deck (range queries on the compound indexes), for the home screen and the
// deck page. The study session's reads and the review write path are in review-repo.ts, which
// the first page does not load.
import Dexie from 'dexie';
// Imports name core files, not the schedule index: the home screen's bundle must not pull ts-fsrs.
import {
	QUEUE_CODE,
	remainingLimits,
	type DayProgress,
	type QueueCounts
} from '$lib/core/schedule/queue';
import type { StudySettings } from '$lib/core/schedule/settings';
import { CardState } from '$lib/core/schedule/state';
import type { KartotekaDB } from './database';
import { countsFromRow } from './deck-counts';
import type { DeckCountsRow } from './deck-counts-hook';

/**
 * Day progress of every deck studied since `dayStartMs`, in one range of the `at` index (the home
 * screen asked once per deck: 103 queries, issue 11). Decks not in the map have done nothing.
 */
export async function dayProgressByDeck(
	db: KartotekaDB,
	dayStartMs: number
): Promise<Map<string, DayProgress>> {
	const out = new Map<string, DayProgress>();
	// getAll, not a cursor: a request per row (issue 11, fifth pass).
	for (const r of await db.reviews.where('at').aboveOrEqual(dayStartMs).toArray()) {
		let p = out.get(r.deckId);
		if (!p) out.set(r.deckId, (p = { newDone: 0, reviewsDone: 0 }));
		if (r.log.state === CardState.New) p.newDone++;
		else if (r.log.state === CardState.Review) p.reviewsDone++;
	}
	return out;
}

export const range = (deckId: string, queue: number, lo: unknown, hi: unknown) =>
	[
		[deckId, queue, lo],
		[deckId, queue, hi]
	] as const;

/**
 * Counts for the home screen: limited by what the day has left, like the queue itself; cards
 * `held` back today (related to a card studied today, see heldToday) are not counted. The counts
 * come from the deck's counters (`row`, deck-counts-hook.ts), else from index counts of ranges
 * (issue 11: 309 such counts walked their ranges, 1.8 s at 100k); the held cards are then looked
 * up and taken off one by one.
 */
export async function deckCounts(
	db: KartotekaDB,
	deckId: string,
	settings: StudySettings,
	dayStartMs: number,
	dayEndMs: number,
	held: ReadonlySet<string> | undefined,
	progress: DayProgress,
	row?: DeckCountsRow
): Promise<QueueCounts> {
	const { newLeft, reviewsLeft } = remainingLimits(settings, progress);
	const [{ new: fresh, learning, review }, heldRows] = await Promise.all([
		row ? countsFromRow(db, row, dayEndMs) : indexCounts(db, deckId, dayEndMs),
		held?.size ? db.states.bulkGet([...held]) : []
	]);
	let heldNew = 0;
	let heldReview = 0;
	for (const s of heldRows) {
		if (!s || s.deckId !== deckId) continue;
		if (s.queue === QUEUE_CODE.new) heldNew++;
		else if (s.queue === QUEUE_CODE.review && s.due < dayEndMs) heldReview++;
	}
	return {
		new: Math.min(fresh - heldNew, newLeft),
		learning,
		review: Math.min(review - heldReview, reviewsLeft)
	};
}

/** A deck's counts by the index's own count of each range (a deck without counters yet). */
async function indexCounts(db: KartotekaDB, deckId: string, dayEndMs: number) {
	const [fresh, learning, review] = await Promise.all([
		db.states
			.where('[deckId+queue+ord]')
			.between(...range(deckId, QUEUE_CODE.new, Dexie.minKey, Dexie.maxKey))
			.count(),
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.learning, Dexie.minKey, dayEndMs))
			.count(),
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.review, Dexie.minKey, dayEndMs))
			.count()
	]);
	return { new: fresh, learning, review };
}

/** Whether any card was reviewed since `dayStartMs` (then some cards may be held back). */
export async function studiedSince(db: KartotekaDB, dayStartMs: number): Promise<boolean> {
	return (await db.reviews.where('at').aboveOrEqual(dayStartMs).limit(1).count()) > 0;
}
