// Cards by state, as Anki's "Card Counts": new, learning, young and mature reviews, relearning.
// The db layer leaves retired cards out (they are kept with their history, studied nowhere).
import { CardState } from '../schedule/state';
import type { CardSummary } from './types';

/** Anki calls a review card mature once its interval reaches 21 days. */
export const MATURE_DAYS = 21;

export interface CardCounts {
	new: number;
	learning: number;
	young: number;
	mature: number;
	relearning: number;
	total: number;
}

export const CARD_COUNT_KEYS = ['new', 'learning', 'relearning', 'young', 'mature'] as const;

export function cardCounts(cards: readonly CardSummary[]): CardCounts {
	const c: CardCounts = { new: 0, learning: 0, young: 0, mature: 0, relearning: 0, total: 0 };
	for (const card of cards) {
		c.total++;
		if (card.state === CardState.New) c.new++;
		else if (card.state === CardState.Learning) c.learning++;
		else if (card.state === CardState.Relearning) c.relearning++;
		else if (card.scheduledDays >= MATURE_DAYS) c.mature++;
		else c.young++;
	}
	return c;
}
