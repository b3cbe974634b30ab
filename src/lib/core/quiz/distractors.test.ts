import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CardFile, DeckFile, Fact } from '../deck/types';
import { normalizeAnswer } from '../answer/text';
import { articleIndex, chooseDistractors, personOf, type QuizCard } from './distractors';
import { buildQuiz, scoreQuiz } from './questions';

let n = 0;
const card = (fact: Fact, back: string, front = 'Вопрос?'): QuizCard => ({
	key: `k${n++}`,
	front,
	back,
	fact
});
const dateCard = (date: string, back: string) =>
	card({ type: 'date', ask: 'date', date, event: 'событие ' + date }, back);
const eventCard = (date: string, event: string) =>
	card({ type: 'date', ask: 'event', date, event }, event);
const postCard = (person: string, surname: string, post: string, ask: 'person' | 'post') =>
	card({ type: 'post', ask, person, surname, post }, ask === 'person' ? person : post);

const shipped: QuizCard[] = ['dates', 'actors', 'positions'].flatMap((kind) => {
	const deck = JSON.parse(
		readFileSync(`decks/soviet-german-relations-1920-1923.${kind}.json`, 'utf8')
	) as DeckFile;
	return deck.cards
		.filter((c): c is CardFile & { fact: Fact } => !!c.fact)
		.map((c) => ({ ...c, key: `${deck.id}/${c.id}`, fact: c.fact }));
});

describe('chooseDistractors on the shipped article', () => {
	const index = articleIndex(shipped);

	it(
		'never offers the right answer, never the same option twice, at most three',
		{ timeout: 20_000 },
		() => {
			for (const c of shipped) {
				for (const seed of [1, 2, 3]) {
					const wrong = chooseDistractors(c, index, seed);
					const texts = wrong.map(normalizeAnswer);
					expect(texts, c.front).not.toContain(normalizeAnswer(c.back));
					expect(new Set(texts).size, c.front).toBe(texts.length);
					expect(wrong.length).toBeLessThanOrEqual(3);
					expect(wrong.every((w) => w.trim().length > 0)).toBe(true);
				}
			}
		}
	);

	it('gives every kind of question three options here', () => {
		const short = shipped.filter((c) => chooseDistractors(c, index, 7).length < 3);
		expect(short.map((c) => c.front)).toEqual([]);
	});

	it('is reproducible: the same seed gives the same options, another seed may differ', () => {
		const sample = shipped.filter((_, i) => i % 7 === 0);
		for (const c of sample)
			expect(chooseDistractors(c, index, 99)).toEqual(chooseDistractors(c, index, 99));
		const differs = sample.some(
			(c) => chooseDistractors(c, index, 1).join() !== chooseDistractors(c, index, 2).join()
		);
		expect(differs).toBe(true);
	});

	it('date options have the right one’s precision', () => {
		const re = {
			day: /^\d{1,2} [а-я]+ \d{4} г\.$/,
			month: /^в [а-я]+ \d{4} г\.$/,
			year: /^в \d{4} г\.$/
		};
		for (const c of shipped) {
			if (c.fact.type !== 'date' || c.fact.ask !== 'date' || c.fact.date.includes('/')) continue;
			const precision = (['year', 'month', 'day'] as const)[c.fact.date.split('-').length - 1];
			for (const w of chooseDistractors(c, index, 5)) expect(w, c.back).toMatch(re[precision]);
		}
	});
});

