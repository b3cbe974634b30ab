// Row types of the IndexedDB tables. The scheduling state stores the whole ts-fsrs card
// (learning_steps and last_review included): ts-fsrs resets missing fields.
import type { NoteContent } from '$lib/core/author/notes';
import type { Preset } from '$lib/core/schedule/presets';
import type { CardContent, CardFile, DeckFile, DeckKind, Fact } from '$lib/core/deck';
import type { Card, QueueCode, ReviewLog, ScheduledCard } from '$lib/core/schedule';
import type { BundlePiece } from '$lib/core/exchange/bundle-stream';
import type { SyncEvent } from '$lib/core/sync/events';
import type { ResetMark } from '$lib/core/sync/resets';

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
	/** Set when the user deleted the deck: hidden everywhere, purged once the undo window is over. */
	deletedAt?: number;
	/** The option preset the deck studies with (absent: the default preset). */
	presetId?: string;
	/**
	 * 1: every card of the deck takes a typed answer, not only date and name cards (the student's
	 * option, issue 12; not indexed, so no schema version; absent: 0).
	 */
	typeAnswers?: 0 | 1;
}

/**
 * A deck option preset (core/schedule/presets.ts). The default preset is not a row: it is the
 * settings page's options (meta "settings"), so that editing them changes it.
 */
export type PresetRow = Preset;

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
	/** The note this card was made from (cards the teacher wrote); absent for cards from deck files. */
	noteId?: string;
	/**
	 * 1 when the user edited this deck-file card: front/back/context/tags are the user's text, and
	 * an update of the deck keeps them (schema v2; absent on rows written before counts as 0).
	 */
	edited?: 0 | 1;
	/** What the deck file said when the user first edited the card: updates are compared with it. */
	upstream?: CardContent;
	/** The card's key in a shipped deck it was moved out of: that deck's updates leave it alone. */
	originKey?: string;
	/** 1 on a card the user deleted from a shipped deck: a tombstone, so updates do not bring it back. */
	removed?: 0 | 1;
	/** 1 when the student flagged the card while studying (to look at it again later). */
	flag?: 0 | 1;
}

/** One thing the teacher wrote; it makes one or more cards (see core/author/notes.ts). */
export interface NoteRow extends NoteContent {
	id: string;
	/** Where new cards of this note go (its cards may be moved elsewhere one by one). */
	deckId: string;
	createdAt: number;
	updatedAt: number;
}

/**
 * The scheduling state of a card (core/schedule/review.ts defines its fields); `buriedAt`: when a
 * buried card (queue SET_ASIDE.buried) was buried, so that it comes back the next study day;
 * `reset`: the card's last progress reset (core/sync/resets.ts), which a replay starts from.
 */
export type StateRow = ScheduledCard & { buriedAt?: number; reset?: ResetMark };

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
	/** The review's event id for sync (an HLC stamp, core/sync/hlc.ts); set once sync is on. */
	syncId?: string;
}

/** One event waiting to be pushed to the sync server (core/sync/events.ts). */
export interface SyncOutboxRow {
	seq: number;
	event: SyncEvent;
}

/** A synced row's newest stamp per field and its tombstone: `${entity}|${row key}`. */
export interface SyncStampsRow {
	key: string;
	fields: Record<string, string>;
	deleted?: string;
	/** The row as it was when deleted here: an edit made elsewhere after the delete revives it whole. */
	last?: Record<string, unknown>;
}

/** An article that decks of this device were generated from: the text their offsets point into. */
export interface ArticleRow {
	/** The decks' `source.file`: unique on the device (see db/articles-repo.ts). */
	file: string;
	title: string;
	/** SHA-256 of the text's UTF-8 bytes, as the decks' `source.sha256`. */
	sha256: string;
	text: string;
	savedAt: number;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

/** A piece of a large bundle's file, as the write takes it (the file's end is not staged). */
export type StagedPiece = Exclude<BundlePiece, { kind: 'end' }>;

/**
 * A piece of a large bundle staged for its import (db/import-stream.ts, schema v8): the `n`-th
 * piece of run `run`, with the bytes of the file read up to its end, of all. Seen by nothing but
 * the import, which writes the run's pieces into place in one transaction and deletes them.
 */
export interface ImportPieceRow {
	run: string;
	n: number;
	piece: StagedPiece;
	read: number;
	total: number;
}
