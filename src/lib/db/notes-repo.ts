// Notes and their cards: saving a note writes the note and every card it makes in one transaction.
// A card keeps its id (note id + ordinal), its deck and its progress across edits; the caller says
// which cards start over (those whose answer changed and the teacher chose to reset).
import type { NoteCard } from '$lib/core/author/notes';
import { noteCardId } from '$lib/core/author/ids';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { emptyCard } from '$lib/core/schedule/state';
import type { KartotekaDB } from './database';
import { cardKey } from './decks-repo';
import { nextOrd, recountDecks } from './deck-edit';
import type { CardRow, NoteRow, StateRow } from './types';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

export function getNote(db: KartotekaDB, id: string): Promise<NoteRow | undefined> {
	return db.notes.get(id);
}

/** A note's cards wherever they are (retired ones included: a removed cloze gap may return). */
export function noteCardRows(db: KartotekaDB, noteId: string): Promise<CardRow[]> {
	return db.cards.where('noteId').equals(noteId).toArray();
}

export interface SaveNoteInput {
	note: NoteRow;
	cards: NoteCard[];
	/** Ordinals of existing cards whose progress starts over (their answer changed). */
	reset?: number[];
	now: Date;
}

export async function saveNote(
	db: KartotekaDB,
	{ note, cards, reset = [], now }: SaveNoteInput
): Promise<CardRow[]> {
	return db.transaction('rw', [db.notes, db.cards, db.states, db.decks], async () => {
		const deck = await db.decks.get(note.deckId);
		if (!deck || deck.deletedAt !== undefined) throw new Error(`deck ${note.deckId} not found`);
		await db.notes.put(note);
		const existing = new Map((await noteCardRows(db, note.id)).map((c) => [c.id, c]));
		const resetSet = new Set(reset);
		let ord = await nextOrd(db, note.deckId);
		const rows: CardRow[] = [];
		for (const card of cards) {
			const id = noteCardId(note.id, card.ordinal);
			const prev = existing.get(id);
			existing.delete(id);
			const row: CardRow = {
				key: prev?.key ?? cardKey(note.deckId, id),
				deckId: prev?.deckId ?? note.deckId,
				id,
				ord: prev?.ord ?? ord++,
				front: card.front,
				back: card.back,
				context: card.context,
				tags: card.tags,
				retired: 0,
				noteId: note.id,
				edited: 0
			};
			rows.push(row);
			const state = prev ? await db.states.get(row.key) : undefined;
			// A brand-new card, a returning gap, or a reset: studied as new.
			if (!state || prev?.retired === 1 || resetSet.has(card.ordinal)) {
				await db.states.put(newState(row, now));
			}
		}
		await db.cards.bulkPut(rows);
		// Cards the note no longer makes (a cloze gap removed): retired with their history.
		const gone = [...existing.values()].filter((c) => c.retired !== 1);
		for (const c of gone) {
			await db.cards.update(c.key, { retired: 1 });
			await db.states.update(c.key, { queue: QUEUE_CODE.retired });
		}
		await recountDecks(
			db,
			[...rows, ...gone].map((c) => c.deckId)
		);
		return rows;
	});
}

export function newState(row: CardRow, now: Date): StateRow {
	const c = emptyCard(now);
	return {
		key: row.key,
		deckId: row.deckId,
		queue: QUEUE_CODE.new,
		due: c.due.getTime(),
		ord: row.ord,
		card: c
	};
}
