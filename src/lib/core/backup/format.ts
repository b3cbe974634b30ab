// The backup file (issue 14, item 1): every table a student's progress lives in, as the database
// holds it, so that a restore gives back the same collection row for row. Pure: the db layer reads
// and writes the rows (db/backup-repo.ts), the features stream the file (features/backup/).
//
// { format: 'kartoteka-backup', version: 1, schema: <Dexie schema version>, createdAt: ISO,
//   app: <app version>, counts: { <table>: rows },
//   decks: [...], cards: [...], states: [...], reviews: [...], notes: [...], articles: [...],
//   presets: [...], meta: [{ key, value }] }
//
// One row per line, dates (ts-fsrs cards and logs) as ISO strings. Flat, not nested under a
// "tables" key: the streamed writer puts rows two levels deep, as the deck export does.

export const BACKUP_FORMAT = 'kartoteka-backup';
/** The file format's version: a reader refuses a newer one (a newer app wrote it). */
export const BACKUP_VERSION = 1;

/** The tables of a backup, in file order. The review aggregates are not one: see backup-repo.ts. */
export const BACKUP_TABLES = [
	'decks',
	'cards',
	'states',
	'reviews',
	'notes',
	'articles',
	'presets',
	'meta'
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupRow = Record<string, unknown>;
export type BackupRows = Record<BackupTable, BackupRow[]>;
export type BackupCounts = Record<BackupTable, number>;

export interface BackupHead {
	format: typeof BACKUP_FORMAT;
	version: number;
	/** The database schema version the rows are in. */
	schema: number;
	createdAt: string;
	/** The app version that wrote the file (named when this app is older). */
	app: string;
	counts: BackupCounts;
}

export interface Backup {
	head: BackupHead;
	rows: BackupRows;
}

/** What a restore replaces, and with what: decks not deleted, their active cards, review logs. */
export interface CollectionSummary {
	decks: number;
	cards: number;
	reviews: number;
}

export function summarizeRows(rows: BackupRows): CollectionSummary {
	const decks = new Set(rows.decks.filter((d) => d.deletedAt === undefined).map((d) => d.id));
	return {
		decks: decks.size,
		cards: rows.cards.filter((c) => decks.has(c.deckId) && c.retired === 0 && c.removed !== 1)
			.length,
		reviews: rows.reviews.length
	};
}

/** The file's opening, up to its first table: counts known, the rows streamed after it. */
export function backupHeadText(head: BackupHead): string {
	return (
		'{\n' +
		[
			`"format": ${JSON.stringify(head.format)}`,
			`"version": ${head.version}`,
			`"schema": ${head.schema}`,
			`"createdAt": ${JSON.stringify(head.createdAt)}`,
			`"app": ${JSON.stringify(head.app)}`,
			`"counts": ${JSON.stringify(head.counts)}`
		]
			.map((line) => `\t${line},\n`)
			.join('')
	);
}

/** The file's name: kartoteka-backup-2026-12-01.json (the local day it was made). */
export function backupFileName(local: { y: number; m: number; d: number }): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `kartoteka-backup-${local.y}-${p(local.m)}-${p(local.d)}.json`;
}
