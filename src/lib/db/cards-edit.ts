// Editing, tagging, moving and deleting cards. Each call is one transaction.
// - A deck-file card (shipped, generated, imported) is edited through an overlay: the row shows the
//   user's text, `upstream` keeps the file's, and deck updates keep the user's (deck-install.ts).
// - A note's card is edited through its note (notes-repo.ts); tags added here go to the note too.
// - Moving keeps progress: the card, its state and its reviews follow it to the new deck.
// - Deleting a card of a note deletes the note and all its cards, as Anki's "Delete note";
//   a card deleted from a shipped deck leaves a tombstone so the next update does not revive it.
import type { CardText } from '$lib/core/author/notes';
import type { CardContent } from '$lib/core/deck/merge';
import type { KartotekaDB } from './database';
import { cardKey } from './decks-repo';
import { nextOrd, recountDecks } from './deck-edit';
import { newState } from './notes-repo';
import type { CardRow, NoteRow, ReviewRow, StateRow } from './types';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

export interface EditOptions {
	/** Start the card over as new (its answer changed). */
	reset: boolean;
	now: Date;
}

const fileContent = ({ front, back, context, tags, source, fact }: CardRow): CardContent => ({
	front,
	back,
	context,
	tags,
	source,
	fact
});

const sameList = (a?: string[], b?: string[]) => (a ?? []).join('\n') === (b ?? []).join('\n');

/** The row with the user's text over the file's; back to plain when the text equals the file's again. */
export function overlay(row: CardRow, text: CardText): CardRow {
	const upstream = row.edited === 1 && row.upstream ? row.upstream : fileContent(row);
	const next: CardRow = { ...row, ...text, edited: 1, upstream };
	const same =
		upstream.front === next.front &&
		upstream.back === next.back &&
		(upstream.context ?? '') === (next.context ?? '') &&
		sameList(upstream.tags, next.tags);
	if (same) {
		delete next.upstream;
		next.edited = 0;
	}
	return next;
}

async function resetState(db: KartotekaDB, row: CardRow, now: Date) {
	await db.states.put(newState(row, now));
}

/** Edits a deck-file card's text (not a note's card: those change through their note). */
export async function editCardText(
	db: KartotekaDB,
	key: string,
	text: CardText,
	{ reset, now }: EditOptions
): Promise<CardRow> {
	return db.transaction('rw', db.cards, db.states, async () => {
		const row = await db.cards.get(key);
		if (!row) throw new Error(`card ${key} not found`);
		if (row.noteId) throw new Error(`card ${key} belongs to note ${row.noteId}: edit the note`);
		const next = overlay(row, {
			front: text.front,
			back: text.back,
			context: text.context || undefined,
			tags: text.tags?.length ? text.tags : undefined
		});
		await db.cards.put(next);
		if (reset) await resetState(db, next, now);
		return next;
	});
}

/** Drops the user's edit: the card shows the deck file's text again. */
export async function revertCard(
	db: KartotekaDB,
	key: string,
	{ reset, now }: EditOptions
): Promise<CardRow> {
	return db.transaction('rw', db.cards, db.states, async () => {
		const row = await db.cards.get(key);
		if (!row?.upstream || row.edited !== 1) throw new Error(`card ${key} has no edit to undo`);
		const next: CardRow = { ...row, ...row.upstream, edited: 0 };
		delete next.upstream;
		await db.cards.put(next);
		if (reset) await resetState(db, next, now);
		return next;
	});
}

/** Adds a tag to cards (and to their notes, so that the note's next save keeps it). */
export async function tagCards(db: KartotekaDB, keys: string[], tag: string): Promise<number> {
	const clean = tag.trim();
	if (!clean) return 0;
	return db.transaction('rw', db.cards, db.notes, async () => {
		const rows = (await db.cards.bulkGet(keys)).filter((r): r is CardRow => !!r);
		const noteIds = new Set<string>();
		const updated: CardRow[] = [];
		for (const row of rows) {
			if (row.tags?.includes(clean)) continue;
			const tags = [...(row.tags ?? []), clean];
			if (row.noteId) {
				noteIds.add(row.noteId);
				updated.push({ ...row, tags });
			} else updated.push(overlay(row, { ...row, tags }));
		}
		for (const id of noteIds) {
			const note = await db.notes.get(id);
			if (!note || note.tags.includes(clean)) continue;
			await db.notes.update(id, { tags: [...note.tags, clean] });
			// The note's other cards carry its tags too.
			const siblings = await db.cards.where('noteId').equals(id).toArray();
			for (const s of siblings)
				if (!s.tags?.includes(clean) && !updated.some((u) => u.key === s.key))
					updated.push({ ...s, tags: [...(s.tags ?? []), clean] });
		}
		await db.cards.bulkPut(updated);
		return updated.length;
	});
}

/** The keys a delete really removes: a note's card takes the note's other cards along. */
export async function expandToNotes(db: KartotekaDB, keys: string[]): Promise<CardRow[]> {
	const rows = (await db.cards.bulkGet(keys)).filter((r): r is CardRow => !!r);
	const byKey = new Map(rows.map((r) => [r.key, r]));
	for (const noteId of new Set(rows.map((r) => r.noteId).filter((n): n is string => !!n)))
		for (const c of await db.cards.where('noteId').equals(noteId).toArray()) byKey.set(c.key, c);
	return [...byKey.values()];
}

