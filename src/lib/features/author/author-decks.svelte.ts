// The teacher's hub: every deck with its card count, creating decks, and deleting one with an
// Undo window (soft delete now, purge when the window is over: nothing is lost before that).
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

export class AuthorDecks {
	#decks = $state.raw<DeckRow[]>([]);
	#loaded = $state(false);

	get decks(): DeckRow[] {
		return this.#decks;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	async load(db: KartotekaDB, now: Date): Promise<void> {
		await purgeExpired(db, now);
		this.#decks = sortForAuthor(await listDecks(db));
		this.#loaded = true;
	}

	/** Creates a deck of the teacher's own and returns its id. */
	async create(db: KartotekaDB, info: DeckInfo, now: Date, random = Math.random): Promise<string> {
		const id = newDeckId(now.getTime(), random);
		await createDeck(db, id, info, now);
		await this.load(db, now);
		return id;
	}
}

/** The deck waiting out its Undo window; one at a time, shared by the hub and the deck page. */
class DeckTrash {
	#pending = $state.raw<DeckRow | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	get pending(): DeckRow | null {
		return this.#pending;
	}

	/** Hides the deck now; purges it when the window is over unless undone. */
	async remove(db: KartotekaDB, deck: DeckRow, onPurged?: () => void): Promise<void> {
		await softDeleteDeck(db, deck.id, new Date());
		clearTimeout(this.#timer);
		this.#pending = deck;
		this.#timer = setTimeout(() => {
			this.#pending = null;
			purgeExpired(db, new Date())
				.then(() => onPurged?.())
				// Not purged now: the next visit to /author purges it.
				.catch((e) => console.warn('purge of deleted decks failed', e));
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

/** One deck's title and description, as the deck page edits them. */
export class DeckDetails {
	#deck = $state.raw<DeckRow | null>(null);
	#loaded = $state(false);
	title = $state('');
	description = $state('');

	get deck(): DeckRow | null {
		return this.#deck;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	get editable(): boolean {
		return this.#deck?.origin === 'user';
	}

	async load(db: KartotekaDB, id: string): Promise<void> {
		const deck = await getDeck(db, id);
		this.#deck = deck && deck.deletedAt === undefined ? deck : null;
		this.title = this.#deck?.title ?? '';
		this.description = this.#deck?.description ?? '';
		this.#loaded = true;
	}

	/** Re-reads the deck (its card count) without touching what is being typed. */
	async refresh(db: KartotekaDB): Promise<void> {
		if (!this.#deck) return;
		const deck = await getDeck(db, this.#deck.id);
		this.#deck = deck && deck.deletedAt === undefined ? deck : null;
	}

	async save(db: KartotekaDB, now: Date): Promise<void> {
		if (!this.#deck) return;
		this.#deck = await updateDeckInfo(
			db,
			this.#deck.id,
			{ title: this.title, description: this.description },
			now
		);
	}
}
