// Issue 9, item 1: when the disk filled, Chromium discarded the whole database and the app silently
// started over. The marker outside IndexedDB notices a database that came back empty.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '$lib/testing/db';
import type { KartotekaDB, ReviewRow } from '$lib/db';
import { notices } from './errors.svelte';
import { checkStorage } from './storage-health';
import { reviewCount } from '$lib/db/storage-repo';
import { REVIEW_HOURS_STALE } from '$lib/db/review-hours-hook';
import {
	checkDatabase,
	lostDatabase,
	markDatabase,
	resetStorageNotices,
	tellConnection
} from './storage-notices';

const MB = 1024 * 1024;
const roomy = async () => ({ usage: 0, quota: 1000 * MB });

/** localStorage as the browser keeps it: strings by key. */
class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (k: string) => this.#items.get(k) ?? null;
	setItem = (k: string, v: string) => void this.#items.set(k, String(v));
	removeItem = (k: string) => void this.#items.delete(k);
}
const store = () => new MemoryStorage() as unknown as Storage;

async function addReviews(db: KartotekaDB, n: number) {
	// A grade and the state before it, as every stored log has: the statistics' aggregates count by them.
	const rows = Array.from({ length: n }, (_, i) => ({
		key: `d/c${i}`,
		deckId: 'd',
		at: i,
		rating: 3,
		log: { state: 0 }
	}));
	await db.reviews.bulkAdd(rows as unknown as ReviewRow[]);
}

const texts = () => notices.items.map((n) => n.message);

beforeEach(() => {
	resetStorageNotices();
	for (const n of notices.items) notices.dismiss(n.id);
});

describe('a database that came back empty', () => {
	it('is told with what it held, until the notice is dismissed', async () => {
		const storage = store();
		const studied = testDb();
		await addReviews(studied, 120);
		await checkDatabase(studied, new Date('2026-11-20T12:00:00Z'), storage, roomy);
		expect(texts()).toEqual([]);

		// The browser discarded it: the app finds a new, empty database in its place.
		const empty = testDb();
		await checkDatabase(empty, new Date('2026-11-25T12:00:00Z'), storage, roomy);
		expect(texts()).toEqual([
			expect.stringMatching(
				/^The app’s storage came back empty, although on .* it held your study progress \(reviews: 120, decks of your own: 0\)/
			)
		]);
		expect(lostDatabase(storage)).toMatchObject({ reviews: 120 });

		// Said again at the next start (a new visit: said-once flags forgotten) until dismissed.
		resetStorageNotices();
		await checkDatabase(empty, new Date(), storage, roomy);
		expect(texts()).toHaveLength(2);
		notices.dismiss(notices.items[1].id);
		expect(lostDatabase(storage)).toBeNull();
		resetStorageNotices();
		await checkDatabase(empty, new Date(), storage, roomy);
		expect(texts()).toHaveLength(1);
	});

	it('is not told for the same database with fewer reviews, nor for one that held nothing', async () => {
		const storage = store();
		const db = testDb();
		await addReviews(db, 5);
		await checkDatabase(db, new Date(), storage, roomy);
		await db.reviews.clear(); // decks deleted on purpose
		await checkDatabase(db, new Date(), storage, roomy);

		const fresh = store();
		await checkDatabase(testDb(), new Date(), fresh, roomy);
		await checkDatabase(testDb(), new Date(), fresh, roomy);
		expect(texts()).toEqual([]);
	});

	it('warns once a visit while room is low', async () => {
		const low = async () => ({ usage: 980 * MB, quota: 1000 * MB });
		await checkDatabase(testDb(), new Date(), store(), low);
		await checkDatabase(testDb(), new Date(), store(), low);
		expect(texts()).toEqual([
			'Little space is left for Kartoteka on this device: 20 MB free. If it runs out, the browser may delete all of the app’s data. Free some space and make a backup (Settings → Backup).'
		]);
	});
});

