import { describe, expect, it } from 'vitest';
import { labelIndices, niceScale, ticks } from './scale';

describe('chart scales', () => {
	it('picks a nice top and step', () => {
		expect(niceScale(0)).toEqual({ top: 1, step: 1 });
		expect(niceScale(3)).toEqual({ top: 3, step: 1 });
		expect(niceScale(7)).toEqual({ top: 8, step: 2 });
		expect(niceScale(38)).toEqual({ top: 40, step: 10 });
		expect(niceScale(180)).toEqual({ top: 200, step: 50 });
		expect(ticks(niceScale(38))).toEqual([0, 10, 20, 30, 40]);
	});

	it('labels bars far enough apart, anchored on today or on the first day', () => {
		expect(labelIndices(30, 12, 44)).toEqual([1, 5, 9, 13, 17, 21, 25, 29]);
		expect(labelIndices(30, 12, 44, true)).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
		expect(labelIndices(5, 100, 44)).toEqual([0, 1, 2, 3, 4]);
		expect(labelIndices(0, 10, 44)).toEqual([]);
	});
});
