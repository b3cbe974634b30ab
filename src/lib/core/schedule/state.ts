// ts-fsrs's card states as plain numbers. Code on the home screen's path (counts, queue) uses
// these instead of importing ts-fsrs, which keeps the scheduler out of the first page's bundle;
// a test checks that they match ts-fsrs's own enum.
import type { Card } from 'ts-fsrs';

export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateCode = (typeof CardState)[keyof typeof CardState];

/**
 * A never-studied card, as ts-fsrs's createEmptyCard makes it (a test checks they agree).
 * Installing a deck needs only this, so the first start does not load the scheduler.
 */
export function emptyCard(now: Date): Card {
	return {
		due: new Date(now.getTime()),
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: CardState.New,
		last_review: undefined
	};
}
