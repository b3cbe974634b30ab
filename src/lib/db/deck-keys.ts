// Rows of cards looked up by their keys as key ranges, one per deck (issue 11, tenth pass): in
// Chromium a bulkGet is one request per key, and the import's preview and write looked up every
// card of a 100,000-card file that way (the preview's 9,516 gets of a 10k file took most of it).
// A card's key is `${deckId}/${cardId}` (decks-repo.ts: cardKey), so every key between two keys of
// one deck starts with that deck's `id/`: the range between the smallest and the largest key asked
// for holds the deck's rows only. When the range holds many more rows than were asked for (a few
// cards of a large deck), the keys are read one by one as before; a count of the range tells.
import type { Table } from 'dexie';
import { cardKey } from './decks-repo';

/**
 * A range is read whole when it holds at most this many rows per key asked for (plus SLACK): a row
 * of a range costs far less than a get of its own (at 100k cards the first bound, 2 and 64, sent
 * 11,000 keys of a backup's progress back to one get each: a piece's cards in deck order, c0 …
 * c229, span c0 … c99 as keys, most of a deck of 970).
 */
export const DENSE = 8;
export const SLACK = 1024;

/** The rows of `keys`, all keys of cards of deck `deckId`, in the order of `keys`. */
async function rowsOfOneDeck<T, I>(
	table: Table<T, string, I>,
	keys: readonly string[]
): Promise<(T | undefined)[]> {
	if (keys.length < 2) return table.bulkGet([...keys]);
	let lo = keys[0];
	let hi = keys[0];
	for (const k of keys) {
		if (k < lo) lo = k;
		if (k > hi) hi = k;
	}
	const range = table.where(':id').between(lo, hi, true, true);
	if ((await range.count()) > DENSE * keys.length + SLACK) return table.bulkGet([...keys]);
	const primary = table.schema.primKey.keyPath as string;
	const byKey = new Map<string, T>();
	for (const row of await range.toArray()) byKey.set((row as Record<string, string>)[primary], row);
	return keys.map((k) => byKey.get(k));
}

/**
 * The rows of the cards `cards` (deck and card ids) in `table` (keyed by cardKey: cards, states),
 * in the order of `cards`, undefined where there is none: what `table.bulkGet` of their keys gives,
 * in one or two requests per deck instead of one per card.
 */
export async function rowsByCard<T, I>(
	table: Table<T, string, I>,
	cards: readonly { deckId: string; cardId: string }[]
): Promise<(T | undefined)[]> {
	const byDeck = new Map<string, number[]>();
	cards.forEach((c, i) => {
		const list = byDeck.get(c.deckId);
		if (list) list.push(i);
		else byDeck.set(c.deckId, [i]);
	});
	const out: (T | undefined)[] = new Array(cards.length);
	for (const [deckId, at] of byDeck) {
		const rows = await rowsOfOneDeck(
			table,
			at.map((i) => cardKey(deckId, cards[i].cardId))
		);
		at.forEach((i, j) => (out[i] = rows[j]));
	}
	return out;
}
