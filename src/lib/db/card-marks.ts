// What a student does to a card from the study screen besides grading it (issue 12, study
// features): suspend it (out of every session until unsuspended), bury it (out until the next
// study day, as Anki's bury), flag it. Each is one small write that the session can undo. Only the
// stored queue code changes: the FSRS card stays as it was, so unsuspending loses no progress.
import Dexie from 'dexie';
import { QUEUE_CODE, queueCodeOf, type QueueCode } from '$lib/core/schedule/queue';
import { isSetAside, SET_ASIDE } from '$lib/core/schedule/set-aside';
import type { KartotekaDB } from './database';
import { recountDecks } from './deck-edit';
import { markApplying } from './sync-quiet';
import { range } from './study-repo';
import type { CardRow, NoteRow, StateRow } from './types';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

export type SetAside = 'suspend' | 'bury';

/** Suspends or buries a card; returns its queue before, for an undo (null when it has no state). */
export async function setAside(
	db: KartotekaDB,
	key: string,
	how: SetAside,
	now: Date
): Promise<QueueCode | null> {
	return db.transaction('rw', db.states, async () => {
		const row = await db.states.get(key);
		if (!row || row.queue === QUEUE_CODE.retired) return null;
		const next: StateRow =
			how === 'suspend'
				? { ...row, queue: SET_ASIDE.suspended }
				: { ...row, queue: SET_ASIDE.buried, buriedAt: now.getTime() };
		if (how === 'suspend') delete next.buriedAt;
		await db.states.put(next);
		return row.queue;
	});
}

/** Puts a card back in the queue it had (`queue`), or in its card's own queue when not given. */
export async function putBack(db: KartotekaDB, key: string, queue?: QueueCode): Promise<void> {
	await db.transaction('rw', db.states, async () => {
		const row = await db.states.get(key);
		if (!row || !isSetAside(row.queue)) return;
		const next: StateRow = { ...row, queue: queue ?? queueCodeOf(row.card) };
		if (next.queue !== SET_ASIDE.buried) delete next.buriedAt;
		await db.states.put(next);
	});
}

/** Unsuspends (and unburies) the given cards; returns how many came back. */
export async function unsuspendCards(db: KartotekaDB, keys: readonly string[]): Promise<number> {
	return db.transaction('rw', db.states, async () => {
		const rows = (await db.states.bulkGet([...keys])).filter(
			(r): r is StateRow => r !== undefined && isSetAside(r.queue)
		);
		await db.states.bulkPut(rows.map(back));
		return rows.length;
	});
}

/** Every suspended card of a deck back in its queue (the deck page's "Unsuspend all"). */
export async function unsuspendDeck(db: KartotekaDB, deckId: string): Promise<number> {
	const keys = await db.states
		.where('[deckId+queue+due]')
		.between(...range(deckId, SET_ASIDE.suspended, Dexie.minKey, Dexie.maxKey))
		.primaryKeys();
	return unsuspendCards(db, keys as string[]);
}

/** How many cards of a deck are suspended and buried. */
export async function setAsideCounts(
	db: KartotekaDB,
	deckId: string
): Promise<{ suspended: number; buried: number }> {
	const count = (queue: number) =>
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, queue, Dexie.minKey, Dexie.maxKey))
			.count();
	const [suspended, buried] = await Promise.all([
		count(SET_ASIDE.suspended),
		count(SET_ASIDE.buried)
	]);
	return { suspended, buried };
}

/**
 * Brings back the cards of these decks buried before `dayStartMs` (the study day's start, 4:00 by
 * default): a bury lasts until the next study day. Returns how many came back. Sync does not record
 * it: every device expires a bury by itself from its time (core/sync/marks.ts), and a recorded
 * expiry would undo a bury made on another device since.
 */
export async function unburyBefore(
	db: KartotekaDB,
	deckIds: readonly string[],
	dayStartMs: number
): Promise<number> {
	const wanted = new Set(deckIds);
	const stale = (r: StateRow) => wanted.has(r.deckId) && (r.buriedAt ?? 0) < dayStartMs;
	// Every deck's buried cards are one range of the [queue+due] index (issue 11, fifth pass: a
	// read-write transaction of one range per deck, at every session's start, took 60–90 ms at 103
	// decks to find nothing). Read-only first: a session on a day with nothing to bring back writes
	// nothing.
	const buried = () =>
		db.states
			.where('[queue+due]')
			.between([SET_ASIDE.buried, Dexie.minKey], [SET_ASIDE.buried, Dexie.maxKey])
			.filter(stale)
			.toArray();
	if (!(await buried()).length) return 0;
	return db.transaction('rw', db.states, async (tx) => {
		markApplying(tx.idbtrans);
		const rows = await buried();
		await db.states.bulkPut(rows.map(back));
		return rows.length;
	});
}

function back(row: StateRow): StateRow {
	const next: StateRow = { ...row, queue: queueCodeOf(row.card) };
	delete next.buriedAt;
	return next;
}

/** Flags or unflags a card. */
export async function setFlag(db: KartotekaDB, key: string, flag: 0 | 1): Promise<void> {
	await db.cards.update(key, { flag });
}

/** A card as it was before an edit from the study screen: its note's cards too, if it has one. */
export interface CardSnapshot {
	note?: NoteRow;
	cards: CardRow[];
	states: StateRow[];
}

export async function snapshotCard(db: KartotekaDB, key: string): Promise<CardSnapshot | null> {
	return db.transaction('r', db.cards, db.states, db.notes, async () => {
		const card = await db.cards.get(key);
		if (!card) return null;
		const note = card.noteId ? await db.notes.get(card.noteId) : undefined;
		const cards = note ? await db.cards.where('noteId').equals(note.id).toArray() : [card];
		const states = (await db.states.bulkGet(cards.map((c) => c.key))).filter(
			(s): s is StateRow => s !== undefined
		);
		return { note, cards, states };
	});
}

/**
 * Undoes an edit: the note, its cards and their states as they were. Cards the edit added (a new
 * gap of a cloze) go again; they were never studied.
 */
export async function restoreSnapshot(db: KartotekaDB, snap: CardSnapshot): Promise<void> {
	await db.transaction('rw', db.cards, db.states, db.notes, db.decks, async () => {
		if (snap.note) {
			await db.notes.put(snap.note);
			const kept = new Set(snap.cards.map((c) => c.key));
			const now = await db.cards.where('noteId').equals(snap.note.id).primaryKeys();
			const added = (now as string[]).filter((k) => !kept.has(k));
			await db.cards.bulkDelete(added);
			await db.states.bulkDelete(added);
		}
		await db.cards.bulkPut(snap.cards);
		await db.states.bulkPut(snap.states);
		await recountDecks(db, new Set(snap.cards.map((c) => c.deckId)));
	});
}
