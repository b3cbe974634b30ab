import { describe, expect, it } from 'vitest';
import { makeDeck } from '$lib/testing/db';
import { DeckReview } from './review.svelte';

const review = () => new DeckReview(makeDeck('war.dates', 4, { kind: 'dates' }));

describe('DeckReview', () => {
	it('proposes the core accepted and leaves details pending', () => {
		const deck = makeDeck('war.dates', 3, { kind: 'dates' });
		deck.cards[0].tags = ['core'];
		deck.cards[1].tags = ['detail'];
		const r = new DeckReview(deck);
		expect(r.items.map((p) => p.verdict)).toEqual(['accepted', 'pending', 'pending']);
		expect(r.accepted().map((c) => c.id)).toEqual([deck.cards[0].id]);
	});

	it('starts with every card pending and nothing to save', () => {
		const r = review();
		expect(r.counts).toEqual({ total: 4, accepted: 0, rejected: 0, pending: 4 });
		expect(r.accepted()).toEqual([]);
	});
	it('accepts and rejects one by one; a later verdict replaces an earlier one', () => {
		const r = review();
		r.accept('c0');
		r.reject('c1');
		r.accept('c2');
		r.reject('c2');
		expect(r.items.map((p) => p.verdict)).toEqual(['accepted', 'rejected', 'rejected', 'pending']);
		expect(r.counts).toEqual({ total: 4, accepted: 1, rejected: 2, pending: 1 });
		expect(r.accepted().map((c) => c.id)).toEqual(['c0']);
	});
	it('accepts or rejects a whole deck at once', () => {
		const r = review();
		r.acceptAll();
		expect(r.counts.accepted).toBe(4);
		r.reject('c3');
		expect(r.accepted().map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
		r.rejectAll();
		expect(r.counts).toEqual({ total: 4, accepted: 0, rejected: 4, pending: 0 });
	});
	it('an edit changes front and back, keeps id and fact, and accepts the card', () => {
		const r = new DeckReview(
			makeDeck('war.dates', 1, {
				kind: 'dates',
				cards: [
					{
						id: 'war.dates:1',
						front: 'Когда?',
						back: '1920',
						fact: { type: 'date', ask: 'date', date: '1920', event: 'x' }
					}
				]
			})
		);
		expect(
			r.edit('war.dates:1', { front: '  Когда был подписан договор? ', back: ' 1922 г. ' })
		).toBeNull();
		const [p] = r.items;
		expect(p.verdict).toBe('accepted');
		expect(p.edited).toBe(true);
		expect(r.accepted()).toEqual([
			{
				id: 'war.dates:1',
				front: 'Когда был подписан договор?',
				back: '1922 г.',
				fact: { type: 'date', ask: 'date', date: '1920', event: 'x' }
			}
		]);
	});
	it('refuses an edit that empties a side', () => {
		const r = review();
		expect(r.edit('c0', { front: '   ', back: 'ответ' })?.code).toBe('note.empty');
		expect(r.edit('c0', { front: 'вопрос', back: '' })?.field).toBe('back');
		expect(r.items[0]).toMatchObject({ verdict: 'pending', edited: false });
		expect(r.items[0].card.front).toBe('Вопрос 0');
	});
	it('an unchanged edit accepts without marking the card edited', () => {
		const r = review();
		r.edit('c0', { front: 'Вопрос 0', back: 'Ответ 0' });
		expect(r.items[0]).toMatchObject({ verdict: 'accepted', edited: false });
	});

	it('issue 12, item 7: an edit with <b> is refused with its field, not accepted for a failing save', () => {
		const r = review();
		expect(r.check('c0', { front: 'Вопрос', back: '<b>1922</b>' })).toMatchObject({
			code: 'note.html',
			field: 'back'
		});
		expect(r.edit('c0', { front: 'Вопрос', back: '<b>1922</b>' })?.code).toBe('note.html');
		expect(r.items[0]).toMatchObject({ verdict: 'pending', edited: false });
		expect(r.accepted()).toEqual([]);
	});
	it('issue 12, item 7: a card with markup from the article says so and is named at the save', () => {
		const deck = makeDeck('war.dates', 3, { kind: 'dates' });
		deck.cards[1].context = 'Статья <tag> о 1922 годе';
		deck.cards[1].tags = ['core'];
		const r = new DeckReview(deck);
		expect(r.items.map((p) => p.problem?.field ?? null)).toEqual([null, 'context', null]);
		r.acceptAll();
		expect(r.invalidAccepted()).toEqual([2]);
		// The teacher fixes the sentence in the edit form: the card can be saved.
		expect(
			r.edit(deck.cards[1].id, {
				front: 'Вопрос 1',
				back: 'Ответ 1',
				context: 'Статья о 1922 годе'
			})
		).toBeNull();
		expect(r.invalidAccepted()).toEqual([]);
		expect(r.items[1]).toMatchObject({ problem: null, edited: true });
	});
	it('issue 12, item 7: a fact with markup from the article is dropped by an edit that fixes the sides', () => {
		const deck = makeDeck('war.dates', 1, { kind: 'dates' });
		deck.cards[0].fact = { type: 'date', ask: 'date', date: '1854', event: 'объявили <tag> войну' };
		const r = new DeckReview(deck);
		expect(r.items[0].problem?.field).toBe('fact');
		expect(r.edit(deck.cards[0].id, { front: 'Когда объявили войну?', back: '1854' })).toBeNull();
		expect(r.accepted()[0].fact).toBeUndefined();
	});
});
