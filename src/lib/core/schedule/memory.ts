// What a stored FSRS card may hold, and how to read one that holds something impossible.
//
// ts-fsrs throws on a memory state outside its range ("Invalid memory state { difficulty: -50 …}")
// and on a last review after the review time ("Invalid delta_t"). Such states cannot come from
// this app's own reviews, but can come from an imported file, an older build or a damaged row.
// Imports refuse them (memoryProblem); the scheduler reads any that got in through saneCard, so
// that one bad card never blocks a study session. No ts-fsrs import: the importer uses this too.
import type { Card } from 'ts-fsrs';
import { CardState } from './state';

/** ts-fsrs's bounds (S_MIN, S_MAX; difficulty 1–10). */
export const MEMORY = {
	minStability: 0.001,
	maxStability: 36500,
	minDifficulty: 1,
	maxDifficulty: 10
};

const inRange = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;

export interface MemoryProblem {
	field: 'stability' | 'difficulty';
	message: string;
}

/** Why a card's memory state is impossible, or null. A new card holds zeros or a valid state. */
export function memoryProblem(
	card: Pick<Card, 'state' | 'stability' | 'difficulty'>
): MemoryProblem | null {
	if (card.state === CardState.New && card.stability === 0 && card.difficulty === 0) return null;
	if (!inRange(card.stability, MEMORY.minStability, MEMORY.maxStability))
		return {
			field: 'stability',
			message: `stability ${card.stability} is outside ${MEMORY.minStability}–${MEMORY.maxStability} days`
		};
	if (!inRange(card.difficulty, MEMORY.minDifficulty, MEMORY.maxDifficulty))
		return {
			field: 'difficulty',
			message: `difficulty ${card.difficulty} is outside ${MEMORY.minDifficulty}–${MEMORY.maxDifficulty}`
		};
	return null;
}

const clamp = (x: number, lo: number, hi: number, fallback: number) =>
	Number.isFinite(x) ? Math.min(Math.max(x, lo), hi) : fallback;
const count = (x: number) => (Number.isFinite(x) && x > 0 ? Math.floor(x) : 0);
const validDate = (d: Date | undefined) => d instanceof Date && Number.isFinite(d.getTime());

/**
 * The card as the scheduler can take it at `now` (the same object when nothing is wrong): an
 * unknown state becomes new, the memory state is clamped into range (an impossible stability
 * reads as the weakest memory, which brings the card back soon rather than never), a last review
 * after `now` (a clock that ran ahead) is taken as `now`, broken dates and counts as absent.
 */
export function saneCard(card: Card, now: Date): Card {
	const states: number[] = Object.values(CardState);
	const state = states.includes(card.state) ? card.state : CardState.New;
	// A studied card needs its last review (retrievability is counted from it); a new one may lack it.
	const lastOk = validDate(card.last_review)
		? card.last_review!.getTime() <= now.getTime()
		: card.last_review === undefined && state === CardState.New;
	const fine =
		state === card.state &&
		memoryProblem(card) === null &&
		validDate(card.due) &&
		lastOk &&
		[card.reps, card.lapses, card.learning_steps].every((x) => count(x) === x) &&
		[card.elapsed_days, card.scheduled_days].every((x) => Number.isFinite(x) && x >= 0);
	if (fine) return card;
	const fresh = state === CardState.New;
	const due = validDate(card.due) ? card.due : new Date(now.getTime());
	// Missing or broken on a studied card: the due date (or now, if that is later) stands in for it.
	const last = validDate(card.last_review)
		? card.last_review!.getTime()
		: fresh
			? null
			: due.getTime();
	return {
		...card,
		state: state as Card['state'],
		// A new card starts from zeros (ts-fsrs then takes its initial state from the first grade).
		stability: fresh
			? 0
			: clamp(card.stability, MEMORY.minStability, MEMORY.maxStability, MEMORY.minStability),
		difficulty: fresh ? 0 : clamp(card.difficulty, MEMORY.minDifficulty, MEMORY.maxDifficulty, 5),
		due,
		last_review: last === null ? undefined : new Date(Math.min(last, now.getTime())),
		reps: count(card.reps),
		lapses: count(card.lapses),
		learning_steps: count(card.learning_steps),
		elapsed_days: count(card.elapsed_days),
		scheduled_days: count(card.scheduled_days)
	};
}
