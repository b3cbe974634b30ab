// Reads of decks. Installing a deck file is in deck-install.ts, loaded only when needed.
import { byKindThenTitle } from '$lib/core/deck/order';
import type { KartotekaDB } from './database';
import type { DeckRow } from './types';

export const cardKey = (deckId: string, cardId: string) => `${deckId}/${cardId}`;

/**
 * The decks in use, in the order they are listed everywhere (an article's dates first, then
 * actors, positions, the rest, each kind by title); a deleted deck waiting out its undo window is
 * not among them.
 */
export async function listDecks(db: KartotekaDB): Promise<DeckRow[]> {
	return (await db.decks.filter((d) => d.deletedAt === undefined).toArray()).sort(byKindThenTitle);
}

export function getDeck(db: KartotekaDB, id: string): Promise<DeckRow | undefined> {
	return db.decks.get(id);
}