describe('chooseDistractors: rules', () => {
	it('prefers the article’s own dates of the same decade, then makes up nearby ones', () => {
		const right = dateCard('1920-10-12', '12 октября 1920 г.');
		const pool = [
			right,
			dateCard('1920-08-14', '14 августа 1920 г.'),
			dateCard('1933-05-01', '1 мая 1933 г.'),
			dateCard('1921', 'в 1921 г.'),
			dateCard('1920-10-12', '12 октября 1920 г.')
		];
		const wrong = chooseDistractors(right, articleIndex(pool), 3);
		expect(wrong).toHaveLength(3);
		expect(wrong).toContain('14 августа 1920 г.');
		expect(wrong).not.toContain('1 мая 1933 г.');
		expect(wrong).not.toContain('12 октября 1920 г.');
		for (const w of wrong) expect(w).toMatch(/19[2]\d г\.$/);
	});

	// Issue 15: an English deck's made-up dates were written in Russian ("в 1921 г."), a giveaway.
	it('bug: made-up dates of an English deck are written in English', () => {
		const en = (date: string, back: string) => ({
			...dateCard(date, back),
			front: `When was the treaty of ${date} signed?`
		});
		const right = en('1922-04-16', '16 April 1922');
		const wrong = chooseDistractors(right, articleIndex([right, en('1922', '1922')]), 7);
		expect(wrong).toHaveLength(3);
		for (const w of wrong) expect(w).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
	});

	it('makes up nearby years for a year question with no other dates', () => {
		const right = dateCard('1920', 'в 1920 г.');
		const wrong = chooseDistractors(right, articleIndex([right]), 1);
		expect(wrong).toHaveLength(3);
		for (const w of wrong) expect(w).toMatch(/^в 192\d г\.$/);
		expect(wrong).not.toContain('в 1920 г.');
	});

	it('never offers an event of the asked period (it would be right too)', () => {
		const right = eventCard('1920', 'Война с Польшей');
		const pool = [
			right,
			eventCard('1920-07', 'Наступление на Варшаву'),
			eventCard('1920-10-12', 'Перемирие'),
			eventCard('1922-04', 'Рапалло'),
			eventCard('1923', 'Кризис')
		];
		const wrong = chooseDistractors(right, articleIndex(pool), 4);
		expect(wrong.sort()).toEqual(['Кризис', 'Рапалло']);
	});

	it('never offers someone who held the asked office; prefers the same kind of office', () => {
		const right = postCard('В. Симонс', 'Симонс', 'министр иностранных дел', 'person');
		const pool = [
			right,
			postCard('Е. Сапега', 'Сапега', 'министр иностранных дел Польши', 'person'),
			postCard('К. Зеверинг', 'Зеверинг', 'министр внутренних дел Пруссии', 'person'),
			postCard('Г. В. Чичерин', 'Чичерин', 'нарком иностранных дел', 'person'),
			postCard('Г. Сект', 'Сект', 'командующий рейхсвером', 'person'),
			postCard('Й. Вирт', 'Вирт', 'канцлер', 'person'),
			card(
				{ type: 'person', ask: 'person', person: 'В. Симонс', surname: 'Симонс', role: 'x' },
				'В. Симонс'
			)
		];
		const wrong = chooseDistractors(right, articleIndex(pool), 8);
		expect(wrong).not.toContain('Е. Сапега');
		expect(wrong).not.toContain('В. Симонс');
		expect(wrong).toContain('К. Зеверинг');
		expect(wrong).toContain('Г. В. Чичерин');
	});

	it('offers no office the person held, nor one naming the same office', () => {
		const right = postCard('Г. В. Чичерин', 'Чичерин', 'нарком иностранных дел', 'post');
		const pool = [
			right,
			postCard('Г. В. Чичерин', 'Чичерин', 'нарком иностранных дел РСФСР', 'post'),
			postCard('М. М. Литвинов', 'Литвинов', 'замнаркома иностранных дел', 'post'),
			postCard('Х. Икс', 'Икс', 'нарком иностранных дел', 'post')
		];
		expect(chooseDistractors(right, articleIndex(pool), 1)).toEqual(['замнаркома иностранных дел']);
	});

	it('fewer candidates make fewer options, not made-up names', () => {
		const right = postCard('Й. Вирт', 'Вирт', 'канцлер', 'post');
		expect(chooseDistractors(right, articleIndex([right]), 1)).toEqual([]);
	});

	it('reads persons among stance holders', () => {
		expect(personOf('В. Симонс')).toEqual({ name: 'В. Симонс', surname: 'Симонс' });
		expect(personOf('У. Брокдорф-Ранцау')?.surname).toBe('Брокдорф-Ранцау');
		expect(personOf('Германия')).toBeNull();
	});
});

describe('buildQuiz', () => {
	it('draws the asked number of questions, each with its right answer among the options', () => {
		const q = buildQuiz(shipped, shipped, { count: 10, seed: 5 });
		expect(q).toHaveLength(10);
		expect(new Set(q.map((x) => x.key)).size).toBe(10);
		for (const x of q) {
			const c = shipped.find((s) => s.key === x.key)!;
			expect(x.options[x.answer]).toBe(c.back);
			expect(x.prompt).toBe(c.front);
			expect(x.options.length).toBeGreaterThanOrEqual(2);
		}
		expect(buildQuiz(shipped, shipped, { count: 10, seed: 5 })).toEqual(q);
		expect(buildQuiz(shipped, shipped, { count: 10, seed: 6 })).not.toEqual(q);
	});

	it('all: every card with at least one distractor', () => {
		expect(buildQuiz(shipped, shipped, { seed: 1 })).toHaveLength(shipped.length);
	});

	it('scores and lists the wrong answers', () => {
		const q = buildQuiz(shipped, shipped, { count: 3, seed: 2 });
		const r = scoreQuiz(q, [q[0].answer, (q[1].answer + 1) % q[1].options.length, null]);
		expect(r.right).toBe(1);
		expect(r.total).toBe(3);
		expect(r.wrong.map((w) => w.question.key)).toEqual([q[1].key, q[2].key]);
	});
});

describe('dates BC (ISO extended years)', () => {
	it('made-up dates stay valid ISO and read "… BC", near the right year', () => {
		const right = dateCard('-0043-03-15', '15 March 44 BC');
		const index = articleIndex([
			right,
			dateCard('-0489', '490 BC'),
			dateCard('-0026/0014', '27 BC – AD 14')
		]);
		index.lang = 'en';
		const wrong = chooseDistractors(right, index, 3);
		expect(wrong).toHaveLength(3);
		for (const w of wrong) expect(w, w).toMatch(/^\d{1,2} \w+ \d{1,3} BC$/);
		expect(wrong).not.toContain('15 March 44 BC');
	});
});
