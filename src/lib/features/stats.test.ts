import { describe, expect, it } from 'vitest';
import { cardKey } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { countReads } from '$lib/testing/reads';
import { readStats, StatsView, type FilterValue } from './stats.svelte';

async function viewOf(db: ReturnType<typeof testDb>, filter: FilterValue = 'all') {
	const data = await readStats(db, filter, now);
	return new StatsView(() => data);
}

const now = new Date('2026-11-25T12:00:00');

async function setup() {
	const db = testDb();
	const opts = { origin: 'shipped' as const, version: 'v1', now };
	await installDeck(db, makeDeck('a1', 3, { source: { title: 'A' } }), opts);
	await installDeck(db, makeDeck('a2', 2, { source: { title: 'A' } }), opts);
	await installDeck(db, makeDeck('b1', 4, { source: { title: 'B' } }), opts);
	return db;
}

const grade = (db: ReturnType<typeof testDb>, key: string, at: Date) =>
	studyCard(db, key, { at, durationMs: 2000 });

describe('StatsView', () => {
	it('is empty before the first review and counts every card as new', async () => {
		const db = await setup();
		const view = await viewOf(db);
		expect(view.loaded).toBe(true);
		expect(view.empty).toBe(true);
		expect(view.counts).toMatchObject({ new: 9, total: 9 });
		expect(view.articles.map((a) => [a.sourceKey, a.decks.length])).toEqual([
			['A', 2],
			['B', 1]
		]);
	});

	it('follows the filter: all decks, one article, one deck', async () => {
		const db = await setup();
		await grade(db, cardKey('a1', 'c0'), new Date('2026-11-25T10:00:00'));
		await grade(db, cardKey('a2', 'c0'), new Date('2026-11-25T10:01:00'));
		await grade(db, cardKey('b1', 'c0'), new Date('2026-11-24T10:00:00'));
		const view = await viewOf(db);
		expect(view.empty).toBe(false);
		expect(view.perDay.at(-1)).toMatchObject({ day: '2026-11-25', total: 2, learning: 2 });
		expect(view.perDay.at(-2)).toMatchObject({ total: 1 });
		expect(view.counts).toMatchObject({ new: 6, learning: 3 });
		expect(view.retention.map((r) => r.deckId)).toEqual(['a1', 'a2', 'b1', null]);
		expect(view.time.today).toEqual({ ms: 4000, reviews: 2 });

		const article = await viewOf(db, 'article:A');
		expect(article.shownDecks.map((d) => d.id)).toEqual(['a1', 'a2']);
		expect(article.reviewCount).toBe(2);
		expect(article.counts).toMatchObject({ new: 3, learning: 2, total: 5 });

		const deck = await viewOf(db, 'deck:b1');
		expect(deck.perDay.at(-1)!.total).toBe(0);
		expect(deck.counts).toMatchObject({ new: 3, learning: 1 });

		deck.period = 90;
		expect(deck.perDay).toHaveLength(90);

		const unknown = await viewOf(db, 'deck:nope');
		expect(unknown.filter).toBe('all');
		expect(unknown.reviewCount).toBe(3);
	});
	it('the statistics page reads no review log, and no card state but the learning ones', async () => {
		const db = testDb();
		const reviews = countReads(db, 'reviews');
		const states = countReads(db, 'states');
		await installDeck(db, makeDeck('a', 30), { origin: 'user', version: 'v1', now });
		for (let i = 0; i < 30; i++)
			await studyCard(db, cardKey('a', `c${i}`), {
				at: new Date(2026, 10, 10 + (i % 14), 18, 7),
				grade: 'easy'
			});
		reviews.reset();
		states.reset();
		const data = await readStats(db, 'all', now);
		expect(data.total.reviews).toBe(30);
		expect(data.cards).toMatchObject({ new: 0, total: 30 });
		expect(reviews.rows).toBe(0);
		expect(states.rows).toBe(data.cards.learning + data.cards.relearning);
	});
});
