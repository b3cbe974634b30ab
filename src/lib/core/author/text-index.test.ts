import { describe, expect, it } from 'vitest';
import { TextIndex } from './text-index';

describe('TextIndex', () => {
	it('gives back each text as it was given, empty ones too', () => {
		const texts = ['договор мир', '', 'война и мир', 'ё'];
		const index = new TextIndex(texts);
		expect(index.size).toBe(4);
		expect(texts.map((_, i) => index.text(i))).toEqual(texts);
	});

	it('a text never runs into the next one', () => {
		const index = new TextIndex(['дог', 'овор']);
		expect(index.text(0).includes('договор')).toBe(false);
		expect(index.text(1)).toBe('овор');
	});

	it('an index out of range is an error, not an empty text', () => {
		const index = new TextIndex(['a']);
		expect(() => index.text(1)).toThrow(RangeError);
		expect(() => index.text(-1)).toThrow(RangeError);
		expect(new TextIndex([]).size).toBe(0);
	});
});
