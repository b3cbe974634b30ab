import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { withInstalledExtras } from './text-extras';

const installed: DeckFile = {
	format: 'kartoteka-deck',
	version: 1,
	id: 'd',
	title: 'Даты',
	lang: 'ru',
	kind: 'dates',
	source: { title: 'Статья' },
	cards: [
		{
			id: 'a',
			front: 'Когда?',
			back: '1922',
			context: 'В 1922 г.',
			source: { start: 1, end: 9 },
			fact: { type: 'date', ask: 'date', date: '1922', event: 'x' }
		},
		{
			id: 'b',
			front: 'Когда?',
			back: '1923',
			context: 'В 1923 г.',
			source: { start: 10, end: 19 },
			fact: { type: 'date', ask: 'date', date: '1923', event: 'y' }
		}
	]
};

describe('CSV re-import keeps what CSV cannot carry', () => {
	it('keeps facts while the answer stands and offsets while the context stands', () => {
		const fromCsv: DeckFile = {
			...installed,
			kind: 'custom',
			source: undefined,
			cards: [
				{ id: 'a', front: 'Когда именно?', back: '1922', context: 'В 1922 г.' },
				{ id: 'b', front: 'Когда?', back: '1924', context: 'В 1924 г.' },
				{ id: 'n', front: 'Новая', back: 'карточка' }
			]
		};
		const merged = withInstalledExtras(fromCsv, installed);
		expect(merged.kind).toBe('dates');
		expect(merged.source).toEqual({ title: 'Статья' });
		expect(merged.cards[0]).toEqual({ ...installed.cards[0], front: 'Когда именно?' });
		expect(merged.cards[1]).toEqual({
			id: 'b',
			front: 'Когда?',
			back: '1924',
			context: 'В 1924 г.'
		});
		expect(merged.cards[2]).toEqual(fromCsv.cards[2]);
	});
});
