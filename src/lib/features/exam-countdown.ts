// The home screen's exam countdown: days to each deck's exam. Loaded with import() by the deck
// list, so that the exam plans' reads stay out of the first page's budget.
import { daysLeft } from '$lib/core/schedule/exam-plan';
import { getExamPlan } from '$lib/db/exam-repo';
import type { KartotekaDB } from '$lib/db';

/** Study days to the deck's exam (0 on its day), null without a plan or after it. */
export async function examCountdown(
	db: KartotekaDB,
	deckId: string,
	now: Date,
	hour: number
): Promise<number | null> {
	const plan = await getExamPlan(db, deckId);
	const left = plan ? daysLeft(plan, now, hour) : -1;
	return left >= 0 ? left : null;
}
