// A card's state from its review history (issue 14, part 3). When two devices graded one card
// offline, neither device's state is right: each saw only its own grades. The merged history (the
// union of both, each review once by its id) is replayed in time order with the card's scheduler
// (its preset's parameters, as the study session builds it), from the card as it was before the
// first of those reviews. The replay is deterministic (the scheduler's fuzz is seeded by the
// card's own history, fsrs.ts), so every device that holds the same reviews computes the same
// state, whatever order they arrived in.
import type { Card, ReviewLog } from 'ts-fsrs';
import type { GradeName, Scheduler } from '../schedule/fsrs';
import type { ReviewEvent } from './events';

const GRADE_OF: Record<number, GradeName> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/** Time order; equal times by id, so the order is total and the same everywhere. */
export function reviewOrder(
	a: Pick<ReviewEvent, 'at' | 'id'>,
	b: Pick<ReviewEvent, 'at' | 'id'>
): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The union of review lists, each review once (by id), in replay order. */
export function mergeReviews<T extends ReviewEvent>(...lists: readonly (readonly T[])[]): T[] {
	const byId = new Map<string, T>();
	for (const list of lists) for (const r of list) if (!byId.has(r.id)) byId.set(r.id, r);
	return [...byId.values()].sort(reviewOrder);
}

export interface ReplayStep<T extends ReviewEvent = ReviewEvent> {
	review: T;
	/** The card before this review, in the merged history. */
	prev: Card;
	log: ReviewLog;
}

export interface Replayed<T extends ReviewEvent = ReviewEvent> {
	card: Card;
	steps: ReplayStep<T>[];
}

/**
 * Replays one card's reviews (any order, duplicates allowed). Ratings outside 1–4 are skipped.
 * Returns the final card and, per review, the card before it and its log (what the local review
 * rows store, so that undo and the statistics read the merged history).
 */
export function replayCard<T extends ReviewEvent>(
	reviews: readonly T[],
	scheduler: Scheduler
): Replayed<T> | null {
	const ordered = mergeReviews(reviews).filter((r) => GRADE_OF[r.rating] !== undefined);
	if (!ordered.length) return null;
	let card = ordered[0].prev;
	const steps: ReplayStep<T>[] = [];
	for (const review of ordered) {
		const out = scheduler.grade(card, GRADE_OF[review.rating], new Date(review.at));
		steps.push({ review, prev: card, log: out.log });
		card = out.card;
	}
	return { card, steps };
}
