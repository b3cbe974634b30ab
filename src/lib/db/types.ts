// Row types of the IndexedDB tables. The scheduling state stores the whole ts-fsrs card
// (learning_steps and last_review included): ts-fsrs resets missing fields.
import type { CardFile, DeckFile, DeckKind, Fact } from '$lib/core/deck';
import type { Card, QueueCode, ReviewLog } from '$lib/core/schedule';

export type DeckOrigin = 'shipped' | 'user';

export interface DeckRow {
	id: string;
	title: string;
	description?: string;
	lang: string;
	kind: DeckKind;
	source?: DeckFile['source'];
	generator?: DeckFile['generator'];
	/** Decks of one article are grouped by this key (the source title, else the deck title). */
	sourceKey: string;
	origin: DeckOrigin;
	/** Identifies the installed content (for shipped decks, the build's asset hash). */
	version: string;
	/** Active (not retired) cards. */
	cardCount: number;
	updatedAt: number;
}

export interface CardRow {
	/** `${deckId}/${id}`: card ids are unique per deck only. */
	key: string;
	deckId: string;
	id: string;
	/** Position in the deck: new cards are studied in this order. */
	ord: number;
	front: string;
	back: string;
	context?: string;
	tags?: string[];
	source?: CardFile['source'];
	fact?: Fact;
	/** 1 when the card left its deck: kept with its history, never shown. IndexedDB cannot index booleans. */
	retired: 0 | 1;
}

export interface StateRow {
	key: string;
	deckId: string;
	/** Which queue the card is in (new, learning, review, retired): indexed with `due` and `ord`. */
	queue: QueueCode;
	/** card.due in ms, for range queries. */
	due: number;
	ord: number;
	card: Card;
}

export interface ReviewRow {
	id: number;
	key: string;
	deckId: string;
	/** Review time in ms. */
	at: number;
	rating: number;
	log: ReviewLog;
	/** The card before this review: undo puts it back. */
	prev: Card;
	prevQueue: QueueCode;
	/** Time from showing the card to grading it. */
	durationMs: number;
}

export interface MetaRow {
	key: string;
	value: unknown;
}
