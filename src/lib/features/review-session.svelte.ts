// A study session over one or more decks. The queue is kept in memory so that revealing and
// grading respond within a frame; every grade is written to IndexedDB (state + log in one
// transaction) in the background, in order. Closing the tab loses nothing that was graded:
// the next session rebuilds the same queue from the database.
import {
	buildQueue,
	createScheduler,
	dayStart,
	nextDayStart,
	QUEUE_CODE,
	queueCodeOf,
	State,
	type DeckCandidates,
	type GradeName,
	type QueueCounts,
	type Scheduler,
	type StudySettings
} from '$lib/core/schedule';
import {
	getCardWithState,
	lastReview,
	queueCandidates,
	recordReview,
	undoReview,
	type CardRow,
	type KartotekaDB,
	type StateRow
} from '$lib/db';
import { t } from '$lib/i18n/i18n.svelte';
import { handleError } from './errors.svelte';
import {
	addCramCards,
	loadExamPlans,
	previewLabels,
	withExamPlan,
	type ExamPlans
} from './exam-session';
import { loadSettings, requestPersistenceOnce } from './settings.svelte';

interface Entry {
	card: CardRow;
	state: StateRow;
}

/** Anki caps the recorded answer time: a card left on screen is not a minute of study. */
const MAX_ANSWER_MS = 60_000;

export class ReviewSession {
	#db: KartotekaDB;
	#deckIds: string[];
	#settings!: StudySettings;
	#scheduler!: Scheduler;
	#candidates: DeckCandidates[] = [];
	#entries = new Map<string, Entry>();
	#dayEnd = 0;
	#shownAt = 0;
	#writes: Promise<unknown> = Promise.resolve();
	#undo: number[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Exam mode (feat/exam): the plans of the session's decks that have one. */
	#plans: ExamPlans = new Map();

	#current = $state.raw<Entry | null>(null);
	#revealed = $state(false);
	#counts = $state<QueueCounts>({ new: 0, learning: 0, review: 0 });
	#previews = $state<Record<GradeName, string> | null>(null);
	#waitUntil = $state<number | null>(null);
	#loading = $state(true);
	#canUndo = $state(false);

	constructor(db: KartotekaDB, deckIds: string[]) {
		this.#db = db;
		this.#deckIds = deckIds;
	}

	get card(): CardRow | null {
		return this.#current?.card ?? null;
	}
	get revealed(): boolean {
		return this.#revealed;
	}
	get counts(): QueueCounts {
		return this.#counts;
	}
	get previews(): Record<GradeName, string> | null {
		return this.#previews;
	}
	get waitUntil(): number | null {
		return this.#waitUntil;
	}
	get loading(): boolean {
		return this.#loading;
	}
	get canUndo(): boolean {
		return this.#canUndo;
	}
	get done(): boolean {
		return !this.#loading && this.#current === null;
	}

