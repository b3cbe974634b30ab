// What devices exchange through the sync server (issue 14, part 3): immutable events with ids of
// their own, so a push can be repeated and a pull applied twice without changing anything.
//   review   one grade of one card: never edited, never merged away; a card's state is replayed
//            from its reviews (replay.ts)
//   change   one write of one row (deck, card, note, preset, setting, exam plan, a card's marks):
//            the fields it changed, with one HLC stamp; merged field by field, and a delete is a
//            tombstone (fields.ts)
// The server stores them as opaque JSON in the order it received them (its sequence numbers).
import type { Card } from 'ts-fsrs';

/**
 * The tables whose rows are merged field by field (reviews: only their tombstones, undo),
 * "marks": a card's suspend and bury, kept on the device in its state row (marks.ts), and
 * "resets": a deck's progress resets, one field per card (resets.ts).
 */
export const SYNCED_ENTITIES = [
	'decks',
	'cards',
	'notes',
	'presets',
	'meta',
	'reviews',
	'marks',
	'resets'
] as const;
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

/**
 * The entities the first app synced (protocol 1): what the server sends an app that does not
 * say what it knows, and what a device that pulled without saying has seen (server/log.ts).
 */
export const PROTOCOL_1_ENTITIES: readonly string[] = [
	'decks',
	'cards',
	'notes',
	'presets',
	'meta',
	'reviews'
];

/** What this app asks a pull for: review events and the changes of every entity it knows. */
export const PULL_KNOWN: readonly string[] = ['review', ...SYNCED_ENTITIES];

export interface ReviewEvent {
	kind: 'review';
	/** Globally unique: the device's clock stamp when it graded (node included). */
	id: string;
	key: string;
	deckId: string;
	/** Review time in ms (the order of replay). */
	at: number;
	/** 1 again … 4 easy. */
	rating: number;
	durationMs: number;
	/** The card as the grading device had it before the grade: where a replay starts. */
	prev: Card;
	/**
	 * The interval in days the grading device gave (its load balancer's pick within the fuzz
	 * range): a replay from the same card gives the same day (replay.ts). Absent in older events.
	 */
	days?: number;
}

export interface RowChange {
	kind: 'change';
	/** Unique: `${hlc}|${entity}|${row}`. */
	id: string;
	entity: SyncedEntity;
	/** The row's primary key (for reviews: the review's event id). */
	row: string;
	/** The fields this write set (JSON values). */
	fields: Record<string, unknown>;
	/** A delete: the tombstone, stamped like any edit. */
	deleted?: true;
	hlc: string;
}

export type SyncEvent = ReviewEvent | RowChange;

export function changeId(c: Pick<RowChange, 'hlc' | 'entity' | 'row'>): string {
	return `${c.hlc}|${c.entity}|${c.row}`;
}

/** The device (clock node) that made an event: the last part of its stamp. */
export function eventNode(e: SyncEvent): string {
	const stamp = e.kind === 'review' ? e.id : e.hlc;
	return stamp.slice(stamp.lastIndexOf('-') + 1);
}

/** A card that came through JSON (dates as ISO strings) with its Date fields back. */
export function reviveCard(card: Card): Card {
	const c = card as unknown as Record<string, unknown>;
	return {
		...card,
		due: new Date(c.due as string),
		last_review: c.last_review == null ? undefined : new Date(c.last_review as string)
	};
}
