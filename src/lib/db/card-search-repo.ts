// What the card browser searches: every active card of the decks in use, with its study queue and
// its note's kind. Read in one go; filtering happens in memory. Its first page alone is read
// apart (readFirstSearchable), from the deck-order index, so that it shows before the rest.
import Dexie from 'dexie';
import type { NoteKind } from '$lib/core/author/notes';
import { QUEUE_CODE, type QueueCode } from '$lib/core/schedule/queue';
import { SET_ASIDE } from '$lib/core/schedule/set-aside';
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
		// Every queue but the new one (the rest): suspended and buried too, or they read as new.
		const queues = [
			QUEUE_CODE.learning,
			QUEUE_CODE.review,
			SET_ASIDE.suspended,
			SET_ASIDE.buried
		] as QueueCode[];
		const [keyLists, notes] = await Promise.all([
			Promise.all(queues.map(queueKeys)),
			db.notes.toArray()
		]);
		const queueOf = new Map<string, QueueCode>();
		keyLists.forEach((keys, i) => keys.forEach((k) => queueOf.set(k, queues[i])));
		const kinds = new Map(notes.map((n) => [n.id, n.kind]));
		const cards: SearchableRow[] = [];
		for (const card of rows) {
			if (card.retired === 1 || !live.has(card.deckId)) continue;
			const queue = queueOf.get(card.key) ?? QUEUE_CODE.new;
			cards.push({ card, queue, noteKind: card.noteId ? kinds.get(card.noteId) : undefined });
		}
		return { decks, cards };
	});
}

/**
 * The first `n` active cards of the decks in use in the browser's order (deck id, then deck order),
 * read from the `[deckId+ord]` index deck by deck until `n` are found, with their queues and note
 * kinds; `total`: the active cards of those decks (their cardCount). Issue 11: the browser's first
 * page waited 14 s at 100,000 cards for readSearchableCards; this reads about `n` rows.
 */
export async function readFirstSearchable(
	db: KartotekaDB,
	n: number
): Promise<{ decks: DeckRow[]; cards: SearchableRow[]; total: number }> {
	return db.transaction('r', [db.decks, db.cards, db.states, db.notes], async () => {
		const decks = (await db.decks.toArray()).filter((d) => d.deletedAt === undefined);
		const rows: CardRow[] = [];
		for (const id of decks.map((d) => d.id).sort()) {
			if (rows.length >= n) break;
			const page = await db.cards
				.where('[deckId+ord]')
				.between([id, Dexie.minKey], [id, Dexie.maxKey])
				.filter((c) => c.retired !== 1)
				.limit(n - rows.length)
				.toArray();
			rows.push(...page);
		}
		const noteIds = [...new Set(rows.flatMap((c) => (c.noteId ? [c.noteId] : [])))];
		const [states, notes] = await Promise.all([
			db.states.bulkGet(rows.map((c) => c.key)),
			db.notes.bulkGet(noteIds)
		]);
		const kinds = new Map(notes.flatMap((note) => (note ? [[note.id, note.kind]] : [])));
		const cards = rows.map((card, i) => ({
			card,
			queue: (states[i]?.queue ?? QUEUE_CODE.new) as QueueCode,
			noteKind: card.noteId ? kinds.get(card.noteId) : undefined
		}));
		return { decks, cards, total: decks.reduce((t, d) => t + d.cardCount, 0) };
	});
}
