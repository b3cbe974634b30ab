// Reads of card content by deck, for views that need whole decks (the test mode). Imported by
// path, not through the db index, so the home screen's bundle does not carry it.
import type { KartotekaDB } from './database';
import type { CardRow, DeckRow } from './types';

/** The decks asked for (in that order, unknown ids skipped) and every deck of their articles. */
export async function decksWithArticles(
	db: KartotekaDB,
	deckIds: string[]
): Promise<{ decks: DeckRow[]; article: DeckRow[] }> {
	const found = await db.decks.bulkGet(deckIds);
	const decks = found.filter((d): d is DeckRow => d !== undefined);
	const keys = [...new Set(decks.map((d) => d.sourceKey))];
	const article = keys.length ? await db.decks.where('sourceKey').anyOf(keys).toArray() : [];
	return { decks, article };
}

/** Active (not retired) cards of the decks, in deck order. */
export async function activeCards(db: KartotekaDB, deckIds: string[]): Promise<CardRow[]> {
	if (!deckIds.length) return [];
	const rows = await db.cards.where('deckId').anyOf(deckIds).toArray();
	return rows
		.filter((c) => c.retired === 0)
		.sort((a, b) => deckIds.indexOf(a.deckId) - deckIds.indexOf(b.deckId) || a.ord - b.ord);
}
