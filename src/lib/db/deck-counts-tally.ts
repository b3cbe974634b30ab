// The arithmetic of the per-deck counters (deck-counts-hook.ts): what a state or a card adds to its
// deck's row. Loaded by the repositories that write states and cards (not by the first page).
import { personNamed } from '$lib/core/schedule/siblings';
import type { Fact } from '$lib/core/deck/types';
import { MATURE_DAYS } from '$lib/core/stats/card-counts';
import { HOUR_MS, provideTallies, type DeckCountsRow } from './deck-counts-hook';

type Counted = { deckId: string; queue: number; due: number; card: { scheduled_days: number } };
type Named = { deckId: string; retired: number; fact?: Fact };

const bump = (b: Record<string, number>, k: string | number, by: number) => {
	const v = (b[k] ?? 0) + by;
	if (v) b[k] = v;
	else delete b[k];
};

/** Adds (by 1) or takes away (−1) states to a deck's counters. */
export function tallyStates(row: DeckCountsRow, states: readonly Counted[], by: 1 | -1): void {
	for (const s of states) {
		if (s.queue === 0) row.n += by;
		else if (s.queue === 1 || s.queue === 2)
			bump(s.queue === 1 ? row.l : row.r, Math.floor(s.due / HOUR_MS), by);
		if (s.queue === 2 && s.card.scheduled_days >= MATURE_DAYS) row.m += by;
	}
}

/** Adds or takes away cards to a deck's person counts (retired cards name no one). */
export function tallyCards(row: DeckCountsRow, cards: readonly Named[], by: 1 | -1): void {
	for (const c of cards) {
		const who = c.retired === 0 ? personNamed(c.fact) : undefined;
		if (who) bump(row.p, who, by);
	}
}

export const TALLIES = { states: tallyStates, cards: tallyCards } as unknown as Parameters<
	typeof provideTallies
>[0];
provideTallies(TALLIES);
