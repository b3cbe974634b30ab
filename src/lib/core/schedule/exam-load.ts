// Review cards due per study day, kept up to date as cards are graded (and undone): what exam
// mode's planner reads to put a final review on a lighter day (exam.ts, DayLoad), and what load
// balancing weighs (load-balance.ts). Pure: the caller feeds it.
import type { Card } from 'ts-fsrs';
import { dayKey } from './day';
import { CardState } from './state';

export class DueCounts {
	readonly #counts = new Map<string, number>();
	readonly #rolloverHour: number;

	constructor(rolloverHour: number, cards: Iterable<Card> = []) {
		this.#rolloverHour = rolloverHour;
		for (const c of cards) this.add(c);
	}

	/** Counts `card` on its due day (review cards only: learning steps are today's business). */
	add(card: Card, k = 1): void {
		if (card.state !== CardState.Review) return;
		const key = dayKey(new Date(card.due), this.#rolloverHour);
		this.#counts.set(key, (this.#counts.get(key) ?? 0) + k);
	}

	/** A review card due at `dueMs` (read from an index, without the card). */
	addDue(dueMs: number, k = 1): void {
		const key = dayKey(new Date(dueMs), this.#rolloverHour);
		this.#counts.set(key, (this.#counts.get(key) ?? 0) + k);
	}

	/** A card graded: off its old day, onto its new one (an undo: `after` back to `before`). */
	move(before: Card, after: Card): void {
		this.add(before, -1);
		this.add(after, 1);
	}

	/** The planner's view: reviews due on a study day (YYYY-MM-DD). */
	readonly load = (day: string): number => this.#counts.get(day) ?? 0;

	/** The balancer's view: reviews due on the study day of a date. */
	readonly loadAt = (due: Date): number => this.load(dayKey(due, this.#rolloverHour));
}
