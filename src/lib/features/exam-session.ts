// Exam mode inside a study session: the decks' plans, the cram cards of the last days, and the
// due dates and grade-button labels the plans give. Kept apart from review-session.svelte.ts so
// that its part there stays a few lines.
import { applyExamPlan, cramList, inCramWindow, type ExamPlan } from '$lib/core/schedule/exam';
import {
	formatInterval,
	GRADES,
	type Card,
	type DeckCandidates,
	type GradeName,
	type Scheduler
} from '$lib/core/schedule';
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

/** The card as the plan schedules it (unchanged without a plan). */
export function withExamPlan(
	card: Card,
	plan: ExamPlan | undefined,
	now: Date,
	rolloverHour: number
): Card {
	return plan ? applyExamPlan(card, now, plan, rolloverHour) : card;
}

/** The grade buttons' interval labels, as the plan would schedule each grade. */
export function previewLabels(
	scheduler: Scheduler,
	card: Card,
	plan: ExamPlan | undefined,
	now: Date,
	rolloverHour: number
): Record<GradeName, string> {
	if (!plan)
		return Object.fromEntries(
			Object.entries(scheduler.preview(card, now)).map(([g, p]) => [g, p.label])
		) as Record<GradeName, string>;
	const out = {} as Record<GradeName, string>;
	for (const g of GRADES) {
		const next = withExamPlan(scheduler.grade(card, g, now).card, plan, now, rolloverHour);
		out[g] = formatInterval(new Date(next.due).getTime() - now.getTime());
	}
	return out;
}
