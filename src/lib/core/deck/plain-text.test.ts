import { describe, expect, it } from 'vitest';
import { hasHtmlTag } from './plain-text';
import { validateDeck } from './validate';
import type { DeckFile } from './types';

// Issue 9, item 14: tags followed by a slash passed the old check in every text field.
export const TAG_CASES = [
	'<img/src=x/onerror=alert(1)>',
	'<svg/onload=alert(1)>',
	'<iframe/src=javascript:alert(1)>',
	'<b>жирный</b>',
	'</p>',
	'<a href="x">ссылка</a>',
	'<img src=">" onerror=alert(1)>',
	'<img.src=x onerror=alert(1)>',
	'<x-y>',
	'<SCRIPT>alert(1)</SCRIPT>',
	'текст <br/> текст',
	'<!-- комментарий -->',
	'<!doctype html>',
	'<?xml version="1.0"?>'
];
export const PLAIN_CASES = [
	'«<…>» в цитате',
	'договор <с Германией>',
	'a < b > c',
	'x<y',
	'<1920>',
	'->',
	'5 < 6 и 7 > 3',
	'<>'
];

describe('the plain-text rule', () => {
	it.each(TAG_CASES)('finds markup in %s', (s) => expect(hasHtmlTag(s)).toBe(true));
	it.each(PLAIN_CASES)('lets %s through', (s) => expect(hasHtmlTag(s)).toBe(false));

	it('is the deck schema’s rule in every text field', () => {
		const deck = (over: object, card: object = {}): unknown => ({
			format: 'kartoteka-deck',
			version: 1,
			id: 'd',
			title: 'T',
			lang: 'ru',
			kind: 'custom',
			cards: [{ id: 'c', front: 'q', back: 'a', ...card }],
			...over
		});
		const bad = '<img/src=x/onerror=alert(1)>';
		const fields: [object, object, string][] = [
			[{ title: bad }, {}, 'title'],
			[{ description: bad }, {}, 'description'],
			[{ source: { title: bad } }, {}, 'source.title'],
			[{ source: { title: 's', file: bad } }, {}, 'source.file'],
			[{ generator: { name: bad, version: '1' } }, {}, 'generator.name'],
			[{}, { front: bad }, 'cards[0].front'],
			[{}, { back: bad }, 'cards[0].back'],
			[{}, { context: bad }, 'cards[0].context'],
			[{}, { tags: ['ok', bad] }, 'cards[0].tags[1]'],
			[{}, { fact: { type: 'date', ask: 'date', date: '1922', event: bad } }, 'cards[0].fact.event']
		];
		for (const [over, card, field] of fields) {
			const r = validateDeck(deck(over, card) as DeckFile);
			expect(r.ok ? [] : r.problems, field).toEqual([
				{ field, message: 'contains HTML markup; card text must be plain text' }
			]);
		}
	});

	// Item 12: "<a " repeated made the old regex scan to the end from every "<".
	it('takes linear time (regression: quadratic on "<a " without ">")', () => {
		const t0 = performance.now();
		hasHtmlTag('<a '.repeat(500_000));
		hasHtmlTag('<'.repeat(1_000_000));
		hasHtmlTag('<a' + 'b'.repeat(1_000_000));
		expect(performance.now() - t0).toBeLessThan(300);
	});
});
