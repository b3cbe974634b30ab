// A study session over one or more decks. The queue is kept in memory so that revealing and
// grading respond within a frame: the next card is shown at once. Every grade is written to
// IndexedDB (state + log in one transaction, strict durability) in order, and the next grade is
// taken only once the previous one is on disk (`saving`), so that a crash, a kill or a closed tab
// loses no grade the student could go on from: the next session rebuilds the same queue from the
// database. A grade another tab made stale (or gave for a deck deleted meanwhile) is refused by
// the repository; the session says so and shows what is stored.
//
// What a grade or an undo does (the new row, the log, the queue and progress change) is computed
// once, in core/schedule/review.ts: the session applies it to its queue, the repository stores it.
import {
	applyQueueChange,
	buildQueue,
	createScheduler,
	heldBack,
	listHolding,
	previewLabels,
	reviewCard,
	undoChange,
	upcoming,
	withExamPlan,
	type DeckCandidates,
	type GradeName,
	type Queue,
	type QueueCounts,
	type QueueList,
	type Scheduler,
	type StudySettings,
	type Ties
} from '$lib/core/schedule';
import type { Card } from 'ts-fsrs';
import { inCramWindow } from '$lib/core/schedule/exam';
import {
	provesFirst,
	readSessionStates,
	settleSession,
	type Candidates,
	type SessionRead
} from './session-candidates';
import { readSessionStart, type SessionStart } from './session-start';
import {
	putBack,
	restoreSnapshot,
	setAside,
	setFlag,
	snapshotCard,
	type CardSnapshot,
	type SetAside
} from '$lib/db/card-marks';
import { dropCandidate, returnCandidate } from './study-actions';
import {
	type CardRow,
	type DeckRow,
	type KartotekaDB,
	type ReviewRow,
	type StateRow
} from '$lib/db';
import {
	getCardsWithStates,
	getCardWithState,
	lastReview,
	recordReview,
	ReviewRefused,
	undoReview,
	type CardWithState,
	type KnownRows
} from '$lib/db/review-repo';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { handleError, notices } from './errors.svelte';
import { addExamCards, type ExamDeck } from './exam-session';
import { DueCounts } from '$lib/core/schedule/exam-load';
import { requestPersistence } from './settings';

export type { GradeName } from '$lib/core/schedule';
// The study screen's typed answers (which cards take one, checking it) come with the session.
export { checkTyped, typedTarget, type TypedOutcome } from '$lib/core/answer/typed';

/** Anki caps the recorded answer time: a card left on screen is not a minute of study. */
const MAX_ANSWER_MS = 60_000;

/** Time and timers, injected so that tests can run a session at any moment of any day. */
export interface SessionClock {
	now(): Date;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(timer: unknown): void;
}

const SYSTEM_CLOCK: SessionClock = {
	now: () => new Date(),
	setTimeout: (run, ms) => setTimeout(run, ms),
	clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
};

/**
 * A written review that can be undone, and the list its card was taken from (if known); or
 * another action of the study screen (suspend, bury, flag, edit) with what undoes it.
 */
/** What the study screen needs of a session's deck (typeAnswers: typed answers on every card). */
export type SessionDeck = Pick<DeckRow, 'id' | 'origin' | 'cardCount' | 'typeAnswers'>;

/** Cards read before the first is shown: the first round's (more in later rounds, ×4 each). */
const FIRST_CARDS = 8;

const candidateKeys = (c: DeckCandidates) =>
	[...c.learning, ...c.reviews, ...c.fresh].map((q) => q.key);

/** Resolves after the next frame is painted (at once where there are no frames: Node, tests). */
function afterPaint(): Promise<void> {
	if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
	return new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		// A hidden tab paints no frame: it goes on all the same.
		setTimeout(resolve, 100);
	});
}

/** The candidates' states, by key. */
const statesOf = (candidates: readonly Candidates[]) =>
	new Map(candidates.flatMap((c) => c.rows).map((r) => [r.key, r]));

type Undoable = { id: number; from?: QueueList | null } | { revert: () => Promise<void> };

