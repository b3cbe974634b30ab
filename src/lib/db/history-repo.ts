// Reads for the history views (timeline, chronology, source reader): the active cards of some
// decks, and the decks that come from one article.
import { byKindThenTitle } from '$lib/core/deck/order';
import { sourceFileName } from '$lib/core/history/reader-link';
import type { KartotekaDB } from './database';
import type { CardRow, DeckRow } from './types';

/** The dates decks, or the decks named (in that order, unknown ids skipped). */
export async function timelineDecks(db: KartotekaDB, ids: readonly string[]): Promise<DeckRow[]> {
	if (ids.length) {
		const rows = await db.decks.bulkGet([...ids]);
		return rows.filter((d): d is DeckRow => d !== undefined);
	}
	const all = await db.decks.toArray();
	return all.filter((d) => d.kind === 'dates').sort((a, b) => a.title.localeCompare(b.title));
}

/** The cards still in these decks (retired cards are kept for their history, never shown). */
export async function activeCards(db: KartotekaDB, deckIds: readonly string[]): Promise<CardRow[]> {
	const rows = await db.cards
		.where('deckId')
		.anyOf([...deckIds])
		.toArray();
	return rows.filter((c) => c.retired === 0).sort((a, b) => a.ord - b.ord);
}

/**
 * The decks whose article is the file `file` ("x.txt" or a path ending in it), dates first,
 * then actors, positions and the rest, as the home screen lists them.
 */
export async function decksOfSource(db: KartotekaDB, file: string): Promise<DeckRow[]> {
	const name = sourceFileName(file);
	const all = await db.decks.toArray();
	return all
		.filter((d) => d.source?.file && sourceFileName(d.source.file) === name)
		.sort(byKindThenTitle);
}
