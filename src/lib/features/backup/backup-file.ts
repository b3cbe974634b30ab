// Writing the backup file (issue 14, item 1): every table's rows, streamed into Blob parts of about
// a megabyte as the deck export streams its decks (exchange/json-export.ts), so that a 100,000-card
// collection never becomes one string in the page's memory.
import {
	BACKUP_FORMAT,
	BACKUP_TABLES,
	BACKUP_VERSION,
	backupFileName,
	backupHeadText,
	type BackupCounts
} from '$lib/core/backup/format';
import type { KartotekaDB } from '$lib/db';
import { readBackupRows } from '$lib/db/backup-repo';
import type { ExportFile } from '../exchange/export-files';
import { BlobSink, element, list } from '../exchange/blob-json';

export const BACKUP_TYPE = 'application/json';

/** The backup of the whole collection as a file, named after the local day. */
export async function makeBackupFile(
	db: KartotekaDB,
	now: Date,
	app: string
): Promise<ExportFile & { counts: BackupCounts }> {
	const sinks = Object.fromEntries(BACKUP_TABLES.map((t) => [t, new BlobSink()]));
	const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts;
	await readBackupRows(db, (table, rows) => {
		for (const row of rows) sinks[table].add(element(row, counts[table]++ === 0, true));
	});
	const head = backupHeadText({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		schema: db.verno,
		createdAt: now.toISOString(),
		app,
		counts
	});
	const parts: Blob[] = [new Blob([head])];
	BACKUP_TABLES.forEach((table, i) => {
		sinks[table].flush();
		parts.push(new Blob([`${i ? ',\n' : ''}\t${JSON.stringify(table)}: `]));
		parts.push(...list(sinks[table], counts[table]));
	});
	parts.push(new Blob(['\n}\n']));
	const name = backupFileName({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
	return { name, blob: new Blob(parts, { type: BACKUP_TYPE }), counts };
}
