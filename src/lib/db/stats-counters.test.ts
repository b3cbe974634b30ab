// Issue 11, third pass: the statistics' card counts and due forecast from the decks' counters
// must equal the index counts they replace, over all decks and per deck, in a zone of whole hours
// and in one of half hours (where a study day starts within an hour).
import { afterEach, describe, expect, it } from 'vitest';
import { emptyCard, QUEUE_CODE, State } from '$lib/core/schedule';
import { makeDeck, testDb } from '$lib/testing/db';
import type { KartotekaDB } from './database';
import { buildMissingDeckCounts } from './deck-counts-build';
import { installDeck } from './deck-install';
import { readStatsAggregates } from './stats-aggregates';
import { dayStartAt } from '$lib/core/stats/days';

const tz = process.env.TZ;
afterEach(() => {
	process.env.TZ = tz;
});

/** Two decks whose cards are due at odd minutes over two months, young and mature, some learning. */
async function collection(now: Date): Promise<KartotekaDB> {
	const db = testDb();
	const opts = { origin: 'user' as const, version: 'v1', now };
	await installDeck(db, makeDeck('a', 40), opts);
	await installDeck(db, makeDeck('b', 25), opts);
	const states = await db.states.toArray();
	await db.states.bulkPut(
		states.map((s, i) => {
			if (i % 5 === 0) return s;
			// Every third card ten minutes after a study day's start (within an hour in Kolkata).
			const due =
				i % 3 === 1
					? dayStartAt({ now, rolloverHour: 4 }, i % 11) + 600_000
					: now.getTime() + (i * 37 - 200) * 3_600_000 * 0.71 + i * 60_000;
			const learning = i % 7 === 0;
			const card = {
				...emptyCard(now),
				state: learning ? (i % 2 ? State.Learning : State.Relearning) : State.Review,
				scheduled_days: i % 3 ? 30 : 5,
				due: new Date(due)
			};
			return { ...s, card, due, queue: learning ? QUEUE_CODE.learning : QUEUE_CODE.review };
		})
	);
	return db;
}

async function both(db: KartotekaDB, ids: string[] | null, now: Date) {
	const args = { clock: { now, rolloverHour: 4 }, fromMs: 0, recentFromMs: 0, forecastDays: 30 };
	const pick = async () => {
		const s = await readStatsAggregates(db, ids, [], args);
		return { cards: s.cards, forecast: s.forecast };
	};
	await db.deckCounts.clear();
	const byIndex = await pick();
	await buildMissingDeckCounts(db);
	expect(await db.deckCounts.count()).toBe(2);
	return { byIndex, byCounters: await pick() };
}

describe('statistics from the deck counters (issue 11)', () => {
	for (const zone of ['Europe/Berlin', 'Asia/Kolkata'])
		it(`give the index counts' card counts and forecast (${zone})`, async () => {
			process.env.TZ = zone;
			const now = new Date('2026-11-25T12:00:00');
			const db = await collection(now);
			// The zone is in effect: Kolkata's day starts at 22:30 UTC.
			expect(new Date(dayStartAt({ now, rolloverHour: 4 }, 0)).getUTCMinutes()).toBe(
				zone === 'Asia/Kolkata' ? 30 : 0
			);
			for (const ids of [null, ['a'], ['a', 'b']]) {
				const { byIndex, byCounters } = await both(db, ids, now);
				expect(byIndex.cards.mature).toBeGreaterThan(0);
				expect(byIndex.forecast.later).toBeGreaterThan(0);
				expect(byIndex.forecast.days[0].overdue).toBeGreaterThan(0);
				expect(byCounters, String(ids)).toEqual(byIndex);
			}
		});
});
