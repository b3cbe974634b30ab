// Reads for today's queue (range queries on the compound indexes) and the review write path.
import Dexie from 'dexie';
// Imports name core files, not the schedule index: the home screen's bundle must not pull ts-fsrs.
import type { Card, ReviewLog } from 'ts-fsrs';
import {
	QUEUE_CODE,
	queueCodeOf,
	remainingLimits,
	type DayProgress,
	type DeckCandidates,
	type QueueCard,
	type QueueCounts
} from '$lib/core/schedule/queue';
import type { StudySettings } from '$lib/core/schedule/settings';
import { CardState } from '$lib/core/schedule/state';
import type { KartotekaDB } from './database';
import type { CardRow, ReviewRow, StateRow } from './types';

/** New cards introduced and reviews done in a deck since `dayStartMs`. */
export async function dayProgress(
	db: KartotekaDB,
	deckId: string,
	dayStartMs: number
): Promise<DayProgress> {
	const progress = { newDone: 0, reviewsDone: 0 };
	await db.reviews
		.where('[deckId+at]')
		.between([deckId, dayStartMs], [deckId, Dexie.maxKey])
		.each((r) => {
			if (r.log.state === CardState.New) progress.newDone++;
			else if (r.log.state === CardState.Review) progress.reviewsDone++;
		});
	return progress;
}

const range = (deckId: string, queue: number, lo: unknown, hi: unknown) =>
	[
		[deckId, queue, lo],
		[deckId, queue, hi]
	] as const;

/** Counts for the home screen: limited by what the day has left, like the queue itself. */
export async function deckCounts(
	db: KartotekaDB,
	deckId: string,
	settings: StudySettings,
	dayStartMs: number,
	dayEndMs: number
): Promise<QueueCounts> {
	const { newLeft, reviewsLeft } = remainingLimits(
		settings,
		await dayProgress(db, deckId, dayStartMs)
	);
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
	return { new: Math.min(fresh, newLeft), learning, review: Math.min(review, reviewsLeft) };
}

const toQueueCard = (s: StateRow): QueueCard => ({
	key: s.key,
	deckId: s.deckId,
	due: s.due,
	ord: s.ord
});

/** The candidates the core queue chooses from: only as many as today's limits can use. */
export async function queueCandidates(
	db: KartotekaDB,
	deckId: string,
	settings: StudySettings,
	dayStartMs: number,
	dayEndMs: number
): Promise<DeckCandidates> {
	const progress = await dayProgress(db, deckId, dayStartMs);
	const { newLeft, reviewsLeft } = remainingLimits(settings, progress);
	const [learning, reviews, fresh] = await Promise.all([
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.learning, Dexie.minKey, dayEndMs))
			.toArray(),
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.review, Dexie.minKey, dayEndMs))
			.limit(reviewsLeft)
			.toArray(),
		db.states
			.where('[deckId+queue+ord]')
			.between(...range(deckId, QUEUE_CODE.new, Dexie.minKey, Dexie.maxKey))
			.limit(newLeft)
			.toArray()
	]);
	return {
		deckId,
		progress,
		learning: learning.map(toQueueCard),
		reviews: reviews.map(toQueueCard),
		fresh: fresh.map(toQueueCard)
	};
}

export async function getCardWithState(
	db: KartotekaDB,
	key: string
): Promise<{ card: CardRow; state: StateRow } | null> {
	const [card, state] = await Promise.all([db.cards.get(key), db.states.get(key)]);
	return card && state ? { card, state } : null;
}

export interface ReviewInput {
	state: StateRow;
	next: Card;
	log: ReviewLog;
	durationMs: number;
}

/** A review is one transaction: the new card state and its log entry, or neither. */
export async function recordReview(
	db: KartotekaDB,
	{ state, next, log, durationMs }: ReviewInput
): Promise<number> {
	return db.transaction('rw', db.states, db.reviews, async () => {
		await db.states.put({
			...state,
			card: next,
			due: next.due.getTime(),
			queue: queueCodeOf(next)
		});
		return db.reviews.add({
			key: state.key,
			deckId: state.deckId,
			at: log.review.getTime(),
			rating: log.rating,
			log,
			prev: state.card,
			prevQueue: state.queue,
			durationMs
		} as ReviewRow);
	});
}

/** Undoes one review atomically: the previous card state comes back, the log entry goes. */
export async function undoReview(db: KartotekaDB, reviewId: number): Promise<ReviewRow | null> {
	return db.transaction('rw', db.states, db.reviews, async () => {
		const review = await db.reviews.get(reviewId);
		if (!review) return null;
		const state = await db.states.get(review.key);
		if (!state) return null;
		await db.states.put({
			...state,
			card: review.prev,
			due: review.prev.due.getTime(),
			queue: review.prevQueue
		});
		await db.reviews.delete(reviewId);
		return review;
	});
}

/** The latest review in any of the decks (to undo after a reload). */
export async function lastReview(
	db: KartotekaDB,
	deckIds: string[]
): Promise<ReviewRow | undefined> {
	const set = new Set(deckIds);
	return db.reviews
		.orderBy('id')
		.reverse()
		.filter((r) => set.has(r.deckId))
		.first();
}
