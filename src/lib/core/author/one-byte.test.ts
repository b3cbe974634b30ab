import { describe, expect, it } from 'vitest';
import { fromOneByte, oneByte } from './one-byte';
import { findCards, haystackOf, type SearchableCard } from './search';

/** Whether every character of `s` is Latin-1, i.e. V8 can keep it at one byte a character. */
const latin1 = (s: string) => [...s].every((c) => c.charCodeAt(0) <= 0xff);

describe('oneByte (issue 11: the browser’s haystacks at one byte a character)', () => {
	it('codes Russian and Latin text in Latin-1, one character for one', () => {
		const text = 'договор о мире, 1721 год: café';
		expect(latin1(oneByte(text))).toBe(true);
		expect(oneByte(text)).toHaveLength(text.length);
	});

	it('is one-to-one: other characters are escaped, never confused with each other', () => {
		const texts = [
			'мир — война',
			'мир – война',
			'мір',
			'mir × war',
			'ч',
			'straße',
			'я',
			'\u0000',
			'\u0001'
		];
		const codes = texts.map(oneByte);
		expect(codes.every(latin1)).toBe(true);
		expect(new Set(codes).size).toBe(texts.length);
	});

	it('a word occurs in a text exactly when its code occurs in the text’s code', () => {
		const pairs: [string, string, boolean][] = [
			['ч', 'mir × war', false],
			['я', 'straße', false],
			['—', 'мир — война', true],
			['—', 'мир – война', false],
			['і', 'мір', true],
			['ир', 'мір', false],
			['ор о', 'договор о мире', true]
		];
		for (const [word, text, found] of pairs)
			expect(oneByte(text).includes(oneByte(word)), `${word} in ${text}`).toBe(found);
	});

	it('the card search finds what it found before the code, and no more', () => {
		const card = (front: string): SearchableCard => {
			const c = { front, back: '', deckId: 'd', kind: 'file' as const, state: 'new' as const };
			return { ...c, haystack: haystackOf(c) };
		};
		const cards = ['Ништадтский МИР — 1721', 'Straße × 2', 'Київ'].map(card);
		const find = (text: string) => findCards(cards, { text }).map((c) => c.front);
		expect(find('мир 1721')).toEqual(['Ништадтский МИР — 1721']);
		expect(find('—')).toEqual(['Ништадтский МИР — 1721']);
		expect(find('ч')).toEqual([]);
		expect(find('ї')).toEqual(['Київ']);
		expect(find('КИЇВ')).toEqual(['Київ']);
	});
});

describe('fromOneByte', () => {
	it('gives back the text a code was made from, whatever its characters', () => {
		const texts = [
			'Ништадтский мир — 1721',
			'Straße × 2 «Київ»',
			'\u0000\u0001\u0085',
			'',
			'Ёж 😀'
		];
		for (const text of texts) expect(fromOneByte(oneByte(text))).toBe(text);
	});
});
