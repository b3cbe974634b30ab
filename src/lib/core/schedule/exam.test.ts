// Runs with TZ=Europe/Berlin (vite.config.ts): DST starts 2026-03-29 02:00.
import { describe, expect, it } from 'vitest';
import type { Card } from 'ts-fsrs';
import { dayKey, dayStart } from './day';
import { recallAfterReview } from './exam-model';
import {
	applyExamPlan,
	catchUpList,
	examAim,
	examNewPerDay,
	planToday,
	daysLeft,
	examMoment,
	examPhase,
	examRecall,
	expectedShareRecalled,
	inCramWindow,
	maintenanceRecall,
	normalizeExamPlan,
	parseExamDate,
	planActive,
	planDue,
	recallAt,
	reviewForecast,
	type ExamPlan
} from './exam';
import { CardState, emptyCard } from './state';

const DAY = 86_400_000;
const plan: ExamPlan = { examDate: '2026-03-20', target: 0.9 };
/** Ten study days before the exam, in the evening. */
const now = new Date(2026, 2, 10, 18, 0);

/** A review card last reviewed at `last` with stability `s`, due at `due` (plain FSRS's choice). */
function review(last: Date, s: number, due: Date): Card {
	return {
		due,
		stability: s,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: Math.round((due.getTime() - last.getTime()) / DAY),
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		state: CardState.Review,
		last_review: last
	};
}
const daysAfter = (t: Date, k: number) =>
	new Date(t.getFullYear(), t.getMonth(), t.getDate() + k, t.getHours(), t.getMinutes());

describe('exam plan values', () => {
	it('parses real calendar dates only', () => {
		expect(parseExamDate('2026-03-20')).toEqual({ y: 2026, m: 3, d: 20 });
		expect(parseExamDate('2026-02-30')).toBeNull();
		expect(parseExamDate('20.03.2026')).toBeNull();
		expect(parseExamDate('')).toBeNull();
	});

	it('normalizes a stored plan: default and clamped target, bad dates rejected', () => {
		expect(normalizeExamPlan({ examDate: '2026-03-20' })).toEqual(plan);
		expect(normalizeExamPlan({ examDate: '2026-03-20', target: 0.999 })?.target).toBe(0.99);
		expect(normalizeExamPlan({ examDate: '2026-03-20', target: 0.5 })?.target).toBe(0.7);
		expect(normalizeExamPlan({ examDate: 'soon', target: 0.9 })).toBeNull();
		expect(normalizeExamPlan(undefined)).toBeNull();
	});

	it('puts the exam at 9:00 local time on its day', () => {
		expect(examMoment(plan)).toEqual(new Date(2026, 2, 20, 9, 0));
	});
});

describe('days left and phase', () => {
	it('counts study days to the exam, with the 4:00 rollover', () => {
		expect(daysLeft(plan, now)).toBe(10);
		expect(examPhase(plan, now)).toBe('before');
		// 3:00 on the exam day still belongs to the day before (rollover at 4:00).
		expect(daysLeft(plan, new Date(2026, 2, 20, 3, 0))).toBe(1);
		expect(daysLeft(plan, new Date(2026, 2, 20, 7, 0))).toBe(0);
		expect(examPhase(plan, new Date(2026, 2, 20, 15, 0))).toBe('today');
		expect(examPhase(plan, new Date(2026, 2, 21, 10, 0))).toBe('passed');
		expect(daysLeft(plan, new Date(2026, 2, 25, 10, 0))).toBe(-5);
	});

	it('counts across the DST change as calendar days', () => {
		const april: ExamPlan = { examDate: '2026-04-01', target: 0.9 };
		expect(daysLeft(april, new Date(2026, 2, 28, 12, 0))).toBe(4);
	});

	it('is active until the exam begins', () => {
		expect(planActive(plan, new Date(2026, 2, 20, 8, 59))).toBe(true);
		expect(planActive(plan, new Date(2026, 2, 20, 9, 0))).toBe(false);
	});
});

describe('recall prediction', () => {
	it('is 0 for a new card and 90 % after `stability` days (FSRS definition)', () => {
		expect(recallAt(emptyCard(now), daysAfter(now, 5))).toBe(0);
		const card = review(now, 5, daysAfter(now, 5));
		expect(recallAt(card, new Date(now.getTime() + 5 * DAY))).toBeCloseTo(0.9, 6);
		expect(recallAt(card, now)).toBe(1);
		// The exam is 9.6 days away (9:00 on the 20th): well past 90 %.
		expect(examRecall(card, plan)).toBeLessThan(0.9);
	});
});

