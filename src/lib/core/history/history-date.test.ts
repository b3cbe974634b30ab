import { describe, expect, it } from 'vitest';
import {
	compareStart,
	parseHistoryDate,
	unambiguouslyOrdered,
	type HistoryDate
} from './history-date';

const d = (iso: string): HistoryDate => {
	const p = parseHistoryDate(iso);
	if (!p) throw new Error(iso);
	return p;
};

describe('parseHistoryDate', () => {
	it('reads the precisions and intervals of the deck format', () => {
		expect(parseHistoryDate('1920')).toEqual({ start: { year: 1920 } });
		expect(parseHistoryDate('1920-10')).toEqual({ start: { year: 1920, month: 10 } });
		expect(parseHistoryDate('1920-10-12')).toEqual({ start: { year: 1920, month: 10, day: 12 } });
		expect(parseHistoryDate('1923-10-28/1923-11-05')).toEqual({
			start: { year: 1923, month: 10, day: 28 },
			end: { year: 1923, month: 11, day: 5 }
		});
	});
	it('reads years BC as ISO 8601 extended years, astronomically numbered', () => {
		expect(parseHistoryDate('-0043-03-15')).toEqual({ start: { year: -43, month: 3, day: 15 } });
		expect(parseHistoryDate('-0489/-0478')).toEqual({
			start: { year: -489 },
			end: { year: -478 }
		});
		// Not extended (fewer than four digits), or running backwards across the eras.
		for (const bad of ['-43', '0014/-0026']) expect(parseHistoryDate(bad), bad).toBeNull();
	});
	it('bug: years 0–99 are not read as 1900–1999 (Date.UTC), nor is 29 February of year 0 (1 BC, a leap year) lost', () => {
		expect(parseHistoryDate('0000-02-29')).not.toBeNull();
		expect(unambiguouslyOrdered(d('0014'), d('1914'))).toBe(true);
		expect(unambiguouslyOrdered(d('0014'), d('0014-08'))).toBe(false);
	});
	it('rejects what is not a date or runs backwards', () => {
		for (const bad of ['', 'x', '1920-1', '1920-00', '1920-02-30', '1921/1920', '1/2/3'])
			expect(parseHistoryDate(bad), bad).toBeNull();
	});
});

describe('order', () => {
	it('puts a year before its months and a month before its days', () => {
		const sorted = ['1921', '1920-10-12', '1920-10', '1920', '1920-01'].sort((a, b) =>
			compareStart(d(a).start, d(b).start)
		);
		expect(sorted).toEqual(['1920', '1920-01', '1920-10', '1920-10-12', '1921']);
	});
	it('orders years BC before AD, 490 BC before 44 BC', () => {
		const sorted = ['0014', '-0043-03-15', '1920', '-0489', '0000'].sort((a, b) =>
			compareStart(d(a).start, d(b).start)
		);
		expect(sorted).toEqual(['-0489', '-0043-03-15', '0000', '0014', '1920']);
		expect(unambiguouslyOrdered(d('-0489'), d('-0043'))).toBe(true);
	});
	it('knows when two dates cannot be confused', () => {
		expect(unambiguouslyOrdered(d('1920'), d('1920-10'))).toBe(false);
		expect(unambiguouslyOrdered(d('1920-10'), d('1920-10-12'))).toBe(false);
		expect(unambiguouslyOrdered(d('1920-10-11'), d('1920-10-12'))).toBe(true);
		expect(unambiguouslyOrdered(d('1920'), d('1921-01'))).toBe(true);
		expect(unambiguouslyOrdered(d('1923-10-28/1923-11-05'), d('1923-11'))).toBe(false);
		expect(unambiguouslyOrdered(d('1923-10-28/1923-11-05'), d('1923-11-06'))).toBe(true);
		expect(unambiguouslyOrdered(d('1920-02'), d('1920-03'))).toBe(true);
	});
});
