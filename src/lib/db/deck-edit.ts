// Writes to decks the user owns: create, rename, describe, delete with undo (soft delete, purged
// later), and the card count every card write keeps up to date. Shipped decks come from the app:
// their title and description are the file's, and they cannot be deleted (an update would
// bring them back); their cards can be edited.
import Dexie from 'dexie';
import { checkDeckInfo, type DeckInfoProblem } from '$lib/core/deck/field-check';
import type { KartotekaDB } from './database';
import { eraseDeck } from './deck-erase';
import type { DeckRow } from './types';

/** How long a deleted deck can be brought back; the Undo toast shows this long. */
export const UNDO_DELETE_MS = 10_000;

export class DeckEditError extends Error {
	constructor(
		readonly code: 'deck.notFound' | 'deck.shipped' | 'deck.emptyTitle' | 'deck.invalid',
		readonly deckId: string,
		/** For deck.invalid: what the deck file's rules say of the title or description. */
		readonly problem?: DeckInfoProblem
	) {
		super(`${code}: ${deckId}${problem ? ` (${problem.field}: ${problem.code})` : ''}`);
		this.name = 'DeckEditError';
	}
}

/** The title and description as stored, or the error: one check for every way in. */
function checkedInfo(id: string, info: DeckInfo): { title: string; description?: string } {
	const title = info.title.trim();
	if (!title) throw new DeckEditError('deck.emptyTitle', id);
	const problem = checkDeckInfo(info);
	if (problem) throw new DeckEditError('deck.invalid', id, problem);
	return { title, description: info.description?.trim() || undefined };
}

export interface DeckInfo {
	title: string;
	description?: string;
}

export async function createDeck(
	db: KartotekaDB,
	id: string,
	info: DeckInfo,
	now: Date
): Promise<DeckRow> {
	const { title, description } = checkedInfo(id, info);
	const row: DeckRow = {
		id,
		title,
		description,
		lang: 'ru',
		kind: 'custom',
		// A deck of one's own is its own group on the home screen.
		sourceKey: title,
		origin: 'user',
		version: 'user',
		cardCount: 0,
		updatedAt: now.getTime()
	};
	await db.decks.add(row);
	return row;
}

/** A deck the user may change: exists, not deleted, not shipped. */
async function ownDeck(db: KartotekaDB, id: string): Promise<DeckRow> {
	const deck = await db.decks.get(id);
	if (!deck || deck.deletedAt !== undefined) throw new DeckEditError('deck.notFound', id);
	if (deck.origin === 'shipped') throw new DeckEditError('deck.shipped', id);
	return deck;
}

export async function updateDeckInfo(
	db: KartotekaDB,
	id: string,
	info: DeckInfo,
	now: Date
): Promise<DeckRow> {
	return db.transaction('rw', db.decks, async () => {
		const deck = await ownDeck(db, id);
		const { title, description } = checkedInfo(id, info);
		const next: DeckRow = {
			...deck,
			title,
			description,
			sourceKey: deck.source?.title ?? title,
			updatedAt: now.getTime()
		};
		await db.decks.put(next);
		return next;
	});
}

/** Hides the deck at once; its cards and progress stay until purgeDeletedDecks runs. */
export async function softDeleteDeck(db: KartotekaDB, id: string, now: Date): Promise<void> {
	await db.transaction('rw', db.decks, async () => {
		await ownDeck(db, id);
		await db.decks.update(id, { deletedAt: now.getTime() });
	});
}

export async function restoreDeck(db: KartotekaDB, id: string): Promise<void> {
	await db.decks
		.where('id')
		.equals(id)
		.modify((d) => {
			delete d.deletedAt;
		});
}

/**
 * Deletes for good the decks deleted before `beforeMs`: deck, cards, states, reviews, and the
 * notes that have no card left elsewhere. One transaction.
 */
export async function purgeDeletedDecks(db: KartotekaDB, beforeMs: number): Promise<string[]> {
	return db.transaction('rw', [db.decks, db.cards, db.states, db.reviews, db.notes], async () => {
		const gone = await db.decks.where('deletedAt').below(beforeMs).toArray();
		for (const { id } of gone) await eraseDeck(db, id);
		return gone.map((d) => d.id);
	});
}

/** Recounts the active cards of decks (call inside the writing transaction). */
export async function recountDecks(db: KartotekaDB, deckIds: Iterable<string>): Promise<void> {
	for (const id of new Set(deckIds)) {
		const count = await db.cards
			.where('deckId')
			.equals(id)
			.filter((c) => c.retired !== 1)
			.count();
		await db.decks.update(id, { cardCount: count });
	}
}

/** The order a card added now takes in a deck: after every card already there. */
export async function nextOrd(db: KartotekaDB, deckId: string): Promise<number> {
	const last = await db.cards
		.where('[deckId+ord]')
		.between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
		.last();
	return last ? last.ord + 1 : 0;
}
