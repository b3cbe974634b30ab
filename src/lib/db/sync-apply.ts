// Writes what a pull brought (issue 14, part 3), in one transaction with the new cursor: a page is
// applied whole or not at all, and never twice. This device's own events are skipped (it has
// them). The rules are the core's (core/sync):
//   reviews   added once by id; the card's state and its logs' "before" cards replayed from the
//             merged history with the deck's scheduler (replay.ts)
//   changes   a field is written only when its stamp is newer than the local one (fields.ts); a
//             winning tombstone deletes the row (a review's: the undo of that review); a card's
//             marks (suspended, buried) set its state's queue (core/sync/marks.ts), after the
//             page's rows, so a card that came in the same page is there; so does a card's reset
//             mark (core/sync/resets.ts), and the card is replayed from it; an entity this
//             version does not know (a newer app's) is left alone, to be pulled again once known
import type { Table } from 'dexie';
import { queueCodeOf, withCard, type Scheduler } from '$lib/core/schedule';
import { emptyCard } from '$lib/core/schedule/state';
import {
	SYNCED_ENTITIES,
	eventNode,
	reviveCard,
	type ReviewEvent,
	type RowChange,
	type SyncEvent
} from '$lib/core/sync/events';
import { applyChange, isLive, winningPart, type MergedRow } from '$lib/core/sync/fields';
import { HybridClock } from '$lib/core/sync/hlc';
import { marksOf, readMarks, withMarks } from '$lib/core/sync/marks';
import { replayCard } from '$lib/core/sync/replay';
import { readReset } from '$lib/core/sync/resets';
import type { KartotekaDB } from './database';
import { CLOCK_KEY, markApplying } from './sync-recorder';
import type { CardRow, ReviewRow, StateRow, SyncStampsRow } from './types';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

export const CURSOR_KEY = 'cursor';

export interface ApplyInput {
	events: SyncEvent[];
	/** This device's clock node: its own events are skipped. */
	node: string;
	/** The page's last sequence number: stored with the page. */
	cursor: number;
	/** Where the cursor is stored: the sync's own, or a catch-up's (features/sync/run.ts). */
	cursorKey?: string;
	schedulerOf: (deckId: string) => Scheduler;
	now: Date;
}

export interface Applied {
	reviews: number;
	changes: number;
}

const PRIMARY: Record<string, string> = {
	decks: 'id',
	cards: 'key',
	notes: 'id',
	presets: 'id',
	meta: 'key'
};

type LocalReview = ReviewEvent & { row?: ReviewRow };

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const k = keyOf(item);
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}

async function applyReviews(
	db: KartotekaDB,
	events: ReviewEvent[],
	input: ApplyInput,
	redo: Set<string>
) {
	const byKey = groupBy(events, (e) => e.key);
	let added = 0;
	for (const key of new Set([...byKey.keys(), ...redo])) {
		const local = await db.reviews.where('key').equals(key).toArray();
		const have = new Set(local.map((r) => r.syncId));
		const fresh = (byKey.get(key) ?? []).filter((e) => !have.has(e.id));
		if (!fresh.length && !redo.has(key)) continue;
		const history: LocalReview[] = [
			...local.map((row) => ({ ...toEvent(row), row })),
			...fresh.map((e) => ({ ...e, prev: reviveCard(e.prev) }))
		];
		const state = await db.states.get(key);
		const deckId = local[0]?.deckId ?? fresh[0]?.deckId ?? state?.deckId;
		const replayed = replayCard(history, input.schedulerOf(deckId), state?.reset);
		if (!replayed) continue;
		for (const { review, prev, log } of replayed.steps) {
			const row: Omit<ReviewRow, 'id'> & { id?: number } = {
				...(review.row ?? {
					key,
					deckId: review.deckId,
					durationMs: review.durationMs,
					syncId: review.id
				}),
				at: review.at,
				rating: review.rating,
				prev,
				log,
				prevQueue: queueCodeOf(prev)
			};
			if (review.row) await db.reviews.put(row as ReviewRow);
			else {
				await db.reviews.add(row as ReviewRow);
				added++;
			}
		}
		if (state) {
			await db.states.put(keepSetAside(state, withCard(state, replayed.card)));
		}
	}
	return added;
}

