// The deck page's data: the deck, today's counts, and its exam plan with what the plan predicts
// (days left, expected share recalled on the exam day, reviews per day until the exam); and the
// exam form.
import { setAsideCounts } from '$lib/db/card-marks';
import { dayKey, dayStart, nextDayStart } from '$lib/core/schedule/day';
import {
	catchUpList,
	daysLeft,
	examDateProblem,
	examPhase,
	expectedShareRecalled,
	EXAM_TARGET_DEFAULT,
	EXAM_TARGET_MAX,
	EXAM_TARGET_MIN,
	normalizeExamPlan,
	planToday,
	reviewForecast,
	type ExamPhase,
	type ExamPlan,
	type ForecastDay,
	type NewCardPace,
	type PlannedExam
} from '$lib/core/schedule/exam';
import { canTest } from '$lib/core/quiz/offer';
import type { QueueCounts } from '$lib/core/schedule/queue';
import { deckCounts, getDeck, listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { heldToday } from '$lib/db/siblings-repo';
import { activeStates, getExamPlan, setExamPlan } from '$lib/db/exam-repo';
import { dayProgress } from '$lib/db/day-progress';
import { deckSettings, deckWeights } from '$lib/db/presets-repo';
import type { StateRow } from '$lib/db';
import { loadSettings } from './settings';

export interface ExamSummary {
	plan: ExamPlan;
	phase: ExamPhase;
	daysLeft: number;
	/** Mean predicted recall on the exam day (new cards count 0). */
	share: number;
	/** Cards not studied yet. */
	newCards: number;
	forecast: ForecastDay[];
	/** At-risk cards the plan has not scheduled that join today's reviews (a share a day). */
	cramToday: number;
	/** New cards the plan introduces today (the deck's limit or fewer, spread to the exam). */
	newToday: number;
}

export type ExamInputProblem =
	{ kind: 'missing' | 'invalid' | 'past'; date: string } | { kind: 'target'; value: string };

/**
 * What the target field holds: a number input bound with `bind:value` gives a number, or null
 * when it is cleared; text when set from code.
 */
export type TargetInput = string | number | null | undefined;

/**
 * Checks the form: the date (not past) and the target in whole percent. An empty target is the
 * default (the field says the target is optional).
 */
export function checkExamInput(
	date: string,
	targetPct: TargetInput,
	now: Date,
	rolloverHour: number
): { plan: ExamPlan } | { problem: ExamInputProblem } {
	const dateProblem = examDateProblem(date, now, rolloverHour);
	if (dateProblem) return { problem: { kind: dateProblem, date } };
	const text = String(targetPct ?? '')
		.trim()
		.replace(/\s*%$/, '')
		.replace(',', '.');
	if (!text) return { plan: { examDate: date, target: EXAM_TARGET_DEFAULT } };
	const pct = Number(text);
	const lo = Math.round(EXAM_TARGET_MIN * 100);
	const hi = Math.round(EXAM_TARGET_MAX * 100);
	if (!Number.isInteger(pct) || pct < lo || pct > hi)
		return { problem: { kind: 'target', value: String(targetPct) } };
	return { plan: { examDate: date, target: pct / 100 } };
}

export interface DeckPageData {
	deck: DeckRow;
	/** Ids of the decks of the same article, this one included. */
	siblings: string[];
	/** Whether a test can be made of the deck (core/quiz/offer.ts). */
	testable: boolean;
	counts: QueueCounts;
	plan: ExamPlan | null;
	/** What the plan predicts, when there is one. */
	summary: ExamSummary | null;
	rolloverHour: number;
	/** Today's study day, YYYY-MM-DD (the earliest exam date the form offers). */
	today: string;
	/** Cards suspended, and buried until tomorrow, from the study screen. */
	setAside: { suspended: number; buried: number };
}

/** The deck page's data (live: it follows a plan saved or a card studied); null for no deck. */
export async function readDeckPage(
	db: KartotekaDB,
	deckId: string,
	now: Date
): Promise<DeckPageData | null> {
	const deck = await getDeck(db, deckId);
	if (!deck) return null;
	// The deck's own options: its preset's over the global settings.
	const settings = (await deckSettings(db, [deckId], await loadSettings(db))).get(deckId)!;
	const hour = settings.dayStartHour;
	const article = (await listDecks(db)).filter((d) => d.sourceKey === deck.sourceKey);
	const siblings = article.map((d) => d.id);
	const start = dayStart(now, hour).getTime();
	const held = await heldToday(db, [deckId], settings, start);
	const [progress, row] = await Promise.all([
		dayProgress(db, deckId, start),
		db.deckCounts.get(deckId)
	]);
	const end = nextDayStart(now, hour).getTime();
	const [counts, plan, states, setAside, weights] = await Promise.all([
		deckCounts(db, deckId, settings, start, end, held, progress, row),
		getExamPlan(db, deckId),
		activeStates(db, deckId),
		setAsideCounts(db, deckId),
		deckWeights(db, [deckId])
	]);
	// The planner predicts with the deck's preset's fitted FSRS parameters, when it has them.
	const w = weights.get(deckId);
	return {
		deck,
		siblings,
		testable: canTest(
			deck,
			article.reduce((n, d) => n + d.cardCount, 0)
		),
		counts,
		plan,
		summary:
			plan &&
			examSummary(w ? { ...plan, w } : plan, states, now, hour, {
				newPerDay: settings.newPerDay,
				newDoneToday: progress.newDone,
				firstDayGradings: 1 + settings.learningSteps.length
			}),
		rolloverHour: hour,
		today: dayKey(now, hour),
		setAside
	};
}

function examSummary(
	plan: PlannedExam,
	states: StateRow[],
	now: Date,
	hour: number,
	pace: NewCardPace
): ExamSummary {
	const cards = states.map((s) => s.card);
	const newCards = cards.filter((c) => c.state === 0).length;
	const { planned, newPerDay } = planToday(
		plan,
		now,
		{ cards: cards.length, newLeft: newCards + pace.newDoneToday, newPerDay: pace.newPerDay },
		hour
	);
	return {
		plan,
		phase: examPhase(plan, now, hour),
		daysLeft: daysLeft(plan, now, hour),
		share: expectedShareRecalled(cards, plan),
		newCards,
		// The forecast counts the cards not introduced yet, at the plan's pace.
		forecast: reviewForecast(cards, now, planned, hour, { ...pace, newPerDay }),
		cramToday: planned.outOfReach ? 0 : catchUpList(states, now, planned, hour).length,
		newToday: Math.max(0, newPerDay - pace.newDoneToday)
	};
}

/**
 * The exam form: it starts from the deck's plan when the page opens (and whether every deck of
 * the article shares it) and keeps what is typed while the page's data follows writes.
 */
export class ExamForm {
	readonly deckId: string;
	readonly siblings: string[];
	date = $state('');
	/** Whole percent; the number field gives a number (null when cleared). */
	target = $state<TargetInput>('');
	all = $state(false);

	constructor(deckId: string, siblings: string[], plan: ExamPlan | null, shared: boolean) {
		this.deckId = deckId;
		this.siblings = siblings;
		this.#fill(plan, shared);
	}

	/** Checks and stores the plan, for this deck or every deck of its article. */
	async save(db: KartotekaDB, now: Date, rolloverHour: number): Promise<ExamInputProblem | null> {
		const checked = checkExamInput(this.date, this.target, now, rolloverHour);
		if ('problem' in checked) return checked.problem;
		await setExamPlan(db, this.#targets(), checked.plan);
		this.#fill(normalizeExamPlan(checked.plan), this.all);
		return null;
	}

	async clear(db: KartotekaDB): Promise<void> {
		await setExamPlan(db, this.#targets(), null);
		this.#fill(null, this.all);
	}

	#targets(): string[] {
		return this.all ? this.siblings : [this.deckId];
	}

	#fill(plan: ExamPlan | null, shared: boolean): void {
		this.date = plan?.examDate ?? '';
		this.target = String(Math.round((plan?.target ?? EXAM_TARGET_DEFAULT) * 100));
		this.all = shared;
	}
}

/** The form as the page opens: the deck's plan, and whether all its article's decks share it. */
export async function readExamForm(db: KartotekaDB, deckId: string): Promise<ExamForm | null> {
	const deck = await getDeck(db, deckId);
	if (!deck) return null;
	const siblings = (await listDecks(db))
		.filter((d) => d.sourceKey === deck.sourceKey)
		.map((d) => d.id);
	const plans = await Promise.all(siblings.map((id) => getExamPlan(db, id)));
	const plan = plans[siblings.indexOf(deckId)] ?? null;
	const same = (p: ExamPlan | null) =>
		!!p && !!plan && p.examDate === plan.examDate && p.target === plan.target;
	return new ExamForm(deckId, siblings, plan, siblings.length > 1 && plans.every(same));
}
