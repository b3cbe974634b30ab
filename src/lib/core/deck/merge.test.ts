import { describe, expect, it } from 'vitest';
import { planDeckUpdate, type InstalledCard } from './merge';
import type { DeckFile } from './types';

const deck = (cards: DeckFile['cards']): DeckFile => ({
	format: 'kartoteka-deck',
	version: 1,
	id: 'd',
	title: 'D',
	lang: 'ru',
	kind: 'custom',
	cards
});
const installed = (id: string, ord: number, front: string, retired = false): InstalledCard => ({
	id,
	ord,
	retired,
	content: { front, back: 'b' }
});

describe('planDeckUpdate', () => {
	it('adds, updates, keeps, retires and revives by card id', () => {
		const plan = planDeckUpdate(
			[
				installed('a', 0, 'A'),
				installed('b', 1, 'B'),
				installed('c', 2, 'C'),
				installed('r', 3, 'R', true)
			],
			deck([
				{ id: 'a', front: 'A', back: 'b' },
				{ id: 'b', front: 'B, corrected', back: 'b' },
				{ id: 'n', front: 'N', back: 'b' },
				{ id: 'r', front: 'R', back: 'b' }
			])
		);
		expect(plan.cards.map((c) => [c.card.id, c.change])).toEqual([
			['a', 'unchanged'],
			['b', 'changed'],
			['n', 'new'],
			['r', 'revived']
		]);
		expect(plan.retire).toEqual(['c']);
		expect(plan.counts).toEqual({ new: 1, changed: 1, unchanged: 1, revived: 1, retired: 1 });
	});

	it('field order and absent fields do not count as a change', () => {
		const plan = planDeckUpdate(
			[{ id: 'a', ord: 0, retired: false, content: { back: 'b', front: 'A', context: undefined } }],
			deck([{ id: 'a', front: 'A', back: 'b' }])
		);
		expect(plan.cards[0].change).toBe('unchanged');
	});
});
