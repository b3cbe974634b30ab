// Schema migrations: server/migrations/NNN-name.sql, applied in number order, each once, each in
// its own transaction with its row in schema_migrations. Append-only: a shipped file is never
// edited (its checksum is recorded and checked), a change is a new file.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sql } from './db';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
	const out: Migration[] = [];
	for (const file of files) {
		const m = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file);
		if (!m) throw new Error(`migration file “${file}” is not named NNN-name.sql`);
		const version = Number(m[1]);
		if (out.length && out[out.length - 1].version === version)
			throw new Error(`two migrations numbered ${m[1]}`);
		out.push({ version, name: m[2], sql: await readFile(dir + file, 'utf8') });
	}
	return out;
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/** Applies the migrations not yet recorded; returns the versions applied now. */
export async function migrate(db: Sql, migrations?: Migration[]): Promise<number[]> {
	const all = migrations ?? (await readMigrations());
	await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY,
		name text NOT NULL,
		checksum text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`);
	const applied: number[] = [];
	for (const m of all) {
		const done = await db.transaction(async (tx) => {
			// Several instances may start at once: one applies, the others wait and find it done.
			await tx.query('SELECT pg_advisory_xact_lock(727274)');
			const rows = await tx.query<{ checksum: string }>(
				'SELECT checksum FROM schema_migrations WHERE version = $1',
				[m.version]
			);
			if (rows.length) {
				if (rows[0].checksum !== checksum(m.sql))
					throw new Error(`migration ${m.version} (${m.name}) was edited after it was applied`);
				return false;
			}
			await tx.exec(m.sql);
			await tx.query(
				'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
				[m.version, m.name, checksum(m.sql)]
			);
			return true;
		});
		if (done) applied.push(m.version);
	}
	return applied;
}
