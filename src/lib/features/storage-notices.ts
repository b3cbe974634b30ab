// The storage checks proper (issue 9, item 1), loaded when there is something to compare or to
// say (storage-health.ts): the marker outside IndexedDB compared with the database and brought up
// to date, the notice about a lost database, the warning about low room. Each is said once a visit.
import { judgeDatabase, parseMarker, type DbMarker } from '$lib/core/storage/marker';
import { formatBytes } from '$lib/core/storage/room';
import { freeBytes, isLowOnSpace, type SpaceEstimate } from '$lib/core/storage/space';
import type { KartotekaDB } from '$lib/db';
import type { ConnectionEvent } from '$lib/db/connection';
import { databaseId, userDataCounts } from '$lib/db/storage-repo';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import * as storageMessages from '$lib/i18n/messages/storage';
import { notices } from './errors.svelte';
import { MARKER } from './storage-health';

/** The marker of a lost database, kept until the user has dismissed the notice about it. */
const LOST = 'kartoteka.db.lost';

let told = { lost: false, low: false };

export function localStore(): Storage | null {
	try {
		return localStorage;
	} catch {
		return null; // blocked site data: nothing to compare with
	}
}

/** The browser's estimate of this origin's room, or null where it gives none. */
export async function estimateSpace(): Promise<SpaceEstimate | null> {
	try {
		const e = await navigator.storage?.estimate?.();
		return e && typeof e.quota === 'number' ? { usage: e.usage ?? 0, quota: e.quota } : null;
	} catch {
		return null;
	}
}

/**
 * The database that was here before, if it was lost and the user has not dismissed the notice.
 * The hook for a restore: a feature that offers the last backup reads this.
 */
export function lostDatabase(storage = localStore()): DbMarker | null {
	return parseMarker(storage?.getItem(LOST) ?? null);
}

/**
 * Brings the marker up to date. The marker it replaces is kept under LOST when it names another
 * database that held the user's data. Also called after an import: from then on there is data to
 * keep, even before the first review.
 */
export async function markDatabase(
	db: KartotekaDB,
	now: Date,
	storage = localStore(),
	fresh = false
): Promise<DbMarker | null> {
	if (!storage) return null;
	const before = parseMarker(storage.getItem(MARKER));
	const id = await databaseId(db);
	if (judgeDatabase(before, id) === 'lost') storage.setItem(LOST, JSON.stringify(before));
	// A marker of this database from the last hour stands (what it says held then): a start does
	// not count every log again (issue 11: until the statistics' aggregates are built, that count
	// walks every log, 0.5 s at 470,000 in Chromium, and the home screen's reads wait behind it).
	if (!fresh && before?.id === id && +now - before.at >= 0 && +now - before.at < MARK_AGAIN_MS)
		return before;
	const marker = { id, ...(await userDataCounts(db)), at: +now };
	storage.setItem(MARKER, JSON.stringify(marker));
	return marker;
}

/** How old the marker may be before a start brings it up to date. */
export const MARK_AGAIN_MS = 3_600_000;

/**
 * The marker, then what there is to say: a lost database (until dismissed), low room. `now`,
 * `storage` and `estimate` are for tests.
 */
export async function checkDatabase(
	db: KartotekaDB,
	now = new Date(),
	storage = localStore(),
	estimate = estimateSpace
): Promise<void> {
	const marker = await markDatabase(db, now, storage);
	const space = await estimate();
	const lost = lostDatabase(storage);
	if (lost) tellLost(lost, () => storage?.removeItem(LOST));
	warnIfLowOnSpace(space);
	if (marker && storage) remindToBackUp(db, now, storage, marker.reviews);
}

/**
 * The reminder to back up (issue 14, item 1): its code loads from here, so only where there is
 * progress to lose, and after the home screen has shown. Not in Node (the tests): no page.
 */
function remindToBackUp(db: KartotekaDB, now: Date, storage: Storage, reviews: number): void {
	if (typeof document === 'undefined') return;
	import('./backup/reminder')
		.then((m) => m.remind(db, now, storage, reviews))
		.catch((e) => console.warn('backup reminder', e));
}

function tellLost(lost: DbMarker, dismissed: () => void): void {
	if (told.lost) return;
	told.lost = true;
	i18n.register(storageMessages);
	const message = t('db.lost', {
		date: new Date(lost.at).toLocaleDateString(i18n.lang),
		reviews: lost.reviews,
		decks: lost.decks
	});
	notices.push(message, undefined, dismissed);
}

/** Warns once per visit while room is low. */
export function warnIfLowOnSpace(estimate: SpaceEstimate | null): void {
	if (told.low || !estimate || !isLowOnSpace(estimate)) return;
	told.low = true;
	i18n.register(storageMessages);
	notices.push(t('space.low', { free: formatBytes(freeBytes(estimate), i18n.lang) }));
}

/**
 * Another tab holds the database (src/lib/db/connection.ts). Blocked: this build waits to upgrade
 * it; the notice goes once `ready` resolves. Replaced: a newer build took it over; this tab saves
 * nothing more until it is reloaded.
 */
export function tellConnection(what: ConnectionEvent, ready: Promise<void>): void {
	i18n.register(storageMessages);
	const title = t(`db.${what}.title`);
	notices.push(title, t(`db.${what}.body`));
	if (what === 'blocked')
		void ready.then(() => {
			const notice = notices.items.find((n) => n.message === title);
			if (notice) notices.dismiss(notice.id);
		});
}

/** For tests: forget what was already said. */
export function resetStorageNotices(): void {
	told = { lost: false, low: false };
}
