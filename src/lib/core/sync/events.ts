// What devices exchange through the sync server (issue 14, part 3): immutable events with ids of
// their own, so a push can be repeated and a pull applied twice without changing anything.
//   review   one grade of one card: never edited, never merged away; a card's state is replayed
//            from its reviews (replay.ts)
//   change   one field of one row (deck, card, note, preset, setting) set to a value at an HLC
//            stamp; the field `$deleted` is a tombstone (fields.ts)
// The server stores them as opaque JSON in the order it received them (its sequence numbers).
import type { Card } from 'ts-fsrs';

/** The tables whose rows are merged field by field. */
export const SYNCED_ENTITIES = ['decks', 'cards', 'notes', 'presets', 'meta'] as const;
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

/** The field a delete sets: a tombstone stamped like any edit. */
export const DELETED = '$deleted';

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
}

export interface FieldChange {
	kind: 'change';
	/** Unique: `${hlc}|${entity}|${row}|${field}`. */
	id: string;
	entity: SyncedEntity;
	/** The row's primary key. */
	row: string;
	field: string;
	/** The new value (JSON); for `$deleted`, true. */
	value: unknown;
	hlc: string;
}

export type SyncEvent = ReviewEvent | FieldChange;

export function changeId(c: Pick<FieldChange, 'hlc' | 'entity' | 'row' | 'field'>): string {
	return `${c.hlc}|${c.entity}|${c.row}|${c.field}`;
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
