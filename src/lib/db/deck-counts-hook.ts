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

type Mutate = DBCoreTable['mutate'];
/** The counting write (deck-counts-tally.ts), loaded by the repositories that write. */
export type CountingWrite = (name: string, table: DBCoreTable, down: DBCore) => Mutate;
let counting: CountingWrite | null = null;

export function provideCounting(w: CountingWrite | null): void {
	counting = w;
}

/** Tells live queries that these rows changed (Dexie's observability reads req.mutatedParts). */
export function markCounts(req: DBCoreMutateRequest, down: DBCore, keys: RangeSet): void {
	const parts = (req as { mutatedParts?: Record<string, RangeSet> }).mutatedParts;
	const part = `idb://${down.schema.name}/deckCounts/`;
	if (parts) parts[part] = parts[part] ? parts[part].add(keys) : keys;
}

/**
 * A write from code that did not load the arithmetic (the first page's: the first visit's install,
 * when no rows exist yet; a shipped deck's update): every row goes, the decks are counted by their
 * indexes until the rows are built again (features/deck-counters.ts). Upgrades' own writes (v2
 * fills in the cards) touch no rows: none exist before v7, and a later version that rewrites
 * states or cards must clear deckCounts itself.
 */
function dropAll(_name: string, table: DBCoreTable, down: DBCore): Mutate {
	return async (req) => {
		const res = await table.mutate(req);
		if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return res;
		const range = { type: 3, lower: -Infinity, upper: [[]], lowerOpen: false, upperOpen: false };
		await down.table('deckCounts').mutate({ type: 'deleteRange', trans: req.trans, range });
		markCounts(req, down, new RangeSet(-Infinity, [[]]));
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
			if (name !== 'states' && name !== 'cards') return table;
			// Chosen per write: the arithmetic loads after the database opened.
			const mutate: Mutate = (req) => (counting ?? dropAll)(name, table, down)(req);
			return { ...table, mutate };
		}
	})
};
