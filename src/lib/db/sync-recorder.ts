// Records the local writes that sync pushes (issue 14, part 3): a DBCore middleware, installed
// before the database opens once sync is on (features/sync/start.ts), never in the first page.
// Every read-write transaction over a synced table also takes the outbox, the stamps and the sync
// state, so a write and its record commit together or not at all:
//   reviews added    get their event id (syncId, an HLC stamp) and a review event
//   reviews deleted  (undo) a tombstone for that event
//   decks, cards, notes, presets, meta "settings" and exam plans: the fields each write changed,
//                    under one stamp, and the row's stamps; a delete is a tombstone
//   states           only a change of the card's marks (suspended, buried: core/sync/marks.ts),
//                    as a change of the row "marks|<card key>", and of its reset mark (a progress
//                    reset or its undo: core/sync/resets.ts), as a field of "resets|<deck id>";
//                    the schedule is replayed from the reviews and the resets, never recorded
// Writes of the sync's own apply step (sync-apply.ts) and a bury's expiry (card-marks.ts) carry a
// mark (sync-quiet.ts) and are not recorded.
// The clock's last stamp is read and written inside the transaction: several tabs share it.
import type {
	DBCore,
	DBCoreMutateRequest,
	DBCoreTable,
	DBCoreTransaction,
	Middleware
} from 'dexie';
import {
	changeId,
	type ReviewEvent,
	type RowChange,
	type SyncEvent,
	type SyncedEntity
} from '$lib/core/sync/events';
import { HybridClock } from '$lib/core/sync/hlc';
import { marksOf } from '$lib/core/sync/marks';
import type { ResetMark } from '$lib/core/sync/resets';
import { CLOCK_KEY, NODE_KEY } from './sync-clock';
import { isApplying, markApplying } from './sync-quiet';
import type { ReviewRow, StateRow, SyncStampsRow } from './types';

export { markApplying };
export const SYNC_TABLES = ['syncOutbox', 'syncStamps', 'syncState'];
const ENTITIES = new Set<string>(['decks', 'cards', 'notes', 'presets', 'meta', 'reviews']);
/** Tables whose writes take the sync tables into their transaction: the entities, and states. */
const RECORDED = new Set<string>([...ENTITIES, 'states']);
/**
 * The meta rows that sync: the settings and each deck's exam plan (`exam:<deckId>`,
 * exam-repo.ts). The rest are this device's own (its id, its last backup) or derived.
 */
export const isSyncedMeta = (key: unknown): boolean =>
	key === 'settings' || (typeof key === 'string' && key.startsWith('exam:'));
const applying = (trans: DBCoreTransaction) => isApplying(trans);

export { CLOCK_KEY, NODE_KEY };

/** The fields of `next` that differ from `prev` (a field gone is null). */
export function changedFields(prev: object | undefined, next: object): Record<string, unknown> {
	const a = (prev ?? {}) as Record<string, unknown>;
	const b = next as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
		if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out[k] = b[k] === undefined ? null : b[k];
	}
	return out;
}

interface Ctx {
	down: DBCore;
	trans: DBCoreTransaction;
	events: SyncEvent[];
	stamps: Map<string, SyncStampsRow>;
	clock?: HybridClock;
}

async function clockOf(ctx: Ctx): Promise<HybridClock> {
	if (ctx.clock) return ctx.clock;
	const state = ctx.down.table('syncState');
	const [node, last] = await state.getMany({ trans: ctx.trans, keys: [NODE_KEY, CLOCK_KEY] });
	if (!node) throw new Error('sync recorder without a node id (features/sync/start.ts)');
	ctx.clock = new HybridClock(
		node.value as string,
		() => Date.now(),
		last?.value as string | undefined
	);
	return ctx.clock;
}

async function recordRow(
	ctx: Ctx,
	entity: SyncedEntity,
	row: string,
	fields: Record<string, unknown>,
	deleted: boolean,
	last?: unknown,
	stamp?: string
) {
	const clock = await clockOf(ctx);
	if (stamp) clock.observe(stamp);
	const hlc = stamp ?? clock.tick();
	const change: RowChange = {
		kind: 'change',
		id: '',
		entity,
		row,
		fields,
		hlc,
		...(deleted ? { deleted: true as const } : {})
	};
	change.id = changeId(change);
	ctx.events.push(change);
	const key = `${entity}|${row}`;
	const known = ctx.stamps.get(key) ??
		((await ctx.down.table('syncStamps').get({ trans: ctx.trans, key })) as
			SyncStampsRow | undefined) ?? { key, fields: {} };
	const next: SyncStampsRow = { ...known, fields: { ...known.fields } };
	for (const f of Object.keys(fields)) next.fields[f] = hlc;
	if (deleted) next.deleted = hlc;
	if (deleted && last && entity !== 'reviews') next.last = last as Record<string, unknown>;
	ctx.stamps.set(key, next);
}

async function flush(ctx: Ctx): Promise<void> {
	if (!ctx.events.length) return;
	const { down, trans } = ctx;
	await down
		.table('syncOutbox')
		.mutate({ type: 'add', trans, values: ctx.events.map((event) => ({ event })) });
	if (ctx.stamps.size)
		await down.table('syncStamps').mutate({ type: 'put', trans, values: [...ctx.stamps.values()] });
	const last = ctx.clock!.tick();
	await down
		.table('syncState')
		.mutate({ type: 'put', trans, values: [{ key: CLOCK_KEY, value: last }] });
}

