// Sync at start-up (issue 14, part 3). Loaded by app.svelte.ts only when sync is on (a flag in
// localStorage, read before the database opens): puts the recorder in place before the first
// write, and syncs once the app is ready.
import type { KartotekaDB } from '$lib/db/database';
import { syncRecorder } from '$lib/db/sync-recorder';

export const SYNC_FLAG = 'kartoteka-sync';

let installed: KartotekaDB | null = null;

/** Before the database opens: record writes from the first one on. */
export function beforeOpen(db: KartotekaDB): void {
	if (installed === db) return;
	db.use(syncRecorder);
	installed = db;
	// Once the app is ready (shipped decks in place), sync if online; offline it waits.
	void import('./sync.svelte').then((m) => m.sync.whenReady());
}

/**
 * Sync turned on while the app runs: the recorder goes in and the database reopens under it (a
 * write waits for the reopening; Dexie reopens on the next query).
 */
export async function installNow(db: KartotekaDB): Promise<void> {
	localStorage.setItem(SYNC_FLAG, '1');
	if (installed === db) return;
	db.close({ disableAutoOpen: false });
	db.use(syncRecorder);
	installed = db;
	await db.open();
}
