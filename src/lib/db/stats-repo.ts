// Reads for the statistics page: slim summaries of review logs and card states. Date ranges go
// through the `at` index (all decks) or `[deckId+at]` (chosen decks); states through `deckId`.
// Rows are mapped as they stream (`each`), so the full logs and previous cards are not kept.
import Dexie from 'dexie';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import type { CardStateCode } from '$lib/core/schedule/state';
import type { CardSummary, ReviewSummary } from '$lib/core/stats/types';
import type { KartotekaDB } from './database';
import type { ReviewRow, StateRow } from './types';

const toReview = (r: ReviewRow): ReviewSummary => ({
	at: r.at,
	rating: r.rating,
	state: r.log.state as CardStateCode,
	durationMs: r.durationMs,
	deckId: r.deckId
});

const toCard = (s: StateRow): CardSummary => ({
	deckId: s.deckId,
	due: s.due,
	state: s.card.state as CardStateCode,
	scheduledDays: s.card.scheduled_days
});

/** Reviews at or after `fromMs` in the given decks (all decks when `deckIds` is null), by time. */
export async function reviewSummaries(
	db: KartotekaDB,
	deckIds: readonly string[] | null,
	fromMs = 0
): Promise<ReviewSummary[]> {
	const out: ReviewSummary[] = [];
	const push = (r: ReviewRow) => void out.push(toReview(r));
	if (deckIds === null) {
		await db.reviews.where('at').aboveOrEqual(fromMs).each(push);
		return out;
	}
	await db.transaction('r', db.reviews, async () => {
		for (const id of new Set(deckIds))
			await db.reviews.where('[deckId+at]').between([id, fromMs], [id, Dexie.maxKey]).each(push);
	});
	return out.sort((a, b) => a.at - b.at);
}

/** States of the active cards in the given decks (all decks when null); retired cards left out. */
export async function cardSummaries(
	db: KartotekaDB,
	deckIds: readonly string[] | null
): Promise<CardSummary[]> {
	const out: CardSummary[] = [];
	const push = (s: StateRow) => {
		if (s.queue !== QUEUE_CODE.retired) out.push(toCard(s));
	};
	if (deckIds === null) await db.states.each(push);
	else
		await db.states
			.where('deckId')
			.anyOf([...new Set(deckIds)])
			.each(push);
	return out;
}
