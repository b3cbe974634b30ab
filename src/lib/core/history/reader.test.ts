import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { focusRange, highlightsOf, layoutReader } from './reader-layout';
import { readerHref, sourceFileName } from './reader-link';
import { cleanText } from '$lib/core/generate/clean';
import { displayIndex, rawToDisplay, readerDoc } from './reader-text';

const root = new URL('../../../../', import.meta.url);
const ARTICLE = 'soviet-german-relations-1920-1923';
const raw = readFileSync(new URL(`decks/sources/${ARTICLE}.txt`, root), 'utf8');
const decks = ['dates', 'actors', 'positions'].map(
	(k) => JSON.parse(readFileSync(new URL(`decks/${ARTICLE}.${k}.json`, root), 'utf8')) as DeckFile
);
const cards = decks.flatMap((d) => d.cards);

/** The card's context is the cleaned sentence: citations dropped, spaces collapsed. */
const withoutCitations = (s: string) =>
	s
		.replace(/\s*\[\s*(?:\d|Цит\.)[^\]]*\]/gu, '')
		.replace(/\s+/g, ' ')
		.trim();

describe('readerDoc', () => {
	it('joins lines and hyphenated words inside paragraphs, keeps paragraphs', () => {
		const doc = readerDoc(
			'Первая стро-\nка и вторая\nстрока.\n\nГермано-\nбольшевистский и Леттов-\nФорбек.'
		);
		expect(doc.text).toBe(
			'Первая строка и вторая строка.\nГермано-большевистский и Леттов-Форбек.'
		);
		expect(doc.paragraphs).toEqual([
			[0, 30],
			[31, doc.text.length]
		]);
	});

	it('keeps citations and marks them; editorial brackets are text', () => {
		const doc = readerDoc(
			'Слова [4; Bd. III. \nS. 466]. В «Белоруссии и [на] Украине» [Цит. по: 6].'
		);
		expect(doc.text).toBe(
			'Слова [4; Bd. III. S. 466]. В «Белоруссии и [на] Украине» [Цит. по: 6].'
		);
		expect(doc.citations.map(([a, b]) => doc.text.slice(a, b))).toEqual([
			'[4; Bd. III. S. 466]',
			'[Цит. по: 6]'
		]);
	});

	it("regression: its text and offsets are the generator cleaner's, not a copy that can drift", () => {
		// Without citations the reader shows exactly what the cards were cut from.
		const noCitations = raw.replace(/\[[^\]]*\]/g, (m) => ' '.repeat(m.length));
		const doc = readerDoc(noCitations);
		const clean = cleanText(noCitations);
		expect(doc.text).toBe(clean.text);
		expect(doc.map).toEqual(clean.map);
	});

	it('maps raw offsets to display offsets', () => {
		const rawText = '  Ав-\nгуст  1920 г.';
		const doc = readerDoc(rawText);
		expect(doc.text).toBe('Август 1920 г.');
		expect(rawToDisplay(doc, rawText.indexOf('1920'), rawText.length)).toEqual([7, 14]);
		expect(displayIndex(doc, rawText.indexOf('гу'))).toBe(2);
	});

	it('puts every card of the shipped decks on its sentence', () => {
		const doc = readerDoc(raw);
		expect(doc.paragraphs.length).toBeGreaterThan(10);
		expect(doc.text).not.toMatch(/[а-яё]- [а-яё]/u);
		let checked = 0;
		for (const card of cards) {
			if (!card.source || !card.context) continue;
			const [a, b] = rawToDisplay(doc, card.source.start, card.source.end);
			expect(withoutCitations(doc.text.slice(a, b)), card.id).toBe(card.context);
			checked++;
		}
		expect(checked).toBe(cards.length);
	});
});

describe('layoutReader', () => {
	const doc = readerDoc(raw);
	const highlights = highlightsOf(doc, cards, (c) => c.source);

	it('groups the cards of one sentence into one highlight', () => {
		const sentences = new Set(
			cards.filter((c) => c.source).map((c) => `${c.source!.start}:${c.source!.end}`)
		);
		expect(highlights).toHaveLength(sentences.size);
		expect(highlights.reduce((n, h) => n + h.items.length, 0)).toBe(
			cards.filter((c) => c.source).length
		);
	});

	it('renders the whole text, once, in order', () => {
		const paragraphs = layoutReader(doc, highlights, null);
		expect(paragraphs.map((p) => p.pieces.map((x) => x.text).join('')).join('\n')).toBe(doc.text);
		expect(paragraphs[0].title).toBe(true);
		expect(paragraphs.slice(1).every((p) => !p.title)).toBe(true);
		const pieces = paragraphs.flatMap((p) => p.pieces);
		expect(pieces.some((p) => p.citation && p.text.startsWith('[4; Bd. III'))).toBe(true);
		expect(pieces.some((p) => p.marks.length > 0)).toBe(true);
	});

	it('emphasises the sentence of a card', () => {
		const card = cards.find((c) => c.id === decks[0].cards[4].id)!;
		const focus = focusRange(doc, highlights, card.source!.start);
		expect(focus).toEqual(rawToDisplay(doc, card.source!.start, card.source!.end));
		const focused = layoutReader(doc, highlights, focus)
			.flatMap((p) => p.pieces)
			.filter((p) => p.focus)
			.map((p) => p.text)
			.join('');
		expect(withoutCitations(focused)).toBe(card.context);
		// Every focused piece lies in the card's highlight: tapping it shows the card.
		for (const p of layoutReader(doc, highlights, focus)
			.flatMap((x) => x.pieces)
			.filter((x) => x.focus))
			expect(p.marks.some((i) => highlights[i].items.includes(card))).toBe(true);
	});

	it('finds the sentence around an offset no card holds, and ignores offsets outside the text', () => {
		const small = readerDoc('Первое. Второе предложение здесь. Третье.');
		expect(focusRange(small, [], 12)).toEqual([8, 33]);
		expect(focusRange(small, [], -1)).toBeNull();
		expect(focusRange(small, [], 9999)).toBeNull();
		expect(focusRange(small, [], NaN)).toBeNull();
	});
});

describe('reader links', () => {
	it('name the file and the offset', () => {
		expect(sourceFileName(`decks/sources/${ARTICLE}.txt`)).toBe(`${ARTICLE}.txt`);
		expect(readerHref(`decks/sources/${ARTICLE}.txt`, 772)).toBe(
			`/reader?source=${ARTICLE}.txt&at=772`
		);
		expect(readerHref('a b.txt')).toBe('/reader?source=a+b.txt');
	});
});
