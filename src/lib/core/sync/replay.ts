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
import { afterReset, resetCard, type ResetMark } from './resets';

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
 * rows store, so that undo and the statistics read the merged history). With a reset (resets.ts)
 * the card starts over at it: the reviews before it are replayed among themselves (their rows keep
 * what happened), the card's state comes from the reviews after it, from a new card.
 */
export function replayCard<T extends ReviewEvent>(
	reviews: readonly T[],
	scheduler: Scheduler,
	reset?: ResetMark | null
): Replayed<T> | null {
	const ordered = mergeReviews(reviews).filter((r) => GRADE_OF[r.rating] !== undefined);
	if (!reset) return ordered.length ? replayFrom(ordered[0].prev, ordered, scheduler) : null;
	const before = ordered.filter((r) => !afterReset(r, reset));
	const after = ordered.filter((r) => afterReset(r, reset));
	const old = before.length ? replayFrom(before[0].prev, before, scheduler).steps : [];
	const out = replayFrom(resetCard(reset), after, scheduler);
	return { card: out.card, steps: [...old, ...out.steps] };
}

function replayFrom<T extends ReviewEvent>(
	start: Card,
	ordered: readonly T[],
	scheduler: Scheduler
): Replayed<T> {
	let card = start;
	const steps: ReplayStep<T>[] = [];
	for (const review of ordered) {
		const out = asGraded(
			review,
			card,
			scheduler.grade(card, GRADE_OF[review.rating], new Date(review.at))
		);
		steps.push({ review, prev: card, log: out.log });
		card = out.card;
	}
	return { card, steps };
}

const DAY_MS = 86_400_000;

/** The same card state, field by field (a card revived from JSON included). */
function sameCard(a: Card, b: Card): boolean {
	const t = (d: Date | string | undefined | null) => (d ? new Date(d).getTime() : 0);
	return (
		t(a.due) === t(b.due) &&
		t(a.last_review) === t(b.last_review) &&
		a.state === b.state &&
		a.reps === b.reps &&
		a.lapses === b.lapses &&
		a.stability === b.stability &&
		a.difficulty === b.difficulty
	);
}

/**
 * The grading device's load balancer moved the review's day within its fuzz range (fsrs.ts): a
 * replay from the card that device graded takes that same day, so every device holds the state the
 * student was shown. From another card (two devices graded it offline) the replay's own day stands.
 */
function asGraded(
	review: ReviewEvent,
	before: Card,
	out: { card: Card; log: ReviewLog }
): { card: Card; log: ReviewLog } {
	const days = review.days;
	if (days === undefined || days < 1 || out.card.scheduled_days === days) return out;
	if (out.card.scheduled_days < 1 || !sameCard(review.prev, before)) return out;
	return {
		card: { ...out.card, scheduled_days: days, due: new Date(review.at + days * DAY_MS) },
		log: { ...out.log, scheduled_days: days }
	};
}
