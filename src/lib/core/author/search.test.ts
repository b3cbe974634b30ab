import { describe, expect, it } from 'vitest';
import { normalizeText, parseTags } from './normalize';
import { findCards, haystackOf, tagsIn, type SearchableCard } from './search';

const card = (over: Partial<SearchableCard>): SearchableCard => {
	const c = {
		deckId: 'd',
		kind: 'file',
		state: 'new',
		front: 'Ф',
		back: 'О',
		haystack: '',
		...over
	} as SearchableCard;
	return { ...c, haystack: haystackOf(c) };
};

describe('normalizeText', () => {
	it('folds case, reads ё as е (also decomposed), collapses spaces', () => {
		expect(normalizeText('  Семёнов\u00a0 И  ЁЛКА ')).toBe('семенов и елка');
		expect(normalizeText('Семе\u0308нов')).toBe('семенов');
	});
	it('parseTags splits on spaces and commas', () => {
		expect(parseTags(' рапалло, 1922  рапалло ')).toEqual(['рапалло', '1922']);
	});
});

describe('findCards', () => {
	const cards = [
		card({ front: 'Кто такой Семёнов?', back: 'Атаман', deckId: 'a', tags: ['Гражданская'] }),
		card({ front: 'Договор в Рапалло', back: '1922', deckId: 'b', kind: 'cloze', state: 'review' }),
		card({ front: 'ЧИЧЕРИН', back: 'нарком', deckId: 'a', kind: 'basic', state: 'learning' })
	];
	it('by text: ё/е and case insensitive, every word must match', () => {
		expect(findCards(cards, { text: 'семенов' })).toEqual([cards[0]]);
		expect(findCards(cards, { text: 'СЕМЁНОВ атаман' })).toEqual([cards[0]]);
		expect(findCards(cards, { text: 'чичерин' })).toEqual([cards[2]]);
		expect(findCards(cards, { text: 'семенов 1922' })).toEqual([]);
		expect(findCards(cards, { text: '  ' })).toEqual(cards);
	});
	it('by deck, tag, kind and study state', () => {
		expect(findCards(cards, { deckId: 'a' })).toEqual([cards[0], cards[2]]);
		expect(findCards(cards, { tag: 'гражданская' })).toEqual([cards[0]]);
		expect(findCards(cards, { kind: 'cloze' })).toEqual([cards[1]]);
		expect(findCards(cards, { state: 'learning' })).toEqual([cards[2]]);
		expect(findCards(cards, { deckId: 'a', state: 'review' })).toEqual([]);
	});
	it('lists the tags in use', () => {
		expect(tagsIn([...cards, card({ tags: ['Абвер', 'Гражданская'] })])).toEqual([
			'Абвер',
			'Гражданская'
		]);
	});
});
