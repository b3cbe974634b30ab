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
