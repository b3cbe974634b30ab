// Exam mode inside a study session: the decks' plans and the cram cards of the last days (the
// plans' due dates and labels come from core/schedule/exam-scheduler.ts). Kept apart from
// review-session.svelte.ts so that its part there stays a few lines.
import { cramList, inCramWindow, type ExamPlan } from '$lib/core/schedule/exam';
import type { DeckCandidates } from '$lib/core/schedule';
import { getExamPlan, reviewCardsDueFrom } from '$lib/db/exam-repo';
import type { KartotekaDB } from '$lib/db';

/** How many not-yet-due review cards of a deck the cram list is chosen from. */
const CRAM_POOL = 2000;

export type ExamPlans = ReadonlyMap<string, ExamPlan>;

/** The plans of the decks that have one. */
export async function loadExamPlans(db: KartotekaDB, deckIds: string[]): Promise<ExamPlans> {
	const plans = await Promise.all(deckIds.map((id) => getExamPlan(db, id)));
	return new Map(
		deckIds.flatMap((id, i) => (plans[i] ? [[id, plans[i]] as [string, ExamPlan]] : []))
	);
}

/**
 * In the last days before a deck's exam, its at-risk cards (not due today, predicted recall on
 * the exam day below the target) join today's reviews, lowest recall first. The queue's daily
 * review limit still applies to them.
 */
export async function addCramCards(
	db: KartotekaDB,
	candidates: DeckCandidates[],
	plans: ExamPlans,
	now: Date,
	rolloverHour: number,
	dayEndMs: number
): Promise<void> {
	for (const deck of candidates) {
		const plan = plans.get(deck.deckId);
		if (!plan || !inCramWindow(plan, now, rolloverHour)) continue;
		const pool = await reviewCardsDueFrom(db, deck.deckId, dayEndMs, CRAM_POOL);
		// Due "now" in the queue's eyes: after today's due reviews (sorted by due), before tomorrow.
		deck.reviews.push(
			...cramList(pool, now, plan, rolloverHour).map((s) => ({
				key: s.key,
				deckId: s.deckId,
				due: dayEndMs - 1,
				ord: s.ord
			}))
		);
	}
}
