// An exam plan: the exam's day and the recall to reach on it, with the calendar questions about it
// (days left, has it passed). Pure and light: no ts-fsrs, so a page can read plans cheaply.
import { daysBetween } from './day';

export interface ExamPlan {
	/** The exam's local calendar day, YYYY-MM-DD. */
	examDate: string;
	/** Recall to reach on the exam day, 0.70 … 0.99. */
	target: number;
}

export const EXAM_TARGET_DEFAULT = 0.9;
export const EXAM_TARGET_MIN = 0.7;
export const EXAM_TARGET_MAX = 0.99;

/**
 * The hour the exam is taken to start (local time). Recall is predicted for that moment: reviews
 * on the evening before count, a review on the exam day itself usually comes too late to plan.
 */
export const EXAM_HOUR = 9;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The YYYY-MM-DD date as numbers, or null when it is not a real calendar date. */
export function parseExamDate(text: string): { y: number; m: number; d: number } | null {
	const match = DATE.exec(text);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(y, m - 1, d);
	if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
	return { y, m, d };
}

/** A plan read from storage or a form: null when the date is not a date; the target clamped. */
export function normalizeExamPlan(input: unknown): ExamPlan | null {
	if (!input || typeof input !== 'object') return null;
	const { examDate, target } = input as Partial<ExamPlan>;
	if (typeof examDate !== 'string' || !parseExamDate(examDate)) return null;
	const t = typeof target === 'number' && Number.isFinite(target) ? target : EXAM_TARGET_DEFAULT;
	return {
		examDate,
		target: Math.min(EXAM_TARGET_MAX, Math.max(EXAM_TARGET_MIN, Math.round(t * 100) / 100))
	};
}

/** The moment recall is predicted for: the exam day at EXAM_HOUR, local time. */
export function examMoment(plan: ExamPlan): Date {
	const p = parseExamDate(plan.examDate);
	if (!p) throw new RangeError(`exam date “${plan.examDate}” is not a YYYY-MM-DD date`);
	return new Date(p.y, p.m - 1, p.d, EXAM_HOUR);
}

/** Study days from today to the exam day: 0 on the exam day, negative after it. */
export function daysLeft(plan: ExamPlan, now: Date, rolloverHour = 4): number {
	return daysBetween(now, examMoment(plan), rolloverHour);
}

export type ExamPhase = 'before' | 'today' | 'passed';

export function examPhase(plan: ExamPlan, now: Date, rolloverHour = 4): ExamPhase {
	const left = daysLeft(plan, now, rolloverHour);
	return left > 0 ? 'before' : left === 0 ? 'today' : 'passed';
}

/** The plan shapes scheduling only until the exam begins; afterwards plain FSRS. */
export function planActive(plan: ExamPlan, now: Date): boolean {
	return now.getTime() < examMoment(plan).getTime();
}

/** Why a date typed for a new plan cannot be used: not a date, or a day already past. */
export function examDateProblem(
	text: string,
	now: Date,
	rolloverHour = 4
): 'missing' | 'invalid' | 'past' | null {
	if (!text.trim()) return 'missing';
	if (!parseExamDate(text)) return 'invalid';
	return daysLeft({ examDate: text, target: EXAM_TARGET_DEFAULT }, now, rolloverHour) < 0
		? 'past'
		: null;
}
