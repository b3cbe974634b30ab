// Exam mode: scheduling that aims every card of a deck at a target recall on one day, the exam,
// with as few reviews as it can; after the exam day plain FSRS takes over again. Pure: `now`,
// the plan and the rollover hour are parameters. The plan's values (date, target, days left)
// are in exam-plan.ts, which does not load ts-fsrs.
//
// The model is FSRS's own: a card's probability of recall at a moment is its retrievability from
// its stability and the time since its last review (ts-fsrs's forgetting curve, in fractional days
// so that "tomorrow at 18:00" and "tomorrow at 9:00" differ). New cards have never been seen:
// recall 0.
import type { Card } from 'ts-fsrs';
import { fnv1a } from '../util/hash';
import { dayKey, dayStart, daysBetween, nextDayStart } from './day';
import { daysLeft, examMoment, planActive, type ExamPlan } from './exam-plan';
import { recallAfter, recallAfterReview } from './exam-model';
import { CardState } from './state';

export * from './exam-plan';

const DAY_MS = 86_400_000;

/**
 * The recall each card aims at on the exam day. The plan's target is the deck's: the share of all
 * its cards recalled, new ones counting 0. When some cards cannot be introduced in time (more new
 * cards than the new limit allows before the exam), each introduced card has to reach more for
 * the deck to reach the target. Past UNREACHABLE_AIM the target is out of reach: exam mode then
 * steps aside and plain FSRS schedules (see examAim), because the simulator measured every
 * planner tried there (aims 0.93–0.97) at a little more recall for a few more reviews than plain
 * FSRS, and the promise there is plain FSRS's recall at no more reviews.
 */
export const UNREACHABLE_AIM = 0.95;

/** A plan with the recall each card aims at (examAim); a bare plan aims at its target. */
export interface PlannedExam extends ExamPlan {
	cardTarget?: number;
	/** The target is out of reach: plain FSRS schedules (new cards at the deck's own limit). */
	outOfReach?: boolean;
	/**
	 * The FSRS parameters the deck schedules with (its preset's fitted ones, issue 13 item 1);
	 * absent: FSRS's defaults. The planner's recall arithmetic uses them.
	 */
	w?: readonly number[];
}

export function aimOf(plan: PlannedExam): number {
	return plan.cardTarget ?? plan.target;
}

/**
 * The plan with its per-card aim, for a deck of `cards` cards of which `reachable` can be
 * introduced before the exam (see introducibleBeforeExam).
 */
export function examAim(plan: PlannedExam, cards: number, reachable: number): PlannedExam {
	if (cards === 0 || reachable >= cards) return { ...plan, cardTarget: plan.target };
	const needed = (plan.target * cards) / Math.max(1, reachable);
	if (needed > UNREACHABLE_AIM) return { ...plan, cardTarget: plan.target, outOfReach: true };
	return { ...plan, cardTarget: needed };
}

/**
 * Before the exam, a card that cannot hold its aim with one more review gets a maintenance review
 * on the latest day on which its recall is still at least the aim minus MAINTENANCE_GAP (the
 * maintenance floor), leaving a day for its final review. Plain FSRS reviews when recall falls to
 * the desired retention (90 %); exam mode lets it fall further, because FSRS's forgetting curve
 * is a power law (recall falls slowly after the first days) and a review at lower recall raises
 * stability more. The floor keeps failures (each lapse costs relearning steps) in check; 0.2 was
 * measured best on the simulator (0.1 cost more reviews, 0.3 lost recall on short horizons).
 */
export const MAINTENANCE_GAP = 0.2;

/** The maintenance floor of a plan (see MAINTENANCE_GAP). */
export function maintenanceRecall(plan: PlannedExam): number {
	return Math.max(0.5, aimOf(plan) - MAINTENANCE_GAP);
}

/**
 * FSRS retrievability of `card` at `at` (0 for a new card), in fractional days, with the FSRS
 * parameters `w` (a preset's fitted ones; absent: the defaults).
 */
export function recallAt(card: Card, at: Date, w?: readonly number[]): number {
	if (card.state === CardState.New || !card.last_review) return 0;
	const days = Math.max(0, (at.getTime() - new Date(card.last_review).getTime()) / DAY_MS);
	return recallAfter(days, card.stability, w);
}

