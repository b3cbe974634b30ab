import { describe, expect, it } from 'vitest';
import { listDecks } from '$lib/db';
import { makeDeck, testDb } from '$lib/testing/db';
import { syncShippedDecks } from './shipped-decks';

const now = new Date('2026-11-25T12:00:00');

describe('shipped decks', () => {
	it('installs valid decks, skips a broken one with a message naming it and the field', async () => {
		const db = testDb();
		const broken = makeDeck('broken', 2);
		(broken.cards[1] as { front?: string }).front = undefined;
		const files: Record<string, string> = {
			'/a.json': JSON.stringify(makeDeck('a', 3)),
			'/broken.json': JSON.stringify(broken),
			'/bad-json.json': '{"format":',
			'/b.json': JSON.stringify(makeDeck('b', 1))
		};
		const shipped = Object.keys(files).map((url) => ({ file: url.slice(1), url }));
		const errors = await syncShippedDecks(db, now, shipped, async (url) => files[url]);
		expect(errors).toEqual([
			{ file: 'broken.json', problem: 'cards[1].front: is missing' },
			{ file: 'bad-json.json', problem: expect.stringMatching(/^not valid JSON/) }
		]);
		expect((await listDecks(db)).map((d) => d.id).sort()).toEqual(['a', 'b']);
	});

	it('installs a deck once per version and updates it when its asset changes', async () => {
		const db = testDb();
		let fetches = 0;
		const fetchText = async () => {
			fetches++;
			return JSON.stringify(makeDeck('a', fetches + 1));
		};
		await syncShippedDecks(db, now, [{ file: 'a.json', url: '/a.v1.json' }], fetchText);
		await syncShippedDecks(db, now, [{ file: 'a.json', url: '/a.v1.json' }], fetchText);
		expect(fetches).toBe(1);
		await syncShippedDecks(db, now, [{ file: 'a.json', url: '/a.v2.json' }], fetchText);
		expect(fetches).toBe(2);
		expect((await listDecks(db))[0].cardCount).toBe(3);
	});

	it('a failed fetch is reported and retried on the next start', async () => {
		const db = testDb();
		const errors = await syncShippedDecks(
			db,
			now,
			[{ file: 'a.json', url: '/a.json' }],
			async () => {
				throw new Error('HTTP 404');
			}
		);
		expect(errors).toEqual([{ file: 'a.json', problem: 'HTTP 404' }]);
		await syncShippedDecks(db, now, [{ file: 'a.json', url: '/a.json' }], async () =>
			JSON.stringify(makeDeck('a', 1))
		);
		expect(await listDecks(db)).toHaveLength(1);
	});
});
