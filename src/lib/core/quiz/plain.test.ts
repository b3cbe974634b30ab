import { describe, expect, it } from 'vitest';
import { buildQuiz } from './questions';
import { plainDistractors, shapeOf, type PlainCard } from './plain';

const card = (key: string, front: string, back: string, over: Partial<PlainCard> = {}) => ({
	key,
	front,
	back,
	...over
});

const own = [
	card('o/1', 'Где был подписан договор 1922 г.?', 'Рапалло'),
	card('o/2', 'Кто был наркомом иностранных дел?', 'Г. В. Чичерин'),
	card('o/3', 'Когда оккупировали Рур?', 'январь 1923 г.'),
	card('o/4', 'Столица Веймарской республики', 'Берлин'),
	card('o/5', 'Сколько лет длилась война?', '4'),
	card('o/6', 'Что такое рейхсвер?', 'вооружённые силы Германии в 1919–1935 гг.')
];

describe('options for cards without a fact', () => {
	it('reads the shape of an answer', () => {
		expect(shapeOf('1922')).toBe('year');
		expect(shapeOf('1922 г.')).toBe('year');
		expect(shapeOf('16 апреля 1922 г.')).toBe('date');
		expect(shapeOf('16.04.1922')).toBe('date');
		expect(shapeOf('4')).toBe('number');
		expect(shapeOf('Г. В. Чичерин')).toBe('name');
		expect(shapeOf('вооружённые силы Германии в 1919–1935 гг.')).toBe('phrase');
	});

	it('takes other cards’ answers, a name for a name first, never the right one or a duplicate', () => {
		const pool = [
			...own,
			card('o/7', 'Город конференции 1922 г.', 'Генуя'),
			card('o/8', 'x', 'рапалло')
		];
		const wrong = plainDistractors(pool[0], pool, 1);
		expect(wrong).toHaveLength(3);
		expect(wrong).not.toContain('Рапалло');
		expect(wrong).not.toContain('рапалло');
		// Names beside a name: Генуя, Берлин, Чичерин before the phrase and the number.
		expect([...wrong].sort()).toEqual(['Берлин', 'Г. В. Чичерин', 'Генуя']);
	});

	it('leaves out the other cards of the note and answers the question shows', () => {
		const pool = [
			card('r/1', 'Рапалло', 'договор 1922 г.', { noteId: 'n' }),
			card('r/2', 'договор 1922 г.', 'Рапалло', { noteId: 'n' }),
			card('r/3', 'Где конференция 1922 г., в Генуе?', 'Генуя'),
			card('r/4', 'a', 'Берлин'),
			card('r/5', 'b', 'Москва')
		];
		const wrong = plainDistractors(pool[1], pool, 3);
		expect(wrong).not.toContain('договор 1922 г.');
		expect([...plainDistractors(pool[2], pool, 3)]).not.toContain('Генуя');
	});

	it('bug: a test of an own deck had no questions; any four cards make one', () => {
		const quiz = buildQuiz(own.slice(0, 4), own.slice(0, 4), { seed: 9 });
		expect(quiz).toHaveLength(4);
		for (const q of quiz) {
			expect(q.options.length).toBe(4);
			expect(new Set(q.options).size).toBe(4);
			expect(q.options[q.answer]).toBe(own.find((c) => c.key === q.key)!.back);
		}
		// Too few other answers: no question (two cards give one wrong option only).
		expect(buildQuiz(own.slice(0, 2), own.slice(0, 2), { seed: 9 })).toEqual([]);
	});
});

describe('offering a test', async () => {
	const { canTest } = await import('./offer');
	it('bug: “Test” was offered on decks it could make nothing of', () => {
		expect(canTest({ kind: 'custom', cardCount: 3 }, 3)).toBe(false);
		expect(canTest({ kind: 'custom', cardCount: 4 }, 4)).toBe(true);
		expect(canTest({ kind: 'custom', cardCount: 0 }, 10)).toBe(false);
		// A small fact deck draws on its article's other decks.
		expect(canTest({ kind: 'actors', cardCount: 2 }, 37)).toBe(true);
	});
});
