// One review, computed once. The study session shows its outcome at once (the next card, the
// counts) and the repository stores the same outcome (the new state row and the log entry), so the
// two cannot disagree. Undoing a review is computed here too. Pure: `now`, the scheduler (settings,
// and an exam plan wrapped around it, see exam-scheduler.ts) and the day's end are parameters.
import type { Card, ReviewLog } from 'ts-fsrs';
import type { GradeName, Scheduler } from './fsrs';
import {
	QUEUE_CODE,
	queueCodeOf,
	type DayProgress,
	type DeckCandidates,
	type QueueCard,
	type QueueCode
} from './queue';
import { CardState } from './state';

/** A card's scheduling row, as stored: the whole ts-fsrs card and the fields the queue indexes. */
export interface ScheduledCard {
	key: string;
	deckId: string;
	/** Which queue the card is in (new, learning, review, retired). */
	queue: QueueCode;
	/** card.due in ms, for range queries. */
	due: number;
	/** Position in the deck: new cards come in deck order. */
	ord: number;
	card: Card;
}

/** Which of a deck's candidate lists a card is in today (null: not before the day ends). */
export type QueueList = 'learning' | 'reviews' | 'fresh';

/** How a review (or its undo) changes today's in-memory queue of the card's deck. */
export interface QueueChange {
	key: string;
	deckId: string;
	/** The list the card goes to, or null when it is not shown again today. */
	list: QueueList | null;
	/** Added to the deck's day progress (negative for an undo). */
	progress: DayProgress;
}

export interface Review {
	/** The card's row after the review: what the repository writes. */
	state: ScheduledCard;
	log: ReviewLog;
	change: QueueChange;
}

/** The row with another card in it: due and queue follow the card. */
export function withCard(row: ScheduledCard, card: Card): ScheduledCard {
	return { ...row, card, due: card.due.getTime(), queue: queueCodeOf(card) };
}

/** Where a row belongs in today's lists: new cards always, others when due before the day ends. */
export function listOf(row: ScheduledCard, dayEndMs: number): QueueList | null {
	if (row.queue === QUEUE_CODE.new) return 'fresh';
	if (row.due >= dayEndMs) return null;
	if (row.queue === QUEUE_CODE.learning) return 'learning';
	if (row.queue === QUEUE_CODE.review) return 'reviews';
	return null;
}

/** What the day has used up by a review of a card in this state: a new card or a review. */
function progressOf(log: ReviewLog, sign: 1 | -1): DayProgress {
	return {
		newDone: log.state === CardState.New ? sign : 0,
		reviewsDone: log.state === CardState.Review ? sign : 0
	};
}

/** Grades a card: its new row, the log entry, and how today's queue changes. */
export function reviewCard(
	scheduler: Scheduler,
	row: ScheduledCard,
	grade: GradeName,
	now: Date,
	dayEndMs: number
): Review {
	const { card, log } = scheduler.grade(row.card, grade, now);
	const state = withCard(row, card);
	return {
		state,
		log,
		change: {
			key: row.key,
			deckId: row.deckId,
			list: listOf(state, dayEndMs),
			progress: progressOf(log, 1)
		}
	};
}

/** What a stored review remembers to undo it: the card before it and the queue it was in. */
export interface ReviewMemory {
	log: ReviewLog;
	prev: Card;
	prevQueue: QueueCode;
}

/** The row as it was before a review: its current key, deck and place kept (it may have moved). */
export function stateBefore(current: ScheduledCard, review: ReviewMemory): ScheduledCard {
	return { ...current, card: review.prev, due: review.prev.due.getTime(), queue: review.prevQueue };
}

/**
 * How undoing a review changes today's queue: the restored row goes back to its list, the day's
 * progress gives the review back. `list` overrides the list (a cram card sat in the reviews
 * before its due day); by default the row's own.
 */
export function undoChange(
	restored: ScheduledCard,
	log: ReviewLog,
	dayEndMs: number,
	list?: QueueList | null
): QueueChange {
	return {
		key: restored.key,
		deckId: restored.deckId,
		list: list === undefined ? listOf(restored, dayEndMs) : list,
		progress: progressOf(log, -1)
	};
}

const queueCardOf = (row: ScheduledCard): QueueCard => ({
	key: row.key,
	deckId: row.deckId,
	due: row.due,
	ord: row.ord
});

/**
 * Today's candidates after a change, in place: the card leaves whatever list held it and joins
 * the one the change names; the deck's progress moves with it.
 */
export function applyQueueChange(
	decks: DeckCandidates[],
	change: QueueChange,
	row: ScheduledCard
): void {
	const deck = decks.find((d) => d.deckId === change.deckId);
	if (!deck) return;
	for (const list of [deck.learning, deck.reviews, deck.fresh]) {
		const i = list.findIndex((q) => q.key === change.key);
		if (i >= 0) list.splice(i, 1);
	}
	deck.progress = {
		newDone: deck.progress.newDone + change.progress.newDone,
		reviewsDone: deck.progress.reviewsDone + change.progress.reviewsDone
	};
	if (change.list) deck[change.list].push(queueCardOf(row));
}

/** The list that holds a card today, if any (a cram card sits in `reviews` before its due day). */
export function listHolding(decks: readonly DeckCandidates[], key: string): QueueList | null {
	for (const d of decks)
		for (const list of ['learning', 'reviews', 'fresh'] as const)
			if (d[list].some((q) => q.key === key)) return list;
	return null;
}

/**
 * Why a review may not be stored, or null when it may. Another tab (or another device's import)
 * may have written since the session read the card: the repository reads what is stored inside
 * the review's transaction and this decides.
 * - `gone`: the card, its state or its deck is no longer there (deleted, moved, retired).
 * - `stale`: the stored state is not the one the grade was computed from (graded elsewhere).
 * - `limit`: a new card, but the day's new cards of its deck are used up (introduced elsewhere).
 */
export type ReviewRefusal = 'gone' | 'stale' | 'limit';

export interface StoredForReview {
	/** The state stored now, if any. */
	stored: ScheduledCard | undefined;
	/** The card exists, is not retired, and its deck exists and is not deleted. */
	live: boolean;
	/** New cards of the deck introduced since the day began, and the day's limit. */
	newCards?: { done: number; perDay: number };
}

export function reviewRefusal(graded: ScheduledCard, now: StoredForReview): ReviewRefusal | null {
	if (!now.live || !now.stored) return 'gone';
	if (!sameVersion(now.stored, graded)) return 'stale';
	if (graded.queue === QUEUE_CODE.new && now.newCards && now.newCards.done >= now.newCards.perDay)
		return 'limit';
	return null;
}

const time = (d: Date | string | undefined) =>
	d === undefined ? undefined : new Date(d).getTime();

/**
 * Whether a stored row is the one a review was computed from: the same card in the same deck,
 * with the same scheduling (every review changes reps, due and last_review; an edit that starts a
 * card over changes them too).
 */
export function sameVersion(a: ScheduledCard, b: ScheduledCard): boolean {
	const x = a.card;
	const y = b.card;
	return (
		a.key === b.key &&
		a.deckId === b.deckId &&
		a.queue === b.queue &&
		a.due === b.due &&
		x.state === y.state &&
		x.reps === y.reps &&
		x.lapses === y.lapses &&
		x.stability === y.stability &&
		x.difficulty === y.difficulty &&
		x.learning_steps === y.learning_steps &&
		time(x.due) === time(y.due) &&
		time(x.last_review) === time(y.last_review)
	);
}
