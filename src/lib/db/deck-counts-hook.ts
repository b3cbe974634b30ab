// Per-deck counters (issue 11, third pass: the home screen's 309 index counts walked their ranges,
// 1.8 s at 100,000 cards; a session read every card of its articles to count who they name). One
// row per deck: its new cards, its learning and review cards by the UTC hour they fall due, and how
// many of its active cards name each person (core/schedule/siblings.ts: personNamed). Kept by a
// DBCore middleware on the states and the cards, in the transaction of every write to them, whoever
// makes it (a grade, an undo, bury, suspend, reset, delete, an import, a restore, sync's replay, an
// edit, a deck update): no write path has code of its own.
//
// A deck without a row has no counters yet (decks installed before schema v7, or just now): the
// middleware leaves it so and deck-counts.ts builds the row from the deck's rows in one
// read-write transaction, so no write is counted twice or lost. Derived data: never synced
// (sync-recorder.ts records its own list of tables).
//
// Level −2, right on IndexedDB, as review-hours-hook.ts (and for the same reason). Live queries do
// not see writes made down here, so the rows written are added to what the transaction reports
// as changed (Dexie's observability middleware above reads `req.mutatedParts` after the write).
// In the first page's bundle: small on purpose. The arithmetic is deck-counts-tally.ts, loaded by
// the repositories that write (as review-hours.ts): a write without it drops the touched rows.
import {
	RangeSet,
	type DBCore,
	type DBCoreMutateRequest,
	type DBCoreTable,
	type Middleware
} from 'dexie';

export const HOUR_MS = 3_600_000;

export interface DeckCountsRow {
	deckId: string;
	/** Cards in the new queue. */
	n: number;
	/** Learning cards by due hour (UTC hours since the epoch) → how many. */
	l: Record<string, number>;
	/** Review cards by due hour → how many. */
	r: Record<string, number>;
	/** Review cards of an interval of MATURE_DAYS or more (the statistics' mature cards). */
	m: number;
	/** Active cards by the person they name → how many. */
	p: Record<string, number>;
}

type Tally = (row: DeckCountsRow, rows: { deckId: string }[], by: 1 | -1) => void;
let tallies: Record<string, Tally> | null = null;

/** The arithmetic (deck-counts-tally.ts), loaded by the repositories that write states and cards. */
export function provideTallies(t: Record<string, Tally> | null): void {
	tallies = t;
}

/** The rows (keyed by `key`) a mutation replaces or deletes, read before it runs. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest) {
	const { trans } = req;
	if (req.type === 'add') return [];
	if (req.type === 'deleteRange') {
		const query = { index: table.schema.primaryKey, range: req.range };
		return (await table.query({ trans, query, values: true })).result as { deckId: string }[];
	}
	const keys =
		req.type === 'delete'
			? req.keys
			: (req.keys ?? req.values.map((v) => (v as { key: string }).key));
	return ((await table.getMany({ trans, keys })) as { deckId: string }[]).filter(Boolean);
}

/** Tells live queries that these rows changed (Dexie's observability reads req.mutatedParts). */
function mark(req: DBCoreMutateRequest, down: DBCore, keys: Iterable<string>) {
	const parts = (req as { mutatedParts?: Record<string, RangeSet> }).mutatedParts;
	if (parts) (parts[`idb://${down.schema.name}/deckCounts/`] ??= new RangeSet()).addKeys([...keys]);
}

function withCounts(name: string, table: DBCoreTable, down: DBCore): DBCoreTable['mutate'] {
	return async (req) => {
		// An upgrade's own writes (v2 fills in the cards) are not counted: a later version that
		// rewrites states or cards must clear deckCounts (they are then built again at start).
		if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
		const before = await rowsBefore(table, req);
		const res = await table.mutate(req);
		const failed = res.failures ?? {};
		const after =
			req.type === 'add' || req.type === 'put'
				? (req.values as { deckId: string }[]).filter((_, i) => !(i in failed))
				: [];
		const decks = [...new Set([...before, ...after].map((s) => s.deckId))];
		if (!decks.length) return res;
		const { trans } = req;
		const counts = down.table('deckCounts');
		const rows = ((await counts.getMany({ trans, keys: decks })) as DeckCountsRow[]).filter(
			Boolean
		);
		if (!rows.length) return res;
		const of = new Map(rows.map((r) => [r.deckId, r]));
		const tally = tallies?.[name];
		if (!tally) {
			// A write from code that did not load the arithmetic (the first page's, a shipped deck's
			// update): the touched decks lose their rows, counted by the indexes until built again.
			await counts.mutate({ type: 'delete', trans, keys: [...of.keys()] });
			mark(req, down, of.keys());
			return res;
		}
		for (const [list, by] of [
			[before, -1],
			[after, 1]
		] as const)
			for (const s of list) {
				const row = of.get(s.deckId);
				if (row) tally(row, [s], by);
			}
		await counts.mutate({ type: 'put', trans, values: rows });
		mark(req, down, of.keys());
		return res;
	};
}

export const deckCountsMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'deck-counts',
	level: -2,
	create: (down) => ({
		...down,
		transaction: (stores, mode, options) =>
			down.transaction(
				mode === 'readwrite' &&
					(stores.includes('states') || stores.includes('cards')) &&
					!stores.includes('deckCounts')
					? [...stores, 'deckCounts']
					: stores,
				mode,
				options
			),
		table: (name) => {
			const table = down.table(name);
			return name === 'states' || name === 'cards'
				? { ...table, mutate: withCounts(name, table, down) }
				: table;
		}
	})
};
