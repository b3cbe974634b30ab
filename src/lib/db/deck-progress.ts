// Resetting a deck's progress (issue 12: "Reset a deck's progress, with undo"): every card of the
// deck starts over as new, in deck order, as Anki's "Forget". The review history is kept (it is
// what happened, and the statistics show it); the states before are returned for the undo. Each
// card keeps the reset's mark, stamped by this device's clock (core/sync/resets.ts): a sync's
// replay of the card starts from it, and sync carries it to the other devices (sync-recorder.ts).
import { emptyCard } from '$lib/core/schedule/state';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { isSetAside, SET_ASIDE } from '$lib/core/schedule/set-aside';
import type { KartotekaDB } from './database';
import { tickStored } from './sync-clock';
import type { StateRow } from './types';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/** Starts every active card of the deck over; returns the rows as they were (for `restoreStates`). */
export async function resetDeckStates(
	db: KartotekaDB,
	deckId: string,
	now: Date
): Promise<StateRow[]> {
	return db.transaction('rw', db.states, db.syncState, async () => {
		const rows = (await db.states.where('deckId').equals(deckId).toArray()).filter(
			(s) => s.queue !== QUEUE_CODE.retired
		);
		const reset = { hlc: await tickStored(db, () => Date.now()), at: now.getTime() };
		const card = emptyCard(now);
		await db.states.bulkPut(
			rows.map((s) => {
				const next: StateRow = {
					...s,
					card: { ...card, due: new Date(card.due) },
					due: card.due.getTime(),
					// A suspended card stays suspended; a buried one comes back now.
					queue: s.queue === SET_ASIDE.suspended ? s.queue : QUEUE_CODE.new,
					reset
				};
				if (!isSetAside(next.queue)) delete next.buriedAt;
				return next;
			})
		);
		return rows;
	});
}

/** Puts states back as `resetDeckStates` found them, for cards that still exist. */
export async function restoreStates(db: KartotekaDB, rows: StateRow[]): Promise<number> {
	return db.transaction('rw', db.states, db.cards, async () => {
		const cards = await db.cards.bulkGet(rows.map((r) => r.key));
		const kept = rows.filter((_, i) => cards[i] !== undefined);
		await db.states.bulkPut(kept);
		return kept.length;
	});
}
