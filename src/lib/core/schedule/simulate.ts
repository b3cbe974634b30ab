// A simulated student revising for an exam, to compare plain FSRS with exam mode. Pure and
// seeded: the same options give the same result on any machine (time zone fixed by the caller's
// dates; the days are counted in the local calendar like the app's).
//
// The student's memory follows the FSRS model itself: at a review, the probability of recall is
// the card's FSRS retrievability at that moment. A failure is graded Again; a success Good, or
// Hard / Easy with a small seeded probability. A card never seen is not known (recall 0): its
// first showing is an Again, then the learning steps follow.
//
// Each day the student sits down once (at STUDY_HOUR) and works through the app's queue with the
// app's default limits: learning cards when due (waiting for a step when nothing else is left,
// until the study day ends), reviews due today, new cards in deck order, and in exam mode the
// cram list. Both runs introduce the same new cards on the same days. Random draws are per card
// (the n-th review of card i uses the n-th number of card i's stream), so the two runs differ
// only where their schedules differ.
import { createScheduler, State, type Card, type GradeName } from './fsrs';
import { dayKey, nextDayStart } from './day';
import { catchUpList, EXAM_TARGET_DEFAULT, examMoment, planToday, recallAt } from './exam';
import { DueCounts } from './exam-load';
import { localDeviation, standardDeviation } from './load-balance';
import type { PlannedExam } from './exam';
import { withExamPlan } from './exam-scheduler';
import { LEARN_AHEAD_MS } from './next-card';
import { DEFAULT_SETTINGS, type StudySettings } from './settings';
import { emptyCard } from './state';
import { seededRandom } from '../util/random';

export interface SimulationOptions {
	cards: number;
	/** The exam is on day `days` (day 0 is the first study day); study happens on days 0 … days−1. */
	days: number;
	newPerDay?: number;
	seed?: number;
	target?: number;
	/** Probability that a success is graded Hard, and Easy. */
	hardRate?: number;
	easyRate?: number;
	settings?: StudySettings;
	/** FSRS parameters the app schedules with (a preset's fitted ones; `--params`); absent: defaults. */
	w?: readonly number[];
	/**
	 * The student's own memory, when it differs from the model the app schedules with (the
	 * optimizer's test: a student with known parameters, scheduled with the defaults); absent: `w`.
	 */
	studentW?: readonly number[];
	/**
	 * Plain runs only: fuzz the intervals as the app does (`fuzz`), and balance the load within the
	 * fuzz range (`balance`, load-balance.ts). Default: neither, so intervals are exact.
	 */
	fuzz?: boolean;
	balance?: boolean;
	/** Called after each grading, as the app would log it (the optimizer's test reads the logs). */
	onReview?: (review: SimulatedReview) => void;
}

export interface SimulatedReview {
	/** The card's index in the deck. */
	card: number;
	/** Review time, ms. */
	at: number;
	/** 1 Again … 4 Easy. */
	rating: number;
	/** The card's state before the grade (0 New … 3 Relearning), as ts-fsrs logs it. */
	state: number;
}

export interface SimulationOutcome {
	/** Mean retrievability of all cards at the exam (cards never introduced count 0). */
	recall: number;
	/** Gradings over the whole run, learning steps included. */
	reviews: number;
	/** Gradings per study day. */
	perDay: number[];
	/** The busiest day's gradings. */
	peak: number;
	/** Standard deviation of the gradings per day: how uneven the days are. */
	sd: number;
	/** The same of each day against the week around it (localDeviation): day-to-day unevenness. */
	sdLocal: number;
}

export interface SimulationResult {
	plain: SimulationOutcome;
	exam: SimulationOutcome;
}

/** The first study day starts here (a fixed local date: results must not depend on the clock). */
const START = { y: 2026, m: 0, d: 5 };
/** The student studies every evening at this hour; one review takes REVIEW_MS. */
const STUDY_HOUR = 18;
const REVIEW_MS = 12_000;

interface SimCard {
	i: number;
	card: Card;
	/** The student's memory of the card (the same as `card` unless studentW is given). */
	memory: Card;
	rng: () => number;
	introduced: boolean;
}

/** Plain FSRS alone (no exam run): the optimizer's test simulates a student's logs with it. */
export function simulatePlain(options: SimulationOptions): SimulationOutcome {
	return run(options, false);
}

/** Load balancing's measure: plain FSRS with fuzz, without and with the balancer. */
export function simulateBalance(options: SimulationOptions): {
	fuzz: SimulationOutcome;
	balanced: SimulationOutcome;
} {
	return {
		fuzz: run({ ...options, fuzz: true, balance: false }, false),
		balanced: run({ ...options, fuzz: true, balance: true }, false)
	};
}

export function simulate(options: SimulationOptions): SimulationResult {
	return {
		plain: run(options, false),
		exam: run(options, true)
	};
}

