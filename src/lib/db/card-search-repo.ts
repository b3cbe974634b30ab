// What the card browser searches: every active card of the decks in use, with its study queue and
// its note's kind. Read in one go; filtering happens in memory.
import Dexie from 'dexie';
import type { NoteKind } from '$lib/core/author/notes';
import { QUEUE_CODE, type QueueCode } from '$lib/core/schedule/queue';
import type { KartotekaDB } from './database';
import type { CardRow, DeckRow } from './types';

export interface SearchableRow {
	card: CardRow;
	queue: QueueCode | undefined;
	/** The note's kind, or undefined for a deck-file card. */
	noteKind: NoteKind | undefined;
}

/**
 * The active cards of the decks in use (of one deck when `deckId` is given), in deck order. Issue
 * 11: read with getAll in index order and the study queues as primary-key lists of index ranges
 * (100,000 cards: a filtered cursor over every card and a bulkGet of every state took 8.6 s).
 */
export async function readSearchableCards(
	db: KartotekaDB,
	deckId?: string
): Promise<{ decks: DeckRow[]; cards: SearchableRow[] }> {
	return db.transaction('r', [db.decks, db.cards, db.states, db.notes], async () => {
		const decks = (await db.decks.toArray()).filter((d) => d.deletedAt === undefined);
		const live = new Set(decks.map((d) => d.id));
		const rows = deckId
			? await db.cards
					.where('[deckId+ord]')
					.between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
					.toArray()
			: await db.cards.orderBy('[deckId+ord]').toArray();
		const queueKeys = (queue: QueueCode) =>
			(deckId
				? db.states
						.where('[deckId+queue+due]')
						.between([deckId, queue, Dexie.minKey], [deckId, queue, Dexie.maxKey])
				: db.states.where('[queue+due]').between([queue, Dexie.minKey], [queue, Dexie.maxKey])
			).primaryKeys();
		const [learning, review, notes] = await Promise.all([
			queueKeys(QUEUE_CODE.learning).then((k) => new Set(k)),
			queueKeys(QUEUE_CODE.review).then((k) => new Set(k)),
			db.notes.toArray()
		]);
		const kinds = new Map(notes.map((n) => [n.id, n.kind]));
		const cards: SearchableRow[] = [];
		for (const card of rows) {
			if (card.retired === 1 || !live.has(card.deckId)) continue;
			const queue = learning.has(card.key)
				? QUEUE_CODE.learning
				: review.has(card.key)
					? QUEUE_CODE.review
					: QUEUE_CODE.new;
			cards.push({ card, queue, noteKind: card.noteId ? kinds.get(card.noteId) : undefined });
		}
		return { decks, cards };
	});
}