/** A card set aside (buried, suspended) stays so when its schedule is replayed. */
function keepSetAside(before: StateRow, next: StateRow): StateRow {
	return before.queue < 0 ? { ...next, queue: before.queue } : next;
}

function toEvent(r: ReviewRow): ReviewEvent {
	return {
		kind: 'review',
		id: r.syncId ?? `local-${String(r.id).padStart(12, '0')}`,
		key: r.key,
		deckId: r.deckId,
		at: r.at,
		rating: r.rating,
		durationMs: r.durationMs,
		prev: r.prev,
		...(r.log?.scheduled_days !== undefined ? { days: r.log.scheduled_days } : {})
	};
}

/** Merges one row's changes into its stamps; returns the fields to write and whether to delete. */
async function mergeRow(db: KartotekaDB, key: string, changes: RowChange[]) {
	const stored = await db.syncStamps.get(key);
	let merged: MergedRow = {
		fields: Object.fromEntries(
			Object.entries(stored?.fields ?? {}).map(([f, hlc]) => [f, { value: undefined, hlc }])
		),
		deleted: stored?.deleted
	};
	const write: Record<string, unknown> = {};
	let deleted = false;
	for (const c of [...changes].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) {
		const part = winningPart(merged, c);
		Object.assign(write, part.fields);
		deleted ||= part.deleted;
		merged = applyChange(merged, c);
	}
	const stamps: SyncStampsRow = {
		key,
		fields: Object.fromEntries(Object.entries(merged.fields).map(([f, s]) => [f, s.hlc])),
		...(merged.deleted ? { deleted: merged.deleted } : {}),
		...(stored?.last ? { last: stored.last } : {})
	};
	return { write, deleted, live: isLive(merged), stamps };
}

const KNOWN = new Set<string>(SYNCED_ENTITIES);
/** Entities kept on the device in the card's state row, applied after the page's rows. */
const ON_STATES = new Set(['marks', 'resets']);

async function applyChanges(db: KartotekaDB, changes: RowChange[], now: Date, redo: Set<string>) {
	const byRow = groupBy(changes, (c) => `${c.entity}|${c.row}`);
	const marks: [string, Record<string, unknown>][] = [];
	const resets: [string, unknown][] = [];
	for (const [key, list] of byRow) {
		const { entity, row } = list[0];
		// A kind of row a newer app writes: left alone, stamps included, so that once this app
		// knows it, it is pulled again and merged whole (features/sync/run.ts: the catch-up).
		if (!KNOWN.has(entity)) continue;
		const { write, live, stamps } = await mergeRow(db, key, list);
		if (ON_STATES.has(entity)) {
			await db.syncStamps.put(stamps);
			if (entity === 'marks' && Object.keys(write).length) marks.push([row, write]);
			if (entity === 'resets') resets.push(...Object.entries(write));
			continue;
		}
		if (entity !== 'reviews' && !live) {
			const local = await db.table(entity).get(row);
			if (local) stamps.last = local;
		}
		await db.syncStamps.put(stamps);
		if (entity === 'reviews') {
			if (live) continue;
			// The undo of a review on another device: the review goes, its card is replayed.
			const cardKey = list.find((c) => typeof c.fields.key === 'string')?.fields.key as string;
			const gone = cardKey
				? await db.reviews
						.where('key')
						.equals(cardKey)
						.filter((r) => r.syncId === row)
						.toArray()
				: [];
			for (const r of gone) {
				await db.reviews.delete(r.id);
				const state = await db.states.get(r.key);
				if (state && !(await db.reviews.where('key').equals(r.key).count()))
					await db.states.put(keepSetAside(state, withCard(state, r.prev)));
				redo.add(r.key);
			}
			continue;
		}
		const table = db.table(entity) as Table<Record<string, unknown>, string>;
		const local = await table.get(row);
		if (!live) {
			if (local) await table.delete(row);
			if (entity === 'cards') await db.states.delete(row);
			continue;
		}
		if (!Object.keys(write).length) continue;
		// A row deleted here and edited after that elsewhere comes back as it was, with the edit.
		const base = local ?? stamps.last ?? { [PRIMARY[entity]]: row };
		const next: Record<string, unknown> = { ...base, ...write };
		for (const [f, v] of Object.entries(next)) if (v === null) delete next[f];
		if (!local && !complete(entity, next)) continue;
		await table.put(next);
		if (entity === 'cards') await cardState(db, next as unknown as CardRow, now);
	}
	for (const [key, write] of marks) await markState(db, key, write);
	for (const [key, value] of resets) await resetState(db, key, value, redo);
}

