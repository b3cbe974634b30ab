// When the collection was last backed up on this device (Settings shows it; the reminder waits a
// week from it). Stored in meta as a device record: a backup file does not carry it.
import type { KartotekaDB } from '$lib/db';
import { lastBackupAt, markBackedUp } from '$lib/db/backup-repo';

export async function lastBackup(db: KartotekaDB): Promise<{ at?: number }> {
	return { at: await lastBackupAt(db) };
}

export async function rememberBackup(db: KartotekaDB, at: Date): Promise<void> {
	await markBackedUp(db, at);
}
