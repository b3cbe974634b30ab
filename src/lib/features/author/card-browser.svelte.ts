// Finding cards and acting on many at once: search by text (ё/е and case insensitive), deck,
// tag, kind and study state; select, then tag, move or delete. The cards come from a live read
// (readBrowserCards through page-data's liveData), so a tag, a move or a delete shows by itself;
// filtering runs in memory as the teacher types. Issue 11: the first page is read apart from the
// deck-order index (readFirstBrowserCards) and shown at once; every card is read only once the
// teacher turns to the browser (a focus in it, "Show more", "Select all": needAll), so that a
// collection of 100,000 cards is not held in memory by a page that is only looked at.
import {
	findCards,
	haystackOf,
	refines,
	tagsIn,
	type CardQuery,
	type CardKind,
	type SearchableCard,
	type StudyState
} from '$lib/core/author/search';
import { fromOneByte, oneByte } from '$lib/core/author/one-byte';
import { TextIndex } from '$lib/core/author/text-index';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { SET_ASIDE } from '$lib/core/schedule/set-aside';
import type { CardRow, DeckRow, KartotekaDB } from '$lib/db';
import {
	readFirstSearchable,
	readSearchableCards,
	type SearchableRow
} from '$lib/db/card-search-repo';
import { unsuspendCards } from '$lib/db/card-marks';
import {
	deleteCardsWithUndo,
	moveCards,
	restoreCards,
	tagCards,
	type DeletedCards
} from '$lib/db/cards-edit';

/** A card as the browser lists it: no card row (the editor reads it by key, see readCardRow). */
export interface BrowserCard extends SearchableCard {
	key: string;
	edited: boolean;
}

const STATE_OF: Record<number, StudyState> = {
	[QUEUE_CODE.new]: 'new',
	[QUEUE_CODE.learning]: 'learning',
	[QUEUE_CODE.review]: 'review',
	[SET_ASIDE.suspended]: 'suspended',
	[SET_ASIDE.buried]: 'buried'
};

/**
 * Issue 11: what a card keeps of its row is what the filters test; its haystack, front and back
 * live in the TextIndexes of its read (one string each for every card, no context copy), and a
 * class keeps the getters on its prototype, not a closure per card.
 */
class IndexedCard implements BrowserCard {
	readonly key: string;
	readonly deckId: string;
	readonly tags: string[] | undefined;
	readonly kind: CardKind;
	readonly state: StudyState;
	readonly edited: boolean;
	readonly flagged: boolean;
	readonly #index: CardTexts;
	readonly #at: number;

	constructor(
		{ card, queue, noteKind }: SearchableRow,
		deckId: string,
		index: CardTexts,
		at: number
	) {
		this.key = card.key;
		this.deckId = deckId;
		this.tags = card.tags?.length ? card.tags : undefined;
		this.kind = noteKind ?? 'file';
		this.state = STATE_OF[queue ?? QUEUE_CODE.new] ?? 'new';
		this.edited = card.edited === 1;
		this.flagged = card.flag === 1;
		this.#index = index;
		this.#at = at;
	}

