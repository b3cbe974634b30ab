// Today's study queue, its parts: the stored queue code of each card state, the candidates the
// database finds with range queries, and the day's limits. Which card comes next is next-card.ts
// (the home screen's counts need this file only, so its bundle stays small). Limits are per deck
// (as Anki's presets); a session over several decks adds them up.
import type { Card } from 'ts-fsrs';
import { CardState } from './state';
import type { StudySettings } from './settings';

export type QueueKind = 'new' | 'learning' | 'review';

/**
 * Stored queue code per card state; retired cards are taken out of every queue. Negative codes
 * (core/schedule/set-aside.ts: suspended -1, buried -2, as Anki's) are cards set aside from the
 * study screen: in none of today's range queries. Kept out of this object: it is on the first
 * page, whose budget is nearly spent.
 */
export const QUEUE_CODE = { new: 0, learning: 1, review: 2, retired: 9 } as const;
export type QueueCode = (typeof QUEUE_CODE)[keyof typeof QUEUE_CODE] | -1 | -2;

export function queueOf(card: Card): QueueKind {
	if (card.state === CardState.New) return 'new';
	if (card.state === CardState.Review) return 'review';
	return 'learning';
}

export function queueCodeOf(card: Card): QueueCode {
	return QUEUE_CODE[queueOf(card)];
}

export interface QueueCard {
	key: string;
	deckId: string;
	/** Due time in ms since the epoch. */
	due: number;
	/** Position in the deck: new cards come in deck order. */
	ord: number;
}

/** What the study day has already used up, per deck. */
export interface DayProgress {
	newDone: number;
	reviewsDone: number;
}

export interface DeckCandidates {
	deckId: string;
	progress: DayProgress;
	/** Learning/relearning cards due before the next day starts, any order. */
	learning: QueueCard[];
	/** Review cards due before the next day starts, any order. */
	reviews: QueueCard[];
	/** New cards, at least as many as the new limit allows, any order. */
	fresh: QueueCard[];
	/** The deck's own daily limits (its preset's); absent: the session's settings'. */
	limits?: DeckLimits;
}

export type DeckLimits = Pick<StudySettings, 'newPerDay' | 'reviewsPerDay'>;

export interface QueueCounts {
	new: number;
	learning: number;
	review: number;
}

export function remainingLimits(settings: DeckLimits, progress: DayProgress) {
	return {
		newLeft: Math.max(0, settings.newPerDay - progress.newDone),
		reviewsLeft: Math.max(0, settings.reviewsPerDay - progress.reviewsDone)
	};
}
