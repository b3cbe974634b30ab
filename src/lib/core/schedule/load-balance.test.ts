import { describe, expect, it } from 'vitest';
import { get_fuzz_range } from 'ts-fsrs';
import { createScheduler, newCard, type Card } from './fsrs';
import { dayKey } from './day';
import { balancedInterval, dayWeight, standardDeviation } from './load-balance';
import { DEFAULT_SETTINGS } from './settings';
import { simulateBalance } from './simulate';

const DAY = 86_400_000;
const start = new Date('2026-03-02T17:00:00Z');

/** A review card last seen `elapsed` days ago with `stability`, due now. */
function reviewCard(stability: number, elapsed: number, reps = 5, difficulty = 5): Card {
	return {
		...newCard(start),
		state: 2,
		stability,
		difficulty,
		reps,
		scheduled_days: elapsed,
		last_review: new Date(start.getTime() - elapsed * DAY),
		due: start
	};
}

describe('load balancing: the pick within a range', () => {
	it('weighs as Anki does: an empty day 1, else (1/due)^2.15 (1/interval)^3', () => {
		expect(dayWeight(0, 10)).toBe(1);
		expect(dayWeight(4, 10)).toBeCloseTo(Math.pow(0.25, 2.15) / 1000, 12);
	});

	it('picks the lighter day: an empty day in the range takes nearly every draw', () => {
		const load = (d: number) => (d === 7 ? 0 : 50);
		const picks = Array.from({ length: 200 }, (_, i) => balancedInterval(5, 9, load, i / 200));
		expect(picks.filter((d) => d === 7).length).toBeGreaterThan(195);
	});

	it('among loaded days prefers the lighter ones', () => {
		const counts: Record<number, number> = { 10: 40, 11: 40, 12: 10, 13: 40 };
		const load = (d: number) => counts[d];
		const picks = Array.from({ length: 1000 }, (_, i) => balancedInterval(10, 13, load, i / 1000));
		const share = picks.filter((d) => d === 12).length / picks.length;
		// Weights 19.7 × (10/12)^3 ≈ 11.4 against 1, 0.75 and 0.46 (in units of 40 due at day 10).
		expect(share).toBeGreaterThan(0.8);
		expect(share).toBeLessThan(0.88);
	});

	it('never leaves [min, max]; min above max gives min', () => {
		for (let i = 0; i < 100; i++) {
			const d = balancedInterval(4, 8, (x) => (x * 7919 + i) % 13, i / 100);
			expect(d).toBeGreaterThanOrEqual(4);
			expect(d).toBeLessThanOrEqual(8);
		}
		expect(balancedInterval(9, 8, () => 0, 0.5)).toBe(9);
	});
});

describe('load balancing in the scheduler', () => {
	const settings = DEFAULT_SETTINGS;
	const plain = createScheduler(settings, { fuzz: false });

	it('never leaves the fuzz range of the unfuzzed interval, whatever the load', () => {
		for (let k = 0; k < 300; k++) {
			const card = reviewCard(2 + (k % 60), 1 + (k % 17), 3 + k);
			const heavy = (due: Date) => (fnvLike(dayKey(due) + k) % 97) + (k % 3 === 0 ? 0 : 1);
			const balanced = createScheduler(settings, { fuzz: true, balance: heavy });
			const base = plain.preview(card, start);
			const got = balanced.preview(card, start);
			let previous = 0;
			for (const g of ['hard', 'good', 'easy'] as const) {
				const ivl = Math.round((base[g].due.getTime() - start.getTime()) / DAY);
				const days = (got[g].due.getTime() - start.getTime()) / DAY;
				expect(Number.isInteger(days)).toBe(true);
				if (ivl >= 3) {
					const { min_ivl, max_ivl } = get_fuzz_range(
						ivl,
						1 + (k % 17),
						settings.maximumIntervalDays
					);
					// The ordering rule (each grade longer than the one before) may lift the minimum.
					expect(days).toBeGreaterThanOrEqual(
						Math.min(Math.max(min_ivl, previous + 1), max_ivl + 1)
					);
					expect(days).toBeLessThanOrEqual(Math.max(max_ivl, previous + 1));
				}
				expect(days).toBeGreaterThan(previous);
				previous = days;
			}
		}
	});

	it('sends the card to the day with nothing due in its range', () => {
		const card = reviewCard(20, 10);
		const ivl = Math.round((plain.preview(card, start).good.due.getTime() - start.getTime()) / DAY);
		const { min_ivl, max_ivl } = get_fuzz_range(ivl, 10, 36500);
		expect(max_ivl - min_ivl).toBeGreaterThanOrEqual(2);
		for (let empty = min_ivl; empty <= max_ivl; empty++) {
			const emptyKey = dayKey(new Date(start.getTime() + empty * DAY));
			const load = (due: Date) => (dayKey(due) === emptyKey ? 0 : 30);
			const s = createScheduler(settings, { fuzz: true, balance: load });
			const graded = s.grade(card, 'good', start).card;
			expect(Math.round((graded.due.getTime() - start.getTime()) / DAY)).toBe(empty);
		}
	});

	it('the grade gives the day its button showed', () => {
		const load = (due: Date) => due.getUTCDate() % 5;
		const s = createScheduler(settings, { fuzz: true, balance: load });
		for (let k = 0; k < 50; k++) {
			const card = reviewCard(3 + k, 2 + (k % 9), 4 + k);
			const shown = s.preview(card, start);
			for (const g of ['again', 'hard', 'good', 'easy'] as const)
				expect(s.grade(card, g, start).card.due.getTime()).toBe(shown[g].due.getTime());
		}
	});

	it('leaves a learning step of days alone (ts-fsrs does not fuzz it either)', () => {
		// Day 3 loaded, its neighbours empty: balancing would move the 3-day step if it touched it.
		const load = (due: Date) =>
			Math.round((due.getTime() - start.getTime()) / DAY) === 3 ? 50 : 0;
		const s = createScheduler(
			{ ...settings, learningSteps: ['1m', '3d'] },
			{ fuzz: true, balance: load }
		);
		const first = s.grade(newCard(start), 'good', start).card;
		expect(first.due.getTime() - start.getTime()).toBe(3 * DAY);
	});

	it('leaves learning steps alone', () => {
		const s = createScheduler(settings, { fuzz: true, balance: () => 99 });
		const p = s.preview(newCard(start), start);
		expect(p.again.due.getTime() - start.getTime()).toBe(60_000);
		expect(p.good.due.getTime() - start.getTime()).toBe(600_000);
	});
});

describe('load balancing in the simulator', () => {
	it('evens the days out at equal recall (within 0.5 point)', () => {
		const r = simulateBalance({ cards: 400, days: 60, newPerDay: 20, seed: 2 });
		expect(Math.abs(r.balanced.recall - r.fuzz.recall)).toBeLessThan(0.005);
		expect(r.balanced.sd).toBeLessThan(r.fuzz.sd);
		expect(r.balanced.sd).toBeCloseTo(standardDeviation(r.balanced.perDay), 9);
	});
});

function fnvLike(text: string): number {
	let h = 7;
	for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
	return h;
}
