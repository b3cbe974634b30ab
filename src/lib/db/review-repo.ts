// The study session's reads (today's candidates, its cards) and the review write path: a review
// and its undo are one transaction each and store what core/schedule/review.ts computed. Imported
// by path, not through the db index: only the study page (and tests) need it.
import Dexie from 'dexie';
import {
	remainingLimits,
	QUEUE_CODE,
	type DayProgress,
	type DeckCandidates,
	type QueueCard
} from '$lib/core/schedule/queue';
import {
	reviewRefusal,
	stateBefore,
	type Review,
	type ReviewRefusal
} from '$lib/core/schedule/review';
import type { StudySettings } from '$lib/core/schedule/settings';
import type { KartotekaDB } from './database';
import { range } from './study-repo';
import { dayProgress } from './day-progress';
import type { CardRow, ReviewRow, StateRow } from './types';
import { HOUR_MS, type DeckCountsRow } from './deck-counts-hook';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

export const toQueueCard = (s: StateRow): QueueCard => ({
	key: s.key,
	deckId: s.deckId,
	due: s.due,
	ord: s.ord
});

/**
 * The candidates the core queue chooses from: only as many as today's limits can use, and
 * `extra` more new and review cards to take the places of cards held back (see core siblings.ts).
 */
export async function queueCandidates(
	db: KartotekaDB,
	deckId: string,
	settings: StudySettings,
	dayStartMs: number,
	dayEndMs: number,
	extra = 0,
	known?: DayProgress
): Promise<DeckCandidates & { rows: StateRow[] }> {
	const progress = known ?? (await dayProgress(db, deckId, dayStartMs));
	const { newLeft, reviewsLeft } = remainingLimits(settings, progress);
	const [learning, reviews, fresh] = await Promise.all([
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.learning, Dexie.minKey, dayEndMs))
			.toArray(),
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.review, Dexie.minKey, dayEndMs))
			.limit(reviewsLeft + (reviewsLeft > 0 ? extra : 0))
			.toArray(),
		db.states
			.where('[deckId+queue+ord]')
			.between(...range(deckId, QUEUE_CODE.new, Dexie.minKey, Dexie.maxKey))
			.limit(newLeft + (newLeft > 0 ? extra : 0))
			.toArray()
	]);
	return {
		deckId,
		progress,
		learning: learning.map(toQueueCard),
		reviews: reviews.map(toQueueCard),
		fresh: fresh.map(toQueueCard),
		// The rows read: the session takes them instead of reading each again (getCardsWithStates).
		rows: [...learning, ...reviews, ...fresh]
	};
}

/**
 * The learning cards of every deck due before `dayEndMs`, and the first `n` review cards due before
 * it, by due time: two ranges of the `[queue+due]` index (issue 11, fifth pass: a session over all
 * decks finds its first card from these, instead of three ranges per deck, 309 at 103 decks).
 */
export async function firstDueStates(
	db: KartotekaDB,
	dayEndMs: number,
	n: number
): Promise<{ learning: StateRow[]; reviews: StateRow[] }> {
	const due = (queue: number) =>
		db.states.where('[queue+due]').between([queue, Dexie.minKey], [queue, dayEndMs]);
	return db.transaction('r', db.states, async () => {
		const [learning, reviews] = await Promise.all([
			due(QUEUE_CODE.learning).toArray(),
			due(QUEUE_CODE.review).limit(n).toArray()
		]);
		return { learning, reviews };
	});
}

/**
 * When the review cards of every deck fall due in [fromMs, toMs): load balancing's counts per day
 * (core/schedule/load-balance.ts). One range of the `[queue+due]` index, its keys only: no row is
 * read.
 */
export async function reviewDueTimes(
	db: KartotekaDB,
	fromMs: number,
	toMs: number
): Promise<number[]> {
	const keys = await db.states
		.where('[queue+due]')
		.between([QUEUE_CODE.review, fromMs], [QUEUE_CODE.review, toMs], true, false)
		.keys();
	return keys.map((k) => (k as unknown as [number, number])[1]);
}