export class ReviewSession {
	#db: KartotekaDB;
	#deckIds: string[];
	/** The decks of #deckIds that exist and are not deleted, as of the last load. */
	#live: string[] = [];
	#clock: SessionClock;
	#settings!: StudySettings;
	/** Each deck's settings (its preset's options over the global ones). */
	#perDeck = new Map<string, StudySettings>();
	#scheduler!: Scheduler;
	/** Per deck: the scheduler with the deck's exam plan around it, if it has one. */
	#schedulers = new Map<string, Scheduler>();
	/** Exam mode's plan per deck for today (and its reviews due per day, kept up to date). */
	#exams = new Map<string, ExamDeck>();
	/** Every deck's review cards due per day ahead, for load balancing (null when it is off). */
	#load: DueCounts | null = null;
	#candidates: Candidates[] = [];
	#entries = new Map<string, CardWithState>();
	#dayStart = 0;
	#dayEnd = 0;
	#shownAt = 0;
	#writes: Promise<unknown> = Promise.resolve();
	#undo: Undoable[] = [];
	#timer: unknown;
	#persistAsked = true;
	/** Holding back related cards (null when the setting is off): their relations … */
	#ties: Map<string, Ties> | null = null;
	/** … the cards of their articles reviewed today, with how many times … */
	#reviewedToday = new Map<string, number>();
	/** … and the decks whose exam is so near that nothing of them may wait. */
	#noHold = new Set<string>();

	#current = $state.raw<CardWithState | null>(null);
	#revealed = $state(false);
	#counts = $state<QueueCounts>({ new: 0, learning: 0, review: 0 });
	#previews = $state<Record<GradeName, string> | null>(null);
	#waitUntil = $state<number | null>(null);
	#loading = $state(true);
	#canUndo = $state(false);
	#saving = $state(false);
	#held = $state(0);
	#showHeld = $state(false);
	/** Phase two of a load is running (see open): no grade meanwhile. */
	#settling = $state(false);
	#settled: Promise<void> = Promise.resolve();
	/** Counts the loads: a phase two of an older one changes nothing. */
	#generation = 0;
	/** The relations of any cards (null when related cards are not held back). */
	#tiesOf: ((cards: Iterable<CardRow>) => Map<string, Ties>) | null = null;
	#decks = $state.raw<SessionDeck[]>([]);
	#beforeEdit: CardSnapshot | null = null;

