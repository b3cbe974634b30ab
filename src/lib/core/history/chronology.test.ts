import { describe, expect, it } from 'vitest';
import { chronologyRound, longestIncreasing, moveItem, scoreOrder } from './chronology';
import { unambiguouslyOrdered } from './history-date';
import { dateFact } from '$lib/testing/history-cards';
import { timelineEvents } from './timeline';

const events = timelineEvents([
	...dateFact('1920', 'year 1920'),
	...dateFact('1920-02', 'February 1920'),
	...dateFact('1920-07-17', '17 July 1920'),
	...dateFact('1920-07-17', 'also 17 July 1920'),
	...dateFact('1920-08', 'August 1920'),
	...dateFact('1921-03-18', 'Riga'),
	...dateFact('1922-04', 'Rapallo'),
	...dateFact('1923-01/1923-05', 'Ruhr'),
	...dateFact('1923-03', 'March 1923'),
	...dateFact('1923-12-11', 'talk with Radek'),
	...dateFact('1933-05', 'letter to Khinchuk')
]);

describe('chronologyRound', () => {
	it('is reproducible from its seed', () => {
		const a = chronologyRound(events, 42)!;
		const b = chronologyRound(events, 42)!;
		expect(a.shown.map((e) => e.id)).toEqual(b.shown.map((e) => e.id));
	});

	it('takes 4 to 6 events whose order cannot be argued, shown out of order', () => {
		const sizes = new Set<number>();
		for (let seed = 1; seed <= 200; seed++) {
			const round = chronologyRound(events, seed);
			expect(round, `seed ${seed}`).not.toBeNull();
			const { answer, shown } = round!;
			sizes.add(answer.length);
			expect(answer.length).toBeGreaterThanOrEqual(4);
			expect(answer.length).toBeLessThanOrEqual(6);
			for (let i = 0; i < answer.length; i++)
				for (let j = i + 1; j < answer.length; j++)
					expect(unambiguouslyOrdered(answer[i].parsed!, answer[j].parsed!)).toBe(true);
			// The answer is chronological, the shown order is the same events but not solved.
			expect(answer.map((e) => events.indexOf(e))).toEqual(
				[...answer.map((e) => events.indexOf(e))].sort((x, y) => x - y)
			);
			expect([...shown].sort((x, y) => events.indexOf(x) - events.indexOf(y))).toEqual(answer);
			expect(shown).not.toEqual(answer);
		}
		expect([...sizes].sort()).toEqual([4, 5, 6]);
	});

	it('says no when there are not four distinct dates', () => {
		const few = timelineEvents([
			...dateFact('1920', 'a'),
			...dateFact('1920-05', 'b'),
			...dateFact('1921', 'c'),
			...dateFact('1922', 'd')
		]);
		expect(chronologyRound(few, 1)).toBeNull();
	});
});

describe('scoreOrder', () => {
	it('gives full marks to the right order', () => {
		expect(scoreOrder([0, 1, 2, 3, 4])).toEqual({
			inPlace: [true, true, true, true, true],
			correct: 5,
			ordered: 5,
			total: 5
		});
	});
	it('counts places and the longest run in order', () => {
		// One event moved from the end to the front: nothing in place, but one move fixes it.
		const s = scoreOrder([4, 0, 1, 2, 3]);
		expect(s.correct).toBe(0);
		expect(s.ordered).toBe(4);
		expect(scoreOrder([1, 0, 2, 3])).toMatchObject({
			inPlace: [false, false, true, true],
			correct: 2,
			ordered: 3
		});
		expect(scoreOrder([3, 2, 1, 0])).toMatchObject({ correct: 0, ordered: 1 });
	});
	it('finds the longest increasing subsequence', () => {
		expect(longestIncreasing([])).toBe(0);
		expect(longestIncreasing([2, 0, 3, 1, 4, 5])).toBe(4);
	});
});

describe('moveItem', () => {
	it('moves and clamps', () => {
		expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
		expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
		expect(moveItem(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
	});
});
