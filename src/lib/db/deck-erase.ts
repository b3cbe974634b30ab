// Erasing a deck for good, shared by the purge of deleted decks (deck-edit.ts) and the install of
// a deck under an id that is free again (deck-install.ts). Its own file: the install is on the
// first visit's path, and must not bring the deck editor along.
import Dexie from 'dexie';
import type { KartotekaDB } from './database';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/**
 * Erases a deck and everything stored under its id (call inside a transaction over decks, cards,
 * states, reviews and notes). States and reviews are found by their own deckId too, not only
 * through the deck's cards: rows a grade wrote after its card was gone (issue 9, item 4, before
 * such grades were refused) would otherwise stay behind and come back with a deck of the same id.
 */
export async function eraseDeck(db: KartotekaDB, id: string): Promise<void> {
	const keys = (await db.cards.where('deckId').equals(id).primaryKeys()) as string[];
	await db.cards.bulkDelete(keys);
	await db.states.bulkDelete(keys);
	await db.states.where('deckId').equals(id).delete();
	await db.reviews.where('[deckId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
	for (const note of await db.notes.where('deckId').equals(id).toArray()) {
		const elsewhere = await db.cards.where('noteId').equals(note.id).first();
		if (elsewhere) await db.notes.update(note.id, { deckId: elsewhere.deckId });
		else await db.notes.delete(note.id);
	}
	await db.decks.delete(id);
}
