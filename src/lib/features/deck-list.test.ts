import { describe, expect, it } from 'vitest';
import { shortTitle } from './deck-list';

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
