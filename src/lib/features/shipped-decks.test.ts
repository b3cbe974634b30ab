import { describe, expect, it } from 'vitest';
import { listDecks } from '$lib/db';
import { makeDeck, testDb } from '$lib/testing/db';
import { installOffered, offeredArticles } from './sample-decks';
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

	it("installs the interface language's decks and offers the others, once, then on request", async () => {
		const db = testDb();
		const files: Record<string, string> = {
			'/ru.v1.json': JSON.stringify(makeDeck('ru', 2)),
			'/en.v1.json': JSON.stringify(
				makeDeck('en', 3, { lang: 'en', source: { title: 'The Congress of Berlin' } })
			)
		};
		let fetches = 0;
		const fetchText = async (url: string) => (fetches++, files[url]);
		const shipped = [
			{ file: 'ru.json', url: '/ru.v1.json' },
			{ file: 'en.json', url: '/en.v1.json' }
		];
		await syncShippedDecks(db, now, shipped, fetchText, 'en');
		expect((await listDecks(db)).map((d) => d.id)).toEqual(['en']);
		// The next start fetches nothing: the Russian deck stays offered, not retried.
		await syncShippedDecks(db, now, shipped, fetchText, 'en');
		expect(fetches).toBe(2);
		const offered = await offeredArticles(db, shipped, fetchText);
		expect(offered).toEqual([
			{
				title: 'Статья',
				lang: 'ru',
				decks: [{ file: 'ru.json', url: '/ru.v1.json', title: 'Колода ru', cards: 2 }]
			}
		]);
		await installOffered(db, offered[0], now, fetchText);
		expect((await listDecks(db)).map((d) => d.id).sort()).toEqual(['en', 'ru']);
		expect(await offeredArticles(db, shipped, fetchText)).toEqual([]);
		// Installed, it is updated like any shipped deck, whatever the interface's language.
		files['/ru.v2.json'] = JSON.stringify(makeDeck('ru', 4));
		shipped[0].url = '/ru.v2.json';
		await syncShippedDecks(db, now, shipped, fetchText, 'en');
		expect((await listDecks(db)).find((d) => d.id === 'ru')?.cardCount).toBe(4);
	});

	it('a Russian interface starts with the Russian decks and is offered the English ones', async () => {
		const db = testDb();
		const files: Record<string, string> = {
			'/ru.json': JSON.stringify(makeDeck('ru', 2)),
			'/en.json': JSON.stringify(makeDeck('en', 3, { lang: 'en' }))
		};
		const shipped = Object.keys(files).map((url) => ({ file: url.slice(1), url }));
		await syncShippedDecks(db, now, shipped, async (url) => files[url], 'ru');
		expect((await listDecks(db)).map((d) => d.id)).toEqual(['ru']);
		const offered = await offeredArticles(db, shipped, async (url) => files[url]);
		expect(offered.map((a) => [a.lang, a.decks.map((d) => d.file)])).toEqual([['en', ['en.json']]]);
	});
});
