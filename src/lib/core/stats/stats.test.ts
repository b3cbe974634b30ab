// Runs with TZ=Europe/Berlin (vite.config.ts). Fixed dates; days roll over at 4:00.
import { describe, expect, it } from 'vitest';
import { CardState } from '../schedule/state';
import {
	cardCounts,
	dayIndex,
	dueForecast,
	heatLevel,
	heatMap,
	pastDays,
	reviewsPerDay,
	timeSpent,
	trueRetention,
	type CardSummary,
	type ReviewSummary
} from './index';

const local = (s: string) => new Date(s).getTime(); // no "Z": local time
const clock = { now: new Date('2026-11-25T12:00:00'), rolloverHour: 4 };

function review(at: string, over: Partial<ReviewSummary> = {}): ReviewSummary {
	return {
		at: local(at),
		rating: 3,
		state: CardState.Review,
		durationMs: 5000,
		deckId: 'a',
		...over
	};
}

function card(over: Partial<CardSummary> = {}): CardSummary {
	return {
		deckId: 'a',
		due: local('2026-11-26T10:00:00'),
		state: CardState.Review,
		scheduledDays: 3,
		...over
	};
}

describe('day windows', () => {
	it('the last N study days end today and respect the 4:00 rollover', () => {
		const w = pastDays(clock, 3);
		expect(w.keys).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
		expect(dayIndex(w, local('2026-11-25T03:59:00'))).toBe(1); // before 4:00: yesterday
		expect(dayIndex(w, local('2026-11-25T04:00:00'))).toBe(2);
		expect(dayIndex(w, local('2026-11-26T03:59:59'))).toBe(2);
		expect(dayIndex(w, local('2026-11-26T04:00:00'))).toBe(-1);
		expect(dayIndex(w, local('2026-11-23T03:00:00'))).toBe(-1);
	});

	it('a window across the autumn DST change has one entry per calendar day', () => {
		const w = pastDays({ now: new Date('2026-10-27T12:00:00'), rolloverHour: 4 }, 4);
		expect(w.keys).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27']);
		// The clocks go back at 3:00 on the 25th: the study day of the 24th (4:00 to 4:00) has 25 hours.
		expect(w.bounds[1] - w.bounds[0]).toBe(25 * 3_600_000);
		expect(w.bounds[2] - w.bounds[1]).toBe(24 * 3_600_000);
		expect(dayIndex(w, local('2026-10-26T03:30:00'))).toBe(1);
	});
});

describe('reviews per day', () => {
	it('counts by kind and by grade, today last, rollover respected', () => {
		const days = reviewsPerDay(
			[
				review('2026-11-25T09:00:00', { state: CardState.New, rating: 3 }),
				review('2026-11-25T09:01:00', { state: CardState.Learning, rating: 1 }),
				review('2026-11-25T10:00:00', { state: CardState.Review, rating: 4 }),
				review('2026-11-25T02:00:00', { state: CardState.Relearning, rating: 2 }), // the 24th
				review('2026-10-01T10:00:00') // outside 30 days
			],
			clock,
			30
		);
		expect(days).toHaveLength(30);
		expect(days[0].day).toBe('2026-10-27');
		expect(days[29]).toEqual({
			day: '2026-11-25',
			total: 3,
			learning: 2,
			review: 1,
			relearn: 0,
			again: 1,
			hard: 0,
			good: 1,
			easy: 1
		});
		expect(days[28]).toMatchObject({ day: '2026-11-24', total: 1, relearn: 1, hard: 1 });
		expect(days.reduce((s, d) => s + d.total, 0)).toBe(4);
	});
});

describe('true retention', () => {
	it('counts only reviews of review-state cards, per deck, recent and all time', () => {
		const reviews: ReviewSummary[] = [];
		// Deck a: 12 reviews in the last 30 days, 3 of them Again; 8 older ones, all passed.
		for (let i = 0; i < 12; i++)
			reviews.push(
				review(`2026-11-${String(10 + i).padStart(2, '0')}T10:00:00`, { rating: i < 3 ? 1 : 3 })
			);
		for (let i = 0; i < 8; i++) reviews.push(review('2026-09-01T10:00:00', { rating: 2 }));
		// Learning answers do not count, whatever the grade.
		reviews.push(review('2026-11-20T10:00:00', { state: CardState.Learning, rating: 1 }));
		reviews.push(review('2026-11-20T10:00:00', { state: CardState.Relearning, rating: 1 }));
		// Deck b: 2 reviews: too few for a figure.
		reviews.push(review('2026-11-20T10:00:00', { deckId: 'b', rating: 1 }));
		reviews.push(review('2026-11-20T10:00:00', { deckId: 'b', rating: 3 }));
		// Deck c is not asked about.
		reviews.push(review('2026-11-20T10:00:00', { deckId: 'c', rating: 1 }));

		const [a, b, all] = trueRetention(reviews, clock, ['a', 'b']);
		expect(a.deckId).toBe('a');
		expect(a.recent).toEqual({ passed: 9, total: 12, rate: 0.75 });
		expect(a.allTime).toEqual({ passed: 17, total: 20, rate: 0.85 });
		expect(b.recent).toEqual({ passed: 1, total: 2, rate: null });
		expect(all.deckId).toBeNull();
		expect(all.allTime).toEqual({ passed: 18, total: 22, rate: 18 / 22 });
	});

	it('the recent window starts 29 days before today, at the rollover', () => {
		const [row] = trueRetention(
			[review('2026-10-27T04:00:00'), review('2026-10-27T03:59:00')],
			clock,
			['a']
		);
		expect(row.recent.total).toBe(1);
		expect(row.allTime.total).toBe(2);
	});
});

