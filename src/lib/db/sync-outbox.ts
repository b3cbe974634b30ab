// The sync's local side beyond the recorder and the apply step: this device's node id, the outbox
// (read in order, dropped once the server has it), the sync records (server, account, cursor, last
// sync), and the first snapshot that turns sync on for a collection already studied.
import {
	changeId,
	PROTOCOL_1_ENTITIES,
	SYNCED_ENTITIES,
	type RowChange,
	type SyncEvent,
	type SyncedEntity
} from '$lib/core/sync/events';
import { formatHlc, HybridClock } from '$lib/core/sync/hlc';
import type { KartotekaDB } from './database';
import { CURSOR_KEY } from './sync-apply';
import { marksOf } from '$lib/core/sync/marks';
import { CLOCK_KEY, isSyncedMeta, markApplying, NODE_KEY, reviewEvent } from './sync-recorder';
import { newNode } from './sync-clock';
import type { ReviewRow, StateRow, SyncStampsRow } from './types';

export interface SyncAccount {
	server: string;
	name: string;
	token: string;
}

const ACCOUNT_KEY = 'account';
const LAST_KEY = 'last-synced';
const SNAPSHOT_KEY = 'snapshot-done';
/** The entities this device's cursor has covered, and the cursor of a catch-up under way. */
const PULLED_KEY = 'pulled-entities';
export const CATCHUP_KEY = 'catchup-cursor';

/** This device's clock node, made once (random, letters and digits). */
export async function ensureNode(db: KartotekaDB): Promise<string> {
	return db.transaction('rw', db.syncState, async () => {
		const known = (await db.syncState.get(NODE_KEY))?.value as string | undefined;
		if (known) return known;
		const node = newNode();
		await db.syncState.put({ key: NODE_KEY, value: node });
		return node;
	});
}

export async function syncRecord<T>(db: KartotekaDB, key: string): Promise<T | undefined> {
	return (await db.syncState.get(key))?.value as T | undefined;
}

export const syncAccount = (db: KartotekaDB) => syncRecord<SyncAccount>(db, ACCOUNT_KEY);
export const lastSynced = (db: KartotekaDB) => syncRecord<number>(db, LAST_KEY);
export const syncCursor = async (db: KartotekaDB) =>
	(await syncRecord<number>(db, CURSOR_KEY)) ?? 0;

/**
 * The entities this device has pulled up to its cursor: all of them from a cursor at 0; without a
 * record, a device that pulled before pulls said what they knew, so it has protocol 1's.
 */
export async function pulledEntities(db: KartotekaDB): Promise<readonly string[]> {
	const known = await syncRecord<string[]>(db, PULLED_KEY);
	if (known) return known;
	return (await syncCursor(db)) === 0 ? SYNCED_ENTITIES : PROTOCOL_1_ENTITIES;
}

export async function savePulledEntities(db: KartotekaDB, entities: readonly string[]) {
	await db.syncState.put({ key: PULLED_KEY, value: [...entities] });
	await db.syncState.delete(CATCHUP_KEY);
}

export const catchUpCursor = async (db: KartotekaDB) =>
	(await syncRecord<number>(db, CATCHUP_KEY)) ?? 0;

export async function saveAccount(db: KartotekaDB, account: SyncAccount | null): Promise<void> {
	if (account) await db.syncState.put({ key: ACCOUNT_KEY, value: account });
	else await db.syncState.delete(ACCOUNT_KEY);
}

export async function markSynced(db: KartotekaDB, at: number): Promise<void> {
	await db.syncState.put({ key: LAST_KEY, value: at });
}

/** The oldest events waiting to be pushed. */
export async function pendingEvents(
	db: KartotekaDB,
	limit: number
): Promise<{ seq: number; event: SyncEvent }[]> {
	return db.syncOutbox.orderBy('seq').limit(limit).toArray();
}

export const pendingCount = (db: KartotekaDB) => db.syncOutbox.count();

/** Drops the events the server has taken (up to `seq`). */
export async function dropPushed(db: KartotekaDB, seq: number): Promise<void> {
	await db.syncOutbox.where('seq').belowOrEqual(seq).delete();
}

const ENTITY_TABLES: Exclude<SyncedEntity, 'reviews'>[] = [
	'decks',
	'cards',
	'notes',
	'presets',
	'meta'
];
const PK: Record<string, string> = {
	decks: 'id',
	cards: 'key',
	notes: 'id',
	presets: 'id',
	meta: 'key'
};

/**
 * Once per device (or after signing in to another account): every synced row as it is now goes
 * into the outbox, stamped, with the marks of every card set aside, and every review gets its
 * event id. Later writes are recorded by the recorder. One transaction: a snapshot is whole or not
 * taken.
 */
