// The server's one way to PostgreSQL: embedded PGlite in a data folder by default, a real server
// through node-postgres when DATABASE_URL is set. Both take the same SQL ($1 parameters) and the
// same interface, so every query, migration and test runs on either.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Sql {
	query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
	/** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
	/** Several statements without parameters (a migration file). */
	exec(text: string): Promise<void>;
	transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
	close(): Promise<void>;
	readonly kind: 'pglite' | 'postgres';
}

/** PGlite in `dataDir` (created when missing), or in memory without one (tests). */
export async function openPglite(dataDir?: string): Promise<Sql> {
	const db = dataDir ? new PGlite(dataDir) : new PGlite();
	await db.waitReady;
	const wrap = (q: Pick<PGlite, 'query'>): Sql['query'] =>
		async function <T>(text: string, params: unknown[] = []) {
			return (await q.query<T>(text, params)).rows;
		};
	const exec = (q: Pick<PGlite, 'exec'>) => async (text: string) => {
		await q.exec(text);
	};
	return {
		kind: 'pglite',
		query: wrap(db),
		exec: exec(db),
		// PGlite is one connection: its transactions run one at a time, as a pool's would queue.
		transaction: (fn) =>
			db.transaction((tx) =>
				fn({
					kind: 'pglite',
					query: wrap(tx),
					exec: exec(tx),
					transaction: () => Promise.reject(new Error('nested transaction')),
					close: () => Promise.resolve()
				})
			),
		close: () => db.close()
	};
}

export async function openPostgres(url: string, max = 10): Promise<Sql> {
	const pool = new pg.Pool({ connectionString: url, max });
	// bigint columns come back as strings by default; ours (sequence numbers, ids) fit a double.
	pg.types.setTypeParser(20, (v) => Number(v));
	await pool.query('SELECT 1');
	const wrap = (c: pg.Pool | pg.PoolClient): Sql['query'] =>
		async function <T>(text: string, params: unknown[] = []) {
			return (await c.query(text, params)).rows as T[];
		};
	const exec = (c: pg.Pool | pg.PoolClient) => async (text: string) => {
		await c.query(text);
	};
	return {
		kind: 'postgres',
		query: wrap(pool),
		exec: exec(pool),
		async transaction(fn) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const out = await fn({
					kind: 'postgres',
					query: wrap(client),
					exec: exec(client),
					transaction: () => Promise.reject(new Error('nested transaction')),
					close: () => Promise.resolve()
				});
				await client.query('COMMIT');
				return out;
			} catch (e) {
				await client.query('ROLLBACK').catch(() => {});
				throw e;
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}

export function openDatabase(env: { DATABASE_URL?: string; DATA_DIR?: string }): Promise<Sql> {
	return env.DATABASE_URL
		? openPostgres(env.DATABASE_URL)
		: openPglite(env.DATA_DIR ?? 'server-data');
}
