// Issue 11, third pass: the home screen's counts and a session's person ties come from per-deck
// counters kept in the transaction of every write to the states and cards (deck-counts-hook.ts).
// Whatever writes them, the stored counters must equal the counters computed from the rows as
// they are; a v6 database upgrades to v7 and gets them built.
import Dexie, { liveQuery } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyCard } from '$lib/core/schedule';
import { makeBundle, parseBundleJson } from '$lib/core/exchange/bundle';
import type { DeckFile } from '$lib/core/deck';
import {
	makeCard,
	makeDeck,
	plainScheduler,
	studyCard,
	testDb,
	countsToday
} from '$lib/testing/db';
import { readBackupRows, restoreBackup } from './backup-repo';
import { putBack, setAside } from './card-marks';
import { deleteCardsWithUndo, moveCards, restoreCards } from './cards-edit';
import { KartotekaDB } from './database';
import { countsFromRow } from './deck-counts';
import { provideCounting } from './deck-counts-hook';
import { withCounts } from './deck-counts-tally';
import { buildMissingDeckCounts, countDeck } from './deck-counts-build';
import { purgeDeletedDecks, softDeleteDeck } from './deck-edit';
import { installDeck } from './deck-install';
import { resetDeckStates, restoreStates } from './deck-progress';
import { cardKey } from './decks-repo';
import { applyImport, readDeckFiles, readProgress } from './exchange-repo';
import { reviewDueCounts, reviewDueTimes, undoReview } from './review-repo';
import { DueCounts } from '$lib/core/schedule/exam-load';
import { applyPulled } from './sync-apply';
import { ensureNode, pendingEvents, takeSnapshot } from './sync-outbox';
import { syncRecorder } from './sync-recorder';
import { DEFAULT_SETTINGS } from '$lib/core/schedule/settings';
import { BACKUP_TABLES } from '$lib/core/backup/format';

const now = new Date('2026-11-25T18:00:00');
const day = (d: number, h = 18) => new Date(2026, 10, d, h, 7);
const opts = { origin: 'user' as const, version: 'v1', now };

/** Cards that name persons, so that the person counts have something to count. */
function personDeck(id: string, count: number): DeckFile {
	return makeDeck(id, count, {
		cards: Array.from({ length: count }, (_, i) =>
			makeCard(i, {
				fact: {
					type: 'person',
					ask: i % 2 ? 'person' : 'role',
					person: i % 3 ? 'В. Л. Копп' : 'Г. В. Чичерин',
					surname: i % 3 ? 'Копп' : 'Чичерин',
					role: `роль ${i}`
				}
			})
		)
	});
}

async function expectInStep(db: KartotekaDB, what: string) {
	const rows = await db.deckCounts.toArray();
	expect(rows.length, what).toBeGreaterThan(0);
	for (const row of rows)
		expect(row, `${what}: deck ${row.deckId}`).toEqual(await countDeck(db, row.deckId));
}

