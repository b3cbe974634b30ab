import { describe, expect, it } from 'vitest';
import type { Fact } from '../deck/types';
import { buildQueue } from './next-card';
import type { DeckCandidates, QueueCard } from './queue';
import { DEFAULT_SETTINGS } from './settings';
import { heldBack, PERSON_TIE_MAX, siblingTies, type SiblingCard } from './siblings';

const A = 'Советско-германские отношения';
const card = (key: string, over: Partial<SiblingCard> = {}): SiblingCard => ({
	key,
	article: A,
	front: `Вопрос ${key}`,
	...over
});
const held = (cards: SiblingCard[], reviewed: string[]) =>
	[
		...heldBack(
			siblingTies(cards),
			reviewed,
			cards.map((c) => c.key)
		)
	].sort();

const dateFact = (ask: 'date' | 'event'): Fact => ({
	type: 'date',
	ask,
	date: '1922-04-16',
	event: 'Был подписан Рапалльский договор'
});
const post = (
	ask: 'person' | 'post',
	surname = 'Копп',
	post = 'представитель НКИД в Берлине'
): Fact => ({
	type: 'post',
	ask,
	person: `В. Л. ${surname}`,
	surname,
	post
});
const actor = (surname: string, role: string): Fact => ({
	type: 'person',
	ask: 'person',
	person: `В. Л. ${surname}`,
	surname,
	role
});

describe('related cards (siblings)', () => {
	it('bug: the forward and reverse cards of a note came back to back', () => {
		const cards = [
			card('d/n1-1', { noteId: 'n1' }),
			card('d/n1-2', { noteId: 'n1' }),
			card('d/n2-1', { noteId: 'n2' })
		];
		expect(held(cards, ['d/n1-1'])).toEqual(['d/n1-2']);
		expect(held(cards, ['d/n2-1'])).toEqual([]);
	});

	it('bug: cloze gaps c1 and c2 of one note gave each other away', () => {
		const text = 'В апреле 1922 г. в Рапалло подписали договор.';
		const cards = [
			card('d/c1', {
				noteId: 'z',
				front: 'В […] 1922 г. в Рапалло подписали договор.',
				context: text
			}),
			card('d/c2', {
				noteId: 'z',
				front: 'В апреле 1922 г. в […] подписали договор.',
				context: text
			})
		];
		expect(held(cards, ['d/c2'])).toEqual(['d/c1']);
	});

	it('bug: a cloze made from a sentence and the generated card of that sentence', () => {
		const sentence = 'В феврале 1920 г. Копп прибыл в Берлин.';
		const cards = [
			card('own/z1', {
				article: 'Моя колода',
				noteId: 'z',
				front: 'В […] 1920 г. Копп прибыл в Берлин.',
				context: sentence
			}),
			card('own/z2', {
				article: A,
				noteId: 'y',
				front: 'В феврале 1920 г. […] прибыл в Берлин.',
				context: 'В феврале 1920 г.  Копп прибыл в Берлин'
			}),
			card('gen/d1', {
				front: 'Что произошло в феврале 1920 г.?',
				context: sentence,
				source: { start: 10, end: 50 },
				fact: {
					type: 'date',
					ask: 'event',
					date: '1920-02',
					event: 'Копп прибыл в Берлин'
				}
			})
		];
		// Same sentence in the same article (punctuation and spacing aside).
		expect(held(cards, ['gen/d1'])).toEqual(['own/z2']);
		expect(held(cards, ['own/z2'])).toEqual(['gen/d1']);
	});

	it('a remark shared by basic cards does not tie them (only source sentences and clozes do)', () => {
		const cards = [
			card('d/a', { context: 'Учебник для 10 класса, глава 3, параграф 12, страница 45' }),
			card('d/b', { context: 'Учебник для 10 класса, глава 3, параграф 12, страница 45' })
		];
		expect(held(cards, ['d/a'])).toEqual([]);
	});

	it('the same fact asked both ways, across the decks of one article', () => {
		const cards = [
			card('dates/when', { fact: dateFact('date') }),
			card('dates/what', { fact: dateFact('event') }),
			card('other/what', { article: 'Другая статья', fact: dateFact('event') }),
			card('pos/who', { fact: post('person') }),
			card('pos/what', { fact: post('post') })
		];
		expect(held(cards, ['dates/when'])).toEqual(['dates/what']);
		expect(held(cards, ['pos/what'])).toEqual(['pos/who']);
	});

	it('bug: the positions card of a person right after the actors card whose answer is that person', () => {
		const cards = [
			card('act/warsaw', { fact: actor('Копп', 'провел переговоры в Варшаве') }),
			card('pos/kopp', { fact: post('post') }),
			card('pos/maltzan', { fact: post('post', 'Мальцан', 'советник IV отдела германского МИД') }),
			card('act/other', { fact: actor('Копп', 'подписал соглашение') })
		];
		// The answer "Копп" holds back the question about Копп; another "Кто …? → Копп" is no give-away.
		expect(held(cards, ['act/warsaw'])).toEqual(['pos/kopp']);
		expect(held(cards, ['pos/kopp'])).toEqual(['act/other', 'act/warsaw']);
		expect(held(cards, ['pos/maltzan'])).toEqual([]);
	});

	it('the hero of a biography, in most cards, ties nothing by name', () => {
		const many = Array.from({ length: PERSON_TIE_MAX + 1 }, (_, i) =>
			card(`pos/${i}`, { fact: post('post', 'Витте', `министр ${i}`) })
		);
		const cards = [...many, card('act/x', { fact: actor('Витте', 'провёл реформу') })];
		expect(held(cards, ['act/x'])).toEqual([]);
	});

	it('never holds back a card reviewed today itself, and nothing without reviews', () => {
		const cards = [card('d/1', { noteId: 'n' }), card('d/2', { noteId: 'n' })];
		expect(held(cards, ['d/1', 'd/2'])).toEqual([]);
		expect(held(cards, [])).toEqual([]);
	});
});

describe('the queue with cards held back', () => {
	const t = new Date('2026-11-25T12:00:00');
	const q = (key: string, ord: number, due = t.getTime()): QueueCard => ({
		key,
		deckId: 'd',
		due,
		ord
	});
	const deck = (over: Partial<DeckCandidates>): DeckCandidates => ({
		deckId: 'd',
		progress: { newDone: 0, reviewsDone: 0 },
		learning: [],
		reviews: [],
		fresh: [],
		...over
	});

	it('leaves held cards out before the limits, so the next new cards take their places', () => {
		const fresh = [q('a', 0), q('b', 1), q('c', 2), q('d', 3)];
		const settings = { ...DEFAULT_SETTINGS, newPerDay: 2 };
		const plain = buildQueue([deck({ fresh })], settings, t);
		expect(plain.next?.key).toBe('a');
		expect(plain.held).toBe(0);
		const queue = buildQueue([deck({ fresh })], settings, t, new Set(['a', 'b']));
		expect(queue.next?.key).toBe('c');
		expect(queue.counts.new).toBe(2);
		expect(queue.held).toBe(2);
	});

	it('holds back reviews but never learning cards', () => {
		const queue = buildQueue(
			[deck({ reviews: [q('r', 0, t.getTime() - 1)], learning: [q('l', 0, t.getTime() - 1)] })],
			DEFAULT_SETTINGS,
			t,
			new Set(['r', 'l'])
		);
		expect(queue.counts).toEqual({ new: 0, learning: 1, review: 0 });
		expect(queue.next?.key).toBe('l');
	});
});
