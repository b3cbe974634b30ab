// Reads of decks. Installing a deck file is in deck-install.ts, loaded only when needed.
import type { KartotekaDB } from './database';
import type { DeckRow } from './types';

export const cardKey = (deckId: string, cardId: string) => `${deckId}/${cardId}`;

/** The decks in use: a deleted deck waiting out its undo window is not among them. */
export function listDecks(db: KartotekaDB): Promise<DeckRow[]> {
	return db.decks.filter((d) => d.deletedAt === undefined).toArray();
}

export function getDeck(db: KartotekaDB, id: string): Promise<DeckRow | undefined> {
	return db.decks.get(id);
}
