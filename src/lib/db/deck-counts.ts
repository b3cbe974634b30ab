// Reading the per-deck counters (deck-counts-hook.ts keeps them on every write to the states) and
// building the rows that are missing: decks installed before schema v7, or installed just now.
import type { KartotekaDB } from './database';
import { HOUR_MS, tallyCards, tallyStates, type DeckCountsRow } from './deck-counts-hook';

/** Today's raw counts of a deck from its counters (before the day's limits and held-back cards). */
export interface RawCounts {
	new: number;
	learning: number;
	review: number;
}

/** Sum of the buckets due before `endMs`; the hour `endMs` falls in, if it is not whole, aside. */
function dueBefore(buckets: Record<string, number>, endHour: number): number {
	let n = 0;
	for (const h in buckets) if (Number(h) < endHour) n += buckets[h];
	return n;
}

/**
 * A deck's counts from its row: new cards, learning and review cards due before `dayEndMs`. In a
 * zone of half hours the day ends within an hour: that hour's cards are counted by the index, a
 * range of minutes.
 */
export async function countsFromRow(
	db: KartotekaDB,
	row: DeckCountsRow,
	dayEndMs: number
): Promise<RawCounts> {
	const endHour = Math.floor(dayEndMs / HOUR_MS);
	const out = {
		new: row.n,
		learning: dueBefore(row.l, endHour),
		review: dueBefore(row.r, endHour)
	};
	const from = endHour * HOUR_MS;
	if (from === dayEndMs) return out;
	const part = (queue: number) =>
		db.states
			.where('[deckId+queue+due]')
			.between([row.deckId, queue, from], [row.deckId, queue, dayEndMs])
			.count();
	const [l, r] = await Promise.all([part(1), part(2)]);
	return { ...out, learning: out.learning + l, review: out.review + r };
}

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
