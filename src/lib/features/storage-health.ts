// The storage checks that run at every start (issue 9, item 1): a notice when the database came
// back empty where it held the user's data (core/storage/marker.ts), a warning while room is low.
// This half is on the first page and only looks whether there is anything to check: a marker from
// an earlier visit, or reviews. The checks and their strings (storage-notices.ts) load only then.
// On a first visit there is nothing to lose yet, so nothing loads; an import or saved decks write
// the marker at once, reviews of a first visit at the next start.
import type { KartotekaDB } from '$lib/db';

/** The marker's key in localStorage. */
export const MARKER = 'kartoteka.db';

/** The checks proper, and what is said about storage and other tabs. */
export const storageNotices = () => import('./storage-notices');

/**
 * Where localStorage is blocked this throws (the caller logs it): IndexedDB is then blocked too,
 * and the app shows its storage error before it gets here.
 */
export async function checkStorage(db: KartotekaDB): Promise<void> {
	if (localStorage.getItem(MARKER) || (await db.reviews.count()))
		await (await storageNotices()).checkDatabase(db);
}