/**
 * How many review cards of every deck fall due in [fromMs, toMs), as (time, count) pairs: from the
 * decks' counters (deck-counts-hook.ts: review cards by due hour), when every deck has its row and
 * the bounds are whole hours (an hour then lies within one study day); else reviewDueTimes, whose
 * keys are the whole range (issue 11: about 70,000 of them at 100,000 cards, 2 s in Chromium
 * before a session's first card).
 */
export async function reviewDueCounts(
	db: KartotekaDB,
	fromMs: number,
	toMs: number,
	/** Every deck's id and every counters row, when read already (a session's start reads them). */
	known?: { decks: readonly string[]; rows: readonly DeckCountsRow[] }
): Promise<[number, number][]> {
	const complete = ({
		decks,
		rows
	}: {
		decks: readonly string[];
		rows: readonly DeckCountsRow[];
	}) => {
		const have = new Set(rows.map((r) => r.deckId));
		return decks.every((id) => have.has(id)) ? rows : null;
	};
	const rows =
		fromMs % HOUR_MS === 0 && toMs % HOUR_MS === 0
			? known
				? complete(known)
				: await db.transaction('r', [db.decks, db.deckCounts], async () => {
						const [decks, rows] = await Promise.all([
							db.decks.toCollection().primaryKeys(),
							db.deckCounts.toArray()
						]);
						return complete({ decks, rows });
					})
			: null;
	if (!rows) return (await reviewDueTimes(db, fromMs, toMs)).map((t) => [t, 1]);
	// Summed per hour over the decks: the caller turns each time into a study day, once per hour
	// (issue 11, fifth pass: once per deck and hour, 93,000 times at 100,000 cards, took 60 ms).
	const sums = new Map<number, number>();
	const [lo, hi] = [fromMs / HOUR_MS, toMs / HOUR_MS];
	for (const row of rows)
		for (const h in row.r) {
			const hour = Number(h);
			if (hour >= lo && hour < hi) sums.set(hour, (sums.get(hour) ?? 0) + row.r[h]);
		}
	return [...sums].map(([hour, n]) => [hour * HOUR_MS, n]);
}

export interface CardWithState {
	card: CardRow;
	state: StateRow;
}

/** Rows already read, by key (getCardsWithStates reads only the others). */
export interface KnownRows {
	cards?: ReadonlyMap<string, CardRow>;
	states?: ReadonlyMap<string, StateRow>;
}

/**
 * Cards with their scheduling rows, in the order of `keys`; keys missing either are left out. Rows
 * in `known` are not read again (issue 11: a session over all decks read 6,500 cards and their
 * states one get at a time, after reading every card and the states already).
 */
export async function getCardsWithStates(
	db: KartotekaDB,
	keys: readonly string[],
	known: KnownRows = {}
): Promise<CardWithState[]> {
	// Looked up in `known` first: no copy of it (a session's first read passes every card it has).
	const read = async <T>(
		table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]> },
		have?: ReadonlyMap<string, T>
	) => {
		const missing = have ? keys.filter((k) => !have.has(k)) : [...keys];
		const got = missing.length ? await table.bulkGet(missing) : [];
		const fresh = new Map<string, T>();
		missing.forEach((k, i) => {
			const row = got[i];
			if (row) fresh.set(k, row);
		});
		return (key: string) => have?.get(key) ?? fresh.get(key);
	};
	const [cardOf, stateOf] = await Promise.all([
		read(db.cards, known.cards),
		read(db.states, known.states)
	]);
	return keys.flatMap((key) => {
		const card = cardOf(key);
		const state = stateOf(key);
		return card && state ? [{ card, state }] : [];
	});
}

export async function getCardWithState(
	db: KartotekaDB,
	key: string
): Promise<CardWithState | null> {
	return (await getCardsWithStates(db, [key]))[0] ?? null;
}

export interface ReviewWrite {
	/** The card's row before the review (undo puts it back). */
	before: StateRow;
	/** The review as core/schedule/review.ts computed it: the row after it and its log. */
	review: Review;
	durationMs: number;
	/** The day's new-card limit per deck, checked against the reviews stored (any tab's). */
	newLimit?: { dayStartMs: number; perDay: number };
}

