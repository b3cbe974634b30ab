// An Anki card's scheduling and review history as this app's study progress (progress.ts).
//
// The card keeps Anki's intervals: a review card is due when Anki had it due (`crt + due` days),
// with Anki's interval as scheduled_days. Its FSRS memory is Anki's own where Anki ran FSRS (the
// card's `data` holds {"s","d"}); otherwise stability is the interval (what FSRS's stability
// means: the days until recall falls to 90 %) and difficulty comes from Anki's ease factor (130 %
// hardest → 10, 350 % easiest → 2). Every revlog row becomes a review log (rating = Anki's button,
// time, duration, the state it was reviewed in), so the FSRS optimizer can be fitted on it.
import { MEMORY } from '$lib/core/schedule/memory';
import { CardState } from '$lib/core/schedule/state';
import type { AnkiCard, AnkiRevlog } from './apkg-read';
import type { CardJson, CardProgress, ReviewJson } from './progress';

const DAY_MS = 86_400_000;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const iso = (ms: number) => new Date(ms).toISOString();

/** Difficulty 1–10 from an Anki ease factor in permille (2500 = 250 %). */
export const difficultyOfFactor = (factor: number) =>
	factor > 0
		? clamp(10 - ((factor - 1300) * 8) / 2200, MEMORY.minDifficulty, MEMORY.maxDifficulty)
		: 5;

const stabilityOf = (days: number) => clamp(days, 0.1, MEMORY.maxStability);

function fsrsMemory(data: string): { s: number; d: number } | null {
	if (!data) return null;
	try {
		const j = JSON.parse(data) as { s?: unknown; d?: unknown };
		const s = Number(j.s);
		const d = Number(j.d);
		if (s >= MEMORY.minStability && s <= MEMORY.maxStability && d >= 1 && d <= 10) return { s, d };
	} catch {
		// Not JSON: no FSRS memory.
	}
	return null;
}

/** Anki's card type → ts-fsrs state (0 new, 1 learning, 2 review, 3 relearning). */
const stateOfType = (type: number) =>
	type === 2
		? CardState.Review
		: type === 3
			? CardState.Relearning
			: type === 1
				? CardState.Learning
				: CardState.New;

/** The card's ts-fsrs state from Anki's columns; null for a new card (it stays new here). */
export function cardStateOf(
	c: AnkiCard,
	crt: number,
	lastReviewMs: number | undefined,
	nowMs: number
): CardJson | null {
	const state = stateOfType(c.type);
	if (state === CardState.New) return null;
	// Learning cards in the intraday queue are due at a time (seconds); the others on a day.
	const dueMs = c.due > 1e9 ? c.due * 1000 : (crt + c.due * 86400) * 1000;
	const ivl = Math.max(0, c.ivl);
	const memory = fsrsMemory(c.data);
	const lastReview = Math.min(lastReviewMs ?? dueMs - ivl * DAY_MS, nowMs);
	return {
		due: iso(dueMs),
		stability: memory?.s ?? stabilityOf(ivl || 0.5),
		difficulty: memory?.d ?? difficultyOfFactor(c.factor),
		elapsed_days: 0,
		scheduled_days: state === CardState.Learning ? 0 : ivl,
		learning_steps: 0,
		reps: Math.max(c.reps, 1),
		lapses: Math.max(0, c.lapses),
		state,
		last_review: iso(Math.max(0, lastReview))
	};
}

/** Anki's revlog type (0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled) → state. */
const stateOfRevlog = (type: number, first: boolean) =>
	type === 0
		? first
			? CardState.New
			: CardState.Learning
		: type === 2
			? CardState.Relearning
			: CardState.Review;

/** The card after a revlog row, as far as the row tells (its interval and ease). */
function afterRow(r: AnkiRevlog, before: CardJson): CardJson {
	const again = r.ease === 1;
	const ivlDays = r.ivl > 0 ? r.ivl : 0;
	const dueMs = r.id + (r.ivl > 0 ? r.ivl * DAY_MS : -r.ivl * 1000);
	const lapse = again && before.state === CardState.Review;
	const state =
		r.ivl > 0
			? CardState.Review
			: lapse || before.state === CardState.Relearning
				? CardState.Relearning
				: CardState.Learning;
	const last = before.last_review ? Date.parse(before.last_review) : r.id;
	return {
		due: iso(dueMs),
		stability: stabilityOf(ivlDays || before.stability || 0.5),
		difficulty: r.factor > 0 ? difficultyOfFactor(r.factor) : before.difficulty || 5,
		elapsed_days: Math.max(0, Math.floor((r.id - last) / DAY_MS)),
		scheduled_days: ivlDays,
		learning_steps: 0,
		reps: before.reps + 1,
		lapses: before.lapses + (lapse ? 1 : 0),
		state,
		last_review: iso(r.id)
	};
}

const NEW_CARD = (ms: number): CardJson => ({
	due: iso(ms),
	stability: 0,
	difficulty: 0,
	elapsed_days: 0,
	scheduled_days: 0,
	learning_steps: 0,
	reps: 0,
	lapses: 0,
	state: CardState.New
});

/** A card's revlog rows (oldest first) as review logs; rows later than `nowMs` are left out. */
export function reviewsOf(rows: AnkiRevlog[], nowMs: number): ReviewJson[] {
	const out: ReviewJson[] = [];
	let card: CardJson | null = null;
	for (const r of rows) {
		if (r.id > nowMs || r.id <= 0) continue;
		const prev: CardJson = card ?? NEW_CARD(r.id);
		// Manual and reschedule rows (ease 0) are not answers: rating 0 ("Manual") keeps them apart.
		const rating = r.ease >= 1 && r.ease <= 4 && r.type <= 3 ? r.ease : 0;
		const next = rating ? afterRow(r, prev) : prev;
		out.push({
			rating,
			state: rating ? stateOfRevlog(r.type, !card) : prev.state,
			due: next.due,
			stability: next.stability,
			difficulty: next.difficulty,
			elapsed_days: next.elapsed_days,
			last_elapsed_days: prev.elapsed_days,
			scheduled_days: next.scheduled_days,
			learning_steps: 0,
			review: iso(r.id),
			durationMs: clamp(Math.round(r.time), 0, DAY_MS),
			prev
		});
		card = next;
	}
	return out;
}

/** One Anki card's progress entry, or null when it was never studied. */
export function progressOf(
	deckId: string,
	cardId: string,
	c: AnkiCard,
	rows: AnkiRevlog[],
	crt: number,
	nowMs: number
): CardProgress | null {
	const reviews = reviewsOf(rows, nowMs);
	const last = reviews.filter((r) => r.rating > 0).at(-1);
	const card = cardStateOf(c, crt, last ? Date.parse(last.review) : undefined, nowMs);
	if (!card) return null;
	return { deckId, cardId, card, reviews };
}