/** Predicted recall of `card` at the exam if it is not reviewed again before. */
export function examRecall(card: Card, plan: PlannedExam): number {
	return recallAt(card, examMoment(plan), plan.w);
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

/** A stable number in [0, 1) for a card's current state: the same for a preview and its grade. */
function spreadOf(card: Card): number {
	const last = card.last_review ? new Date(card.last_review).getTime() : 0;
	return fnv1a(`${last}_${card.reps}_${card.stability}`) / 4294967296;
}

/** Reviews already due on a study day (YYYY-MM-DD), for spreading the load. */
export type DayLoad = (day: string) => number;

/**
 * One of the `window`'s days (offsets from `now`): the least loaded when the loads are known
 * (ties broken by the card's hash), else the one the card's hash picks.
 */
function pickDay(
	window: readonly number[],
	now: Date,
	card: Card,
	rolloverHour: number,
	load?: DayLoad
): number {
	const start = Math.floor(spreadOf(card) * window.length);
	if (!load) return window[start];
	// Ties (days far ahead all look empty) go to the hash's day, not to the first or the last.
	let best = window[start];
	let least = Infinity;
	for (let i = 0; i < window.length; i++) {
		const day = window[i];
		const n = load(dayKey(addDays(now, day), rolloverHour));
		if (n < least) [best, least] = [day, n];
	}
	return best;
}

/**
 * Load above which a day counts as crowded: CROWDED times the average of the days before the
 * exam. A card whose final-review window holds only crowded days gets an earlier review instead
 * (on a lighter day): it comes out with more stability, so its final review can go earlier too.
 * Without this the young cards' windows (FSRS's flat power-law tail lets them wait weeks at
 * 70–80 %) all fall in the last days and make the cram spike exam mode is meant to avoid.
 */
export const CROWDED = 1.15;

function crowded(
	window: readonly number[],
	lastDay: number,
	now: Date,
	rolloverHour: number,
	load?: DayLoad
): boolean {
	if (!load) return false;
	const at = (j: number) => load(dayKey(addDays(now, j), rolloverHour));
	let total = 0;
	for (let j = 1; j <= lastDay; j++) total += at(j);
	const cap = (CROWDED * total) / lastDay + 1;
	return window.every((j) => at(j) > cap);
}

/**
 * The due date exam mode gives a card just graded at `now` (`card` is ts-fsrs's result, whose
 * `due` is plain FSRS's choice):
 * - the plan is over, or the card is in its short learning steps: plain FSRS;
 * - the card's recall at the exam stays at or above its aim without another review: no review
 *   before the exam (a plain due before it is moved to the day after the exam);
 * - one more review can lift it to its aim (expected recall at the exam after that review, a
 *   lapse's relearning counted: recallAfterReview) on some of the study days before the exam:
 *   that final review goes on one of those days, chosen by the card's own hash so that the cards
 *   spread evenly over their windows instead of piling up on the last evening;
 * - otherwise it needs two reviews or more: a maintenance review on the latest day its recall is
 *   still at the maintenance floor (but before the last day before the exam, or tomorrow).
 */
export function planDue(
	card: Card,
	now: Date,
	plan: PlannedExam,
	rolloverHour = 4,
	load?: DayLoad
): Date {
	const plain = new Date(card.due);
	if (!planActive(plan, now) || card.state !== CardState.Review) return plain;
	const exam = examMoment(plan);
	const aim = aimOf(plan);
	if (recallAt(card, exam, plan.w) >= aim) {
		const afterExam = nextDayStart(exam, rolloverHour);
		return plain.getTime() >= exam.getTime() ? plain : afterExam;
	}
	// Study days strictly between today and the exam day.
	const lastDay = daysBetween(now, exam, rolloverHour) - 1;
	if (lastDay < 1) return plain;
	const floor = maintenanceRecall(plan);
	const window: number[] = [];
	for (let j = 1; j <= lastDay; j++) {
		const r = recallAfterReview(card, addDays(now, j), exam, plan.w);
		if (r.recallAtReview < floor) break;
		if (r.expected >= aim) window.push(j);
	}
	let k = 1;
	if (window.length > 0 && !crowded(window, lastDay, now, rolloverHour, load))
		k = pickDay(window, now, card, rolloverHour, load);
	else if (window.length > 0 && window[0] > 1)
		k = pickDay(
			Array.from({ length: window[0] - 1 }, (_, i) => i + 1),
			now,
			card,
			rolloverHour,
			load
		);
	else {
		for (let j = Math.max(1, lastDay - 1); j >= 1; j--) {
			if (recallAt(card, addDays(now, j), plan.w) >= floor) {
				k = j;
				break;
			}
		}
	}
	return dayStart(addDays(now, k), rolloverHour);
}

/** `card` with its due moved by the plan (a new object; the input is not changed). */
export function applyExamPlan(
	card: Card,
	now: Date,
	plan: PlannedExam,
	rolloverHour = 4,
	load?: DayLoad
): Card {
	const due = planDue(card, now, plan, rolloverHour, load);
	if (due.getTime() === new Date(card.due).getTime()) return card;
	return { ...card, due, scheduled_days: Math.max(0, daysBetween(now, due, rolloverHour)) };
}

/** Last study days before the exam kept free of new cards (when the new cards fit without). */
export const INTRO_RESERVE_DAYS = 3;

/**
 * New cards a deck with a plan introduces today: its new limit, or fewer when the cards left fit
 * in the days before the exam at a lower pace, so that they spread evenly over those days instead
 * of crowding the first ones (a card learnt later needs fewer reviews before the exam, and the
 * days stay alike). `newLeft` counts the deck's new cards at the start of today.
 */
export function examNewPerDay(
	plan: ExamPlan,
	now: Date,
	newLeft: number,
	newPerDay: number,
	rolloverHour = 4
): number {
	const left = daysLeft(plan, now, rolloverHour);
	if (left <= 0 || !planActive(plan, now)) return newPerDay;
	// The last days are kept for reviews when the new cards fit in the others.
	const needed = Math.ceil(newLeft / Math.max(1, newPerDay));
	const introDays = Math.max(needed, left - INTRO_RESERVE_DAYS);
	return Math.min(newPerDay, Math.ceil(newLeft / Math.max(1, Math.min(left, introDays))));
}

/** How many of `newLeft` new cards can be introduced before the exam at `newPerDay` a day. */
export function introducibleBeforeExam(
	plan: ExamPlan,
	now: Date,
	newLeft: number,
	newPerDay: number,
	rolloverHour = 4
): number {
	return Math.min(newLeft, Math.max(0, daysLeft(plan, now, rolloverHour)) * newPerDay);
}

/**
 * The last study days before the exam (the exam morning included), when related cards are no
 * longer held back for the next day: there is no next day to hold them for.
 */
export const CRAM_DAYS = 2;

/** Whether today is one of the last CRAM_DAYS study days before the exam, or the exam morning. */
export function inCramWindow(plan: ExamPlan, now: Date, rolloverHour = 4): boolean {
	const left = daysLeft(plan, now, rolloverHour);
	return planActive(plan, now) && left >= 0 && left <= CRAM_DAYS;
}

/**
 * Cards to bring back today although they are not due: review cards the plan has not scheduled
 * (due at or after the exam; their due came before the plan existed or before its target was
 * raised) whose predicted recall at the exam is below their aim, lowest first. Today takes its
 * share of them (all of them divided by the days left, today included), so they spread over every
 * day before the exam instead of piling onto its last evenings.
 */
export function catchUpList<T extends { card: Card }>(
	cards: readonly T[],
	now: Date,
	plan: PlannedExam,
	rolloverHour = 4
): T[] {
	const left = daysLeft(plan, now, rolloverHour);
	if (!planActive(plan, now) || left <= 0) return [];
	const exam = examMoment(plan).getTime();
	const aim = aimOf(plan);
	const atRisk = cards
		.filter((c) => c.card.state === CardState.Review && new Date(c.card.due).getTime() >= exam)
		.map((c) => ({ c, r: examRecall(c.card, plan) }))
		.filter((x) => x.r < aim)
		.sort((a, b) => a.r - b.r);
	return atRisk.slice(0, Math.ceil(atRisk.length / left)).map((x) => x.c);
}

/** Expected share of the cards recalled at the exam: mean predicted recall (new cards count 0). */
export function expectedShareRecalled(cards: readonly Card[], plan: PlannedExam): number {
	if (cards.length === 0) return 0;
	const exam = examMoment(plan);
	return cards.reduce((sum, c) => sum + recallAt(c, exam, plan.w), 0) / cards.length;
}

export interface ForecastDay {
	/** The study day, YYYY-MM-DD. */
	day: string;
	/** Days from today (0 = today). */
	offset: number;
	/** Reviews expected that day. */
	reviews: number;
}

/** What the forecast needs to know of the deck's new cards (see reviewForecast). */
export interface NewCardPace {
	/** New cards a day (the deck's limit; the plan may take fewer: examNewPerDay). */
	newPerDay: number;
	/** Gradings a new card takes on its first day: the first showing and each learning step. */
	firstDayGradings: number;
	/** New cards already introduced today. */
	newDoneToday: number;
}

/**
 * Reviews per study day from today to the day before the exam:
 * - cards with a due date: on their due day (overdue ones today; learning cards too);
 * - the catch-up list's cards, an even share a day, as catchUpList takes them;
 * - the new cards not yet introduced, at the plan's pace (examNewPerDay): each costs its first
 *   day's gradings, and one final review half-way between that day and the exam (what the planner
 *   gives a young card), when there is a day for it.
 * Assumes each review succeeds and its next due falls after the exam (what exam mode aims for): a
 * forecast, not a promise.
 */
export function reviewForecast(
	cards: readonly Card[],
	now: Date,
	plan: PlannedExam,
	rolloverHour = 4,
	pace: NewCardPace = { newPerDay: 0, firstDayGradings: 3, newDoneToday: 0 }
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
	const exam = examMoment(plan).getTime();
	let atRisk = 0;
	let fresh = 0;
	for (const card of cards) {
		if (card.state === CardState.New) {
			fresh++;
			continue;
		}
		const due = new Date(card.due);
		const offset = Math.max(0, daysBetween(now, due, rolloverHour));
		if (offset < left) days[offset].reviews++;
		else if (
			card.state === CardState.Review &&
			due.getTime() >= exam &&
			examRecall(card, plan) < aimOf(plan)
		)
			atRisk++;
	}
	for (let i = 0; i < left && atRisk > 0; i++) {
		const share = Math.ceil(atRisk / (left - i));
		days[i].reviews += share;
		atRisk -= share;
	}
	// New cards, day by day at the plan's pace (today's count includes the ones already done).
	let waiting = fresh + pace.newDoneToday;
	for (let i = 0; i < left && waiting > 0 && pace.newPerDay > 0; i++) {
		let n = Math.min(waiting, pace.newPerDay, Math.ceil(waiting / (left - i)));
		waiting -= n;
		if (i === 0) n = Math.max(0, n - pace.newDoneToday);
		days[i].reviews += n * pace.firstDayGradings;
		const final = i + Math.ceil((left - i) / 2);
		if (final > i && final < left) days[final].reviews += n;
	}
	return days;
}

/** A deck as the planner sees it at the start of a study day. */
export interface DeckToday {
	/** Active cards of the deck. */
	cards: number;
	/** New cards not introduced yet, those introduced today included. */
	newLeft: number;
	/** The deck's own new-card limit. */
	newPerDay: number;
}

/**
 * The plan for today: each card's aim (examAim) and today's new cards (examNewPerDay; the deck's
 * own limit when the target is out of reach and plain FSRS schedules). The app's session and the
 * simulator both call this, so that what is measured is what is run.
 */
export function planToday(
	plan: PlannedExam,
	now: Date,
	deck: DeckToday,
	rolloverHour = 4
): { planned: PlannedExam; newPerDay: number } {
	const introduced = deck.cards - deck.newLeft;
	const reachable =
		introduced + introducibleBeforeExam(plan, now, deck.newLeft, deck.newPerDay, rolloverHour);
	const planned = examAim(plan, deck.cards, reachable);
	const newPerDay = planned.outOfReach
		? deck.newPerDay
		: examNewPerDay(plan, now, deck.newLeft, deck.newPerDay, rolloverHour);
	return { planned, newPerDay };
}
