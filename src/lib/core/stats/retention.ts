// True retention (Anki's term): of the reviews of cards that were in the review state, the share
// answered Hard, Good or Easy rather than Again. Learning steps are left out: they test minutes-old
// memories, not retention. Below a minimum count a share says little, so it is withheld.
import { CardState } from '../schedule/state';
import { dayStartAt } from './days';
import { weight, type ReviewSummary, type StatsClock } from './types';

export const RETENTION_MIN_REVIEWS = 10;
export const RETENTION_RECENT_DAYS = 30;

export interface RetentionFigure {
	passed: number;
	total: number;
	/** passed / total, or null when `total` is below RETENTION_MIN_REVIEWS. */
	rate: number | null;
}

export interface RetentionRow {
	/** The deck's id; null for the row over all the decks asked about. */
	deckId: string | null;
	recent: RetentionFigure;
	allTime: RetentionFigure;
}

function figure(passed: number, total: number): RetentionFigure {
	return { passed, total, rate: total >= RETENTION_MIN_REVIEWS ? passed / total : null };
}

/**
 * One row per deck in `deckIds` (in that order), then the row over all of them. "Recent" is the
 * last `recentDays` study days, today included.
 */
export function trueRetention(
	reviews: readonly ReviewSummary[],
	clock: StatsClock,
	deckIds: readonly string[],
	recentDays = RETENTION_RECENT_DAYS
): RetentionRow[] {
	const since = dayStartAt(clock, 1 - recentDays);
	const tally = new Map<string, [number, number, number, number]>(
		deckIds.map((id) => [id, [0, 0, 0, 0]])
	);
	const all: [number, number, number, number] = [0, 0, 0, 0];
	for (const r of reviews) {
		if (r.state !== CardState.Review || r.rating < 1 || r.rating > 4) continue;
		const t = tally.get(r.deckId);
		if (!t) continue;
		const n = weight(r);
		const pass = r.rating > 1 ? n : 0;
		const recent = r.at >= since && r.at <= clock.now.getTime();
		for (const x of [t, all]) {
			x[0] += pass;
			x[1] += n;
			if (recent) {
				x[2] += pass;
				x[3] += n;
			}
		}
	}
	const row = (deckId: string | null, x: number[]): RetentionRow => ({
		deckId,
		recent: figure(x[2], x[3]),
		allTime: figure(x[0], x[1])
	});
	return [...deckIds.map((id) => row(id, tally.get(id)!)), row(null, all)];
}

/**
 * The same rows from aggregates (issue 11): `recent` covers at least the last `recentDays` study
 * days, `allTime` every review (each deck's all-time totals); each figure is taken from its own.
 */
export function retentionFrom(
	recent: readonly ReviewSummary[],
	allTime: readonly ReviewSummary[],
	clock: StatsClock,
	deckIds: readonly string[],
	recentDays = RETENTION_RECENT_DAYS
): RetentionRow[] {
	const r = trueRetention(recent, clock, deckIds, recentDays);
	const a = trueRetention(allTime, clock, deckIds, recentDays);
	return r.map((row, i) => ({ ...row, allTime: a[i].allTime }));
}
