// What the statistics page reads since schema v4 (issue 11): the review aggregates of the chosen
// decks (review-hours.ts) over the weeks the page draws, each deck's all-time totals, and the card
// counts and due forecast as index counts. Nothing here grows with the number of logs, and only the
// learning cards (a few) are read as rows; at 100,000 cards and 470,000 logs the old reads
// (stats-repo.ts) took 22 s.
import Dexie from 'dexie';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { CardState, type CardStateCode } from '$lib/core/schedule/state';
import type { CardCounts } from '$lib/core/stats/card-counts';
import { MATURE_DAYS } from '$lib/core/stats/card-counts';
import { dayStartAt, dayWindow } from '$lib/core/stats/days';
import type { Forecast } from '$lib/core/stats/forecast';
import type { ReviewSummary, StatsClock } from '$lib/core/stats/types';
import type { KartotekaDB } from './database';
import { ALL_DECKS, HOUR_MS, TOTAL, type ReviewHourRow } from './review-hours';
import { REVIEW_HOURS_STALE } from './review-hours-hook';
import { cardCountsFromCounters, countersOf, forecastFromCounters } from './stats-counters';

export interface StatsAggregates {
	/** Reviews of the chosen decks (together) since `fromMs`, one entry per hour, state and grade. */
	reviews: ReviewSummary[];
	/** The same per deck since `recentFromMs` (recent retention per deck). */
	deckRecent: ReviewSummary[];
	/** Each chosen deck's all-time totals (at 0), per state and grade. */
	deckTotals: ReviewSummary[];
	/** All-time reviews and time of the chosen decks. */
	total: { ms: number; reviews: number };
	cards: CardCounts;
	forecast: Forecast;
	/** The aggregates are still being built after the upgrade (a live read shows them once built). */
	stale: boolean;
}

function summaries(row: ReviewHourRow): ReviewSummary[] {
	const out: ReviewSummary[] = [];
	row.n.forEach((count, slot) => {
		if (count > 0)
			out.push({
				at: row.hour === TOTAL ? 0 : row.hour * HOUR_MS,
				rating: (slot % 4) + 1,
				state: (slot >> 2) as CardStateCode,
				durationMs: row.ms[slot],
				deckId: row.deckId,
				count
			});
	});
	return out;
}

const hoursOf = (db: KartotekaDB, deckId: string, fromMs: number) =>
	db.reviewHours
		.where('[deckId+hour]')
		.between([deckId, Math.floor(fromMs / HOUR_MS)], [deckId, Dexie.maxKey])
		.toArray();

/**
 * Counts of states in [lo, hi) of due dates or (over all decks only) intervals, summed over the
 * decks `ids`, or over all decks when null.
 */
function countIn(
	db: KartotekaDB,
	ids: readonly string[] | null,
	index: 'due' | 'ivl',
	queue: number,
	lo: unknown,
	hi: unknown
): Promise<number> {
	const name = index === 'due' ? '[queue+due]' : '[queue+card.scheduled_days]';
	const counts = (ids ?? [null]).map((id) =>
		id === null
			? db.states.where(name).between([queue, lo], [queue, hi]).count()
			: db.states.where('[deckId+queue+due]').between([id, queue, lo], [id, queue, hi]).count()
	);
	return Promise.all(counts).then((ns) => ns.reduce((a, b) => a + b, 0));
}

async function cardCountsOf(db: KartotekaDB, ids: readonly string[] | null): Promise<CardCounts> {
	const rowsOf = async (q: number) =>
		ids
			? (
					await Promise.all(
						ids.map((id) =>
							db.states
								.where('[deckId+queue+due]')
								.between([id, q, Dexie.minKey], [id, q, Dexie.maxKey])
								.toArray()
						)
					)
				).flat()
			: db.states.where('[queue+due]').between([q, Dexie.minKey], [q, Dexie.maxKey]).toArray();
	const learningRows = await rowsOf(QUEUE_CODE.learning);
	// Young and mature: over all decks by the interval index; for a deck or an article (a few
	// thousand cards at most) from their review rows, which spares the upgrade one more index over
	// every state (each took 15 s to build at 100,000 cards).
	const reviewRows = ids ? await rowsOf(QUEUE_CODE.review) : null;
	const [fresh, young, mature] = await Promise.all([
		countIn(db, ids, 'due', QUEUE_CODE.new, Dexie.minKey, Dexie.maxKey),
		reviewRows
			? reviewRows.filter((s) => s.card.scheduled_days < MATURE_DAYS).length
			: countIn(db, null, 'ivl', QUEUE_CODE.review, Dexie.minKey, MATURE_DAYS),
		reviewRows
			? reviewRows.filter((s) => s.card.scheduled_days >= MATURE_DAYS).length
			: countIn(db, null, 'ivl', QUEUE_CODE.review, MATURE_DAYS, Dexie.maxKey)
	]);
	const relearning = learningRows.filter((s) => s.card.state === CardState.Relearning).length;
	const learning = learningRows.length - relearning;
	return {
		new: fresh,
		learning,
		relearning,
		young,
		mature,
		total: fresh + learning + relearning + young + mature
	};
}

