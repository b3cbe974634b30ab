// Issue 11, item 3: the statistics come from hourly aggregates kept in the transaction of every
// write to the logs (db/review-hours.ts) and built once by the v4 upgrade. Whatever writes the
// logs, the stored aggregates must equal the aggregates of the logs as they are.
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyCard, QUEUE_CODE } from '$lib/core/schedule';
import { makeBundle, parseBundleJson } from '$lib/core/exchange/bundle';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { deleteCardsWithUndo, moveCards, restoreCards } from './cards-edit';
import { KartotekaDB } from './database';
import { purgeDeletedDecks, softDeleteDeck } from './deck-edit';
import { installDeck } from './deck-install';
import { cardKey } from './decks-repo';
import { applyImport, readDeckFiles, readProgress } from './exchange-repo';
import { aggregate, rebuildIfStale, type ReviewHourRow } from './review-hours';
import { undoReview } from './review-repo';

const now = new Date('2026-11-25T18:00:00');
const sorted = (rows: ReviewHourRow[]) =>
	rows
		.map((r) => JSON.stringify([r.deckId, r.hour, r.n, r.ms]))
		.sort()
		.join('\n');

/** The stored aggregates and those of the logs stored, to compare. */
async function both(db: KartotekaDB) {
	return {
		stored: sorted(await db.reviewHours.toArray()),
		fromLogs: sorted(aggregate(await db.reviews.toArray()))
	};
}

async function expectInStep(db: KartotekaDB, what: string) {
	const { stored, fromLogs } = await both(db);
	expect(stored, what).toBe(fromLogs);
}

const day = (d: number, h = 18) => new Date(2026, 10, d, h, 7);

describe('review aggregates (issue 11)', () => {
	it('follow every write to the logs: grade, undo, delete and restore cards, move, import, purge', async () => {
		const db = testDb();
		const opts = { origin: 'user' as const, version: 'v1', now };
		await installDeck(db, makeDeck('a', 4), opts);
		await installDeck(db, makeDeck('b', 3), opts);
		const ids: number[] = [];
		for (const [d, key, grade] of [
			[20, 'c0', 'good'],
			[21, 'c0', 'again'],
			[21, 'c1', 'easy'],
			[22, 'c2', 'hard']
		] as const)
			ids.push(await studyCard(db, cardKey('a', key), { at: day(d), grade, durationMs: 3000 + d }));
		await studyCard(db, cardKey('b', 'c0'), { at: day(22, 9), durationMs: 1500 });
		await expectInStep(db, 'after grades');
		expect((await db.reviewHours.get(['', -1]))?.n.reduce((x, y) => x + y)).toBe(5);

		await undoReview(db, ids[3]);
		await expectInStep(db, 'after an undo');
		const { removed } = await deleteCardsWithUndo(db, [cardKey('a', 'c0')]);
		await expectInStep(db, 'after deleting a card with its history');
		await restoreCards(db, removed);
		await expectInStep(db, 'after restoring it');
		await moveCards(db, [cardKey('a', 'c1')], 'b');
		await expectInStep(db, 'after moving a card to another deck');
		expect((await db.reviewHours.get(['b', -1]))?.n.reduce((x, y) => x + y)).toBe(2);

		const decks = await readDeckFiles(db, ['a', 'b']);
		const parsed = parseBundleJson(
			JSON.stringify(makeBundle(decks, await readProgress(db, decks), now))
		);
		if (!parsed.ok) throw new Error('bundle');
		const other = testDb();
		await applyImport(other, parsed.bundle, now);
		expect(await other.reviews.count()).toBeGreaterThan(0);
		await expectInStep(other, 'after an import with progress');

		await softDeleteDeck(db, 'a', now);
		await purgeDeletedDecks(db, now.getTime() + 1);
		await expectInStep(db, 'after purging a deck');
		expect(
			await db.reviewHours.where('[deckId+hour]').between(['a', -Infinity], ['a', Infinity]).count()
		).toBe(0);
	});

	it('are built once after the v3 → v4 upgrade, every row kept, the new indexes in place', async () => {
		const name = 'upgrade-v3-hours';
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(3).stores({
			decks: 'id, sourceKey, deletedAt',
			cards: 'key, deckId, [deckId+ord], noteId, originKey',
			states: 'key, deckId, [deckId+queue+due], [deckId+queue+ord]',
			reviews: '++id, key, at, [deckId+at]',
			meta: 'key',
			notes: 'id, deckId',
			articles: 'file'
		});
		const card = { ...emptyCard(now), state: 2, scheduled_days: 30 };
		await old.table('states').bulkPut(
			[0, 1, 2].map((i) => ({
				key: `d/c${i}`,
				deckId: 'd',
				queue: i === 2 ? 0 : 2,
				due: now.getTime(),
				ord: i,
				card
			}))
		);
		const logs = Array.from({ length: 120 }, (_, i) => ({
			key: `d/c${i % 3}`,
			deckId: i % 4 ? 'd' : 'e',
			at: now.getTime() - i * 5_400_000,
			rating: (i % 4) + 1,
			log: { state: i % 3 },
			durationMs: 1000 + i
		}));
		await old.table('reviews').bulkAdd(logs);
		old.close();

		const db = new KartotekaDB(name, { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(8);
		expect(await db.reviews.count()).toBe(120);
		expect(await db.states.count()).toBe(3);
		expect(await db.reviewHours.count()).toBe(0);
		// The first start builds them, once.
		expect(await rebuildIfStale(db)).toBe(true);
		await expectInStep(db, 'after the upgrade');
		expect(await rebuildIfStale(db)).toBe(false);
		expect(
			await db.states
				.where('[queue+due]')
				.between([QUEUE_CODE.review, 0], [QUEUE_CODE.review, Infinity])
				.count()
		).toBe(2);
		expect(
			await db.states
				.where('[queue+card.scheduled_days]')
				.between([QUEUE_CODE.review, 21], [QUEUE_CODE.review, Infinity])
				.count()
		).toBe(2);
		db.close();
	});
});
