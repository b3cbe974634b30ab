// A deck's progress reset as sync carries it (issue 14, part 3). A reset keeps the review history
// (the statistics show it) but starts each card over, so a replay of the card (replay.ts) must not
// run through the reviews before it: each card holds the reset that wins, a mark with its own HLC
// stamp, and a review counts for the schedule only when it came after that stamp. Review ids are
// HLC stamps of the grading device, so "after" follows what each device had seen: a review graded
// on a device that had synced the reset is after it; one graded offline is ordered by the clocks.
//
// On the wire a reset is a change of the row "resets|<deck id>" whose fields are the card keys,
// each with its mark, or null for a reset undone (fields.ts: last writer per field by HLC), so two
// devices that reset, undo and review in any order end with the same mark on every card, and the
// same replayed state.
import type { Card } from 'ts-fsrs';
import { emptyCard } from '../schedule/state';
import { parseHlc } from './hlc';

export interface ResetMark {
	/** The reset's HLC stamp: reviews stamped after it count. */
	hlc: string;
	/** When the card started over (ms): the new card's due time. */
	at: number;
}

/** A value that came through JSON as a mark, or null for none (an undone reset, bad data). */
export function readReset(value: unknown): ResetMark | null {
	if (typeof value !== 'object' || value === null) return null;
	const { hlc, at } = value as Record<string, unknown>;
	if (typeof hlc !== 'string' || !parseHlc(hlc)) return null;
	if (typeof at !== 'number' || !Number.isFinite(at)) return null;
	return { hlc, at };
}

/**
 * Whether a review counts after the reset. Its id is an HLC stamp (the grading device's clock, or
 * one made from its time when it was graded before sync was on); an id that is none is placed by
 * its time.
 */
export function afterReset(
	review: { id: string; at: number },
	reset: ResetMark | null | undefined
): boolean {
	if (!reset) return true;
	return parseHlc(review.id) ? review.id > reset.hlc : review.at > reset.at;
}

/** The card a reset starts from: new, due when it was reset (as the resetting device made it). */
export const resetCard = (reset: ResetMark): Card => emptyCard(new Date(reset.at));
