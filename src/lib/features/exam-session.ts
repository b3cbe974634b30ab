// Exam mode inside a study session: the decks' plans made for today (each card's aim and today's
// new cards: core planToday), the reviews due per day that the planner spreads final reviews
// over, and the catch-up cards (the plans' due dates and labels come from
// core/schedule/exam-scheduler.ts). Kept apart from review-session.svelte.ts so that its part
// there stays a few lines.
import { catchUpList, planToday, type ExamPlan, type PlannedExam } from '$lib/core/schedule/exam';
import { DueCounts } from '$lib/core/schedule/exam-load';
import type { DeckCandidates } from '$lib/core/schedule';
import { activeStates, examPlansOf, reviewCardsDueFrom } from '$lib/db/exam-repo';
import type { KartotekaDB } from '$lib/db';

/** How many not-yet-due review cards of a deck the catch-up list is chosen from. */
const CATCH_UP_POOL = 2000;

export type ExamPlans = ReadonlyMap<string, ExamPlan>;

/** A deck's plan for today, and the reviews due per day of that deck. */
export interface ExamDeck {
	planned: PlannedExam;
	newPerDay: number;
	due: DueCounts;
}

/** The plans of the decks that have one. */
export async function loadExamPlans(db: KartotekaDB, deckIds: string[]): Promise<ExamPlans> {
	const plans = await examPlansOf(db, deckIds);
	// In the order of deckIds, as before.
	return new Map(deckIds.flatMap((id) => (plans.has(id) ? [[id, plans.get(id)!] as const] : [])));
}

/**
 * Today's plan of every deck with one: its cards' aim, today's new cards (the deck's limit
 * `newPerDay`, or its preset's, or fewer), and its review cards counted per due day.
 */
export async function planExamDecks(
	db: KartotekaDB,
	candidates: readonly DeckCandidates[],
	plans: ExamPlans,
	newPerDay: number,
	now: Date,
	rolloverHour: number,
	/** Each deck's preset's fitted FSRS parameters (deckWeights); absent: the defaults. */
	weights: ReadonlyMap<string, number[]> = new Map()
): Promise<Map<string, ExamDeck>> {
	const out = new Map<string, ExamDeck>();
	for (const deck of candidates) {
		const plan = plans.get(deck.deckId);
		if (!plan) continue;
		const states = await activeStates(db, deck.deckId);
		const cards = states.map((s) => s.card);
		const newLeft = cards.filter((c) => c.state === 0).length + deck.progress.newDone;
		const deckNew = deck.limits?.newPerDay ?? newPerDay;
		const w = weights.get(deck.deckId);
		const today = planToday(
			w ? { ...plan, w } : plan,
			now,
			{ cards: cards.length, newLeft, newPerDay: deckNew },
			rolloverHour
		);
		out.set(deck.deckId, { ...today, due: new DueCounts(rolloverHour, cards) });
	}
	return out;
}

/**
 * Exam mode's part of today's queue: the new cards cut to the plan's pace, and the catch-up
 * cards (review cards the plan has not scheduled, below their aim on the exam day: catchUpList)
 * added to the reviews. The queue's daily review limit still applies to them.
 */
export async function addExamCards(
	db: KartotekaDB,
	candidates: DeckCandidates[],
	decks: ReadonlyMap<string, ExamDeck>,
	now: Date,
	rolloverHour: number,
	dayEndMs: number
): Promise<void> {
	for (const deck of candidates) {
		const exam = decks.get(deck.deckId);
		if (!exam || exam.planned.outOfReach) continue;
		const newLeft = Math.max(0, exam.newPerDay - deck.progress.newDone);
		deck.fresh = [...deck.fresh].sort((a, b) => a.ord - b.ord).slice(0, newLeft);
		const pool = await reviewCardsDueFrom(db, deck.deckId, dayEndMs, CATCH_UP_POOL);
		// Due "now" in the queue's eyes: after today's due reviews (sorted by due), before tomorrow.
		deck.reviews.push(
			...catchUpList(pool, now, exam.planned, rolloverHour).map((s) => ({
				key: s.key,
				deckId: s.deckId,
				due: dayEndMs - 1,
				ord: s.ord
			}))
		);
	}
}
