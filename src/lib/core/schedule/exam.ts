// Exam mode: scheduling that aims every card of a deck at a target recall on one day, the exam,
// with as few reviews as it can; after the exam day plain FSRS takes over again. Pure: `now`,
// the plan and the rollover hour are parameters. The plan's values (date, target, days left)
// are in exam-plan.ts, which does not load ts-fsrs.
//
// The model is FSRS's own: a card's probability of recall at a moment is its retrievability from
// its stability and the time since its last review (ts-fsrs's forgetting curve, in fractional days
// so that "tomorrow at 18:00" and "tomorrow at 9:00" differ). New cards have never been seen:
// recall 0.
import { default_w, forgetting_curve, type Card } from 'ts-fsrs';
import { dayStart, daysBetween, nextDayStart } from './day';
import { daysLeft, examMoment, planActive, type ExamPlan } from './exam-plan';
import { CardState } from './state';

export * from './exam-plan';

const DAY_MS = 86_400_000;

/**
 * The cram window: on the last CRAM_DAYS study days before the exam, cards at risk (predicted
 * recall on the exam day below the target) come back even when they are not due, lowest first,
 * each day taking its share. Two days, not one: a single evening would pile every at-risk card
 * onto the night before the exam (beyond the daily review limit for a big deck). Not three: a
 * card reviewed three days ahead has lost more by the exam, and the simulator measured two days
 * ahead of three on every setting tried (e.g. 50 cards / 10 days: +0.029 recall at −5.7 % reviews
 * against +0.028 at −3.6 %; see `npm run simulate`).
 */
export const CRAM_DAYS = 2;

/**
 * Before the exam, a card that needs another review gets it on the latest day on which its recall
 * is still at least the target minus MAINTENANCE_GAP (the maintenance floor; never later than the
 * day before the exam). Plain FSRS reviews when recall falls to the desired retention (90 %); exam
 * mode lets it fall further, because FSRS's forgetting curve is a power law (recall falls slowly
 * after the first days), a review at lower recall raises stability more, and the cram window
 * lifts what is still at risk just before the exam. The floor keeps failures (each lapse costs
 * relearning steps) in check. Measured with the simulator over 12 seeds (100 cards / 20 days,
 * 300 / 30, 50 / 10, 200 / 14, 100 / 60): a floor of 0.70 (gap 0.2 at the default target) beat
 * plain FSRS on recall with fewer reviews on every seed; at 0.90 (reviewing at the target, as
 * plain FSRS does) exam mode cost 5 % more reviews for no gain; at 0.60 short horizons lost recall.
 */
export const MAINTENANCE_GAP = 0.2;

/** The maintenance floor of a plan (see MAINTENANCE_GAP). */
export function maintenanceRecall(plan: ExamPlan): number {
	return Math.max(0.5, plan.target - MAINTENANCE_GAP);
}

/** FSRS retrievability of `card` at `at` (0 for a new card), in fractional days. */
export function recallAt(card: Card, at: Date): number {
	if (card.state === CardState.New || !card.last_review) return 0;
	const days = Math.max(0, (at.getTime() - new Date(card.last_review).getTime()) / DAY_MS);
	return forgetting_curve(default_w, days, Math.max(card.stability, 0.001));
}

/** Predicted recall of `card` at the exam if it is not reviewed again before. */
export function examRecall(card: Card, plan: ExamPlan): number {
	return recallAt(card, examMoment(plan));
}

/** The same time of day, `k` calendar days later (immune to 23/25-hour days). */
function addDays(t: Date, k: number): Date {
	return new Date(
		t.getFullYear(),
		t.getMonth(),
		t.getDate() + k,
		t.getHours(),
		t.getMinutes(),
		t.getSeconds(),
		t.getMilliseconds()
	);
}

/**
 * The due date exam mode gives a card just graded at `now` (`card` is ts-fsrs's result, whose
 * `due` is plain FSRS's choice):
 * - the plan is over, or the card is in its short learning steps: plain FSRS;
 * - the card's recall at the exam stays at or above the target without another review: no
 *   review before the exam (a plain due before it is moved to the day after the exam);
 * - otherwise it must come back before the exam, and no interval jumps past it: on the latest
 *   day before the exam on which its recall is still at least the maintenance floor (or tomorrow,
 *   if it falls below that sooner), at the start of that study day.
 */