export async function deleteCards(db: KartotekaDB, keys: string[]): Promise<number> {
	return db.transaction('rw', [db.cards, db.states, db.reviews, db.notes, db.decks], async () => {
		const rows = await expandToNotes(db, keys);
		const decks = new Map(
			(await db.decks.bulkGet([...new Set(rows.map((r) => r.deckId))]))
				.filter((d) => !!d)
				.map((d) => [d.id, d])
		);
		const all = rows.map((r) => r.key);
		const tombstones = rows.filter(
			(r) => r.originKey || (decks.get(r.deckId)?.origin === 'shipped' && !r.noteId)
		);
		await db.states.bulkDelete(all);
		await db.reviews.where('key').anyOf(all).delete();
		await db.cards.bulkDelete(all);
		await db.cards.bulkPut(
			tombstones.map((r) => ({ ...r, retired: 1 as const, removed: 1 as const }))
		);
		const noteIds = [...new Set(rows.map((r) => r.noteId).filter((n): n is string => !!n))];
		await db.notes.bulkDelete(noteIds);
		await recountDecks(db, decks.keys());
		return rows.filter((r) => r.retired !== 1).length;
	});
}

/** What a deletion took away, whole, so that restoreCards can put it back (its Undo). */
export interface DeletedCards {
	cards: CardRow[];
	states: StateRow[];
	reviews: ReviewRow[];
	notes: NoteRow[];
}

/** Deletes as deleteCards does, and returns what was there: the deletion can be undone. */
export async function deleteCardsWithUndo(
	db: KartotekaDB,
	keys: string[]
): Promise<{ n: number; removed: DeletedCards }> {
	return db.transaction('rw', [db.cards, db.states, db.reviews, db.notes, db.decks], async () => {
		const cards = await expandToNotes(db, keys);
		const all = cards.map((r) => r.key);
		const noteIds = [...new Set(cards.map((r) => r.noteId).filter((n): n is string => !!n))];
		const removed: DeletedCards = {
			cards,
			states: (await db.states.bulkGet(all)).filter((s): s is StateRow => !!s),
			reviews: await db.reviews.where('key').anyOf(all).toArray(),
			notes: (await db.notes.bulkGet(noteIds)).filter((n): n is NoteRow => !!n)
		};
		return { n: await deleteCards(db, keys), removed };
	});
}

/** Undoes a deletion: the cards (over their tombstones), progress, history and notes come back. */
export async function restoreCards(db: KartotekaDB, removed: DeletedCards): Promise<void> {
	await db.transaction('rw', [db.cards, db.states, db.reviews, db.notes, db.decks], async () => {
		await db.cards.bulkPut(removed.cards);
		await db.states.bulkPut(removed.states);
		await db.reviews.bulkPut(removed.reviews);
		await db.notes.bulkPut(removed.notes);
		await recountDecks(
			db,
			removed.cards.map((c) => c.deckId)
		);
	});
}

/** Moves cards to another deck with their progress and history. */
export async function moveCards(
	db: KartotekaDB,
	keys: string[],
	toDeckId: string
): Promise<number> {
	return db.transaction('rw', [db.cards, db.states, db.reviews, db.notes, db.decks], async () => {
		const target = await db.decks.get(toDeckId);
		if (!target || target.deletedAt !== undefined) throw new Error(`deck ${toDeckId} not found`);
		const rows = (await db.cards.bulkGet(keys)).filter(
			(r): r is CardRow => !!r && r.deckId !== toDeckId && r.retired !== 1
		);
		const from = new Set(rows.map((r) => r.deckId));
		const shipped = new Set(
			(await db.decks.bulkGet([...from])).filter((d) => d?.origin === 'shipped').map((d) => d!.id)
		);
		let ord = await nextOrd(db, toDeckId);
		for (const row of rows) {
			let id = row.id;
			for (let n = 2; await db.cards.get(cardKey(toDeckId, id)); n++) id = `${row.id}-${n}`;
			const key = cardKey(toDeckId, id);
			// A shipped card remembers where it came from, so that deck's updates leave it alone;
			// moved back home, it is that deck's card again.
			let originKey = row.originKey ?? (shipped.has(row.deckId) ? row.key : undefined);
			if (originKey === key) originKey = undefined;
			const moved: CardRow = { ...row, key, id, deckId: toDeckId, ord: ord++, originKey };
			if (!originKey) delete moved.originKey;
			await db.cards.delete(row.key);
			await db.cards.put(moved);
			const state = await db.states.get(row.key);
			if (state) {
				await db.states.delete(row.key);
				await db.states.put({ ...state, key, deckId: toDeckId, ord: moved.ord });
			}
			await db.reviews.where('key').equals(row.key).modify({ key, deckId: toDeckId });
		}
		// A note whose cards all live in the new deck now belongs there.
		for (const noteId of new Set(rows.map((r) => r.noteId).filter((n): n is string => !!n))) {
			const cards = await db.cards.where('noteId').equals(noteId).toArray();
			if (cards.every((c) => c.deckId === toDeckId))
				await db.notes.update(noteId, { deckId: toDeckId });
		}
		await recountDecks(db, [...from, toDeckId]);
		return rows.length;
	});
}