describe('card counts', () => {
	it('splits review cards into young and mature at 21 days', () => {
		const counts = cardCounts([
			card({ state: CardState.New }),
			card({ state: CardState.New }),
			card({ state: CardState.Learning }),
			card({ state: CardState.Relearning, scheduledDays: 40 }),
			card({ scheduledDays: 20 }),
			card({ scheduledDays: 21 }),
			card({ scheduledDays: 100 })
		]);
		expect(counts).toEqual({ new: 2, learning: 1, relearning: 1, young: 1, mature: 2, total: 7 });
	});
});

describe('due forecast', () => {
	it('puts overdue cards in today, apart; new cards nowhere; the rest by study day', () => {
		const f = dueForecast(
			[
				card({ due: local('2026-11-20T10:00:00') }), // overdue
				card({ due: local('2026-11-25T03:00:00') }), // yesterday's day: overdue
				card({ due: local('2026-11-25T08:00:00'), state: CardState.Learning }), // earlier today
				card({ due: local('2026-11-26T03:30:00') }), // still today's study day
				card({ due: local('2026-11-26T04:00:00') }), // tomorrow
				card({ due: local('2026-12-24T12:00:00') }), // day 29, the last in the window
				card({ due: local('2026-12-25T12:00:00') }), // later
				card({ state: CardState.New, due: local('2026-11-25T08:00:00') })
			],
			clock,
			30
		);
		expect(f.days).toHaveLength(30);
		expect(f.days[0]).toEqual({ day: '2026-11-25', overdue: 2, due: 2 });
		expect(f.days[1]).toEqual({ day: '2026-11-26', overdue: 0, due: 1 });
		expect(f.days[29]).toEqual({ day: '2026-12-24', overdue: 0, due: 1 });
		expect(f.later).toBe(1);
	});
});

describe('heat map', () => {
	it('weeks are columns starting on Monday, today in the last one, later days marked future', () => {
		// 2026-11-25 is a Wednesday.
		const m = heatMap(
			[
				review('2026-11-25T10:00:00'),
				review('2026-11-25T11:00:00'),
				review('2026-11-24T10:00:00'),
				review('2026-11-23T10:00:00'),
				review('2026-11-20T10:00:00'),
				review('2026-01-01T10:00:00') // before the window
			],
			clock,
			4
		);
		expect(m.weeks).toHaveLength(4);
		expect(m.weeks.every((w) => w.length === 7)).toBe(true);
		expect(m.weeks[0][0].day).toBe('2026-11-02'); // a Monday
		const last = m.weeks[3];
		expect(last.map((c) => c.day)[0]).toBe('2026-11-23');
		expect(last[2]).toEqual({ day: '2026-11-25', count: 2, future: false });
		expect(last.slice(3).every((c) => c.future && c.count === 0)).toBe(true);
		expect(m.weeks[2][4]).toMatchObject({ day: '2026-11-20', count: 1 });
		expect(m).toMatchObject({ max: 2, total: 5, activeDays: 4, streak: 3 });
	});

	it('weeks can start on Sunday; the streak may end yesterday', () => {
		const m = heatMap([review('2026-11-24T10:00:00'), review('2026-11-23T10:00:00')], clock, 2, 0);
		expect(m.weeks[1][0].day).toBe('2026-11-22'); // a Sunday
		expect(m.streak).toBe(2);
	});

	it('levels are relative to the busiest day', () => {
		expect([0, 1, 5, 10, 15, 20].map((c) => heatLevel(c, 20))).toEqual([0, 1, 1, 2, 3, 4]);
		expect(heatLevel(3, 0)).toBe(0);
	});
});

describe('time spent', () => {
	it('sums durations today, over 7 and 30 days and in total', () => {
		const s = timeSpent(
			[
				review('2026-11-25T10:00:00', { durationMs: 4000 }),
				review('2026-11-25T02:00:00', { durationMs: 6000 }), // yesterday's study day
				review('2026-11-19T10:00:00', { durationMs: 10_000 }), // 6 days ago: in last 7
				review('2026-11-18T10:00:00', { durationMs: 20_000 }), // 7 days ago: not in last 7
				review('2026-01-01T10:00:00', { durationMs: 60_000 })
			],
			clock
		);
		expect(s.today).toEqual({ ms: 4000, reviews: 1 });
		expect(s.last7).toEqual({ ms: 20_000, reviews: 3 });
		expect(s.last30).toEqual({ ms: 40_000, reviews: 4 });
		expect(s.total).toEqual({ ms: 100_000, reviews: 5 });
		expect(s.averageMs).toBe(20_000);
	});

	it('has no average before the first review', () => {
		expect(timeSpent([], clock).averageMs).toBeNull();
	});
});