describe('per-deck counters (issue 11, schema v7)', () => {
	it('follow every write: grade, undo, bury, suspend, reset, delete, restore, move, purge', async () => {
		const db = testDb();
		await installDeck(db, personDeck('a', 6), opts);
		await installDeck(db, makeDeck('b', 3), opts);
		expect(await buildMissingDeckCounts(db)).toBe(2);
		expect(await buildMissingDeckCounts(db)).toBe(0);
		const a = await db.deckCounts.get('a');
		expect(a?.n).toBe(6);
		expect(a?.p).toEqual({ копп: 4, чичерин: 2 });

		const ids: number[] = [];
		for (const [d, key, grade] of [
			[20, 'c0', 'good'],
			[21, 'c0', 'again'],
			[21, 'c1', 'easy'],
			[22, 'c2', 'hard']
		] as const)
			ids.push(await studyCard(db, cardKey('a', key), { at: day(d), grade }));
		await expectInStep(db, 'after grades');
		expect((await db.deckCounts.get('a'))?.n).toBe(3);
		await undoReview(db, ids[3]);
		await expectInStep(db, 'after an undo');
		await setAside(db, cardKey('a', 'c3'), 'bury', now);
		await setAside(db, cardKey('a', 'c1'), 'suspend', now);
		await expectInStep(db, 'after bury and suspend');
		await putBack(db, cardKey('a', 'c3'));
		await expectInStep(db, 'after putting back');
		const before = await resetDeckStates(db, 'a', now);
		await expectInStep(db, 'after a reset');
		await restoreStates(db, before);
		await expectInStep(db, 'after undoing the reset');
		const { removed } = await deleteCardsWithUndo(db, [cardKey('a', 'c4')]);
		await expectInStep(db, 'after deleting a card');
		expect((await db.deckCounts.get('a'))?.p).toEqual({ копп: 3, чичерин: 2 });
		await restoreCards(db, removed);
		await expectInStep(db, 'after restoring it');
		await moveCards(db, [cardKey('a', 'c5')], 'b');
		await expectInStep(db, 'after moving a card to another deck');
		expect((await db.deckCounts.get('b'))?.p).toEqual({ копп: 1 });
		await installDeck(db, personDeck('a', 2), { ...opts, version: 'v2' });
		await expectInStep(db, 'after an update that retires cards');
		await softDeleteDeck(db, 'a', now);
		await purgeDeletedDecks(db, now.getTime() + 1);
		expect(await db.deckCounts.get('a')).toEqual({ deckId: 'a', n: 0, l: {}, r: {}, m: 0, p: {} });
		await expectInStep(db, 'after purging a deck');
	});

	it("give a session's load-balancing counts per day as the index does, after grades and an undo", async () => {
		const db = testDb();
		await installDeck(db, makeDeck('a', 30), opts);
		await installDeck(db, makeDeck('b', 20), opts);
		await buildMissingDeckCounts(db);
		const ids: number[] = [];
		for (let i = 0; i < 30; i++)
			ids.push(
				await studyCard(db, cardKey(i % 2 ? 'a' : 'b', `c${i >> 1}`), {
					at: day(10 + (i % 12), 8 + (i % 11)),
					grade: i % 5 ? 'easy' : 'good'
				})
			);
		await undoReview(db, ids[7]);
		const from = new Date(2026, 10, 10, 4).getTime();
		const to = from + 120 * 86_400_000;
		// Per study day (rollover at 4:00) as the session counts them: from the rows and by the index.
		const perDay = (pairs: [number, number][]) => {
			const c = new DueCounts(4);
			for (const [t, n] of pairs) c.addDue(t, n);
			return Array.from({ length: 120 }, (_, d) => c.loadAt(new Date(from + d * 86_400_000)));
		};
		const byIndex = perDay((await reviewDueTimes(db, from, to)).map((t) => [t, 1]));
		expect(byIndex.reduce((a, b) => a + b)).toBeGreaterThan(10);
		expect(perDay(await reviewDueCounts(db, from, to))).toEqual(byIndex);
		// A deck without its row yet: the index, the same.
		await db.deckCounts.delete('a');
		expect(perDay(await reviewDueCounts(db, from, to))).toEqual(byIndex);
	});

	it('follow an import with progress, a backup restore and the sync apply step; and are never synced', async () => {
		const db = testDb();
		db.use(syncRecorder);
		await db.open();
		await ensureNode(db);
		await installDeck(db, personDeck('a', 4), opts);
		await buildMissingDeckCounts(db);
		await takeSnapshot(db, () => now.getTime());
		await studyCard(db, cardKey('a', 'c0'), { at: day(20) });
		const events = (await pendingEvents(db, 100)).map((e) => e.event);
		expect(events.length).toBeGreaterThan(0);
		expect(JSON.stringify(events)).not.toContain('deckCounts');

		// Import with progress into another device.
		const decks = await readDeckFiles(db, ['a']);
		const parsed = parseBundleJson(
			JSON.stringify(makeBundle(decks, await readProgress(db, decks), now))
		);
		if (!parsed.ok) throw new Error('bundle');
		const other = testDb();
		await installDeck(other, makeDeck('x', 2), opts);
		await buildMissingDeckCounts(other);
		await applyImport(other, parsed.bundle, now);
		await buildMissingDeckCounts(other);
		await expectInStep(other, 'after an import with progress');

		// The sync apply step: a review made on another device replayed here.
		const review = events.find((e) => e.kind === 'review');
		if (!review) throw new Error('no review event');
		await applyPulled(other, {
			events: [{ ...review, id: `${review.id}-b`, at: day(21).getTime() }],
			node: await ensureNode(db),
			cursor: 1,
			schedulerOf: () => plainScheduler,
			now: day(22)
		});
		await expectInStep(other, 'after applying a pulled review');

		// A backup of `db` restored over `other`.
		const rows = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as Parameters<
			typeof restoreBackup
		>[1];
		await readBackupRows(db, (t, r) => void (rows[t] as unknown[]).push(...r));
		await restoreBackup(other, rows, now);
		await buildMissingDeckCounts(other);
		await expectInStep(other, 'after a restore');
	});

	it('give the same home counts as the indexes, and a live read follows a grade', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('a', 8), opts);
		for (const k of ['c0', 'c1', 'c2']) await studyCard(db, cardKey('a', k), { at: day(20) });
		await studyCard(db, cardKey('a', 'c3'), { at: day(25, 17), grade: 'again' });
		await buildMissingDeckCounts(db);
		const end = new Date(2026, 10, 26, 4).getTime();
		const settings = DEFAULT_SETTINGS;
		const start = new Date(2026, 10, 25, 4).getTime();
		const row = await db.deckCounts.get('a');
		if (!row) throw new Error('no row');
		expect(await countsToday(db, 'a', settings, start, end, undefined, row)).toEqual(
			await countsToday(db, 'a', settings, start, end)
		);
		// A day that ends within an hour (a zone of half hours): that hour from the index.
		for (const e of [end + 1_800_000, end + 8 * 86_400_000 + 1_800_000])
			expect(await countsToday(db, 'a', settings, start, e, undefined, row)).toEqual(
				await countsToday(db, 'a', settings, start, e)
			);
		expect((await countsFromRow(db, row, end)).learning).toBe(4);

		const seen: number[] = [];
		const sub = liveQuery(() => db.deckCounts.get('a')).subscribe((r) => seen.push(r?.n ?? -1));
		await new Promise((r) => setTimeout(r, 50));
		await studyCard(db, cardKey('a', 'c4'), { at: day(25, 18) });
		await new Promise((r) => setTimeout(r, 50));
		sub.unsubscribe();
		expect(seen).toEqual([4, 3]);
	});

	it('a write from code without the arithmetic drops the rows: counted by the indexes, built again', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('a', 3), opts);
		await installDeck(db, makeDeck('b', 2), opts);
		await buildMissingDeckCounts(db);
		provideCounting(null);
		try {
			await setAside(db, cardKey('a', 'c0'), 'suspend', now);
		} finally {
			provideCounting(withCounts);
		}
		expect(await db.deckCounts.count()).toBe(0);
		expect(await buildMissingDeckCounts(db)).toBe(2);
		expect((await db.deckCounts.get('a'))?.n).toBe(2);
	});

	it('a v6 database opens at v7, every row kept, and its counters are built at the first start', async () => {
		const name = 'upgrade-v6-counts';
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(6).stores({
			decks: 'id, sourceKey, deletedAt, presetId',
			cards: 'key, deckId, [deckId+ord], noteId, originKey',
			states:
				'key, deckId, [deckId+queue+due], [deckId+queue+ord], [queue+due], [queue+card.scheduled_days]',
			reviews: '++id, key, at, [deckId+at]',
			meta: 'key',
			notes: 'id, deckId',
			articles: 'file',
			reviewHours: '[deckId+hour]',
			presets: 'id',
			syncOutbox: '++seq',
			syncStamps: 'key',
			syncState: 'key'
		});
		await old.table('decks').put({
			id: 'd',
			title: 'd',
			lang: 'ru',
			kind: 'custom',
			sourceKey: 'd',
			origin: 'user',
			version: 'v1',
			cardCount: 3,
			updatedAt: 0
		});
		const card = emptyCard(now);
		await old.table('states').bulkPut(
			[0, 1, 2].map((i) => ({
				key: `d/c${i}`,
				deckId: 'd',
				queue: i === 2 ? 0 : 2,
				due: now.getTime() + i * 86_400_000,
				ord: i,
				card
			}))
		);
		await old.table('cards').bulkPut(
			[0, 1, 2].map((i) => ({
				key: `d/c${i}`,
				deckId: 'd',
				id: `c${i}`,
				ord: i,
				front: 'f',
				back: 'b',
				retired: 0
			}))
		);
		old.close();

		const db = new KartotekaDB(name, { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(8);
		expect(await db.states.count()).toBe(3);
		expect(await db.deckCounts.count()).toBe(0);
		expect(await buildMissingDeckCounts(db)).toBe(1);
		const hour = Math.floor(now.getTime() / 3_600_000);
		expect(await db.deckCounts.get('d')).toEqual({
			deckId: 'd',
			n: 1,
			l: {},
			r: { [hour]: 1, [hour + 24]: 1 },
			m: 0,
			p: {}
		});
		db.close();
	});
});
