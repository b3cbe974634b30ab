// Today's study queue: which card comes next and how many are left, from candidates the
// database found with range queries. Limits are per deck (as Anki's presets); a session over
// several decks adds them up. Pure: `now` and the day's progress are parameters.
import type { Card } from 'ts-fsrs';
import { CardState } from './state';
import type { StudySettings } from './settings';

export type QueueKind = 'new' | 'learning' | 'review';

/** Stored queue code per card state; retired cards are taken out of every queue. */
export const QUEUE_CODE = { new: 0, learning: 1, review: 2, retired: 9 } as const;
export type QueueCode = (typeof QUEUE_CODE)[keyof typeof QUEUE_CODE];

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
}

export interface QueueCounts {
	new: number;
	learning: number;
	review: number;
}

export interface Queue {
	counts: QueueCounts;
	/** The card to show now, or null when nothing is due now. */
	next: QueueCard | null;
	/** When nothing is due now but learning cards wait later today: the earliest of them. */
	waitUntil: number | null;
}

/** Anki shows learning cards up to 20 minutes early when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

const byDue = (a: QueueCard, b: QueueCard) => a.due - b.due || a.ord - b.ord || cmp(a.key, b.key);
const byOrd = (a: QueueCard, b: QueueCard) => a.ord - b.ord || cmp(a.key, b.key);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function remainingLimits(settings: StudySettings, progress: DayProgress) {
	return {
		newLeft: Math.max(0, settings.newPerDay - progress.newDone),
		reviewsLeft: Math.max(0, settings.reviewsPerDay - progress.reviewsDone)
	};
}

export function buildQueue(decks: DeckCandidates[], settings: StudySettings, now: Date): Queue {
	const t = now.getTime();
	const learning: QueueCard[] = [];
	const reviews: QueueCard[] = [];
	const fresh: QueueCard[] = [];
	for (const d of decks) {
		const { newLeft, reviewsLeft } = remainingLimits(settings, d.progress);
		learning.push(...d.learning);
		reviews.push(...[...d.reviews].sort(byDue).slice(0, reviewsLeft));
		fresh.push(...[...d.fresh].sort(byOrd).slice(0, newLeft));
	}
	learning.sort(byDue);
	reviews.sort(byDue);
	fresh.sort(byOrd);

	const counts = { new: fresh.length, learning: learning.length, review: reviews.length };
	// Order: learning cards that are due (short steps must not slip), then reviews, then new
	// cards, then learning cards within the learn-ahead window.
	const dueLearning = learning.find((c) => c.due <= t);
	const next =
		dueLearning ??
		reviews[0] ??
		fresh[0] ??
		learning.find((c) => c.due <= t + LEARN_AHEAD_MS) ??
		null;
	const waitUntil = next === null && learning.length > 0 ? learning[0].due : null;
	return { counts, next, waitUntil };
}