/** A card's reset mark that won the merge, on its state; the card is replayed from it (redo). */
async function resetState(db: KartotekaDB, key: string, value: unknown, redo: Set<string>) {
	const state = await db.states.get(key);
	if (!state) return;
	const reset = readReset(value);
	if (JSON.stringify(reset ?? undefined) === JSON.stringify(state.reset)) return;
	const next: StateRow = { ...state };
	if (reset) next.reset = reset;
	else delete next.reset;
	await db.states.put(next);
	redo.add(key);
}

/** A card's marks that won the merge, on its state (a card this device does not have: none). */
async function markState(db: KartotekaDB, key: string, write: Record<string, unknown>) {
	const state = await db.states.get(key);
	if (!state) return;
	const next = withMarks(state, readMarks(write, marksOf(state)));
	if (next.queue !== state.queue || next.buriedAt !== state.buriedAt) await db.states.put(next);
}

/** Whether a row new to this device has what the app reads (else it waits for more changes). */
function complete(entity: string, row: Record<string, unknown>): boolean {
	if (entity === 'cards') return typeof row.deckId === 'string' && typeof row.front === 'string';
	if (entity === 'decks') return typeof row.title === 'string' && typeof row.kind === 'string';
	return true;
}

/** A card that came from another device gets a state (new), or follows its card to another deck. */
async function cardState(db: KartotekaDB, card: CardRow, now: Date) {
	const state = await db.states.get(card.key);
	if (!state) {
		const fresh = emptyCard(now);
		const row: StateRow = {
			key: card.key,
			deckId: card.deckId,
			queue: 0,
			due: fresh.due.getTime(),
			ord: card.ord,
			card: fresh
		};
		await db.states.put(row);
	} else if (state.deckId !== card.deckId || state.ord !== card.ord) {
		await db.states.put({ ...state, deckId: card.deckId, ord: card.ord });
	}
}

export async function applyPulled(db: KartotekaDB, input: ApplyInput): Promise<Applied> {
	const remote = input.events.filter((e) => eventNode(e) !== input.node);
	const reviews = remote.filter((e): e is ReviewEvent => e.kind === 'review');
	const changes = remote.filter((e): e is RowChange => e.kind === 'change');
	const tables = [
		db.decks,
		db.cards,
		db.notes,
		db.presets,
		db.meta,
		db.states,
		db.reviews,
		db.syncStamps,
		db.syncState
	];
	return db.transaction('rw', tables, async (tx) => {
		markApplying(tx.idbtrans);
		const redo = new Set<string>();
		// Rows first: a review's card may have come in this page.
		await applyChanges(db, changes, input.now, redo);
		const added = await applyReviews(db, reviews, input, redo);
		await db.syncState.put({ key: input.cursorKey ?? CURSOR_KEY, value: input.cursor });
		const last = (await db.syncState.get(CLOCK_KEY))?.value as string | undefined;
		const clock = new HybridClock(input.node, () => input.now.getTime(), last);
		for (const e of remote) clock.observe(e.kind === 'review' ? e.id : e.hlc);
		await db.syncState.put({ key: CLOCK_KEY, value: clock.tick() });
		return { reviews: added, changes: changes.length };
	});
}
