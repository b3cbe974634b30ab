// Reading the per-deck counters (deck-counts-hook.ts keeps them on every write to the states); the
// rows that are missing are built by deck-counts-build.ts.
import type { KartotekaDB } from './database';
import { HOUR_MS, type DeckCountsRow } from './deck-counts-hook';

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