function run(options: SimulationOptions, examMode: boolean): SimulationOutcome {
	const settings = options.settings ?? DEFAULT_SETTINGS;
	const rollover = settings.dayStartHour;
	const newPerDay = options.newPerDay ?? settings.newPerDay;
	const hardRate = options.hardRate ?? 0.1;
	const easyRate = options.easyRate ?? 0.05;
	const seed = options.seed ?? 1;
	const w = options.w ? [...options.w] : undefined;
	// Review cards due per study day, as the app's session counts them for exam mode's spreading
	// and for load balancing.
	const dueCounts = new DueCounts(rollover);
	const plainScheduler = createScheduler(settings, {
		fuzz: !examMode && options.fuzz === true,
		w,
		...(options.balance && !examMode
			? { balance: (due: Date) => dueCounts.load(dayKey(due, rollover)) }
			: {})
	});
	const studentW = options.studentW ? [...options.studentW] : undefined;
	const student = studentW ? createScheduler(settings, { fuzz: false, w: studentW }) : null;
	const memoryW = studentW ?? w;
	const day0 = new Date(START.y, START.m, START.d, STUDY_HOUR);
	const examDay = new Date(START.y, START.m, START.d + options.days, 12);
	// The planner knows the parameters the app schedules with, not the student's own.
	const plan: PlannedExam = {
		examDate: dayKey(examDay, rollover),
		target: options.target ?? EXAM_TARGET_DEFAULT,
		...(w ? { w } : {})
	};
	// Exam mode schedules through the same wrapper as the app's study session, with the day's aim.
	let scheduler = plainScheduler;
	let aimed: PlannedExam = plan;

	const cards: SimCard[] = Array.from({ length: options.cards }, (_, i) => ({
		i,
		card: emptyCard(day0),
		memory: emptyCard(day0),
		rng: seededRandom((seed * 0x9e3779b1) ^ (i * 0x85ebca6b) ^ 0x5bd1e995),
		introduced: false
	}));
	let reviews = 0;
	const perDay: number[] = [];

	const gradeOf = (c: SimCard, at: Date): GradeName => {
		const recalled = c.rng() < recallAt(student ? c.memory : c.card, at, memoryW);
		const style = c.rng();
		if (!recalled) return 'again';
		return style < hardRate ? 'hard' : style < hardRate + easyRate ? 'easy' : 'good';
	};
	const review = (c: SimCard, at: Date) => {
		const before = c.card;
		const grade = gradeOf(c, at);
		const graded = scheduler.grade(c.card, grade, at);
		c.card = graded.card;
		if (student) c.memory = student.grade(c.memory, grade, at).card;
		dueCounts.move(before, c.card);
		options.onReview?.({
			card: c.i,
			at: at.getTime(),
			rating: graded.log.rating,
			state: before.state
		});
		reviews++;
	};

	let nextNew = 0;
	for (let day = 0; day < options.days; day++) {
		const before = reviews;
		let now = new Date(START.y, START.m, START.d + day, STUDY_HOUR);
		const dayEnd = nextDayStart(now, rollover).getTime();
		const due = (c: SimCard) => c.card.due.getTime();
		// Reviews due today, oldest first, within the daily limit; then new cards; then cram.
		const reviewCards = cards
			.filter((c) => c.introduced && c.card.state === State.Review && due(c) < dayEnd)
			.sort((a, b) => due(a) - due(b) || a.i - b.i)
			.slice(0, settings.reviewsPerDay);
		// Exam mode paces the new cards and sets the cards' aim as the app's session does.
		const newLeft = cards.length - nextNew;
		let newToday = newPerDay;
		if (examMode) {
			const today = planToday(plan, now, { cards: cards.length, newLeft, newPerDay }, rollover);
			aimed = today.planned;
			newToday = today.newPerDay;
			scheduler = withExamPlan(plainScheduler, aimed, rollover, dueCounts.load);
		}
		const fresh: SimCard[] = [];
		for (let k = 0; k < newToday && nextNew < cards.length; k++) {
			const c = cards[nextNew++];
			c.introduced = true;
			c.card = emptyCard(now);
			c.memory = emptyCard(now);
			fresh.push(c);
		}
		let cram: SimCard[] = [];
		if (examMode && !aimed.outOfReach) {
			const left = Math.max(0, settings.reviewsPerDay - reviewCards.length);
			cram = catchUpList(
				cards.filter((c) => c.introduced && !reviewCards.includes(c)),
				now,
				aimed,
				rollover
			).slice(0, left);
		}
		const queue = [...reviewCards, ...fresh, ...cram];
		for (;;) {
			const t = now.getTime();
			const learning = cards
				.filter(
					(c) =>
						c.introduced &&
						(c.card.state === State.Learning || c.card.state === State.Relearning) &&
						due(c) < dayEnd
				)
				.sort((a, b) => due(a) - due(b) || a.i - b.i);
			const dueLearning = learning.find((c) => due(c) <= t);
			let c: SimCard | undefined = dueLearning ?? queue.shift();
			if (!c) c = learning.find((x) => due(x) <= t + LEARN_AHEAD_MS);
			if (!c) {
				if (learning.length === 0) break;
				// Nothing to do but wait for the next learning step.
				now = new Date(due(learning[0]));
				continue;
			}
			review(c, now);
			now = new Date(now.getTime() + REVIEW_MS);
		}
		perDay.push(reviews - before);
	}

	const exam = examMoment(plan);
	const recall =
		cards.reduce((s, c) => s + recallAt(student ? c.memory : c.card, exam, memoryW), 0) /
		Math.max(1, cards.length);
	return {
		recall,
		reviews,
		perDay,
		peak: Math.max(0, ...perDay),
		sd: standardDeviation(perDay),
		sdLocal: localDeviation(perDay)
	};
}
