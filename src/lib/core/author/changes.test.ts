import { describe, expect, it } from 'vitest';
import { classifyEdit, planNoteEdit } from './changes';
import { noteCards, type NoteContent } from './notes';

const cards = (n: Partial<NoteContent>) => {
	const r = noteCards({ kind: 'basic', front: '', back: '', tags: [], ...n });
	if (!r.ok) throw new Error(JSON.stringify(r.problem));
	return r.cards;
};

describe('does an edit change what is asked', () => {
	it('a typo fixed in the front or the context keeps progress', () => {
		expect(
			classifyEdit(
				{ front: 'Кто подписал дговор?', back: 'Чичерин' },
				{ front: 'Кто подписал договор?', back: 'Чичерин' }
			)
		).toBe('reworded');
		expect(
			classifyEdit({ front: 'В', back: 'О', context: 'а' }, { front: 'В', back: 'О', context: 'б' })
		).toBe('reworded');
	});

	it('case, ё/е and spacing in the answer do not count; another answer does', () => {
		expect(classifyEdit({ front: 'В', back: 'Семенов' }, { front: 'В', back: ' семёнов ' })).toBe(
			'reworded'
		);
		expect(classifyEdit({ front: 'В', back: '1922' }, { front: 'В', back: '1923' })).toBe(
			'answer-changed'
		);
		expect(classifyEdit({ front: 'В', back: '1922' }, { front: 'В', back: '1922' })).toBe('same');
	});

	it('reverse: changing the front changes what the reverse card asks', () => {
		const before = cards({ kind: 'reverse', front: 'НКИД', back: 'Чичерин' });
		const after = cards({ kind: 'reverse', front: 'Наркоминдел', back: 'Чичерин' });
		expect(planNoteEdit(before, after)).toEqual([
			{ ordinal: 1, edit: 'reworded' },
			{ ordinal: 2, edit: 'answer-changed' }
		]);
	});

	it('cloze: rewording around the gaps keeps progress, a changed gap answer does not', () => {
		const before = cards({ kind: 'cloze', front: '{{c1::Чичерин}} был в {{c2::Генуе}}' });
		const reworded = cards({ kind: 'cloze', front: '{{c1::Чичерин}} находился в {{c2::Генуе}}' });
		expect(planNoteEdit(before, reworded).map((p) => p.edit)).toEqual(['reworded', 'reworded']);
		const changed = cards({ kind: 'cloze', front: '{{c1::Чичерин}} был в {{c2::Рапалло}}' });
		expect(planNoteEdit(before, changed).map((p) => p.edit)).toEqual([
			'reworded',
			'answer-changed'
		]);
	});

	it('added and removed gaps', () => {
		const before = cards({ kind: 'cloze', front: '{{c1::a}} {{c2::b}}' });
		const after = cards({ kind: 'cloze', front: '{{c1::a}} b {{c3::c}}' });
		expect(planNoteEdit(before, after)).toEqual([
			{ ordinal: 1, edit: 'reworded' },
			{ ordinal: 3, edit: 'new' },
			{ ordinal: 2, edit: 'removed' }
		]);
	});
});

describe('issue 12, item 26: an answer changed only in how its date is written keeps progress', () => {
	const card = (back: string) => ({ front: 'Когда подписан Рапалльский договор?', back });
	it('the same date in another format is a rewording', () => {
		expect(classifyEdit(card('16 апреля 1922 г.'), card('16.04.1922'))).toBe('reworded');
		expect(classifyEdit(card('апрель 1922 г.'), card('апреля 1922 года'))).toBe('reworded');
		expect(classifyEdit(card('1922'), card('1922 г.'))).toBe('reworded');
	});
	it('another date, or a date made more precise, is a new answer', () => {
		expect(classifyEdit(card('16 апреля 1922 г.'), card('17.04.1922'))).toBe('answer-changed');
		expect(classifyEdit(card('апрель 1922 г.'), card('16 апреля 1922 г.'))).toBe('answer-changed');
		expect(classifyEdit(card('Чичерин'), card('Литвинов'))).toBe('answer-changed');
	});
});
