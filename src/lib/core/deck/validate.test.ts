import { describe, expect, it } from 'vitest';
import { checkCard } from './field-check';
import { describeProblems, parseDeckJson, validateDeck } from './validate';

const good = () => ({
	format: 'kartoteka-deck',
	version: 1,
	id: 'sample.dates',
	title: 'Даты',
	lang: 'ru',
	kind: 'dates',
	cards: [
		{
			id: 'c1',
			front: 'Когда был подписан Рапалльский договор?',
			back: 'апрель 1922 г.',
			fact: {
				type: 'date',
				ask: 'date',
				date: '1922-04',
				event: 'подписание Рапалльского договора'
			}
		},
		{ id: 'c2', front: 'Запада <…> любые меры', back: 'Симонс' }
	]
});

const problems = (input: unknown) => {
	const r = validateDeck(input);
	if (r.ok) throw new Error('expected a rejection');
	return describeProblems(r.problems);
};

describe('deck validation', () => {
	it('accepts a good deck (an ellipsis in angle brackets is not HTML)', () => {
		expect(validateDeck(good()).ok).toBe(true);
	});
	it('names a missing field', () => {
		const d = good() as Record<string, unknown>;
		delete d.title;
		expect(problems(d)).toBe('title: is missing');
	});
	it('names the card and field that is empty', () => {
		const d = good();
		d.cards[1].front = '   ';
		expect(problems(d)).toBe('cards[1].front: must not be empty');
	});
	// Issue 9, item 15: a deck with no cards was accepted; imported over an installed id it retired
	// every card of that deck.
	it('rejects a deck with no cards', () => {
		expect(problems({ ...good(), cards: [] })).toBe('cards: holds no cards');
	});
	it('rejects the wrong format and version', () => {
		expect(problems({ ...good(), format: 'anki' })).toMatch(/^format: expected "kartoteka-deck"/);
		expect(problems({ ...good(), version: 2 })).toMatch(/^version: expected 1/);
	});
	it('rejects HTML and scripts in text', () => {
		const d = good();
		d.cards[0].back = '<img src=x onerror=alert(1)>';
		expect(problems(d)).toMatch(/^cards\[0\]\.back: contains HTML/);
		const s = good();
		s.cards[1].front = 'a <script>alert(1)</script>';
		expect(problems(s)).toMatch(/cards\[1\]\.front: contains HTML/);
	});
	it('rejects duplicate card ids', () => {
		const d = good();
		d.cards[1].id = 'c1';
		expect(problems(d)).toBe('cards[1].id: duplicate id "c1" (also cards[0])');
	});
	it('rejects a bad fact and a bad date', () => {
		const d = good();
		(d.cards[0].fact as { date: string }).date = '12.10.1920';
		expect(problems(d)).toMatch(/^cards\[0\]\.fact\.date: expected an ISO 8601 date/);
		const e = good();
		(e.cards[0] as Record<string, unknown>).fact = { type: 'weather' };
		expect(problems(e)).toMatch(/^cards\[0\]\.fact/);
	});
	it('takes years BC as ISO 8601 extended years (44 BC is -0043), refuses other negatives', () => {
		for (const date of ['-0043-03-15', '-0489', '-0499/-0400', '-0026/0014', '0000']) {
			const d = good();
			(d.cards[0].fact as { date: string }).date = date;
			expect(validateDeck(d).ok, date).toBe(true);
		}
		for (const date of ['-43', '-44-03-15', '44 BC', '--0043']) {
			const d = good();
			(d.cards[0].fact as { date: string }).date = date;
			expect(problems(d), date).toMatch(/fact\.date: expected an ISO 8601 date/);
		}
	});
	it('rejects over-long fields', () => {
		const d = good();
		d.cards[0].back = 'x'.repeat(2001);
		expect(problems(d)).toBe('cards[0].back: longer than 2000 characters');
	});
	it('reports broken JSON', () => {
		const r = parseDeckJson('{"format": ');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems[0].message).toMatch(/^not valid JSON/);
	});
	it('accepts every date shape of the format', () => {
		for (const date of ['1920', '1920-10', '1920-10-12', '1923-10-28/1923-11-05']) {
			const d = good();
			(d.cards[0].fact as { date: string }).date = date;
			expect(validateDeck(d).ok).toBe(true);
		}
	});
});

describe('checkCard (issue 12, item 7: the generator review accepted cards the save refused)', () => {
	const card = { id: 'a.dates:1', front: 'Когда?', back: '1922', context: 'В 1922 г.' };
	it('passes a card the deck file takes', () => {
		expect(checkCard(card)).toBeNull();
	});
	it('names the field and the rule a card breaks, as the import would', () => {
		expect(checkCard({ ...card, back: '<b>1922</b>' })).toEqual({
			code: 'note.html',
			field: 'back',
			max: 0
		});
		expect(checkCard({ ...card, context: 'Статья <tag> о 1922 годе' })?.field).toBe('context');
		expect(checkCard({ ...card, front: '   ' })?.code).toBe('note.empty');
		expect(checkCard({ ...card, front: 'x'.repeat(2001) })).toEqual({
			code: 'note.tooLong',
			field: 'front',
			max: 2000
		});
		const fact = { type: 'date', ask: 'date', date: '1922', event: 'подписан <i>договор</i>' };
		expect(checkCard({ ...card, fact })?.field).toBe('fact');
	});
	it('agrees with validateDeck on every card it refuses', () => {
		const bad = { ...card, tags: ['<b>core</b>'] };
		expect(checkCard(bad)?.field).toBe('tags');
		const deck = { ...good(), cards: [bad] };
		expect(validateDeck(deck).ok).toBe(false);
		expect(validateDeck({ ...good(), cards: [card] }).ok).toBe(true);
	});
});