	/** Reads settings and today's candidates from the database and shows the first card. */
	async load(now = new Date(), prefer?: string): Promise<void> {
		this.#settings = await loadSettings(this.#db);
		this.#scheduler = createScheduler(this.#settings, { fuzz: true });
		const start = dayStart(now, this.#settings.dayStartHour).getTime();
		this.#dayEnd = nextDayStart(now, this.#settings.dayStartHour).getTime();
		this.#candidates = await Promise.all(
			this.#deckIds.map((id) => queueCandidates(this.#db, id, this.#settings, start, this.#dayEnd))
		);
		// Exam mode (feat/exam): at-risk cards join the reviews in the last days before an exam.
		this.#plans = await loadExamPlans(this.#db, this.#deckIds);
		await addCramCards(
			this.#db,
			this.#candidates,
			this.#plans,
			now,
			this.#settings.dayStartHour,
			this.#dayEnd
		);
		const keys = this.#candidates.flatMap((c) =>
			[...c.learning, ...c.reviews, ...c.fresh].map((q) => q.key)
		);
		const rows = await Promise.all(keys.map((k) => getCardWithState(this.#db, k)));
		this.#entries = new Map(rows.filter((r): r is Entry => r !== null).map((r) => [r.card.key, r]));
		if (!this.#undo.length)
			this.#canUndo = (await lastReview(this.#db, this.#deckIds)) !== undefined;
		this.#loading = false;
		this.#advance(now, prefer);
	}

	reveal(): void {
		if (this.#current) this.#revealed = true;
	}

	/** Grades the shown card: the next card appears at once, the write follows in order. */
	grade(grade: GradeName, now = new Date()): void {
		const entry = this.#current;
		if (!entry || !this.#revealed) return;
		if (now.getTime() >= this.#dayEnd) {
			// A new study day began during the session: fresh limits, fresh queue.
			void this.#enqueue(() => this.load(now));
			return;
		}
		const graded = this.#scheduler.grade(entry.state.card, grade, now);
		const state = entry.state;
		// Exam mode (feat/exam): the deck's plan may bring the card back before the exam.
		const plan = this.#plans.get(state.deckId);
		const next = withExamPlan(graded.card, plan, now, this.#settings.dayStartHour);
		const log = graded.log;
		const durationMs = Math.min(MAX_ANSWER_MS, now.getTime() - this.#shownAt);
		const updated: StateRow = {
			...state,
			card: next,
			due: next.due.getTime(),
			queue: queueCodeOf(next)
		};

		// Update the in-memory queue the way the database will look after the write.
		const deck = this.#candidates.find((c) => c.deckId === state.deckId);
		if (deck) {
			for (const list of [deck.learning, deck.reviews, deck.fresh]) {
				const i = list.findIndex((q) => q.key === state.key);
				if (i >= 0) list.splice(i, 1);
			}
			if (log.state === State.New) deck.progress.newDone++;
			else if (log.state === State.Review) deck.progress.reviewsDone++;
			if (updated.due < this.#dayEnd) {
				const q = { key: state.key, deckId: state.deckId, due: updated.due, ord: state.ord };
				if (updated.queue === QUEUE_CODE.learning) deck.learning.push(q);
				else if (updated.queue === QUEUE_CODE.review) deck.reviews.push(q);
			}
		}
		this.#entries.set(state.key, { card: entry.card, state: updated });
		this.#canUndo = true;
		this.#advance(now);

		void this.#enqueue(async () => {
			this.#undo.push(await recordReview(this.#db, { state, next, log, durationMs }));
			await requestPersistenceOnce(this.#db);
		});
	}

	/** Undoes the last review: the card's previous state returns and it is shown again. */
	async undo(): Promise<void> {
		await this.#writes;
		const id = this.#undo.pop() ?? (await lastReview(this.#db, this.#deckIds))?.id;
		if (id === undefined) {
			this.#canUndo = false;
			return;
		}
		await this.#enqueue(async () => {
			const review = await undoReview(this.#db, id);
			await this.load(new Date(), review?.key);
		});
	}

	dispose(): void {
		clearTimeout(this.#timer);
	}

	#advance(now: Date, prefer?: string): void {
		clearTimeout(this.#timer);
		const queue = buildQueue(this.#candidates, this.#settings, now);
		this.#counts = queue.counts;
		const key = prefer && this.#entries.has(prefer) ? prefer : queue.next?.key;
		const entry = key ? (this.#entries.get(key) ?? null) : null;
		this.#current = entry;
		this.#revealed = false;
		this.#waitUntil = entry ? null : queue.waitUntil;
		this.#shownAt = now.getTime();
		this.#previews = entry
			? previewLabels(
					this.#scheduler,
					entry.state.card,
					this.#plans.get(entry.state.deckId),
					now,
					this.#settings.dayStartHour
				)
			: null;
		if (!entry && queue.waitUntil !== null) {
			// Wake up when the next learning card can be shown (20 minutes early at most).
			const wait = Math.max(1000, queue.waitUntil - 20 * 60_000 - now.getTime());
			this.#timer = setTimeout(() => this.#advance(new Date()), wait);
		}
	}

	#enqueue(job: () => Promise<unknown>): Promise<unknown> {
		this.#writes = this.#writes.then(job).catch((e) => {
			handleError(e, t('error.saveReview'));
			// Show what the database really holds.
			return this.load();
		});
		return this.#writes;
	}
}