	constructor(db: KartotekaDB, deckIds: string[], clock: SessionClock = SYSTEM_CLOCK) {
		this.#db = db;
		this.#deckIds = deckIds;
		this.#clock = clock;
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
	/** True while the last grade is being written: the next grade waits for it. */
	get saving(): boolean {
		return this.#saving || this.#settling;
	}
	/** The first card is shown, the rest of the queue is being read: the counts are not final. */
	get settling(): boolean {
		return this.#settling;
	}
	/** The session's decks that exist (a link may name a deck deleted or never installed). */
	get decks(): readonly SessionDeck[] {
		return this.#decks;
	}
	/** Cards held back until tomorrow because a related card was studied today. */
	get held(): number {
		return this.#held;
	}
	get done(): boolean {
		return !this.#loading && this.#current === null;
	}

	/**
	 * Reads settings and today's candidates from the database and shows the first card; resolves
	 * once every candidate's card is read too (open, then settled).
	 */
	async load(prefer?: string): Promise<void> {
		await this.open(prefer);
		await this.#settled;
	}

	/**
	 * Shows the first card as soon as it is known, and resolves then (issue 11, fifth pass: a
	 * session over all decks read its 6,900 candidates' cards before the first, 355 ms at 100,000
	 * cards). Phase one (session-start.ts) reads the candidates' states (over most of the decks,
	 * only the first ones), chooses from them and reads the cards of the first few in queue order
	 * until the card to show is read and not held back; phase two (`#settle`, in the background)
	 * reads every candidate and its card, checks that held-back cards leave enough places, and
	 * corrects the counts. Until it is done the session takes no grade (`saving`) and its counts
	 * are not final (`settling`).
	 */
	async open(prefer?: string): Promise<void> {
		const generation = ++this.#generation;
		const db = this.#db;
		const now = this.#clock.now();
		const s = await readSessionStart(db, this.#deckIds, now, prefer === undefined);
		if (generation !== this.#generation) return;
		this.#apply(s, now);
		let read = s.read;
		await this.#readFirst(now, prefer, read);
		if (!provesFirst(read, this.#nextKey(now, prefer), now)) {
			// The first candidates did not show which card comes first: every deck's.
			read = await readSessionStates(db, s.args, s.rel);
			this.#candidates = read.candidates;
			await this.#readFirst(now, prefer, read);
		}
		if (generation !== this.#generation) return;
		if (!this.#undo.length) this.#canUndo = false;
		this.#loading = false;
		this.#advance(now, prefer);
		this.#settling = true;
		this.#settled = this.#settle(generation, { ...s, read }, now)
			.catch((e) => handleError(e, t('error.load')))
			.finally(() => {
				if (generation === this.#generation) this.#settling = false;
			});
	}

	/** Takes what the session's start read. */
	#apply(s: SessionStart, now: Date): void {
		const { settings, perDeck, weights, load, exams } = s;
		const hour = settings.dayStartHour;
		const balance = load ? { balance: load.loadAt } : {};
		const base = createScheduler(settings, { fuzz: true, ...balance });
		const own = (id: string) =>
			perDeck.has(id)
				? createScheduler(perDeck.get(id)!, { fuzz: true, w: weights.get(id), ...balance })
				: base;
		this.#load = load;
		this.#settings = settings;
		this.#perDeck = perDeck;
		this.#live = s.args.live;
		this.#dayStart = s.args.start;
		this.#dayEnd = s.args.dayEnd;
		this.#candidates = s.read.candidates;
		this.#persistAsked = s.asked;
		this.#scheduler = base;
		this.#exams = exams;
		this.#schedulers = new Map(
			s.args.live.map((id) => {
				const exam = exams.get(id);
				return [id, withExamPlan(own(id), exam?.planned, hour, exam?.due.load)];
			})
		);
		this.#entries = new Map();
		this.#decks = s.decks;
		this.#tiesOf = s.read.tiesOf;
		this.#ties = s.read.tiesOf ? new Map() : null;
		this.#reviewedToday = new Map();
		for (const key of s.read.reviewed) this.#countReview(key, 1);
		this.#noHold = new Set(
			[...s.plans].filter(([, p]) => inCramWindow(p, now, hour)).map(([id]) => id)
		);
	}

	/**
	 * Phase one's cards: those of the first candidates in queue order (`upcoming`), more each round,
	 * until the card the queue shows (or `prefer`) is among them. What is held back is known only of
	 * the cards read, and whether a card is held back follows from its own card and today's reviews
	 * (core siblings.ts): so the card shown is the one a read of every card would show, unless held
	 * cards of a deck outnumber its spare places (settled in phase two).
	 */
	async #readFirst(now: Date, prefer: string | undefined, read: SessionRead): Promise<void> {
		// The states read are not read again (issue 11).
		const known = { cards: read.cards, states: statesOf(read.candidates) };
		const candidate = new Set(this.#candidates.flatMap(candidateKeys));
		for (let n = FIRST_CARDS; ; n *= 4) {
			const keys = upcoming(this.#candidates, this.#settings, now, this.#heldKeys(), n);
			if (prefer && candidate.has(prefer)) keys.push(prefer);
			await this.#addEntries(keys, known);
			const next = this.#nextKey(now, prefer);
			// Not `keys.length < n`: the ties of the cards just read may hold back the card that came
			// first, and the one after it (not read yet) comes first now. Each round reads that one:
			// the entries grow, so this ends.
			if (next === undefined || this.#entries.has(next)) return;
		}
	}

	/** Reads the cards (and states not in `known`) of `keys` not read yet, and their ties. */
	async #addEntries(keys: readonly string[], known: KnownRows): Promise<void> {
		const missing = keys.filter((k) => !this.#entries.has(k));
		if (!missing.length) return;
		for (const e of await getCardsWithStates(this.#db, missing, known))
			if (!this.#entries.has(e.card.key)) this.#entries.set(e.card.key, e);
		const cards = [...this.#entries.values()].map((e) => e.card);
		this.#ties = this.#tiesOf?.(cards) ?? null;
	}

	/**
	 * Phase two: every deck's candidates (when phase one read only the first), every candidate's
	 * card, more candidates where held cards need their places (their exam cards added again), the
	 * ties of all, the undo button, and the counts. The card shown stays.
	 */
	async #settle(generation: number, s: SessionStart, now: Date): Promise<void> {
		const db = this.#db;
		// Not before the first card is painted: thousands of requests are made at once below.
		await afterPaint();
		const last = lastReview(db, this.#live);
		const quick = s.read.first !== undefined;
		const read = quick ? await readSessionStates(db, s.args, s.rel) : s.read;
		const cards = new Map(read.cards);
		for (const e of this.#entries.values()) cards.set(e.card.key, e.card);
		const full = await settleSession(db, s.args, { ...read, cards });
		const hour = this.#settings.dayStartHour;
		const fresh = full.candidates.filter((c) => quick || full.reread.has(c.deckId));
		await addExamCards(db, fresh, s.exams, now, hour, this.#dayEnd);
		const hasLast = (await last) !== undefined;
		if (generation !== this.#generation) return;
		this.#candidates = full.candidates;
		const known = { cards: full.cards, states: statesOf(full.candidates) };
		await this.#addEntries(full.candidates.flatMap(candidateKeys), known);
		if (generation !== this.#generation) return;
		if (!this.#undo.length) this.#canUndo ||= hasLast;
		const at = this.#clock.now();
		if (!this.#current) return this.#advance(at);
		const queue = buildQueue(this.#candidates, this.#settings, at, this.#heldKeys());
		this.#counts = queue.counts;
		this.#held = queue.held;
	}

	reveal(): void {
		if (this.#current) this.#revealed = true;
	}

	/** Shows the cards held back today after all (for this session). */
	showHeld(): void {
		this.#showHeld = true;
		this.#advance(this.#clock.now());
	}

	/**
	 * Grades the shown card. The next card appears at once (it may be read and revealed), but no
	 * grade is taken while this one is being written (`saving`). Resolves once the grade is on disk,
	 * or was refused (then the session has said so and reloaded what is stored).
	 */
	grade(grade: GradeName): Promise<void> {
		const entry = this.#current;
		if (!entry || !this.#revealed || this.saving) return Promise.resolve();
		const now = this.#clock.now();
		if (now.getTime() >= this.#dayEnd) {
			// A new study day began during the session: fresh limits, fresh queue.
			return this.#enqueue(() => this.load());
		}
		const before = entry.state;
		const from = listHolding(this.#candidates, before.key);
		const review = reviewCard(this.#schedulerOf(before), before, grade, now, this.#dayEnd);
		const durationMs = Math.min(MAX_ANSWER_MS, now.getTime() - this.#shownAt);
		applyQueueChange(this.#candidates, review.change, review.state);
		this.#moveDue(before.deckId, before.card, review.state.card);
		this.#entries.set(before.key, { card: entry.card, state: review.state });
		this.#countReview(before.key, 1);
		this.#canUndo = true;
		this.#saving = true;
		this.#advance(now);

		const deckOptions = this.#perDeck.get(before.deckId) ?? this.#settings;
		const newLimit = { dayStartMs: this.#dayStart, perDay: deckOptions.newPerDay };
		const written = this.#enqueue(async () => {
			let id: number;
			try {
				id = await recordReview(this.#db, { before, review, durationMs, newLimit });
			} catch (e) {
				if (!(e instanceof ReviewRefused)) throw e;
				// Nothing was written. Say why, and show what the database holds now (the card the
				// student is looking at stays, if it is still to be studied).
				notices.push(t(`study.refused.${e.reason}`));
				await this.load(this.#current?.card.key);
				return;
			}
			this.#undo.push({ id, from });
			if (this.#persistAsked) return;
			this.#persistAsked = true;
			// Not in the grade's wait: queued after it.
			void this.#enqueue(() => requestPersistence(this.#db));
		});
		return written.finally(() => {
			this.#saving = false;
		});
	}

	/** Undoes the last review: the card's previous state returns and it is shown again. */
	async undo(): Promise<void> {
		await this.#writes;
		await this.#settled;
		const last = this.#undo.pop() ?? (await this.#lastInDb());
		if (!last) {
			this.#canUndo = false;
			return;
		}
		if ('revert' in last) {
			await this.#enqueue(last.revert);
			this.#canUndo = this.#undo.length > 0 || (await this.#lastInDb()) !== null;
			return;
		}
		await this.#enqueue(async () => {
			const undone = await undoReview(this.#db, last.id);
			if (undone) await this.#restore(undone.review, undone.state, last.from);
			// Undone already, or the card was graded again since, in another tab.
			else notices.push(t('study.undoStale'));
			this.#canUndo = this.#undo.length > 0 || (await this.#lastInDb()) !== null;
		});
	}

	/**
	 * Suspends or buries the shown card: it leaves the queue at once, the next card shows, and
	 * Undo puts it back where it was. Returns false when no card is shown or a write is pending.
	 */
	setAside(how: SetAside): Promise<boolean> {
		const entry = this.#current;
		if (!entry || this.saving) return Promise.resolve(false);
		const now = this.#clock.now();
		const state = entry.state;
		const from = listHolding(this.#candidates, state.key);
		dropCandidate(this.#candidates, state.key);
		this.#canUndo = true;
		this.#advance(now);
		return this.#enqueue(async () => {
			const before = await setAside(this.#db, state.key, how, now);
			if (before === null) return;
			this.#undo.push({
				revert: async () => {
					await putBack(this.#db, state.key, before);
					returnCandidate(this.#candidates, state, from);
					this.#advance(this.#clock.now(), state.key);
				}
			});
		}).then(() => true);
	}

	/** Flags the shown card, or unflags it; Undo flips it back. */
	toggleFlag(): Promise<void> {
		const entry = this.#current;
		if (!entry) return Promise.resolve();
		const flag: 0 | 1 = entry.card.flag === 1 ? 0 : 1;
		const show = (card: CardRow, f: 0 | 1) => {
			const e = this.#entries.get(card.key);
			const next = { card: { ...card, flag: f }, state: e?.state ?? entry.state };
			this.#entries.set(card.key, next);
			if (this.#current?.card.key === card.key) this.#current = next;
		};
		show(entry.card, flag);
		this.#canUndo = true;
		return this.#enqueue(async () => {
			await setFlag(this.#db, entry.card.key, flag);
			this.#undo.push({
				revert: async () => {
					await setFlag(this.#db, entry.card.key, flag === 1 ? 0 : 1);
					show(entry.card, flag === 1 ? 0 : 1);
				}
			});
		});
	}

	/** Keeps the shown card as it is before the editor opens, for the undo of its edit. */
	async beforeEdit(): Promise<void> {
		const key = this.#current?.card.key;
		this.#beforeEdit = key ? await snapshotCard(this.#db, key) : null;
	}

	/**
	 * After the shown card was edited (the editor wrote it): the session reads it again, showing
	 * the same card, and Undo puts the text and progress back as `beforeEdit` found them.
	 */
	edited(): Promise<void> {
		const key = this.#current?.card.key;
		const before = this.#beforeEdit;
		this.#beforeEdit = null;
		if (before) {
			this.#canUndo = true;
			this.#undo.push({
				revert: async () => {
					await restoreSnapshot(this.#db, before);
					await this.load(key);
				}
			});
		}
		return this.#enqueue(() => this.load(key));
	}

	/** Resolves when every grade and undo so far is written. */
	async whenSaved(): Promise<void> {
		// A write may queue another (asking for persistence): wait until none is left.
		let writes: Promise<unknown>;
		do {
			writes = this.#writes;
			await writes;
			await this.#settled;
		} while (writes !== this.#writes);
	}

	dispose(): void {
		this.#clock.clearTimeout(this.#timer);
	}

	/** The latest review of these decks in the database (one from before this session, say). */
	async #lastInDb(): Promise<Undoable | null> {
		const review = await lastReview(this.#db, this.#live);
		return review ? { id: review.id } : null;
	}

	/** Puts an undone review's card back into today's queue, as it was, and shows it. */
	async #restore(review: ReviewRow, state: StateRow, from: QueueList | null | undefined) {
		const card =
			this.#entries.get(state.key)?.card ?? (await getCardWithState(this.#db, state.key))?.card;
		if (!card) return;
		// The day the review gave loses its card again (exam mode's and the balancer's counts).
		const graded = this.#entries.get(state.key)?.state.card;
		if (graded) this.#moveDue(state.deckId, graded, state.card);
		applyQueueChange(this.#candidates, undoChange(state, review.log, this.#dayEnd, from), state);
		this.#entries.set(state.key, { card, state });
		if (review.at >= this.#dayStart) this.#countReview(review.key, -1);
		this.#advance(this.#clock.now(), state.key);
	}

	/** A card's due day changed (a grade, or its undo): the per-day counts follow. */
	#moveDue(deckId: string, from: Card, to: Card): void {
		this.#exams.get(deckId)?.due.move(from, to);
		this.#load?.move(from, to);
	}

	#schedulerOf(row: StateRow): Scheduler {
		return this.#schedulers.get(row.deckId) ?? this.#scheduler;
	}

	#countReview(key: string, by: 1 | -1): void {
		const n = (this.#reviewedToday.get(key) ?? 0) + by;
		if (n > 0) this.#reviewedToday.set(key, n);
		else this.#reviewedToday.delete(key);
	}

	/** The candidates related to a card studied today, except those of a deck cramming for its exam. */
	#heldKeys(): Set<string> {
		if (!this.#ties || this.#showHeld) return new Set();
		const keys = this.#candidates
			.filter((d) => !this.#noHold.has(d.deckId))
			.flatMap((d) => [...d.reviews, ...d.fresh].map((q) => q.key));
		return heldBack(this.#ties, this.#reviewedToday.keys(), keys);
	}

	/** The key of the card to show: `prefer` when it is read, else the queue's next. */
	#nextKey(now: Date, prefer?: string, queue?: Queue): string | undefined {
		if (prefer && this.#entries.has(prefer)) return prefer;
		queue ??= buildQueue(this.#candidates, this.#settings, now, this.#heldKeys());
		return queue.next?.key;
	}

	#advance(now: Date, prefer?: string): void {
		this.#clock.clearTimeout(this.#timer);
		const queue = buildQueue(this.#candidates, this.#settings, now, this.#heldKeys());
		this.#counts = queue.counts;
		this.#held = queue.held;
		const key = this.#nextKey(now, prefer, queue);
		const entry = key ? (this.#entries.get(key) ?? null) : null;
		this.#current = entry;
		this.#revealed = false;
		this.#waitUntil = entry ? null : queue.waitUntil;
		this.#shownAt = now.getTime();
		this.#previews = entry
			? previewLabels(this.#schedulerOf(entry.state), entry.state.card, now, i18n.lang)
			: null;
		if (!entry && queue.waitUntil !== null) {
			// Wake up when the next learning card can be shown (20 minutes early at most).
			const wait = Math.max(1000, queue.waitUntil - 20 * 60_000 - now.getTime());
			this.#timer = this.#clock.setTimeout(() => this.#advance(this.#clock.now()), wait);
		}
	}

	/** Runs a write after the ones before it; never rejects (errors go to the error path). */
	#enqueue(job: () => Promise<unknown>): Promise<void> {
		// After a load's phase two: a job may change the queue, and phase two replaces it.
		const next = this.#writes
			.then(() => this.#settled)
			.then(job)
			.then(
				() => undefined,
				async (e) => {
					handleError(e, t('error.saveReview'));
					// Show what the database really holds.
					await this.load().catch((e2) => handleError(e2, t('error.load')));
				}
			);
		this.#writes = next;
		return next;
	}
}
