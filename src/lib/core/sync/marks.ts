// A card's set-aside marks as sync carries them (issue 14, part 3): suspended, and buried since
// when. On the device they are one stored queue code (core/schedule/set-aside.ts) beside the card's
// schedule, which sync does not carry (it is replayed from the reviews); so the marks travel as a
// row of their own, entity "marks", keyed by the card, merged field by field like any edit
// (fields.ts: last writer wins by HLC). The flag is a field of the card row and syncs with it.
//
// Two fields, not one queue code, so that the rule is the same on every device whatever arrived
// first: a suspended card is suspended (a suspend outranks a bury, as on the study screen, where
// suspending a buried card suspends it); else a card with a bury time is buried, and the bury
// expires as a local one does, at the next study day after that time (db/card-marks.ts:
// unburyBefore; that expiry is derived, never recorded, so a bury made elsewhere later wins).
import { queueCodeOf, QUEUE_CODE, type QueueCode } from '../schedule/queue';
import { SET_ASIDE } from '../schedule/set-aside';
import type { Card } from 'ts-fsrs';

export interface CardMarks {
	suspended: 0 | 1;
	/** When the card was buried (ms), or null when it is not buried. */
	buriedAt: number | null;
}

/** What a state row needs for its marks. */
export interface MarkedState {
	queue: QueueCode;
	card: Card;
	buriedAt?: number;
}

export const NO_MARKS: CardMarks = { suspended: 0, buriedAt: null };

/** The marks a stored state holds (none for a missing or retired state). */
export function marksOf(state: Omit<MarkedState, 'card'> | undefined): CardMarks {
	if (!state) return NO_MARKS;
	if (state.queue === SET_ASIDE.suspended) return { suspended: 1, buriedAt: null };
	if (state.queue === SET_ASIDE.buried) return { suspended: 0, buriedAt: state.buriedAt ?? 0 };
	return NO_MARKS;
}

/** Merged fields as they came through JSON: anything else reads as no mark. */
export function readMarks(fields: Record<string, unknown>, base: CardMarks): CardMarks {
	const out = { ...base };
	if ('suspended' in fields) out.suspended = fields.suspended === 1 ? 1 : 0;
	if ('buriedAt' in fields) {
		const b = fields.buriedAt;
		out.buriedAt = typeof b === 'number' && Number.isFinite(b) ? b : null;
	}
	return out;
}

/**
 * The state row with these marks: its queue (and bury time) follow them, the schedule stays. A
 * retired card stays retired. Returns a new row.
 */
export function withMarks<T extends MarkedState>(state: T, marks: CardMarks): T {
	if (state.queue === QUEUE_CODE.retired) return state;
	const next = { ...state };
	delete next.buriedAt;
	if (marks.suspended === 1) next.queue = SET_ASIDE.suspended;
	else if (marks.buriedAt !== null) {
		next.queue = SET_ASIDE.buried;
		next.buriedAt = marks.buriedAt;
	} else next.queue = queueCodeOf(state.card);
	return next;
}
