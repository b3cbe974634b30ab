import { describe, expect, it } from 'vitest';
import * as schema from '$lib/core/deck/schema';
import { MAX_FIELD, noteCards, type NoteContent } from './notes';
import { newDeckId, newNoteId, noteCardId } from './ids';

const note = (over: Partial<NoteContent>): NoteContent => ({
	kind: 'basic',
	front: 'Кто возглавлял НКИД в 1922 г.?',
	back: 'Г. В. Чичерин',
	tags: [],
	...over
});

describe('noteCards', () => {
	it('basic: one card, trimmed, no empty context or tags', () => {
		expect(noteCards(note({ front: '  Вопрос ', context: ' ' }))).toEqual({
			ok: true,
			cards: [
				{ ordinal: 1, front: 'Вопрос', back: 'Г. В. Чичерин', context: undefined, tags: undefined }
			]
		});
	});

	it('basic with reverse: two cards, front and back swapped', () => {
		const r = noteCards(note({ kind: 'reverse', tags: ['нкид'] }));
		if (!r.ok) throw new Error('note');
		expect(r.cards.map((c) => [c.ordinal, c.front, c.back, c.tags])).toEqual([
			[1, 'Кто возглавлял НКИД в 1922 г.?', 'Г. В. Чичерин', ['нкид']],
			[2, 'Г. В. Чичерин', 'Кто возглавлял НКИД в 1922 г.?', ['нкид']]
		]);
	});

	it('cloze: a card per number; the back shows the filled-in sentence as context', () => {
		const r = noteCards(
			note({ kind: 'cloze', front: '{{c1::Чичерин}} подписал договор в {{c2::Рапалло}}', back: '' })
		);
		if (!r.ok) throw new Error('note');
		expect(r.cards).toEqual([
			{
				ordinal: 1,
				front: '[…] подписал договор в Рапалло',
				back: 'Чичерин',
				context: 'Чичерин подписал договор в Рапалло',
				tags: undefined
			},
			{
				ordinal: 2,
				front: 'Чичерин подписал договор в […]',
				back: 'Рапалло',
				context: 'Чичерин подписал договор в Рапалло',
				tags: undefined
			}
		]);
	});

	it('names the problem: empty fields, HTML, too long, cloze syntax', () => {
		expect(noteCards(note({ back: ' ' }))).toEqual({
			ok: false,
			problem: { code: 'note.empty', field: 'back' }
		});
		expect(noteCards(note({ front: '<b>Чичерин</b>' }))).toEqual({
			ok: false,
			problem: { code: 'note.html', field: 'front' }
		});
		// Issue 9, item 14: tags were not checked at all, and "<img/src=…>" has no space to split on.
		expect(noteCards(note({ tags: ['ок', '<img/src=x/onerror=alert(1)>'] }))).toEqual({
			ok: false,
			problem: { code: 'note.html', field: 'tags' }
		});
		expect(noteCards(note({ front: '<svg/onload=alert(1)>' }))).toEqual({
			ok: false,
			problem: { code: 'note.html', field: 'front' }
		});
		expect(noteCards(note({ tags: ['x'.repeat(101)] }))).toMatchObject({
			ok: false,
			problem: { code: 'note.tooLong', field: 'tags', max: 100 }
		});
		expect(noteCards(note({ context: 'x'.repeat(2001) }))).toMatchObject({
			ok: false,
			problem: { code: 'note.tooLong', field: 'context', max: 2000 }
		});
		expect(noteCards(note({ kind: 'cloze', front: '{{c1::x' }))).toMatchObject({
			ok: false,
			problem: { code: 'cloze.unclosed' }
		});
		// A cloze note needs no back.
		expect(noteCards(note({ kind: 'cloze', front: '{{c1::x}}', back: '' })).ok).toBe(true);
	});
});

describe('ids', () => {
	it('are stable per note and ordinal, and valid in a deck file', () => {
		const seq = [0.1, 0.2];
		const random = () => seq.shift() ?? 0.5;
		const deck = newDeckId(Date.UTC(2026, 10, 25), random);
		expect(deck).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
		const id = newNoteId(Date.UTC(2026, 10, 25), random);
		expect(id).toMatch(/^[\w.:-]+$/);
		expect(noteCardId(id, 2)).toBe(`${id}.2`);
		expect(newNoteId(1, () => 0)).toBe('n100000');
	});
});

describe('card text rules', () => {
	it('are the deck schema’s', () => {
		expect(MAX_FIELD).toBe(schema.MAX_FIELD);
	});
});