	get haystack(): string {
		return this.#index.haystacks.text(this.#at);
	}
	/** Read for the rows on screen only: decoded on each read, not kept. */
	get front(): string {
		return fromOneByte(this.#index.fronts.text(this.#at));
	}
	get back(): string {
		return fromOneByte(this.#index.backs.text(this.#at));
	}
}

/** One read's texts: each kind in one TextIndex, coded one byte a character (core one-byte). */
interface CardTexts {
	haystacks: TextIndex;
	fronts: TextIndex;
	backs: TextIndex;
}

/** The browser's cards of `rows`, in their order, their texts in TextIndexes. */
export function toBrowserCards(rows: readonly SearchableRow[]): BrowserCard[] {
	const index: CardTexts = {
		haystacks: new TextIndex(rows.map((r) => haystackOf(r.card))),
		fronts: new TextIndex(rows.map((r) => oneByte(r.card.front))),
		backs: new TextIndex(rows.map((r) => oneByte(r.card.back)))
	};
	// One string per deck id, not one per card (structured clone gives each row its own).
	const ids = new Map<string, string>();
	const idOf = (id: string) => ids.get(id) ?? (ids.set(id, id), id);
	return rows.map((r, i) => new IndexedCard(r, idOf(r.card.deckId), index, i));
}

/** The card row behind a browser card, for its editor. */
export async function readCardRow(db: KartotekaDB, key: string): Promise<CardRow> {
	const row = await db.cards.get(key);
	if (!row) throw new Error(`card ${key} is no longer there`);
	return row;
}

export interface BrowserCards {
	decks: DeckRow[];
	cards: BrowserCard[];
	/** Only the first page of the cards (readFirstBrowserCards): `total` says how many there are. */
	partial?: { total: number };
}

/**
 * Every active card of the decks in use (or of one deck), in deck order, ready to search. The
 * rows come in `[deckId+ord]` index order, the browser's order; they are not kept.
 */
export async function readBrowserCards(
	db: KartotekaDB,
	deckId?: string | null
): Promise<BrowserCards> {
	const { decks, cards } = await readSearchableCards(db, deckId ?? undefined);
	return { decks, cards: toBrowserCards(cards) };
}

/** How many results are drawn at first; "Show more" adds as many again. */
const PAGE = 100;

/** The first page of every active card of the decks in use (a few hundred rows read). */
export async function readFirstBrowserCards(db: KartotekaDB): Promise<BrowserCards> {
	const { decks, cards, total } = await readFirstSearchable(db, PAGE);
	return { decks, cards: toBrowserCards(cards), partial: { total } };
}

export class CardBrowser {
	readonly #source: () => BrowserCards | undefined;
	#all = $derived.by(() => this.#source()?.cards ?? []);
	#picked = $state.raw<ReadonlySet<string>>(new Set());
	/** "Select all" ticked before every card was read: every result, once they are. */
	#allPending = $state(false);
	#selected = $derived.by(() =>
		this.#allPending && !this.partial ? new Set(this.#results.map((c) => c.key)) : this.#picked
	);
	#wantAll = $state(false);
	#shown = $state(PAGE);
	#deleted = $state.raw<{ n: number; removed: DeletedCards } | null>(null);

	text = $state('');
	deckId = $state('');
	tag = $state('');
	kind = $state<CardKind | ''>('');
	studyState = $state<StudyState | ''>('');

	/** The last search: typing on from it searches its results only (see core refines). */
	#last: { all: BrowserCard[]; q: CardQuery; results: BrowserCard[] } | null = null;
	#results = $derived.by(() => {
		const all = this.#all;
		const q: CardQuery = {
			text: this.text,
			deckId: this.deckId || undefined,
			tag: this.tag || undefined,
			kind: this.kind || undefined,
			state: this.studyState || undefined
		};
		const last = this.#last;
		const narrower =
			last !== null &&
			last.all === all &&
			last.q.deckId === q.deckId &&
			last.q.tag === q.tag &&
			last.q.kind === q.kind &&
			last.q.state === q.state &&
			refines(last.q.text ?? '', q.text ?? '');
		const results = findCards(narrower ? last.results : all, q);
		this.#last = { all, q, results };
		return results;
	});

	/** `source` is the live read of the cards; `deckId` the deck filter to start with. */
	constructor(source: () => BrowserCards | undefined, deckId = '') {
		this.#source = source;
		this.deckId = deckId;
	}

	get loaded(): boolean {
		return this.#source() !== undefined;
	}
	/** Only the first page is read yet. */
	get partial(): boolean {
		return this.#source()?.partial !== undefined;
	}
	/** Whether the page should read every card (see needAll). */
	get wantsAll(): boolean {
		return this.#wantAll;
	}
	/** The teacher turned to the browser: read every card, to search, filter, select and page. */
	needAll(): void {
		this.#wantAll = true;
	}
	#filtered(): boolean {
		return !!(this.text.trim() || this.tag || this.kind || this.studyState);
	}
	/** How many cards the filters find (before every card is read: the deck's or all cards). */
	get found(): number {
		return this.partial && !this.#filtered() ? this.total : this.#results.length;
	}
	get decks(): DeckRow[] {
		return this.#source()?.decks ?? [];
	}
	/** Cards in the deck filter's scope, before the other filters (for "no cards yet"). */
	get total(): number {
		const partial = this.#source()?.partial;
		if (partial)
			return this.deckId
				? (this.decks.find((d) => d.id === this.deckId)?.cardCount ?? 0)
				: partial.total;
		return this.deckId
			? this.#all.filter((c) => c.deckId === this.deckId).length
			: this.#all.length;
	}
	get results(): BrowserCard[] {
		return this.#results;
	}
	get visible(): BrowserCard[] {
		return this.#results.slice(0, this.#shown);
	}
	get tags(): string[] {
		return tagsIn(this.deckId ? this.#all.filter((c) => c.deckId === this.deckId) : this.#all);
	}
	get selected(): ReadonlySet<string> {
		return this.#selected;
	}
	/** Selected cards that the current filters still show (a deleted card is no longer shown). */
	get selectedKeys(): string[] {
		return this.#results.filter((c) => this.#selected.has(c.key)).map((c) => c.key);
	}
	get allSelected(): boolean {
		if (this.#allPending && this.partial) return true;
		return this.#results.length > 0 && this.selectedKeys.length === this.#results.length;
	}

	deckTitle(id: string): string {
		return this.decks.find((d) => d.id === id)?.title ?? id;
	}

	showMore(): void {
		this.needAll();
		this.#shown += PAGE;
	}

	toggle(key: string, on: boolean): void {
		const next = new Set(this.#selected);
		if (on) next.add(key);
		else next.delete(key);
		this.#select(next);
	}

	selectAll(on: boolean): void {
		if (on && this.partial) {
			this.needAll();
			this.#allPending = true;
			return;
		}
		this.#select(on ? new Set(this.#results.map((c) => c.key)) : new Set());
	}

	#select(keys: ReadonlySet<string>): void {
		this.#allPending = false;
		this.#picked = keys;
	}

	tagSelected(db: KartotekaDB, tag: string): Promise<number> {
		return tagCards(db, this.selectedKeys, tag);
	}

	async moveSelected(db: KartotekaDB, toDeckId: string): Promise<number> {
		const n = await moveCards(db, this.selectedKeys, toDeckId);
		this.#select(new Set());
		return n;
	}

	/** Suspended and buried cards of the selection back in study (issue 12, study features). */
	async unsuspendSelected(db: KartotekaDB): Promise<number> {
		const n = await unsuspendCards(db, this.selectedKeys);
		this.#select(new Set());
		return n;
	}

	deleteSelected(db: KartotekaDB): Promise<number> {
		return this.delete(db, this.selectedKeys);
	}

	async delete(db: KartotekaDB, keys: string[]): Promise<number> {
		const { n, removed } = await deleteCardsWithUndo(db, keys);
		this.#select(new Set());
		this.#deleted = { n, removed };
		return n;
	}

	/** The last deletion, while it can be undone (until undone or dismissed). */
	get deleted(): { n: number } | null {
		return this.#deleted;
	}

	/** Puts the last deleted cards back, with their progress and history. */
	async undoDelete(db: KartotekaDB): Promise<number> {
		const last = this.#deleted;
		if (!last) return 0;
		this.#deleted = null;
		await restoreCards(db, last.removed);
		return last.n;
	}

	dismissDeleted(): void {
		this.#deleted = null;
	}
}
