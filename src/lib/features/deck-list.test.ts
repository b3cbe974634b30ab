import { describe, expect, it } from 'vitest';
import { cardKey } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { countReads } from '$lib/testing/reads';
import { readDeckGroups, shortTitle } from './deck-list';

describe('shortTitle', () => {
	const article = 'Советско-германские военно-политические отношения (1920 – 1923 гг.)';
	it('drops the article name the group heading already shows', () => {
		expect(shortTitle(`Даты: ${article}`, article)).toBe('Даты');
		expect(shortTitle(`${article} — деятели`, article)).toBe('деятели');
	});
	it('keeps titles that do not repeat it', () => {
		expect(shortTitle('Моя колода', article)).toBe('Моя колода');
		expect(shortTitle(article, article)).toBe(article);
	});
});

describe('readDeckGroups with many decks (issue 11)', () => {
	it("reads today's logs once for every deck, not once per deck, and counts as before", async () => {
		const db = testDb();
		const reviews = countReads(db, 'reviews');
		const now = new Date('2026-11-25T18:00:00');
		for (let i = 0; i < 12; i++)
			await installDeck(db, makeDeck(`d${i}`, 5, { source: { title: `A${i % 4}` } }), {
				origin: 'user',
				version: 'v1',
				now
			});
		await studyCard(db, cardKey('d3', 'c0'), { at: new Date('2026-11-25T17:00:00') });
		await studyCard(db, cardKey('d3', 'c1'), { at: new Date('2026-11-25T17:01:00') });
		reviews.reset();
		const list = await readDeckGroups(db, now);
		expect(reviews.queries).toBeLessThanOrEqual(2);
		expect(list.studiedToday).toBe(true);
		const counts = new Map(list.groups.flatMap((g) => g.decks.map((d) => [d.deck.id, d.counts])));
		expect(counts.get('d3')).toEqual({ new: 3, learning: 2, review: 0 });
		expect(counts.get('d0')).toEqual({ new: 5, learning: 0, review: 0 });
	});
});