/** The keys a delete request removes (a range is read first). */
async function deletedKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
	if (req.type === 'delete') return req.keys;
	if (req.type !== 'deleteRange') return [];
	return table
		.query({
			trans: req.trans,
			values: false,
			query: { index: table.schema.primaryKey, range: req.range }
		})
		.then((r) => r.result);
}

async function recordReviews(ctx: Ctx, table: DBCoreTable, req: DBCoreMutateRequest) {
	if (req.type === 'add' || req.type === 'put') {
		if (req.values.every((v: ReviewRow) => v.syncId)) return table.mutate(req);
		const clock = await clockOf(ctx);
		const made: ReviewRow[] = [];
		const values = req.values.map((v: ReviewRow) => {
			if (v.syncId) return v;
			const stamped = { ...v, syncId: clock.tick() };
			made.push(stamped);
			return stamped;
		});
		const res = await table.mutate({ ...req, values });
		for (const v of made) ctx.events.push(reviewEvent(v));
		return res;
	}
	const keys = await deletedKeys(table, req);
	const old = (await table.getMany({ trans: req.trans, keys })) as (ReviewRow | undefined)[];
	const res = await table.mutate(req);
	// The card's key travels with the tombstone: the other devices find the review by it.
	for (const r of old)
		if (r?.syncId) await recordRow(ctx, 'reviews', r.syncId, { key: r.key }, true);
	return res;
}

export function reviewEvent(r: ReviewRow): ReviewEvent {
	return {
		kind: 'review',
		id: r.syncId!,
		key: r.key,
		deckId: r.deckId,
		at: r.at,
		rating: r.rating,
		durationMs: r.durationMs,
		prev: r.prev,
		...(r.log?.scheduled_days !== undefined ? { days: r.log.scheduled_days } : {})
	};
}

async function recordRows(ctx: Ctx, name: string, table: DBCoreTable, req: DBCoreMutateRequest) {
	const pk = table.schema.primaryKey;
	const entity = name as SyncedEntity;
	const synced = (key: unknown) => name !== 'meta' || isSyncedMeta(key);
	if (req.type === 'add' || req.type === 'put') {
		const keys = req.keys ?? req.values.map((v) => pk.extractKey!(v));
		const old = await table.getMany({ trans: req.trans, keys });
		const res = await table.mutate(req);
		for (let i = 0; i < keys.length; i++) {
			if (!synced(keys[i])) continue;
			const fields = changedFields(old[i], req.values[i]);
			if (Object.keys(fields).length) await recordRow(ctx, entity, String(keys[i]), fields, false);
		}
		return res;
	}
	const keys = (await deletedKeys(table, req)).filter(synced);
	const old = await table.getMany({ trans: req.trans, keys });
	const res = await table.mutate(req);
	for (let i = 0; i < keys.length; i++)
		await recordRow(ctx, entity, String(keys[i]), {}, true, old[i]);
	return res;
}

/**
 * A write of states: the cards whose marks it changed become changes of their "marks" rows, and
 * the cards whose reset mark it changed one change per deck of its "resets" row (resets.ts).
 */
async function recordStates(ctx: Ctx, table: DBCoreTable, req: DBCoreMutateRequest) {
	if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
	const pk = table.schema.primaryKey;
	const keys = req.keys ?? req.values.map((v) => pk.extractKey!(v));
	const old = (await table.getMany({ trans: req.trans, keys })) as (StateRow | undefined)[];
	const res = await table.mutate(req);
	const resets = new Map<string, Record<string, ResetMark | null>>();
	for (let i = 0; i < keys.length; i++) {
		const next = req.values[i] as StateRow;
		const fields = changedFields(marksOf(old[i]), marksOf(next));
		if (Object.keys(fields).length) await recordRow(ctx, 'marks', String(keys[i]), fields, false);
		if (JSON.stringify(old[i]?.reset) === JSON.stringify(next.reset)) continue;
		// A new reset travels under its own stamp; an undone one (an older mark or none) under a
		// new stamp, so that it wins over the reset it undoes.
		const fresh = next.reset && (!old[i]?.reset || next.reset.hlc > old[i]!.reset!.hlc);
		const group = `${fresh ? next.reset!.hlc : ''}|${next.deckId}`;
		resets.set(group, { ...resets.get(group), [String(keys[i])]: next.reset ?? null });
	}
	for (const [group, fields] of resets) {
		const [hlc, deckId] = [group.slice(0, group.indexOf('|')), group.slice(group.indexOf('|') + 1)];
		await recordRow(ctx, 'resets', deckId, fields, false, undefined, hlc || undefined);
	}
	return res;
}

export const syncRecorder: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'sync-recorder',
	level: -1,
	create: (down) => ({
		...down,
		transaction: (stores, mode, options) =>
			down.transaction(
				mode === 'readwrite' && stores.some((s) => RECORDED.has(s))
					? [...new Set([...stores, ...SYNC_TABLES])]
					: stores,
				mode,
				options
			),
		table: (name) => {
			const table = down.table(name);
			if (!RECORDED.has(name)) return table;
			return {
				...table,
				mutate: async (req) => {
					if (applying(req.trans)) return table.mutate(req);
					const ctx: Ctx = { down, trans: req.trans, events: [], stamps: new Map() };
					const res =
						name === 'reviews'
							? await recordReviews(ctx, table, req)
							: name === 'states'
								? await recordStates(ctx, table, req)
								: await recordRows(ctx, name, table, req);
					await flush(ctx);
					return res;
				}
			};
		}
	})
};