describe('planDue: after a grade', () => {
	it('leaves a card that stays above the target at the exam to plain FSRS', () => {
		const card = review(now, 100, daysAfter(now, 100));
		expect(examRecall(card, plan)).toBeGreaterThanOrEqual(0.9);
		expect(planDue(card, now, plan)).toEqual(card.due);
	});

	it('caps an interval that would jump past the exam with the card below the target', () => {
		// Target 95 %: plain FSRS (90 %) would wait 20 days; at the exam recall is ~94 %.
		const strict: ExamPlan = { examDate: '2026-03-20', target: 0.95 };
		const card = review(now, 20, daysAfter(now, 20));
		expect(examRecall(card, strict)).toBeLessThan(0.95);
		const due = planDue(card, now, strict);
		// One review on that day is enough: its expected recall at the exam reaches the target.
		expect(due.getTime()).toBeLessThan(examMoment(strict).getTime());
		expect(due.getTime()).toBeGreaterThan(now.getTime());
		const at = new Date(due.getFullYear(), due.getMonth(), due.getDate(), 18);
		expect(recallAfterReview(card, at, examMoment(strict)).expected).toBeGreaterThanOrEqual(0.95);
	});

	it('puts the final review on the least loaded day of its window when loads are known', () => {
		const strict: ExamPlan = { examDate: '2026-03-20', target: 0.95 };
		const card = review(now, 20, daysAfter(now, 20));
		const free = planDue(card, now, strict);
		const busy = dayKey(free);
		const moved = planDue(card, now, strict, 4, (day) => (day === busy ? 50 : 0));
		expect(moved).not.toEqual(free);
		expect(moved.getTime()).toBeLessThan(examMoment(strict).getTime());
	});

	it('brings a weak card back on the latest day its recall is still at the floor', () => {
		// An exam seven weeks away: the floor, not the exam, sets the day.
		const late: ExamPlan = { examDate: '2026-04-30', target: 0.9 };
		const card = review(now, 3, daysAfter(now, 3));
		const due = planDue(card, now, late);
		expect(due.getTime()).toBeLessThan(examMoment(late).getTime() - 7 * DAY);
		const k = Math.round((dayStart(due).getTime() - dayStart(now).getTime()) / DAY);
		const floor = maintenanceRecall(late);
		expect(floor).toBeCloseTo(0.7, 9);
		expect(recallAt(card, daysAfter(now, k))).toBeGreaterThanOrEqual(floor);
		expect(recallAt(card, daysAfter(now, k + 1))).toBeLessThan(floor);
		// Later than plain FSRS (which reviews at 90 %): fewer reviews.
		expect(due.getTime()).toBeGreaterThan(dayStart(card.due).getTime());
	});

	it('brings a card back tomorrow when it falls below the floor sooner', () => {
		const card = review(now, 0.1, daysAfter(now, 1));
		expect(planDue(card, now, plan)).toEqual(dayStart(daysAfter(now, 1)));
	});

	it('moves a review the exam does not need to the day after the exam', () => {
		// Target 80 %, below the desired retention: plain FSRS's review in 12 days is not needed.
		const relaxed: ExamPlan = { examDate: '2026-03-20', target: 0.8 };
		const card = review(now, 12, daysAfter(now, 6));
		expect(examRecall(card, relaxed)).toBeGreaterThanOrEqual(0.8);
		expect(planDue(card, now, relaxed)).toEqual(new Date(2026, 2, 21, 4, 0));
	});

	it('leaves learning steps alone', () => {
		const card: Card = { ...review(now, 0.5, new Date(now.getTime() + 600_000)), state: 1 };
		expect(planDue(card, now, plan)).toEqual(card.due);
	});

	it('on the exam day and after it: plain FSRS', () => {
		const morning = new Date(2026, 2, 20, 7, 0);
		const weak = review(morning, 2, daysAfter(morning, 2));
		expect(planDue(weak, morning, plan)).toEqual(weak.due);
		const after = new Date(2026, 2, 22, 18, 0);
		const card = review(after, 3, daysAfter(after, 3));
		expect(planDue(card, after, plan)).toEqual(card.due);
		expect(applyExamPlan(card, after, plan)).toBe(card);
	});

	it('applyExamPlan returns a new card with the capped due and scheduled days', () => {
		const card = review(now, 3, daysAfter(now, 3));
		const capped = applyExamPlan(card, now, plan);
		expect(capped).not.toBe(card);
		expect(capped.due).toEqual(planDue(card, now, plan));
		expect(capped.scheduled_days).toBe(
			Math.round((dayStart(capped.due).getTime() - dayStart(now).getTime()) / DAY)
		);
		expect(capped.stability).toBe(card.stability);
		expect(card.due).toEqual(daysAfter(now, 3));
	});
});