/** A review that was not written: what is stored changed since the session read the card. */
export class ReviewRefused extends Error {
	constructor(
		readonly reason: ReviewRefusal,
		readonly key: string
	) {
		super(`review of ${key} not written: ${reason}`);
		this.name = 'ReviewRefused';
	}
}

/**
 * A review is one transaction: the new card state and its log entry, or neither. Inside it, what
 * is stored is checked first (core/schedule/review.ts: reviewRefusal): a grade computed from a
 * state another tab has since changed, for a card or deck deleted meanwhile, or for a new card
 * past the day's limit is refused with ReviewRefused and nothing is written. The database is
 * opened with strict durability (database.ts): the returned promise resolves once the review is
 * on disk.
 */
export async function recordReview(
	db: KartotekaDB,
	{ before, review, durationMs, newLimit }: ReviewWrite
): Promise<number> {
	const { state, log } = review;
	return db.transaction('rw', [db.decks, db.cards, db.states, db.reviews], async () => {
		const [deck, card, stored] = await Promise.all([
			db.decks.get(before.deckId),
			db.cards.get(before.key),
			db.states.get(before.key)
		]);
		const live =
			!!deck &&
			deck.deletedAt === undefined &&
			!!card &&
			card.deckId === before.deckId &&
			card.retired !== 1 &&
			card.removed !== 1;
		const newCards =
			newLimit && before.queue === QUEUE_CODE.new
				? {
						done: (await dayProgress(db, before.deckId, newLimit.dayStartMs)).newDone,
						perDay: newLimit.perDay
					}
				: undefined;
		const refusal = reviewRefusal(before, { stored, live, newCards });
		if (refusal) throw new ReviewRefused(refusal, before.key);
		await db.states.put(state);
		return db.reviews.add({
			key: before.key,
			deckId: before.deckId,
			at: log.review.getTime(),
			rating: log.rating,
			log,
			prev: before.card,
			prevQueue: before.queue,
			durationMs
		} as ReviewRow);
	});
}

/**
 * Undoes one review atomically: the previous card state comes back, the log entry goes. Returns
 * the review and the restored row, or null when either is gone or the card has been reviewed
 * again since (in another tab): undoing that older review would throw the newer one away.
 */
export async function undoReview(
	db: KartotekaDB,
	reviewId: number
): Promise<{ review: ReviewRow; state: StateRow } | null> {
	return db.transaction('rw', db.states, db.reviews, async () => {
		const review = await db.reviews.get(reviewId);
		if (!review) return null;
		const current = await db.states.get(review.key);
		if (!current) return null;
		const latest = await db.reviews.where('key').equals(review.key).last();
		if (latest?.id !== reviewId) return null;
		const state = stateBefore(current, review);
		await db.states.put(state);
		await db.reviews.delete(reviewId);
		return { review, state };
	});
}

/**
 * The latest review in any of the decks (to undo after a reload). One index range per deck, read
 * from its end (issue 11: scanning every log from the newest down took 16 s at 500,000 logs for a
 * deck studied long ago or never). Within a deck the newest is the last by `[deckId+at]` (equal
 * times fall in id order); across decks the highest id, the one written last.
 */
export async function lastReview(
	db: KartotekaDB,
	deckIds: string[]
): Promise<ReviewRow | undefined> {
	// In one transaction: one each cost Chromium a round trip to its storage process (103 decks).
	const lasts = await db.transaction('r', db.reviews, () =>
		Promise.all(
			[...new Set(deckIds)].map((id) =>
				db.reviews.where('[deckId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last()
			)
		)
	);
	let latest: ReviewRow | undefined;
	for (const r of lasts) if (r && (!latest || r.id > latest.id)) latest = r;
	return latest;
}

/** The decks among `deckIds` that exist and are not deleted: a session studies only those. */
export async function liveDeckIds(db: KartotekaDB, deckIds: string[]): Promise<string[]> {
	const decks = await db.decks.bulkGet(deckIds);
	return deckIds.filter((_, i) => decks[i] && decks[i].deletedAt === undefined);
}
