import { describe, expect, it } from 'vitest';
import { validateDeck } from '$lib/core/deck/validate';
import { makeDeck } from '$lib/testing/db';
import { checkArticle, deckIds, firstLine, MAX_ARTICLE_BYTES, slugify, userDeck } from './article';

describe('checkArticle', () => {
	it('refuses an empty or blank text', () => {
		expect(checkArticle('')).toBe('empty');
		expect(checkArticle(' \n\t ')).toBe('empty');
	});
	it('refuses more than 2 MB, counted in UTF-8 bytes', () => {
		// 1.1 million Cyrillic letters are 2.2 MB in UTF-8, though only 1.1 million characters.
		expect(checkArticle('я'.repeat(1_100_000))).toBe('too-large');
		expect(checkArticle('a'.repeat(MAX_ARTICLE_BYTES + 1))).toBe('too-large');
		expect(checkArticle('1'.repeat(MAX_ARTICLE_BYTES))).toBeNull();
		expect(checkArticle('В 1920 г. Чичерин писал.')).toBeNull();
	});
	// Issue 12, item 6: an English article got "No dates, persons or offices were found"; since
	// issue 15 the generator reads English, and other languages are named as such.
	it('names the language when the article is not in one the generator reads', () => {
		const en =
			'The Treaty of Rapallo was signed on 16 April 1922 by Germany and Soviet Russia, and each renounced all claims against the other.';
		expect(checkArticle(en)).toBeNull();
		expect(
			checkArticle('Der Vertrag von Rapallo wurde am 16. April 1922 in Rapallo unterzeichnet.')
		).toBe('other-language');
		expect(checkArticle('16 апреля 1922 г. в Рапалло был подписан договор.')).toBeNull();
	});
});

describe('firstLine', () => {
	it('is the first non-empty paragraph, whitespace collapsed', () => {
		expect(firstLine('\n\n  Советско-германские  отношения \n\nТекст')).toBe(
			'Советско-германские отношения'
		);
		expect(firstLine('')).toBe('');
	});
	it('takes a title wrapped onto two lines, in sentence case when in capitals', () => {
		expect(
			firstLine('СОВЕТСКО-ГЕРМАНСКИЕ ВОЕННО-ПОЛИТИЧЕСКИЕ ОТНОШЕНИЯ\n(1920 – 1923 гг.)\n\nТекст.')
		).toBe('Советско-германские военно-политические отношения (1920 – 1923 гг.)');
		expect(firstLine('Война 1812 г. и РККА\n\nТекст')).toBe('Война 1812 г. и РККА');
	});
	it('falls back to the first line when the first paragraph is long', () => {
		expect(firstLine('Заголовок\n' + 'Длинный абзац. '.repeat(30))).toBe('Заголовок');
	});
	it('cuts a long line at a word', () => {
		const line = firstLine('слово '.repeat(100), 50);
		expect(line.length).toBeLessThanOrEqual(51);
		expect(line).toMatch(/слово…$/);
	});
});

describe('slugify', () => {
	it('transliterates Russian and joins words with "-"', () => {
		expect(slugify('Советско-германские военно-политические отношения (1920 – 1923 гг.)')).toBe(
			'sovetsko-germanskie-voenno-politicheskie-otnosheniia-1920'
		);
		expect(slugify('Щит и ёж: Юг')).toBe('shchit-i-ezh-iug');
		expect(slugify('Crème brûlée')).toBe('creme-brulee');
	});
	it('gives a valid slug for anything', () => {
		expect(slugify('«»—…')).toBe('article');
		expect(slugify('')).toBe('article');
		expect(slugify('a'.repeat(100)).length).toBe(60);
		expect(slugify('Пётр I и Северная война')).toMatch(/^[a-z0-9][a-z0-9-]*$/);
	});
});

describe('deckIds', () => {
	const kinds = ['dates', 'actors', 'positions'] as const;
	it('are <slug>.<kind> when free', () => {
		expect(deckIds('war', [...kinds], new Set())).toEqual({
			dates: 'war.dates',
			actors: 'war.actors',
			positions: 'war.positions'
		});
	});
	it('take the same new suffix for all kinds when one id is taken', () => {
		const taken = new Set(['war.actors', 'war-2.dates']);
		expect(deckIds('war', [...kinds], taken)).toEqual({
			dates: 'war-3.dates',
			actors: 'war-3.actors',
			positions: 'war-3.positions'
		});
		expect(deckIds('war', ['dates'], taken)).toEqual({ dates: 'war.dates' });
	});
	it('reuse ids the teacher agreed to replace', () => {
		const taken = new Set(['war.dates', 'war.actors']);
		expect(deckIds('war', ['dates', 'actors'], taken, taken)).toEqual({
			dates: 'war.dates',
			actors: 'war.actors'
		});
	});
});

describe('userDeck', () => {
	it('is a valid deck under the new id and title, with the reviewed cards only', () => {
		const generated = makeDeck('seed.dates', 3, {
			kind: 'dates',
			title: 'Даты: Заголовок из текста',
			generator: { name: 'kartoteka-generator', version: '1' }
		});
		const deck = userDeck(generated, generated.cards.slice(1), 'war-2.dates', '  Война  1812 г. ');
		expect(deck.id).toBe('war-2.dates');
		expect(deck.title).toBe('Даты: Война 1812 г.');
		expect(deck.source).toEqual({ title: 'Война 1812 г.' });
		expect(deck.cards.map((c) => c.id)).toEqual(['c1', 'c2']);
		expect(validateDeck(deck).ok).toBe(true);
	});
});