describe('catch-up list (cards the plan has not scheduled)', () => {
	const at = (k: number) => daysAfter(now, k);
	const cards = [
		// Due after the exam (scheduled before the plan existed), below 90 % on the exam day.
		{ key: 'weak', card: review(at(0), 2, new Date(2026, 2, 25, 4)) },
		{ key: 'weaker', card: review(at(0), 1, new Date(2026, 2, 25, 4)) },
		{ key: 'risky', card: review(at(2), 3, new Date(2026, 3, 1, 4)) },
		// Planned: due before the exam already.
		{ key: 'planned', card: review(at(0), 1, new Date(2026, 2, 15, 4)) },
		{ key: 'safe', card: review(at(7), 60, new Date(2026, 4, 1, 4)) },
		{ key: 'new', card: emptyCard(at(0)) }
	];

	it('spreads the unplanned at-risk cards over every day left, lowest recall first', () => {
		// Ten days left, three at risk: one today, the weakest.
		expect(catchUpList(cards, now, plan).map((c) => c.key)).toEqual(['weaker']);
		// The last day takes all of them.
		const last = catchUpList(cards, new Date(2026, 2, 19, 19), plan).map((c) => c.key);
		expect(last.sort()).toEqual(['risky', 'weak', 'weaker']);
	});

	it('is empty on the exam day and after it', () => {
		expect(catchUpList(cards, new Date(2026, 2, 20, 10), plan)).toEqual([]);
		expect(catchUpList(cards, new Date(2026, 2, 22, 10), plan)).toEqual([]);
	});

	it('the last two days still count as the cram window (related cards are not held back)', () => {
		expect(inCramWindow(plan, new Date(2026, 2, 17, 19))).toBe(false);
		expect(inCramWindow(plan, new Date(2026, 2, 18, 19))).toBe(true);
	});
});

describe('new cards and aims', () => {
	it('spreads the new cards over the days before the last three, within the limit', () => {
		// 10 days left, 35 new cards, 20 a day: 5 a day over 7 days.
		expect(examNewPerDay(plan, now, 35, 20)).toBe(5);
		// Too many to fit: the limit.
		expect(examNewPerDay(plan, now, 500, 20)).toBe(20);
		// On the exam day: the limit (plain FSRS).
		expect(examNewPerDay(plan, new Date(2026, 2, 20, 10), 35, 20)).toBe(20);
	});

	it('aims each card higher when some cannot be introduced, and steps aside when out of reach', () => {
		expect(examAim(plan, 100, 100).cardTarget).toBe(0.9);
		expect(examAim(plan, 100, 95).cardTarget).toBeCloseTo(0.9474, 3);
		const out = examAim(plan, 100, 50);
		expect(out.outOfReach).toBe(true);
		const today = planToday(plan, now, { cards: 500, newLeft: 400, newPerDay: 20 });
		expect(today.planned.outOfReach).toBe(true);
		expect(today.newPerDay).toBe(20);
	});
});

describe('expected share and forecast', () => {
	it('averages predicted recall at the exam, new cards counting 0', () => {
		const strong = review(now, 1000, daysAfter(now, 1000));
		const r = examRecall(strong, plan);
		expect(expectedShareRecalled([strong, emptyCard(now)], plan)).toBeCloseTo(r / 2, 9);
		expect(expectedShareRecalled([], plan)).toBe(0);
	});

	it('counts reviews per day until the exam: due cards, catch-up cards and new cards to come', () => {
		const cards = [
			review(daysAfter(now, -5), 2, daysAfter(now, -1)), // overdue: today
			review(now, 3, daysAfter(now, 3)),
			review(now, 3, daysAfter(now, 3)),
			review(now, 5, new Date(2026, 2, 19, 4)),
			review(now, 5, new Date(2026, 3, 10, 4)), // due after the exam, at risk: catch-up
			review(now, 500, new Date(2027, 3, 10, 4)), // safe
			emptyCard(now)
		];
		const f = reviewForecast(cards, now, plan);
		expect(f).toHaveLength(10);
		// Overdue plus the one catch-up card (its share today).
		expect(f[0]).toEqual({ day: '2026-03-10', offset: 0, reviews: 2 });
		expect(f[3].reviews).toBe(2);
		expect(f[9].day).toBe('2026-03-19');
		expect(f[9].reviews).toBe(1);
		expect(f.reduce((s, d) => s + d.reviews, 0)).toBe(5);
		// The new card, at 20 a day: today, three gradings, and a final review half-way.
		const paced = reviewForecast(cards, now, plan, 4, {
			newPerDay: 20,
			firstDayGradings: 3,
			newDoneToday: 0
		});
		expect(paced[0].reviews).toBe(5);
		expect(paced[5].reviews).toBe(1);
		expect(paced.reduce((s, d) => s + d.reviews, 0)).toBe(9);
	});

	it('is empty on the exam day and after it', () => {
		expect(reviewForecast([], new Date(2026, 2, 20, 7), plan)).toEqual([]);
		expect(reviewForecast([], new Date(2026, 2, 23, 7), plan)).toEqual([]);
	});
});
