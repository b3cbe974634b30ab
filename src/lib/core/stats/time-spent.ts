// Time spent studying, from each review's durationMs (the session caps one answer at a minute,
// as Anki does, so a card left on screen does not count as an hour of study).
import { dayStartAt } from './days';
import { weight, type ReviewSummary, type StatsClock } from './types';

export interface TimeFigure {
	ms: number;
	reviews: number;
}

export interface TimeSpent {
	today: TimeFigure;
	last7: TimeFigure;
	last30: TimeFigure;
	total: TimeFigure;
	/** Average time per review over all time, null before the first review. */
	averageMs: number | null;
}

export function timeSpent(reviews: readonly ReviewSummary[], clock: StatsClock): TimeSpent {
	const since = {
		today: dayStartAt(clock, 0),
		last7: dayStartAt(clock, -6),
		last30: dayStartAt(clock, -29)
	};
	const out: TimeSpent = {
		today: { ms: 0, reviews: 0 },
		last7: { ms: 0, reviews: 0 },
		last30: { ms: 0, reviews: 0 },
		total: { ms: 0, reviews: 0 },
		averageMs: null
	};
	const end = clock.now.getTime();
	for (const r of reviews) {
		const ms = Math.max(0, r.durationMs || 0);
		const n = weight(r);
		out.total.ms += ms;
		out.total.reviews += n;
		if (r.at > end) continue;
		for (const k of ['today', 'last7', 'last30'] as const) {
			if (r.at >= since[k]) {
				out[k].ms += ms;
				out[k].reviews += n;
			}
		}
	}
	out.averageMs = out.total.reviews > 0 ? out.total.ms / out.total.reviews : null;
	return out;
}

/** Time spent with the all-time figure from totals (issue 11: the page reads no older reviews). */
export function timeSpentWithTotal(
	recent: readonly ReviewSummary[],
	total: TimeFigure,
	clock: StatsClock
): TimeSpent {
	const out = timeSpent(recent, clock);
	return {
		...out,
		total,
		averageMs: total.reviews > 0 ? total.ms / total.reviews : null
	};
}
