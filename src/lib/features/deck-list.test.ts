import { describe, expect, it } from 'vitest';
import { cardKey } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { countReads, countTransactions } from '$lib/testing/reads';
import { setExamPlan } from '$lib/db/exam-repo';
import { readDeckGroups, shortTitle } from './deck-list';
import { userDeck } from './generate/article';

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

describe('home counts of many decks in one transaction (issue 11)', () => {
	it('opens a few transactions whatever the number of decks, not four per deck', async () => {
		const db = testDb();
		const txs = countTransactions(db);
		const now = new Date('2026-11-25T18:00:00');
		for (let i = 0; i < 30; i++)
			await installDeck(db, makeDeck(`d${i}`, 3, { source: { title: `A${i % 10}` } }), {
				origin: 'user',
				version: 'v1',
				now
			});
		await studyCard(db, cardKey('d4', 'c0'), { at: new Date('2026-11-25T17:00:00') });
		txs.reset();
		const { heldToday } = await import('./held-cards');
		const list = await readDeckGroups(db, now, heldToday);
		expect(list.groups.flatMap((g) => g.decks)).toHaveLength(30);
		expect(txs.n).toBeLessThanOrEqual(8);
	});
});

describe('the home screen’s exam countdown', () => {
	it('shows the study days to each deck’s exam, 0 on its day, nothing without one or after it', async () => {
		const db = testDb();
		const now = new Date(2026, 10, 20, 18, 0);
		await installDeck(db, makeDeck('a', 2), { origin: 'shipped', version: 'v1', now });
		await installDeck(db, makeDeck('b', 2), { origin: 'shipped', version: 'v1', now });
		const examIn = async (at: Date) =>
			Object.fromEntries(
				(await readDeckGroups(db, at)).groups.flatMap((g) =>
					g.decks.map((d) => [d.deck.id, d.examIn])
				)
			);
		expect(await examIn(now)).toEqual({ a: null, b: null });
		await setExamPlan(db, ['a'], { examDate: '2026-11-30', target: 0.9 });
		expect(await examIn(now)).toEqual({ a: 10, b: null });
		// Before the 4:00 rollover the exam morning still belongs to the day before.
		expect((await examIn(new Date(2026, 10, 30, 3, 0))).a).toBe(1);
		expect((await examIn(new Date(2026, 10, 30, 10, 0))).a).toBe(0);
		expect((await examIn(new Date(2026, 11, 1, 10, 0))).a).toBeNull();
	});
});

describe('issue 12, item 14: generated decks do not pass for the shipped ones', () => {
	const article = 'Советско-германские отношения';
	const now = new Date('2026-11-25T18:00:00');
	const shipped = makeDeck('shipped.dates', 3, {
		kind: 'dates',
		title: `Даты: ${article}`,
		source: { title: article },
		generator: { name: 'kartoteka', version: '1' }
	});

	it('puts the same article’s generated decks in a group of their own, marked own, after the shipped', async () => {
		const db = testDb();
		await installDeck(db, shipped, { origin: 'shipped', version: 'v1', now });
		// The teacher kept the default title: the article's first line, the shipped decks' source.
		const generated = userDeck(shipped, shipped.cards, 'mine.dates', article);
		await installDeck(db, generated, { origin: 'user', version: 'g1', now });
		const { groups } = await readDeckGroups(db, now);
		expect(groups.map((g) => [g.sourceKey, g.own, g.decks.map((d) => d.deck.id)])).toEqual([
			[article, false, ['shipped.dates']],
			[article, true, ['mine.dates']]
		]);
		expect(new Set(groups.map((g) => g.id)).size).toBe(2);
	});

	it('names and groups generated decks after the title the teacher gave', async () => {
		const db = testDb();
		await installDeck(db, shipped, { origin: 'shipped', version: 'v1', now });
		const generated = userDeck(shipped, shipped.cards, 'lesson.dates', '  Рапалло:  урок 9 ');
		await installDeck(db, generated, { origin: 'user', version: 'g1', now });
		const own = (await readDeckGroups(db, now)).groups.find((g) => g.own);
		expect(own?.sourceKey).toBe('Рапалло: урок 9');
		expect(own?.decks[0].deck.title).toBe('Даты: Рапалло: урок 9');
		expect(own?.decks[0].label).toBe('Даты');
	});
});
