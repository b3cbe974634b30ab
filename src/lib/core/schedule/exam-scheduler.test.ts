import { describe, expect, it } from 'vitest';
import { examMoment, type ExamPlan } from './exam';
import { previewLabels, withExamPlan } from './exam-scheduler';
import { createScheduler } from './fsrs';
import { DEFAULT_SETTINGS } from './settings';
import { reviewedCard } from '$lib/testing/cards';

const now = new Date(2026, 10, 20, 18, 0);
const plan: ExamPlan = { examDate: '2026-11-30', target: 0.9 };
const plain = createScheduler(DEFAULT_SETTINGS, { fuzz: false });

describe('the exam plan as a scheduler', () => {
	// Target 97 %: Good gives ~15 days, past the exam, with ~93 % on the day.
	const strict: ExamPlan = { ...plan, target: 0.97 };
	const card = reviewedCard(now, 4, 4, 0);

	it('brings a graded card back before the exam when it would fall below the target', () => {
		const good = plain.grade(card, 'good', now);
		expect(good.card.due.getTime()).toBeGreaterThan(examMoment(plan).getTime());
		const capped = withExamPlan(plain, strict, 4).grade(card, 'good', now);
		expect(new Date(capped.card.due).getTime()).toBeLessThan(examMoment(plan).getTime());
		// The log is FSRS's own: the plan moves only the due date.
		expect(capped.log).toEqual(good.log);
	});

	it('is the plain scheduler when there is no plan', () => {
		expect(withExamPlan(plain, null, 4)).toBe(plain);
		expect(withExamPlan(plain, undefined, 4)).toBe(plain);
	});

	it('labels the grade buttons as the plan schedules them', () => {
		const plainLabels = previewLabels(plain, card, now);
		const planned = previewLabels(withExamPlan(plain, strict, 4), card, now);
		expect(planned.good).not.toBe(plainLabels.good);
		expect(planned.again).toBe(plainLabels.again);
		expect(plainLabels).toEqual(
			Object.fromEntries(Object.entries(plain.preview(card, now)).map(([g, p]) => [g, p.label]))
		);
	});
});
