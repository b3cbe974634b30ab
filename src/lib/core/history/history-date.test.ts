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
