// Counts the rows a piece of code reads from one table (issue 11): every row a query returns, a
// get finds or a cursor steps over, filtered out or not. Scale regressions show as a count that
// grows with the whole table where an index range should read a few rows. Install it on a fresh
// database, before its first use (Dexie builds its middleware stack when the database opens).
import type { DBCore, DBCoreTable } from 'dexie';
import type { KartotekaDB } from '$lib/db/database';

export interface ReadCounter {
	readonly rows: number;
	/** Requests made (queries, gets, cursors opened). */
	readonly queries: number;
	/** Rows stepped over by cursors (one request each, many times slower than a getAll). */
	readonly stepped: number;
	/** Keys looked up one by one (get, bulkGet: one IndexedDB request per key in Chromium). */
	readonly gets: number;
	reset(): void;
}

function counted(
	table: DBCoreTable,
	add: (n: number, q?: 1, cursor?: true) => void,
	asked: (n: number) => void
): DBCoreTable {
	return {
		...table,
		get: async (req) => {
			add(0, 1);
			asked(1);
			const row = await table.get(req);
			add(row === undefined ? 0 : 1);
			return row;
		},
		getMany: async (req) => {
			add(0, 1);
			asked(req.keys.length);
			const rows = await table.getMany(req);
			add(rows.filter((r) => r !== undefined).length);
			return rows;
		},
		query: async (req) => {
			add(0, 1);
			const res = await table.query(req);
			add(res.result.length);
			return res;
		},
		openCursor: async (req) => {
			add(0, 1);
			const cursor = await table.openCursor(req);
			if (cursor) {
				const start = cursor.start.bind(cursor);
				cursor.start = (onNext) =>
					start(() => {
						add(1, undefined, true);
						onNext();
					});
			}
			return cursor;
		}
	};
}

export function countReads(db: KartotekaDB, tableName: string): ReadCounter {
	let rows = 0;
	let queries = 0;
	let stepped = 0;
	let gets = 0;
	db.use({
		stack: 'dbcore',
		name: `count-reads-${tableName}`,
		create: (down: DBCore): DBCore => ({
			...down,
			table: (name) =>
				name === tableName
					? counted(
							down.table(name),
							(n, q, cursor) => {
								rows += n;
								queries += q ?? 0;
								if (cursor) stepped += n;
							},
							(n) => (gets += n)
						)
					: down.table(name)
		})
	});
	return {
		get rows() {
			return rows;
		},
		get queries() {
			return queries;
		},
		get stepped() {
			return stepped;
		},
		get gets() {
			return gets;
		},
		reset() {
			gets = 0;
			rows = 0;
			queries = 0;
			stepped = 0;
		}
	};
}

/**
 * Counts the IndexedDB transactions opened (issue 11: in Chromium each costs the home screen a
 * round trip to the storage process; 103 decks × 4 queries each in its own took over a second).
 */
export function countTransactions(db: KartotekaDB): { readonly n: number; reset(): void } {
	let n = 0;
	db.use({
		stack: 'dbcore',
		name: 'count-transactions',
		create: (down: DBCore): DBCore => ({
			...down,
			transaction: (...args) => {
				n++;
				return down.transaction(...args);
			}
		})
	});
	return {
		get n() {
			return n;
		},
		reset() {
			n = 0;
		}
	};
}
