// The article's title: its paragraph gives no cards, and names the decks.
import { describe, expect, it } from 'vitest';
import { articleTitle } from './pipeline';
import { splitSentences } from './sentences';

const title = (text: string) => articleTitle(splitSentences(text))?.title ?? null;

describe('articleTitle', () => {
	it('takes a short first paragraph, in sentence case when written in capitals', () => {
		expect(title('Советско-германские отношения (1920 – 1923 гг.)\n\nТекст статьи.')).toBe(
			'Советско-германские отношения (1920 – 1923 гг.)'
		);
		// Round 4: this title was taken for a sentence and gave "Когда был подписан ТИЛЬЗИТСКИЙ МИР?".
		expect(
			title('ТИЛЬЗИТСКИЙ МИР 1807 г.: КАПИТУЛЯЦИЯ ИЛИ РАСЧЁТЛИВЫЙ КОМПРОМИСС?\n\nТекст.')
		).toBe('Тильзитский мир 1807 г.: капитуляция или расчётливый компромисс?');
	});
	it('takes no title from a first paragraph that is a sentence', () => {
		expect(title('В 1922 г. был подписан договор.\n\nТекст.')).toBeNull();
	});
});
