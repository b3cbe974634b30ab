import { describe, expect, it } from 'vitest';
import { simulate, type SimulationResult } from './simulate';

/** The bar: better recall at no more reviews, or equal recall (±0.005) with fewer. */
function examWins(r: SimulationResult): boolean {
	const better = r.exam.recall > r.plain.recall && r.exam.reviews <= r.plain.reviews;
	const equalCheaper =
		Math.abs(r.exam.recall - r.plain.recall) <= 0.005 && r.exam.reviews < r.plain.reviews;
	return better || equalCheaper;
}

describe('simulate', () => {
	it('is reproducible: same seed, same result; another seed, another run', () => {
		const a = simulate({ cards: 60, days: 12, seed: 7 });
		const b = simulate({ cards: 60, days: 12, seed: 7 });
		expect(b).toEqual(a);
		const c = simulate({ cards: 60, days: 12, seed: 8 });
		expect(c).not.toEqual(a);
	});

	it('introduces the same new cards on the same days in both runs', () => {
		const r = simulate({ cards: 40, days: 8, newPerDay: 10, seed: 3 });
		// Day 0 holds only new cards (three gradings each: Again, then the 1m and 10m steps).
		expect(r.plain.perDay[0]).toBe(r.exam.perDay[0]);
		expect(r.plain.perDay[0]).toBeGreaterThanOrEqual(30);
		expect(r.plain.perDay).toHaveLength(8);
	});

	it('counts cards never introduced as not recalled', () => {
		// 10 new a day for 3 days: 30 of 100 cards seen, so recall is below 0.3.
		const r = simulate({ cards: 100, days: 3, newPerDay: 10, seed: 1 });
		expect(r.plain.recall).toBeLessThan(0.3);
		expect(r.plain.recall).toBeGreaterThan(0.25);
	});

	const settings = [
		{ cards: 100, days: 20, newPerDay: 20 },
		{ cards: 300, days: 30, newPerDay: 20 },
		{ cards: 50, days: 10, newPerDay: 20 }
	];
	for (const s of settings) {
		for (const seed of [1, 2, 3]) {
			it(`exam mode beats plain FSRS: ${s.cards} cards, ${s.days} days, ${s.newPerDay}/day, seed ${seed}`, () => {
				const r = simulate({ ...s, seed });
				expect(r.plain.recall).toBeGreaterThan(0.9);
				expect(examWins(r), JSON.stringify({ plain: r.plain, exam: r.exam })).toBe(true);
			});
		}
	}
});
