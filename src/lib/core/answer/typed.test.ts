import { describe, expect, it } from 'vitest';
import { checkTyped, typedTarget } from './typed';

const fact = { type: 'date', ask: 'date', date: '1920-08-09', event: 'x' } as const;

describe('typed answers for a card', () => {
	it('bug: the exact answer of a list date ("9 и 14 августа 1920 г.") was graded wrong', () => {
		const target = typedTarget(fact, '9 и 14 августа 1920 г.')!;
		for (const typed of ['9 и 14 августа 1920 г.', '9 и 14 августа 1920', '9 и 14.08.1920']) {
			const r = checkTyped(target, typed);
			expect(r.ok && r.grade, typed).toBe('good');
			expect(r.ok && r.parts.every((p) => p.state === 'right'), typed).toBe(true);
		}
		// The one date of the fact is right too; another day is not.
		expect(checkTyped(target, '9 августа 1920')).toMatchObject({ ok: true, grade: 'good' });
		expect(checkTyped(target, '10 и 14 августа 1920')).toMatchObject({ ok: true, grade: 'hard' });
	});

	it('without the back, the fact alone decides', () => {
		const r = checkTyped(typedTarget(fact)!, '9 и 14 августа 1920');
		expect(r.ok && r.grade).not.toBe('good');
	});
});

describe('issue 12: typed answers on any card the student chooses (a deck option)', () => {
	it('gives a card without a date or name fact a text check only when the deck asks for it', () => {
		expect(typedTarget(undefined, 'Рапалльский договор')).toBeNull();
		expect(typedTarget(undefined, 'Рапалльский договор', true)).toEqual({
			kind: 'text',
			answer: 'Рапалльский договор'
		});
		// A date card keeps its date check; an empty back takes none.
		const date = { type: 'date', ask: 'date', date: '1922-04-16', event: 'x' } as const;
		expect(typedTarget(date, '16 апреля 1922 г.', true)?.kind).toBe('date');
		expect(typedTarget(undefined, '  ', true)).toBeNull();
	});

	it('grades the same words Good whatever the case, ё and punctuation; a slip Hard; else Again', () => {
		const target = typedTarget(undefined, 'Рапалльский договор.', true)!;
		const grade = (text: string) => {
			const r = checkTyped(target, text);
			return r.ok ? r.grade : r.error;
		};
		expect(grade('рапалльский  ДОГОВОР')).toBe('good');
		expect(grade('Рапальский договор')).toBe('hard');
		expect(grade('Локарнский договор')).toBe('again');
		expect(grade('   ')).toBe('empty');
		const slip = checkTyped(target, 'Рапальский договор');
		expect(slip.ok && slip.slip).toEqual({
			typed: 'Рапальский договор',
			meant: 'Рапалльский договор.'
		});
		expect(slip.ok && slip.parts).toEqual([{ name: 'answer', state: 'wrong' }]);
	});
});
