import { describe, expect, it } from 'vitest';
import { installDeck } from './deck-install';
import { activeCards, decksOfSource, timelineDecks } from './history-repo';
import { makeCard, makeDeck, testDb } from '$lib/testing/db';

const now = new Date('2026-11-25T12:00:00');
const source = { title: 'Статья', file: 'decks/sources/article.txt' };

describe('history repo', () => {
	it('finds the dates decks, or the decks asked for', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('b.dates', 2, { kind: 'dates', title: 'B' }), {
			origin: 'shipped',
			version: '1',
			now
		});
		await installDeck(db, makeDeck('a.dates', 2, { kind: 'dates', title: 'A' }), {
			origin: 'shipped',
			version: '1',
			now
		});
		await installDeck(db, makeDeck('a.actors', 2, { kind: 'actors' }), {
			origin: 'shipped',
			version: '1',
			now
		});
		expect((await timelineDecks(db, [])).map((d) => d.id)).toEqual(['a.dates', 'b.dates']);
		expect((await timelineDecks(db, ['a.actors', 'nope'])).map((d) => d.id)).toEqual(['a.actors']);
	});

	it('reads active cards in deck order, without retired ones', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: '1', now });
		await installDeck(db, makeDeck('d', 0, { cards: [makeCard(2), makeCard(0)] }), {
			origin: 'shipped',
			version: '2',
			now
		});
		const cards = await activeCards(db, ['d']);
		expect(cards.map((c) => c.id).sort()).toEqual(['c0', 'c2']);
		expect(cards.every((c) => c.retired === 0)).toBe(true);
	});

	it('finds the decks of an article by its file name', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('x.dates', 1, { source }), {
			origin: 'shipped',
			version: '1',
			now
		});
		await installDeck(db, makeDeck('x.actors', 1, { source }), {
			origin: 'shipped',
			version: '1',
			now
		});
		await installDeck(db, makeDeck('other', 1), { origin: 'user', version: '1', now });
		expect((await decksOfSource(db, 'article.txt')).map((d) => d.id).sort()).toEqual([
			'x.actors',
			'x.dates'
		]);
		expect((await decksOfSource(db, 'decks/sources/article.txt')).length).toBe(2);
		expect(await decksOfSource(db, 'missing.txt')).toEqual([]);
	});
});
