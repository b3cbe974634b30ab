import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

describe('simulate', () => {
	it('is reproducible: same seed, same result; another seed, another run', () => {
		const a = simulate({ cards: 60, days: 12, seed: 7 });
		const b = simulate({ cards: 60, days: 12, seed: 7 });
		expect(b).toEqual(a);
		const c = simulate({ cards: 60, days: 12, seed: 8 });
		expect(c).not.toEqual(a);
	});

	it('introduces new cards at the limit in plain FSRS; exam mode spreads them over the days', () => {
		const r = simulate({ cards: 40, days: 8, newPerDay: 10, seed: 3 });
		// Day 0 of plain FSRS holds only new cards (three gradings each: Again, the 1m and 10m steps).
		expect(r.plain.perDay[0]).toBeGreaterThanOrEqual(30);
		// Exam mode: 40 cards over the 5 days before the last three, 8 a day.
		expect(r.exam.perDay[0]).toBeGreaterThanOrEqual(24);
		expect(r.exam.perDay[0]).toBeLessThan(r.plain.perDay[0]);
		expect(r.plain.perDay).toHaveLength(8);
		expect(r.exam.peak).toBe(Math.max(...r.exam.perDay));
	});

	it('counts cards never introduced as not recalled', () => {
		// 10 new a day for 3 days: 30 of 100 cards seen, so recall is below 0.3.
		const r = simulate({ cards: 100, days: 3, newPerDay: 10, seed: 1 });
		expect(r.plain.recall).toBeLessThan(0.3);
		expect(r.plain.recall).toBeGreaterThan(0.25);
	});
});
