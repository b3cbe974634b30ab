// Exam plans, one small meta record per deck (`exam:<deckId>`), and the reads exam mode needs.
// Imported by path (not from the db index): only the deck page and the study session use it.
import Dexie from 'dexie';
import { normalizeExamPlan, type ExamPlan } from '$lib/core/schedule/exam-plan';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import type { KartotekaDB } from './database';
import type { StateRow } from './types';

export const examKey = (deckId: string) => `exam:${deckId}`;

/** The deck's plan, or null when none is set (or the stored one is unreadable). */
export async function getExamPlan(db: KartotekaDB, deckId: string): Promise<ExamPlan | null> {
	return normalizeExamPlan((await db.meta.get(examKey(deckId)))?.value);
}

/**
 * The plans of those of `deckIds` that have one: one range of the meta keys `exam:` (issue 11,
 * fifth pass: one get per deck, 103 requests at a session's start over all decks).
 */
export async function examPlansOf(
	db: KartotekaDB,
	deckIds: readonly string[]
): Promise<Map<string, ExamPlan>> {
	const wanted = new Set(deckIds);
	const rows = await db.meta.where('key').startsWith(examKey('')).toArray();
	const out = new Map<string, ExamPlan>();
	for (const row of rows) {
		const id = row.key.slice(examKey('').length);
		const plan = wanted.has(id) ? normalizeExamPlan(row.value) : null;
		if (plan) out.set(id, plan);
	}
	return out;
}

/** Sets (or, with null, removes) the plan of several decks at once: all of them or none. */
export async function setExamPlan(
	db: KartotekaDB,
	deckIds: readonly string[],
	plan: ExamPlan | null
): Promise<void> {
	const clean = plan && normalizeExamPlan(plan);
	if (plan && !clean) throw new RangeError(`exam date “${plan.examDate}” is not a date`);
	await db.transaction('rw', db.meta, async () => {
		for (const id of deckIds) {
			if (clean) await db.meta.put({ key: examKey(id), value: { ...clean } });
			else await db.meta.delete(examKey(id));
		}
	});
}

/**
 * Review cards of a deck due at or after `fromMs` (not due today), soonest first, at most
 * `limit`: the cram list is chosen from these.
 */
export function reviewCardsDueFrom(
	db: KartotekaDB,
	deckId: string,
	fromMs: number,
	limit: number
): Promise<StateRow[]> {
	return db.states
		.where('[deckId+queue+due]')
		.between([deckId, QUEUE_CODE.review, fromMs], [deckId, QUEUE_CODE.review, Dexie.maxKey])
		.limit(limit)
		.toArray();
}

/** Every active (not retired) card state of a deck: for the forecast and the expected recall. */
export async function activeStates(db: KartotekaDB, deckId: string): Promise<StateRow[]> {
	return (await db.states.where('deckId').equals(deckId).toArray()).filter(
		(s) => s.queue !== QUEUE_CODE.retired
	);
}
