// The home screen's exam countdown. Loaded by deck-list.ts only when some deck has an exam plan:
// most students never set one, and the first page's budget has no room for the plan's rules.
import { daysLeft } from '$lib/core/schedule/exam-plan';
import type { KartotekaDB } from '$lib/db';
import { getExamPlan } from '$lib/db/exam-repo';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as messages from '$lib/i18n/messages/exam-countdown';

i18n.register(messages);

/** Study days to each listed deck's exam (0 on its day); decks whose exam has passed are left out. */
export async function examCountdowns(
	db: KartotekaDB,
	deckIds: readonly string[],
	now: Date,
	rolloverHour: number
): Promise<Map<string, number>> {
	const out = new Map<string, number>();
	for (const id of deckIds) {
		const plan = await getExamPlan(db, id);
		const left = plan ? daysLeft(plan, now, rolloverHour) : -1;
		if (left >= 0) out.set(id, left);
	}
	return out;
}