describe('the check at start', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('on a first visit writes nothing; once there are reviews, the marker', async () => {
		const storage = store();
		vi.stubGlobal('localStorage', storage);
		vi.stubGlobal('navigator', { storage: { estimate: roomy } });
		const db = testDb();
		await checkStorage(db);
		expect(storage.getItem('kartoteka.db')).toBeNull();
		await addReviews(db, 3);
		await checkStorage(db);
		expect(JSON.parse(storage.getItem('kartoteka.db') ?? '')).toMatchObject({
			id: expect.stringMatching(/^\d+-\d+-\d+$/),
			reviews: 3,
			decks: 0
		});
	});
});

// Issue 11: the marker's count of the logs walked all 470,000 of them at every start (0.5 s in
// Chromium, with the home screen's reads waiting behind it).
describe('the marker on a large collection', () => {
	const marker = (s: Storage) => JSON.parse(s.getItem('kartoteka.db') ?? '{}');

	it('counts the logs from the statistics aggregates, exactly, after writes and deletes', async () => {
		const storage = store();
		const db = testDb();
		await addReviews(db, 7);
		await checkDatabase(db, new Date('2026-12-01T10:00:00Z'), storage, roomy);
		expect(marker(storage)).toMatchObject({ reviews: 7 });
		await db.reviews.where('at').below(3).delete();
		await checkDatabase(db, new Date('2026-12-01T12:00:00Z'), storage, roomy);
		expect(marker(storage)).toMatchObject({ reviews: 4 });
		expect(await reviewCount(db)).toBe(await db.reviews.count());
	});

	it('counts the store itself while the aggregates are not built yet', async () => {
		const db = testDb();
		await addReviews(db, 5);
		// As the v4 upgrade leaves a database: aggregates to be built from every log.
		await db.reviewHours.clear();
		await db.meta.put({ key: REVIEW_HOURS_STALE, value: true });
		expect(await reviewCount(db)).toBe(5);
	});

	it('keeps a marker of this database from the last hour, and brings an older one up to date', async () => {
		const storage = store();
		const db = testDb();
		await addReviews(db, 2);
		await checkDatabase(db, new Date('2026-12-01T10:00:00Z'), storage, roomy);
		await addReviews(db, 3);
		await checkDatabase(db, new Date('2026-12-01T10:30:00Z'), storage, roomy);
		expect(marker(storage)).toMatchObject({ reviews: 2, at: Date.parse('2026-12-01T10:00:00Z') });
		await checkDatabase(db, new Date('2026-12-01T11:00:00Z'), storage, roomy);
		expect(marker(storage)).toMatchObject({ reviews: 5, at: Date.parse('2026-12-01T11:00:00Z') });
		// An import or saved decks bring it up to date at once.
		await addReviews(db, 1);
		await markDatabase(db, new Date('2026-12-01T11:01:00Z'), storage, true);
		expect(marker(storage)).toMatchObject({ reviews: 6 });
	});
});

// Issue 9, item 9: an old connection blocking the upgrade left "Loading decks…" forever.
describe('another tab in the way', () => {
	it('says a blocked upgrade waits for the other tab, and takes it back once it goes on', async () => {
		let open!: () => void;
		const ready = new Promise<void>((resolve) => (open = resolve));
		tellConnection('blocked', ready);
		expect(notices.items.map((n) => `${n.message}: ${n.detail}`)).toEqual([
			'Kartoteka is open in another tab: this version of the app upgrades its storage, but another tab or window holds it open with the old version. Close the other Kartoteka tabs or reload them: this page will carry on by itself, and nothing is lost.'
		]);
		open();
		await vi.waitFor(() => expect(notices.items).toEqual([]));
	});

	it('says a tab whose database a newer version took over must be reloaded', async () => {
		tellConnection('replaced', Promise.resolve());
		await Promise.resolve();
		expect(notices.items.map((n) => n.message)).toEqual(['The app was updated in another tab']);
		expect(notices.items[0].detail).toMatch(/Reload the page to continue\.$/);
	});
});
