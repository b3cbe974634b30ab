// The exam planner predicts with the deck's fitted FSRS parameters (issue 13, item 1: the
// optimizer's parameters drive the exam planner), carried by the plan (PlannedExam.w).
import { describe, expect, it } from 'vitest';
import { default_w, forgetting_curve, type Card } from 'ts-fsrs';
import {
	examMoment,
	examRecall,
	expectedShareRecalled,
	planDue,
	planToday,
	recallAt,
	type PlannedExam
} from './exam';
import { simulate } from './simulate';
import { CardState } from './state';

const DAY = 86_400_000;
const now = new Date(2026, 2, 10, 18, 0);
const plan: PlannedExam = { examDate: '2026-03-20', target: 0.9 };
/** A student whose memory grows slower (w8) and whose forgetting curve has another shape (w20). */
const fitted = default_w.map((x, i) => (i === 8 ? 0.9 : i === 20 ? 0.4 : x));

function reviewCard(daysAgo: number, s: number, dueInDays: number): Card {
	return {
		due: new Date(now.getTime() + dueInDays * DAY),
		stability: s,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: daysAgo + dueInDays,
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		state: CardState.Review,
		last_review: new Date(now.getTime() - daysAgo * DAY)
	};
}

describe('exam planner with fitted parameters', () => {
	it('predicts recall with the plan’s parameters', () => {
		const card = reviewCard(4, 6, 2);
		const exam = examMoment(plan);
		const days = (exam.getTime() - card.last_review!.getTime()) / DAY;
		expect(recallAt(card, exam, fitted)).toBeCloseTo(forgetting_curve(fitted, days, 6), 10);
		expect(recallAt(card, exam, fitted)).not.toBeCloseTo(recallAt(card, exam), 3);
		const withW = { ...plan, w: fitted };
		expect(examRecall(card, withW)).toBe(recallAt(card, exam, fitted));
		expect(expectedShareRecalled([card], withW)).toBe(recallAt(card, exam, fitted));
	});

	it('keeps the parameters through today’s plan, and they change the planned due dates', () => {
		const { planned } = planToday({ ...plan, w: fitted }, now, {
			cards: 10,
			newLeft: 0,
			newPerDay: 20
		});
		expect(planned.w).toBe(fitted);
		const cards = [1, 2, 3, 5, 8].flatMap((s) => [1, 3, 5].map((ago) => reviewCard(ago, s, 1)));
		const dues = (p: PlannedExam) => cards.map((c) => planDue(c, now, p).getTime());
		expect(dues(planned)).not.toEqual(dues(plan));
	});

	it('the simulator schedules and plans with its parameters (npm run simulate -- --params)', () => {
		const base = simulate({ cards: 60, days: 14, newPerDay: 20, seed: 2 });
		const own = simulate({ cards: 60, days: 14, newPerDay: 20, seed: 2, w: fitted });
		expect(own.plain.reviews).not.toBe(base.plain.reviews);
		expect(own.exam.recall).not.toBeCloseTo(base.exam.recall, 4);
	});
});