export function planDue(card: Card, now: Date, plan: ExamPlan, rolloverHour = 4): Date {
	const plain = new Date(card.due);
	if (!planActive(plan, now) || card.state !== CardState.Review) return plain;
	const exam = examMoment(plan);
	if (recallAt(card, exam) >= plan.target) {
		const afterExam = nextDayStart(exam, rolloverHour);
		return plain.getTime() >= exam.getTime() ? plain : afterExam;
	}
	// Study days strictly between today and the exam day.
	const lastDay = daysBetween(now, exam, rolloverHour) - 1;
	if (lastDay < 1) return plain;
	const floor = maintenanceRecall(plan);
	let k = 1;
	for (let j = lastDay; j >= 1; j--) {
		if (recallAt(card, addDays(now, j)) >= floor) {
			k = j;
			break;
		}
	}
	return dayStart(addDays(now, k), rolloverHour);
}

/** `card` with its due moved by the plan (a new object; the input is not changed). */
export function applyExamPlan(card: Card, now: Date, plan: ExamPlan, rolloverHour = 4): Card {
	const due = planDue(card, now, plan, rolloverHour);
	if (due.getTime() === new Date(card.due).getTime()) return card;
	return { ...card, due, scheduled_days: Math.max(0, daysBetween(now, due, rolloverHour)) };
}

/** Whether today is in the cram window (the last CRAM_DAYS study days before the exam, or the exam morning). */
export function inCramWindow(plan: ExamPlan, now: Date, rolloverHour = 4): boolean {
	const left = daysLeft(plan, now, rolloverHour);
	return planActive(plan, now) && left >= 0 && left <= CRAM_DAYS;
}

/**
 * Cards to bring back today although they are not due: in the cram window, review cards due
 * after today whose predicted recall at the exam is below the target, lowest first. Today takes
 * its share of them (all of them divided by the cram days left, today included), so the last
 * days share the load and the weakest cards come first.
 */
export function cramList<T extends { card: Card }>(
	cards: readonly T[],
	now: Date,
	plan: ExamPlan,
	rolloverHour = 4
): T[] {
	if (!inCramWindow(plan, now, rolloverHour)) return [];
	const dayEnd = nextDayStart(now, rolloverHour).getTime();
	const atRisk = cards
		.filter((c) => c.card.state === CardState.Review && new Date(c.card.due).getTime() >= dayEnd)
		.map((c) => ({ c, r: examRecall(c.card, plan) }))
		.filter((x) => x.r < plan.target)
		.sort((a, b) => a.r - b.r);
	const daysToGo = Math.max(1, daysLeft(plan, now, rolloverHour));
	return atRisk.slice(0, Math.ceil(atRisk.length / daysToGo)).map((x) => x.c);
}

/** Expected share of the cards recalled at the exam: mean predicted recall (new cards count 0). */
export function expectedShareRecalled(cards: readonly Card[], plan: ExamPlan): number {
	if (cards.length === 0) return 0;
	const exam = examMoment(plan);
	return cards.reduce((sum, c) => sum + recallAt(c, exam), 0) / cards.length;
}

export interface ForecastDay {
	/** The study day, YYYY-MM-DD. */
	day: string;
	/** Days from today (0 = today). */
	offset: number;
	/** Reviews expected that day. */
	reviews: number;
}

/**
 * Reviews per study day from today to the day before the exam, from the cards' current due
 * dates (overdue cards count today; learning cards count on their due day) plus the cram list's
 * at-risk cards spread over the cram window as cramList would take them. Assumes each review
 * succeeds and its next due falls after the exam (what exam mode aims for), so it counts each
 * card once: a forecast, not a promise. New cards are not counted (they are up to the student).
 */
export function reviewForecast(
	cards: readonly Card[],
	now: Date,
	plan: ExamPlan,
	rolloverHour = 4
): ForecastDay[] {
	const left = daysLeft(plan, now, rolloverHour);
	if (left <= 0 || !planActive(plan, now)) return [];
	const today = dayStart(now, rolloverHour);
	const days: ForecastDay[] = Array.from({ length: left }, (_, i) => {
		const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + i);
		const mm = String(d.getMonth() + 1).padStart(2, '0');
		const dd = String(d.getDate()).padStart(2, '0');
		return { day: `${d.getFullYear()}-${mm}-${dd}`, offset: i, reviews: 0 };
	});
	const cramStart = Math.max(0, left - CRAM_DAYS);
	const atRisk: number[] = [];
	for (const card of cards) {
		if (card.state === CardState.New) continue;
		const offset = Math.max(0, daysBetween(now, new Date(card.due), rolloverHour));
		if (offset < left) days[offset].reviews++;
		else if (card.state === CardState.Review && examRecall(card, plan) < plan.target)
			atRisk.push(offset);
	}
	// The cram window takes the at-risk cards that are due after the exam, an even share a day.
	let rest = atRisk.length;
	for (let i = cramStart; i < left && rest > 0; i++) {
		const share = Math.ceil(rest / (left - i));
		days[i].reviews += share;
		rest -= share;
	}
	return days;
}
