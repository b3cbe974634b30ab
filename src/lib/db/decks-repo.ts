// Reads of decks. Installing a deck file is in deck-install.ts, loaded only when needed.
import type { KartotekaDB } from './database';
import type { DeckRow } from './types';

export const cardKey = (deckId: string, cardId: string) => `${deckId}/${cardId}`;

export function listDecks(db: KartotekaDB): Promise<DeckRow[]> {
	return db.decks.toArray();
}

export function getDeck(db: KartotekaDB, id: string): Promise<DeckRow | undefined> {
	return db.decks.get(id);
}
