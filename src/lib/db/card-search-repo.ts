// What the card browser searches: every active card of the decks in use, with its study queue and
// its note's kind. Read in one go (a few thousand cards at most); filtering happens in memory.
import type { NoteKind } from '$lib/core/author/notes';
import type { QueueCode } from '$lib/core/schedule/queue';
import type { KartotekaDB } from './database';
import type { CardRow, DeckRow } from './types';

export interface SearchableRow {
	card: CardRow;
	queue: QueueCode | undefined;
	/** The note's kind, or undefined for a deck-file card. */
	noteKind: NoteKind | undefined;
}

export async function readSearchableCards(
	db: KartotekaDB
): Promise<{ decks: DeckRow[]; cards: SearchableRow[] }> {
	return db.transaction('r', [db.decks, db.cards, db.states, db.notes], async () => {
		const decks = await db.decks.filter((d) => d.deletedAt === undefined).toArray();
		const live = new Set(decks.map((d) => d.id));
		const cards = await db.cards.filter((c) => c.retired !== 1 && live.has(c.deckId)).toArray();
		const states = await db.states.bulkGet(cards.map((c) => c.key));
		const notes = new Map((await db.notes.toArray()).map((n) => [n.id, n.kind]));
		return {
			decks,
			cards: cards.map((card, i) => ({
				card,
				queue: states[i]?.queue,
				noteKind: card.noteId ? notes.get(card.noteId) : undefined
			}))
		};
	});
}
