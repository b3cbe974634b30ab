// The backup's reads and the restore's write (issue 14, item 1). Loaded by the settings page only.
//
// Every table a student's progress lives in is in the file, row for row:
//   decks, cards    every deck (shipped, generated, own), card edits, tombstones, retired cards
//   states          the scheduling state of every card
//   reviews         every review log (with its id, so undo and the statistics see the same logs)
//   notes           what the student wrote; articles: the texts of generated decks
//   presets         deck option presets; meta: settings, exam plans, shipped deck versions
// Not in the file:
//   reviewHours     derived: the review aggregates. The restore writes the logs through the
//                   aggregates' middleware (review-hours-hook.ts), which builds them exactly.
//   meta DEVICE_META this device's own records (its database id for the storage checks, whether
//                   persistence was asked, the stale-aggregates mark, the last backup's time).
import type { Table } from 'dexie';
import type {
	BackupRow,
	BackupRows,
	BackupTable,
	CollectionSummary
} from '$lib/core/backup/format';
import { BACKUP_TABLES } from '$lib/core/backup/format';
import type { KartotekaDB } from './database';
import { REVIEW_HOURS_STALE } from './review-hours-hook';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/** When this device last wrote a backup (ms), or when the backup it restored was made. */
export const LAST_BACKUP = 'backup-last';
const DEVICE_META = new Set(['db-id', 'persist-asked', REVIEW_HOURS_STALE, LAST_BACKUP]);

/** Rows read and written per call: a page of a 100,000-card table, not the table at once. */
const PAGE = 5000;
const REVIEWS_PAGE = 50_000;

/** The table by its name: the database's own property (db.table(name) is another object). */
const tableOf = (db: KartotekaDB, name: BackupTable) =>
	(db as unknown as Record<BackupTable, Table<BackupRow, unknown>>)[name];

/**
 * Hands every row of the backed-up tables to `onRows`, page by page in file order, in one read
 * transaction: the backup is one moment's collection even while another tab studies.
 * `onRows` must be synchronous (it runs inside the transaction).
 */
export async function readBackupRows(
	db: KartotekaDB,
	onRows: (table: BackupTable, rows: BackupRow[]) => void
): Promise<void> {
	const tables = BACKUP_TABLES.map((t) => tableOf(db, t));
	await db.transaction('r', tables, async () => {
		for (const name of BACKUP_TABLES) {
			const table = tableOf(db, name);
			const pk = table.schema.primKey.keyPath as string;
			for (let last: unknown = -Infinity; ;) {
				const page = await table.where(':id').above(last).limit(PAGE).toArray();
				if (!page.length) break;
				last = page[page.length - 1][pk];
				const rows = name === 'meta' ? page.filter((r) => !DEVICE_META.has(r.key as string)) : page;
				if (rows.length) onRows(name, rows);
			}
		}
	});
}

/** The collection as a restore would replace it (see core/backup/format.ts: summarizeRows). */
export async function collectionSummary(db: KartotekaDB): Promise<CollectionSummary> {
	const decks = await db.decks.filter((d) => d.deletedAt === undefined).primaryKeys();
	const [cards, reviews] = await Promise.all([
		db.cards
			.where('deckId')
			.anyOf(decks)
			.filter((c) => c.retired === 0 && c.removed !== 1)
			.count(),
		db.reviews.count()
	]);
	return { decks: decks.length, cards, reviews };
}

export async function lastBackupAt(db: KartotekaDB): Promise<number | undefined> {
	const v = (await db.meta.get(LAST_BACKUP))?.value;
	return typeof v === 'number' ? v : undefined;
}

export async function markBackedUp(db: KartotekaDB, at: Date): Promise<void> {
	await db.meta.put({ key: LAST_BACKUP, value: at.getTime() });
}

/**
 * Replaces the whole collection with a checked backup (core/backup/parse.ts), in ONE transaction
 * over every table: a failure anywhere (a quota error half-way) writes nothing and leaves the
 * collection as it was. This device's own meta records are kept; the last backup becomes the
 * restored one's time.
 */
export async function restoreBackup(
	db: KartotekaDB,
	rows: BackupRows,
	createdAt: Date
): Promise<void> {
	const tables = [...BACKUP_TABLES.map((t) => tableOf(db, t)), db.reviewHours];
	await db.transaction('rw', tables, async () => {
		const kept = (await db.meta.toArray()).filter(
			(m) => DEVICE_META.has(m.key) && m.key !== REVIEW_HOURS_STALE
		);
		await deleteReviews(db);
		// Empty now that every log is gone, unless it was stale (never built): start it clean, the
		// logs written below build it.
		await db.reviewHours.clear();
		for (const name of BACKUP_TABLES) {
			const table = tableOf(db, name);
			if (name !== 'reviews') await table.clear();
			// A file's own records of a device are not this device's.
			const list =
				name === 'meta' ? rows.meta.filter((m) => !DEVICE_META.has(m.key as string)) : rows[name];
			// Added, not put, into emptied tables: a put makes Dexie and the aggregates' middleware
			// read the row it would replace, one request per key. The logs in larger pages: the
			// middleware updates each hour's aggregate once per page it appears in.
			const size = name === 'reviews' ? REVIEWS_PAGE : PAGE;
			for (let i = 0; i < list.length; i += size) await table.bulkAdd(list.slice(i, i + size));
		}
		await db.meta.bulkPut(kept);
		await db.meta.put({ key: LAST_BACKUP, value: createdAt.getTime() });
	});
}

/**
 * Every log, page by page: the aggregates' middleware reads the rows a delete removes, and a
 * clear() would read the whole table (half a million logs) at once. (Bypassing the middleware with
 * IndexedDB's own clear and adds was tried: 17 s instead of 22 s for 47,000 logs in Chromium, the
 * rest is IndexedDB's own writing, and live queries would no longer see the logs change.)
 */
async function deleteReviews(db: KartotekaDB): Promise<void> {
	for (;;) {
		const keys = await db.reviews.limit(PAGE * 4).primaryKeys();
		if (!keys.length) return;
		// A key range, not the keys: the middleware then reads the rows in one getAll, not one by one.
		await db.reviews
			.where(':id')
			.between(keys[0], keys[keys.length - 1], true, true)
			.delete();
	}
}
