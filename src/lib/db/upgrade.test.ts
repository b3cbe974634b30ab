// Schema v1 → the latest on data a student already has: nothing lost, new fields filled in.
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, dayStart, emptyCard, nextDayStart } from '$lib/core/schedule';
import { KartotekaDB } from './database';
import { cardKey, listDecks } from './decks-repo';
import { installDeck } from './deck-install';
import { makeDeck, countsToday } from '$lib/testing/db';
import { deckSettings } from './presets-repo';
import { normalizeSettings } from '$lib/core/schedule/settings';

const now = new Date('2026-11-25T12:00:00');

/** The database as version 1 of the app created it (the schema copied from the v1 release). */
async function v1Database(name: string) {
	const old = new Dexie(name, { indexedDB, IDBKeyRange });
	old.version(1).stores({
		decks: 'id, sourceKey',
		cards: 'key, deckId, [deckId+ord]',
		states: 'key, deckId, [deckId+queue+due], [deckId+queue+ord]',
		reviews: '++id, key, at, [deckId+at]',
		meta: 'key'
	});
	await old.table('decks').put({
		id: 'd',
		title: 'Колода d',
		lang: 'ru',
		kind: 'custom',
		sourceKey: 'Статья',
		origin: 'shipped',
		version: 'v1',
		cardCount: 2,
		updatedAt: now.getTime()
	});
	for (const i of [0, 1]) {
		const key = cardKey('d', `c${i}`);
		await old.table('cards').put({
			key,
			deckId: 'd',
			id: `c${i}`,
			ord: i,
			front: `Вопрос ${i}`,
			back: `Ответ ${i}`,
			retired: 0
		});
		const card = emptyCard(now);
		await old
			.table('states')
			.put({ key, deckId: 'd', queue: 0, due: card.due.getTime(), ord: i, card });
	}
	await old.table('meta').put({ key: 'settings', value: { newPerDay: 5 } });
	old.close();
}

describe('schema upgrades', () => {
	it('opens a v1 database at the latest version: rows kept, cards get edited = 0, the new tables and indexes work', async () => {
		const name = 'upgrade-v1';
		await v1Database(name);
		const db = new KartotekaDB(name, { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(8);

		const cards = await db.cards.orderBy('key').toArray();
		expect(cards.map((c) => [c.key, c.front, c.edited])).toEqual([
			['d/c0', 'Вопрос 0', 0],
			['d/c1', 'Вопрос 1', 0]
		]);
		expect(await db.meta.get('settings')).toEqual({ key: 'settings', value: { newPerDay: 5 } });
		expect((await listDecks(db)).map((d) => d.id)).toEqual(['d']);
		const counts = await countsToday(
			db,
			'd',
			DEFAULT_SETTINGS,
			dayStart(now).getTime(),
			nextDayStart(now).getTime()
		);
		expect(counts.new).toBe(2);

		// New tables and indexes are there.
		expect(await db.notes.count()).toBe(0);
		expect(await db.cards.where('noteId').equals('x').count()).toBe(0);
		expect(await db.decks.where('deletedAt').below(Infinity).count()).toBe(0);
		expect(await db.articles.count()).toBe(0);
		// v4: every deck keeps using the default preset (the settings as stored), none named yet.
		expect((await db.decks.get('d'))?.presetId).toBeUndefined();
		expect(await db.presets.count()).toBe(0);
		const settings = await deckSettings(db, ['d'], normalizeSettings({ newPerDay: 5 }));
		expect(settings.get('d')?.newPerDay).toBe(5);

		// v6: the sync's tables, empty until sync is turned on.
		expect(await db.syncOutbox.count()).toBe(0);
		expect(await db.syncStamps.count()).toBe(0);
		expect(await db.syncState.count()).toBe(0);

		// And the shipped deck still updates in place.
		const plan = await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: 'v2', now });
		expect(plan.counts).toMatchObject({ new: 1, changed: 0, unchanged: 2 });
		db.close();
	});

	it('v5 → v6 (sync tables) keeps every row of every table', async () => {
		const name = 'upgrade-v5';
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(5).stores({
			decks: 'id, sourceKey, deletedAt, presetId',
			cards: 'key, deckId, [deckId+ord], noteId, originKey',
			states:
				'key, deckId, [deckId+queue+due], [deckId+queue+ord], [queue+due], [queue+card.scheduled_days]',
			reviews: '++id, key, at, [deckId+at]',
			meta: 'key',
			notes: 'id, deckId',
			articles: 'file',
			reviewHours: '[deckId+hour]',
			presets: 'id'
		});
		const card = emptyCard(now);
		const rows: Record<string, Record<string, unknown>[]> = {
			decks: [
				{
					id: 'd',
					title: 'D',
					lang: 'ru',
					kind: 'custom',
					sourceKey: 'D',
					origin: 'user',
					version: '1',
					cardCount: 1,
					updatedAt: 1,
					presetId: 'p'
				}
			],
			cards: [
				{ key: 'd/c', deckId: 'd', id: 'c', ord: 0, front: 'F', back: 'B', retired: 0, edited: 0 }
			],
			states: [{ key: 'd/c', deckId: 'd', queue: 2, due: 5, ord: 0, card }],
			reviews: [
				{
					id: 1,
					key: 'd/c',
					deckId: 'd',
					at: 3,
					rating: 3,
					log: {},
					prev: card,
					prevQueue: 0,
					durationMs: 9
				}
			],
			meta: [{ key: 'settings', value: { newPerDay: 7 } }],
			notes: [{ id: 'n', deckId: 'd', createdAt: 1, updatedAt: 1 }],
			articles: [{ file: 'a.txt', title: 'A', sha256: 'x', text: 'T', savedAt: 1 }],
			reviewHours: [{ deckId: 'd', hour: 10, count: 1 }],
			presets: [{ id: 'p', name: 'P', options: { retention: 0.9 } }]
		};
		for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
		old.close();
		const db = new KartotekaDB(name, { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(8);
		for (const [table, list] of Object.entries(rows))
			expect(await db.table(table).toArray(), table).toEqual(list);
		db.close();
	});

	it('v7 → v8 (staged import pieces) keeps every row and opens the new table empty', async () => {
		const name = 'upgrade-v7';
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(7).stores({
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
			syncState: 'key',
			deckCounts: 'deckId'
		});
		const rows: Record<string, Record<string, unknown>[]> = {
			decks: [{ id: 'd', title: 'D', lang: 'ru', kind: 'custom', sourceKey: 'D', origin: 'user' }],
			cards: [{ key: 'd/c', deckId: 'd', id: 'c', ord: 0, front: 'F', back: 'B', retired: 0 }],
			deckCounts: [{ deckId: 'd', n: 1, l: {}, r: {}, m: 0, p: {} }],
			syncState: [{ key: 'node', value: 'n1' }]
		};
		for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
		old.close();
		const db = new KartotekaDB(name, { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(8);
		for (const [table, list] of Object.entries(rows))
			expect(await db.table(table).toArray(), table).toEqual(list);
		expect(await db.importPieces.count()).toBe(0);
		const piece = { kind: 'marks' as const, marks: [] };
		await db.importPieces.add({ run: 'r', n: 0, piece, read: 1, total: 2 });
		expect(await db.importPieces.get(['r', 0])).toEqual({
			run: 'r',
			n: 0,
			piece,
			read: 1,
			total: 2
		});
		db.close();
	});
});
