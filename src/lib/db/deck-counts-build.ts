// Building the per-deck counters of decks that have none (deck-counts-hook.ts): the decks of a
// database from before schema v7, decks installed on the first visit, decks whose rows a write
// without the arithmetic dropped. Loaded when some are missing (features/app.svelte.ts, the study
// and statistics pages).
import type { KartotekaDB } from './database';
import type { DeckCountsRow } from './deck-counts-hook';
import { tallyCards, tallyStates } from './deck-counts-tally';

/** A deck's counters computed from its states and cards (the one way rows are made). */
export async function countDeck(db: KartotekaDB, deckId: string): Promise<DeckCountsRow> {
	const row: DeckCountsRow = { deckId, n: 0, l: {}, r: {}, m: 0, p: {} };
	const [states, cards] = await Promise.all([
		db.states.where('deckId').equals(deckId).toArray(),
		db.cards.where('deckId').equals(deckId).toArray()
	]);
	tallyStates(row, states, 1);
	tallyCards(row, cards, 1);
	return row;
}

/**
 * Builds the counters of every deck that has none, each in one read-write transaction with its
 * states (a write meanwhile waits and is then counted by the middleware once). Returns how many
 * rows were built. The first start after the v7 upgrade builds them all (one read of every state).
 */
export async function buildMissingDeckCounts(db: KartotekaDB): Promise<number> {
	const [decks, built] = await Promise.all([
		db.decks.toCollection().primaryKeys(),
		db.deckCounts.toCollection().primaryKeys()
	]);
	const have = new Set(built);
	const missing = decks.filter((id) => !have.has(id));
	for (const deckId of missing)
		await db.transaction('rw', [db.states, db.cards, db.deckCounts], async () => {
			if (!(await db.deckCounts.get(deckId))) await db.deckCounts.put(await countDeck(db, deckId));
		});
	return missing.length;
}
