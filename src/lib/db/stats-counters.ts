// The statistics' card counts and due forecast from the decks' counters (deck-counts-hook.ts),
// instead of index counts over large ranges (issue 11: young/mature intervals and the forecast's
// "later" walked about 170,000 index entries, most of the page's 1.7–7.6 s at 100,000 cards).
// Only the learning cards (a few) are read as rows, and in zones of half hours the minutes of the
// hours a study day starts within are counted by the index.
import Dexie from 'dexie';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { CardState } from '$lib/core/schedule/state';
import type { CardCounts } from '$lib/core/stats/card-counts';
import { dayWindow } from '$lib/core/stats/days';
import type { Forecast } from '$lib/core/stats/forecast';
import type { StatsClock } from '$lib/core/stats/types';
import type { KartotekaDB } from './database';
import { HOUR_MS, type DeckCountsRow } from './deck-counts-hook';

/** The counters of the decks `ids` (every deck when null), or null when one has none yet. */
export async function countersOf(
	db: KartotekaDB,
	ids: readonly string[] | null
): Promise<DeckCountsRow[] | null> {
	const decks = ids ?? (await db.decks.toCollection().primaryKeys());
	const rows = await db.deckCounts.bulkGet([...decks]);
	return rows.every((r) => r !== undefined) ? (rows as DeckCountsRow[]) : null;
}

const sum = (b: Record<string, number>) => Object.values(b).reduce((x, y) => x + y, 0);

/** Learning and review cards of the decks due in [lo, hi), by the indexes (a few minutes' range). */
function dueIn(db: KartotekaDB, ids: readonly string[] | null, lo: number, hi: number) {
	const q = [QUEUE_CODE.learning, QUEUE_CODE.review];
	const counts = q.flatMap((queue) =>
		ids
			? ids.map((id) =>
					db.states.where('[deckId+queue+due]').between([id, queue, lo], [id, queue, hi]).count()
				)
			: [db.states.where('[queue+due]').between([queue, lo], [queue, hi]).count()]
	);
	return Promise.all(counts).then((ns) => ns.reduce((a, b) => a + b, 0));
}

export async function cardCountsFromCounters(
	db: KartotekaDB,
	ids: readonly string[] | null,
	rows: readonly DeckCountsRow[]
): Promise<CardCounts> {
	const range = (id: string) =>
		db.states
			.where('[deckId+queue+due]')
			.between([id, QUEUE_CODE.learning, Dexie.minKey], [id, QUEUE_CODE.learning, Dexie.maxKey]);
	const learningRows = ids
		? (await Promise.all(ids.map((id) => range(id).toArray()))).flat()
		: await db.states
				.where('[queue+due]')
				.between([QUEUE_CODE.learning, Dexie.minKey], [QUEUE_CODE.learning, Dexie.maxKey])
				.toArray();
	const relearning = learningRows.filter((s) => s.card.state === CardState.Relearning).length;
	const learning = learningRows.length - relearning;
	let fresh = 0;
	let reviews = 0;
	let mature = 0;
	for (const r of rows) {
		fresh += r.n;
		reviews += sum(r.r);
		mature += r.m;
	}
	const young = reviews - mature;
	return {
		new: fresh,
		learning,
		relearning,
		young,
		mature,
		total: fresh + learning + relearning + reviews
	};
}

/** Due cards per study day of the next `days`, as core dueForecast, from the due hours. */
export async function forecastFromCounters(
	db: KartotekaDB,
	ids: readonly string[] | null,
	rows: readonly DeckCountsRow[],
	clock: StatsClock,
	days: number
): Promise<Forecast> {
	const { keys, bounds } = dayWindow(clock, 0, days);
	// spans[0]: before today (overdue); spans[i + 1]: day i; the last: after the window.
	const spans = new Array<number>(bounds.length + 1).fill(0);
	const spanOf = (t: number) => {
		let i = 0;
		while (i < bounds.length && bounds[i] <= t) i++;
		return i;
	};
	for (const r of rows)
		for (const b of [r.l, r.r]) for (const h in b) spans[spanOf(Number(h) * HOUR_MS)] += b[h];
	// A day that starts within an hour: that hour's cards due from the start on move to it.
	await Promise.all(
		bounds.map(async (t) => {
			const from = Math.floor(t / HOUR_MS) * HOUR_MS;
			if (from === t) return;
			const moved = await dueIn(db, ids, t, from + HOUR_MS);
			const i = spanOf(from);
			spans[i] -= moved;
			spans[i + 1] += moved;
		})
	);
	return {
		days: keys.map((day, i) => ({ day, overdue: i === 0 ? spans[0] : 0, due: spans[i + 1] })),
		later: spans[spans.length - 1]
	};
}
