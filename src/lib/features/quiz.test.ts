import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck';
import { installDeck } from '$lib/db/deck-install';
import { makeCard, makeDeck, testDb } from '$lib/testing/db';
import { Quiz, studyHref } from './quiz.svelte';

const year = (i: number) => String(1900 + i);
const dates = makeDeck('a.dates', 6, {
	kind: 'dates',
	cards: Array.from({ length: 6 }, (_, i) =>
		makeCard(i, {
			front: `Событие ${i} […]`,
			back: `в ${year(i)} г.`,
			fact: { type: 'date', ask: 'date', date: year(i), event: `событие ${i}` }
		})
	)
});
const other = makeDeck('b.dates', 2, {
	source: { title: 'Другая статья' },
	cards: [0, 1].map((i) =>
		makeCard(i, {
			back: `в ${1950 + i} г.`,
			fact: { type: 'date', ask: 'date', date: String(1950 + i), event: `x ${i}` }
		})
	)
});

async function setup() {
	const db = testDb();
	for (const d of [dates, other] as DeckFile[])
		await installDeck(db, d, { origin: 'shipped', version: '1', now: new Date(0) });
	const quiz = new Quiz();
	await quiz.load(db, ['a.dates']);
	return { db, quiz };
}

describe('Quiz', () => {
	it('plays a test to the end and scores it, writing nothing', async () => {
		const { db, quiz } = await setup();
		expect(quiz.phase).toBe('setup');
		expect(quiz.available).toBe(6);
		const reviewsBefore = await db.reviews.count();
		quiz.start(4, 42);
		expect(quiz.questions).toHaveLength(4);
		for (let i = 0; i < 4; i++) {
			const q = quiz.question!;
			// Right on even questions, wrong on odd ones.
			quiz.choose(i % 2 === 0 ? q.answer : (q.answer + 1) % q.options.length);
			// Options come from this article only.
			for (const o of q.options) expect(o).not.toMatch(/195\d/);
			quiz.next();
		}
		expect(quiz.phase).toBe('done');
		expect(quiz.result?.right).toBe(2);
		expect(quiz.result?.wrong).toHaveLength(2);
		expect(quiz.studyMistakesHref).toBe('/study?deck=a.dates');
		expect(await db.reviews.count()).toBe(reviewsBefore);

		const mistakes = quiz.result!.wrong.map((w) => w.question.key).sort();
		quiz.retryMistakes(7);
		expect(quiz.phase).toBe('question');
		expect(quiz.questions.map((q) => q.key).sort()).toEqual(mistakes);
	});

	it('links the decks of the given cards', () => {
		const cards = [
			{ key: 'x/1', deckId: 'x' },
			{ key: 'y/1', deckId: 'y' }
		];
		expect(studyHref(['y/1', 'x/1', 'y/1'], cards)).toBe('/study?deck=y&deck=x');
	});

	it('bug: “Test” on an own or imported deck found no questions; four plain cards make a test', async () => {
		const db = testDb();
		const capitals = ['Берлин', 'Москва', 'Варшава', 'Париж', 'Рим'];
		await installDeck(
			db,
			makeDeck('own', 5, {
				title: 'Столицы',
				source: undefined,
				cards: capitals.map((c, i) => makeCard(i, { front: `Столица ${i}`, back: c }))
			}),
			{ origin: 'user', version: '1', now: new Date(0) }
		);
		const quiz = new Quiz();
		await quiz.load(db, ['own']);
		expect(quiz.available).toBe(5);
		quiz.start(null, 3);
		expect(quiz.phase).toBe('question');
		expect(quiz.questions).toHaveLength(5);
		for (const q of quiz.questions) {
			expect(q.options).toHaveLength(4);
			for (const o of q.options) expect(capitals).toContain(o);
		}
	});
});
