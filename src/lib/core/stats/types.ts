// What the statistics are computed from: slim summaries of review logs and card states, read by
// the db layer. Plain data, so the functions here run the same in tests, Node and the browser.
import type { CardStateCode } from '../schedule/state';

export interface ReviewSummary {
	/** Review time, ms since the epoch. */
	at: number;
	/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
	rating: number;
	/** The card's state before this review (ts-fsrs ReviewLog.state). */
	state: CardStateCode;
	/** Time from showing the card to grading it. */
	durationMs: number;
	deckId: string;
	/**
	 * How many reviews this entry stands for (1 when absent). The statistics page reads hourly
	 * aggregates (db/review-hours.ts), one entry per deck, hour, state and grade: `durationMs` is
	 * then the sum over them.
	 */
	count?: number;
}

/** How many reviews a summary stands for. */
export const weight = (r: ReviewSummary): number => r.count ?? 1;

export interface CardSummary {
	deckId: string;
	/** Due time, ms since the epoch. */
	due: number;
	state: CardStateCode;
	/** The interval the last review gave, in days (ts-fsrs scheduled_days). */
	scheduledDays: number;
}

/** Time is a parameter: `now` and the hour at which a study day begins (4, as in Anki). */
export interface StatsClock {
	now: Date;
	rolloverHour: number;
}
