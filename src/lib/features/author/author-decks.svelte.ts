// The teacher's hub: every deck with its card count, creating decks, and deleting one with an
// Undo window (soft delete now, purge when the window is over: nothing is lost before that).
export type { DeckRow } from '$lib/db';
import { newDeckId } from '$lib/core/author/ids';
import { getDeck, listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import {
	createDeck,
	purgeDeletedDecks,
	restoreDeck,
	softDeleteDeck,
	UNDO_DELETE_MS,
	updateDeckInfo,
	type DeckInfo
} from '$lib/db/deck-edit';

/** Decks deleted at least UNDO_DELETE_MS ago: their Undo is over. */
export function purgeExpired(db: KartotekaDB, now: Date): Promise<string[]> {
	return purgeDeletedDecks(db, now.getTime() - UNDO_DELETE_MS + 1);
}

/** The teacher's own decks first (newest first), then the shipped ones by title. */
export function sortForAuthor(decks: DeckRow[]): DeckRow[] {
	return [...decks].sort(
		(a, b) =>
			Number(a.origin === 'shipped') - Number(b.origin === 'shipped') ||
			(a.origin === 'user' ? b.updatedAt - a.updatedAt : 0) ||
			a.title.localeCompare(b.title, 'ru')
	);
}

/** The teacher's hub: every deck in use, theirs first. */
export async function readAuthorDecks(db: KartotekaDB): Promise<DeckRow[]> {
	return sortForAuthor(await listDecks(db));
}

/** Creates a deck of the teacher's own and returns its id. */
export async function createUserDeck(
	db: KartotekaDB,
	info: DeckInfo,
	now: Date,
	random = Math.random
): Promise<string> {
	const id = newDeckId(now.getTime(), random);
	await createDeck(db, id, info, now);
	return id;
}

/** The deck waiting out its Undo window; one at a time, shared by the hub and the deck page. */
class DeckTrash {
	#pending = $state.raw<DeckRow | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	get pending(): DeckRow | null {
		return this.#pending;
	}

	/** Hides the deck now; purges it when the window is over unless undone. */
	async remove(db: KartotekaDB, deck: DeckRow): Promise<void> {
		await softDeleteDeck(db, deck.id, new Date());
		clearTimeout(this.#timer);
		this.#pending = deck;
		this.#timer = setTimeout(() => {
			this.#pending = null;
			// Not purged now: the next visit to /author purges it.
			purgeExpired(db, new Date()).catch((e) => console.warn('purge of deleted decks failed', e));
		}, UNDO_DELETE_MS);
	}

	async undo(db: KartotekaDB): Promise<DeckRow | null> {
		const deck = this.#pending;
		if (!deck) return null;
		clearTimeout(this.#timer);
		this.#pending = null;
		await restoreDeck(db, deck.id);
		return deck;
	}

	/** Closes the toast; the deck is still purged when its window is over. */
	dismiss(): void {
		this.#pending = null;
	}
}

export const deckTrash = new DeckTrash();

/** The deck page's deck (live: its card count follows); null when it is missing or deleted. */
export async function readDeck(db: KartotekaDB, id: string): Promise<DeckRow | null> {
	const deck = await getDeck(db, id);
	return deck && deck.deletedAt === undefined ? deck : null;
}

/**
 * A deck's title and description as the deck page edits them. The form starts from the deck as it
 * was when the page opened and keeps what is typed while the deck changes (a card added).
 */
export class DeckInfoForm {
	readonly id: string;
	title = $state('');
	description = $state('');

	constructor(deck: DeckRow) {
		this.id = deck.id;
		this.title = deck.title;
		this.description = deck.description ?? '';
	}

	async save(db: KartotekaDB, now: Date): Promise<void> {
		await updateDeckInfo(db, this.id, { title: this.title, description: this.description }, now);
	}
}
