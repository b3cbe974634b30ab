// The deck page's model: the deck, today's counts, and its exam plan with what the plan predicts
// (days left, expected share recalled on the exam day, reviews per day until the exam).
import { dayStart, nextDayStart } from '$lib/core/schedule/day';
import {
	cramList,
	daysLeft,
	examDateProblem,
	examPhase,
	expectedShareRecalled,
	EXAM_TARGET_MAX,
	EXAM_TARGET_MIN,
	reviewForecast,
	type ExamPhase,
	type ExamPlan,
	type ForecastDay
} from '$lib/core/schedule/exam';
import type { QueueCounts } from '$lib/core/schedule/queue';
import { deckCounts, getDeck, listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { activeStates, getExamPlan, setExamPlan } from '$lib/db/exam-repo';
import type { StateRow } from '$lib/db';
import { loadSettings } from './settings.svelte';

export interface ExamSummary {
	plan: ExamPlan;
	phase: ExamPhase;
	daysLeft: number;
	/** Mean predicted recall on the exam day (new cards count 0). */
	share: number;
	/** Cards not studied yet. */
	newCards: number;
	forecast: ForecastDay[];
	/** At-risk cards that join today's reviews (in the last days only). */
	cramToday: number;
}

export type ExamInputProblem =
	{ kind: 'missing' | 'invalid' | 'past'; date: string } | { kind: 'target'; value: string };

/** Checks the form: the date (not past) and the target in whole percent. */
export function checkExamInput(
	date: string,
	targetPct: string,
	now: Date,
	rolloverHour: number
): { plan: ExamPlan } | { problem: ExamInputProblem } {
	const dateProblem = examDateProblem(date, now, rolloverHour);
	if (dateProblem) return { problem: { kind: dateProblem, date } };
	const pct = Number(targetPct);
	const lo = Math.round(EXAM_TARGET_MIN * 100);
	const hi = Math.round(EXAM_TARGET_MAX * 100);
	if (!targetPct.trim() || !Number.isInteger(pct) || pct < lo || pct > hi)
		return { problem: { kind: 'target', value: targetPct } };
	return { plan: { examDate: date, target: pct / 100 } };
}

export class DeckPage {
	#db: KartotekaDB;
	#deck = $state.raw<DeckRow | null>(null);
	#siblings = $state.raw<string[]>([]);
	#counts = $state.raw<QueueCounts>({ new: 0, learning: 0, review: 0 });
	#plan = $state.raw<ExamPlan | null>(null);
	/** Whether every deck of the article has this deck's plan (the toggle's starting position). */
	#sharedPlan = $state(false);
	#states = $state.raw<StateRow[]>([]);
	#now = $state.raw(new Date());
	#rollover = $state(4);
	#status = $state<'loading' | 'ready' | 'missing'>('loading');

	#summary = $derived.by((): ExamSummary | null => {
		const plan = this.#plan;
		if (!plan) return null;
		const now = this.#now;
		const r = this.#rollover;
		const cards = this.#states.map((s) => s.card);
		return {
			plan,
			phase: examPhase(plan, now, r),
			daysLeft: daysLeft(plan, now, r),
			share: expectedShareRecalled(cards, plan),
			newCards: cards.filter((c) => c.state === 0).length,
			forecast: reviewForecast(cards, now, plan, r),
			cramToday: cramList(this.#states, now, plan, r).length
		};
	});

	constructor(db: KartotekaDB) {
		this.#db = db;
	}

	get status() {
		return this.#status;
	}
	get deck() {
		return this.#deck;
	}
	get counts() {
		return this.#counts;
	}
	get plan() {
		return this.#plan;
	}
	get sharedPlan() {
		return this.#sharedPlan;
	}
	/** Ids of the decks of the same article, this one included. */
	get siblings() {
		return this.#siblings;
	}
	get summary() {
		return this.#summary;
	}
	get rolloverHour() {
		return this.#rollover;
	}

	async load(deckId: string, now = new Date()): Promise<void> {
		const db = this.#db;
		const deck = await getDeck(db, deckId);
		if (!deck) {
			this.#status = 'missing';
			return;
		}
		const settings = await loadSettings(db);
		const start = dayStart(now, settings.dayStartHour).getTime();
		const end = nextDayStart(now, settings.dayStartHour).getTime();
		const siblings = (await listDecks(db))
			.filter((d) => d.sourceKey === deck.sourceKey)
			.map((d) => d.id);
		const [counts, plan, states, plans] = await Promise.all([
			deckCounts(db, deckId, settings, start, end),
			getExamPlan(db, deckId),
			activeStates(db, deckId),
			Promise.all(siblings.map((id) => getExamPlan(db, id)))
		]);
		const same = (p: ExamPlan | null) =>
			!!p && !!plan && p.examDate === plan.examDate && p.target === plan.target;
		this.#deck = deck;
		this.#siblings = siblings;
		this.#counts = counts;
		this.#plan = plan;
		this.#sharedPlan = siblings.length > 1 && plans.every(same);
		this.#states = states;
		this.#now = now;
		this.#rollover = settings.dayStartHour;
		this.#status = 'ready';
	}

	/** Stores the plan for this deck, or for every deck of its article; then reloads. */
	async save(plan: ExamPlan, allOfArticle: boolean, now = new Date()): Promise<void> {
		const deck = this.#deck;
		if (!deck) return;
		await setExamPlan(this.#db, allOfArticle ? this.#siblings : [deck.id], plan);
		await this.load(deck.id, now);
	}

	async clear(allOfArticle: boolean, now = new Date()): Promise<void> {
		const deck = this.#deck;
		if (!deck) return;
		await setExamPlan(this.#db, allOfArticle ? this.#siblings : [deck.id], null);
		await this.load(deck.id, now);
	}
}