export async function takeSnapshot(db: KartotekaDB, now: () => number): Promise<number> {
	const node = await ensureNode(db);
	const tables = [
		db.decks,
		db.cards,
		db.notes,
		db.presets,
		db.meta,
		db.states,
		db.reviews,
		db.syncOutbox,
		db.syncStamps,
		db.syncState
	];
	return db.transaction('rw', tables, async (tx) => {
		markApplying(tx.idbtrans);
		if (await syncRecord(db, SNAPSHOT_KEY)) return 0;
		const last = (await db.syncState.get(CLOCK_KEY))?.value as string | undefined;
		const clock = new HybridClock(node, now, last);
		const events: SyncEvent[] = [];
		const stamps: SyncStampsRow[] = [];
		for (const entity of ENTITY_TABLES) {
			const rows = (await db.table(entity).toArray()) as Record<string, unknown>[];
			for (const r of rows) {
				const row = String(r[PK[entity]]);
				if (entity === 'meta' && !isSyncedMeta(row)) continue;
				const hlc = clock.tick();
				const change: RowChange = { kind: 'change', id: '', entity, row, fields: { ...r }, hlc };
				change.id = changeId(change);
				events.push(change);
				stamps.push({
					key: `${entity}|${row}`,
					fields: Object.fromEntries(Object.keys(r).map((f) => [f, hlc]))
				});
			}
		}
		// No index on the queue alone: one pass over the states, as the snapshot reads every table.
		const marked = await db.states.filter((st) => st.queue < 0 || !!st.reset).toArray();
		for (const state of marked.filter((st) => st.queue < 0)) {
			const hlc = clock.tick();
			const fields = { ...marksOf(state) };
			const change: RowChange = {
				kind: 'change',
				id: '',
				entity: 'marks',
				row: state.key,
				fields,
				hlc
			};
			change.id = changeId(change);
			events.push(change);
			stamps.push({ key: `marks|${state.key}`, fields: { suspended: hlc, buriedAt: hlc } });
		}
		snapshotResets(marked, events, stamps);
		// A review graded before sync was on is stamped from its own time, not the snapshot's, so
		// that it stays before a reset made after it (core/sync/resets.ts: afterReset).
		const reviews = await db.reviews.toArray();
		const stamped: ReviewRow[] = [];
		const counters = new Map<number, number>();
		for (const r of reviews) {
			const counter = counters.get(r.at) ?? 0;
			counters.set(r.at, counter + 1);
			const row = r.syncId ? r : { ...r, syncId: formatHlc({ wall: r.at, counter, node }) };
			if (!r.syncId) stamped.push(row);
			events.push(reviewEvent(row));
		}
		if (stamped.length) await db.reviews.bulkPut(stamped);
		await db.syncOutbox.bulkAdd(events.map((event) => ({ event })) as never[]);
		await db.syncStamps.bulkPut(stamps);
		await db.syncState.bulkPut([
			{ key: CLOCK_KEY, value: clock.tick() },
			{ key: SNAPSHOT_KEY, value: true }
		]);
		return events.length;
	});
}

/** The cards' reset marks as "resets" changes, one per deck and reset, under the reset's stamp. */
function snapshotResets(states: StateRow[], events: SyncEvent[], stamps: SyncStampsRow[]) {
	const groups = new Map<
		string,
		{ deckId: string; hlc: string; fields: Record<string, unknown> }
	>();
	for (const st of states) {
		if (!st.reset) continue;
		const id = `${st.reset.hlc}|${st.deckId}`;
		const group = groups.get(id) ?? { deckId: st.deckId, hlc: st.reset.hlc, fields: {} };
		group.fields[st.key] = st.reset;
		groups.set(id, group);
	}
	const byDeck = new Map<string, SyncStampsRow>();
	for (const { deckId, hlc, fields } of groups.values()) {
		const change: RowChange = {
			kind: 'change',
			id: '',
			entity: 'resets',
			row: deckId,
			fields,
			hlc
		};
		change.id = changeId(change);
		events.push(change);
		const row = byDeck.get(deckId) ?? { key: `resets|${deckId}`, fields: {} };
		for (const k of Object.keys(fields)) row.fields[k] = hlc;
		byDeck.set(deckId, row);
	}
	stamps.push(...byDeck.values());
}

/** Signing out of an account: a later sign-in (perhaps another account) starts afresh. */
export async function forgetSync(db: KartotekaDB): Promise<void> {
	await db.transaction('rw', db.syncOutbox, db.syncStamps, db.syncState, async () => {
		await db.syncOutbox.clear();
		await db.syncStamps.clear();
		for (const key of [ACCOUNT_KEY, LAST_KEY, SNAPSHOT_KEY, CURSOR_KEY, PULLED_KEY, CATCHUP_KEY])
			await db.syncState.delete(key);
	});
}