/** Due cards per study day of the next `days` (learning and review queues), as core dueForecast. */
async function forecastOf(
	db: KartotekaDB,
	ids: readonly string[] | null,
	clock: StatsClock,
	days: number
): Promise<Forecast> {
	const { keys, bounds } = dayWindow(clock, 0, days);
	const edges = [Dexie.minKey, ...bounds, Dexie.maxKey];
	const spans = await Promise.all(
		edges
			.slice(0, -1)
			.map(async (lo, i) =>
				(
					await Promise.all(
						[QUEUE_CODE.learning, QUEUE_CODE.review].map((q) =>
							countIn(db, ids, 'due', q, lo, edges[i + 1])
						)
					)
				).reduce((a, b) => a + b, 0)
			)
	);
	return {
		days: keys.map((day, i) => ({ day, overdue: i === 0 ? spans[0] : 0, due: spans[i + 1] })),
		later: spans[spans.length - 1]
	};
}

/**
 * Everything the statistics page shows for the decks `ids` (all decks when null, deleted ones not
 * yet purged included, as the logs were); retention per deck for `shown`.
 */
export async function readStatsAggregates(
	db: KartotekaDB,
	ids: readonly string[] | null,
	shown: readonly string[],
	{
		clock,
		fromMs,
		recentFromMs,
		forecastDays
	}: { clock: StatsClock; fromMs: number; recentFromMs: number; forecastDays: number }
): Promise<StatsAggregates> {
	const tables = [db.reviewHours, db.states, db.reviews, db.meta, db.decks, db.deckCounts];
	return db.transaction('r', tables, async () => {
		// For live reads only: the aggregates change below Dexie's sight (review-hours.ts), but a
		// grade or an undo of today also changes this range of the logs.
		await db.reviews.where('at').aboveOrEqual(dayStartAt(clock, 0)).count();
		const stale = !!(await db.meta.get(REVIEW_HOURS_STALE));
		const decks = ids ? [...new Set(ids)] : null;
		const retained = [...new Set(shown)];
		const chosen = decks ?? [ALL_DECKS];
		// Card counts and the forecast from the decks' counters once they are built (stats-counters.ts).
		const counters = await countersOf(db, decks);
		const [series, recent, totals, sums, cards, forecast] = await Promise.all([
			Promise.all(chosen.map((d) => hoursOf(db, d, fromMs))),
			Promise.all(retained.map((d) => hoursOf(db, d, recentFromMs))),
			db.reviewHours.bulkGet(retained.map((d) => [d, TOTAL] as [string, number])),
			db.reviewHours.bulkGet(chosen.map((d) => [d, TOTAL] as [string, number])),
			counters ? cardCountsFromCounters(db, decks, counters) : cardCountsOf(db, decks),
			counters
				? forecastFromCounters(db, decks, counters, clock, forecastDays)
				: forecastOf(db, decks, clock, forecastDays)
		]);
		const deckTotals = totals.flatMap((r) => (r ? summaries(r) : []));
		const total = { ms: 0, reviews: 0 };
		for (const r of sums.flatMap((row) => (row ? summaries(row) : []))) {
			total.ms += r.durationMs;
			total.reviews += r.count ?? 1;
		}
		return {
			reviews: series.flat().flatMap(summaries),
			deckRecent: recent.flat().flatMap(summaries),
			deckTotals,
			total,
			cards,
			forecast,
			stale
		};
	});
}
