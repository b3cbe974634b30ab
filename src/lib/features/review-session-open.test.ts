// A session's two phases (issue 11, fifth pass): the first card is shown after reading a few
// cards (over most of the decks, from two index ranges), the rest of the queue is read after it;
// the card shown and the counts are the ones a read of every candidate gives.
import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/core/deck/types';
import { DEFAULT_SETTINGS, QUEUE_CODE, State } from '$lib/core/schedule';
import { cardKey, type KartotekaDB } from '$lib/db';
import { buildMissingDeckCounts } from '$lib/db/deck-counts-build';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { countReads } from '$lib/testing/reads';
import { ReviewSession, type SessionClock } from './review-session.svelte';
import { saveSettings } from './settings';

const start = new Date('2026-11-25T18:00:00');
const DAY = 86_400_000;
const clock = (): SessionClock => ({
	now: () => start,
	setTimeout: () => 0,
	clearTimeout: () => {}
});

const who: Fact = {
	type: 'person',
	ask: 'person',
	person: 'В. Л. Копп',
	surname: 'Копп',
	role: 'провёл переговоры в Варшаве'
};
const office: Fact = {
	type: 'post',
	ask: 'post',
	person: 'В. Л. Копп',
	surname: 'Копп',
	post: 'представитель НКИД в Берлине'
};

/** Makes a card a review card due at `due`. */
async function review(db: KartotekaDB, key: string, due: number) {
	const row = (await db.states.get(key))!;
	await db.states.put({
		...row,
		queue: QUEUE_CODE.review,
		due,
		card: {
			...row.card,
			state: State.Review,
			due: new Date(due),
			stability: 10,
			difficulty: 5,
			reps: 3,
			scheduled_days: 10,
			last_review: new Date(due - 10 * DAY)
		}
	});
}

/** Five plain decks of 10 cards and a people deck of one article, with their counters. */
async function collection() {
	const db = testDb();
	const cards = countReads(db, 'cards');
	const states = countReads(db, 'states');
	const ids = ['d0', 'd1', 'd2', 'd3', 'd4'];
	const now = { origin: 'shipped' as const, version: 'v1', now: start };
	for (const id of ids) await installDeck(db, makeDeck(id, 10, { source: { title: 'A' } }), now);
	await installDeck(
		db,
		makeDeck('people', 2, {
			source: { title: 'A' },
			cards: [
				{ id: 'warsaw', front: 'Кто провел переговоры в Варшаве?', back: 'В. Л. Копп', fact: who },
				{ id: 'kopp', front: 'Какую должность занимал В. Л. Копп?', back: 'НКИД', fact: office }
			]
		}),
		now
	);
	await buildMissingDeckCounts(db);
	return { db, cards, states, ids: [...ids, 'people'] };
}

describe('a session shows its first card before reading the rest (issue 11, fifth pass)', () => {
	it('reads a few cards before the first, the others after, and takes no grade meanwhile', async () => {
		const { db, cards, ids } = await collection();
		cards.reset();
		const s = new ReviewSession(db, ids, clock());
		await s.open();
		expect(s.card?.key).toBe(cardKey('d0', 'c0'));
		expect(s.loading).toBe(false);
		// New cards are not among the first ranges: every deck's were read, but only 8 cards.
		expect(cards.rows).toBeLessThanOrEqual(8);
		expect(s.settling).toBe(true);
		s.reveal();
		await s.grade('good');
		expect(await db.reviews.count(), 'no grade while the rest is read').toBe(0);
		await s.whenSaved();
		expect(s.settling).toBe(false);
		expect(s.saving).toBe(false);
		expect(s.card?.key).toBe(cardKey('d0', 'c0'));
		// 6 decks: 5 × (10 new cards) + 2.
		expect(s.counts).toEqual({ new: 52, learning: 0, review: 0 });
		await s.grade('good');
		expect(await db.reviews.count()).toBe(1);
	});

	it('over most of the decks, finds a first review card from two ranges, not three per deck', async () => {
		const { db, states, ids } = await collection();
		await review(db, cardKey('d3', 'c4'), start.getTime() - 2 * DAY);
		await review(db, cardKey('d1', 'c7'), start.getTime() - DAY);
		states.reset();
		const s = new ReviewSession(db, ids, clock());
		await s.open();
		expect(s.card?.key).toBe(cardKey('d3', 'c4'));
		// Buried cards (one range), learning and reviews (two): not 3 × 6 ranges.
		expect(states.queries).toBeLessThanOrEqual(3);
		await s.whenSaved();
		expect(s.card?.key).toBe(cardKey('d3', 'c4'));
		expect(s.counts).toEqual({ new: 50, learning: 0, review: 2 });
	});

	it('skips a first review card that is held back, as a read of every card would', async () => {
		const { db, ids } = await collection();
		const t = start.getTime();
		// The answer "Копп" was studied today: the question about Копп waits, though due first.
		await studyCard(db, cardKey('people', 'warsaw'), { grade: 'easy', at: new Date(t - 3600_000) });
		await review(db, cardKey('people', 'kopp'), t - 3 * DAY);
		await review(db, cardKey('d2', 'c5'), t - 2 * DAY);
		const s = new ReviewSession(db, ids, clock());
		await s.open();
		expect(s.card?.key).toBe(cardKey('d2', 'c5'));
		await s.whenSaved();
		expect(s.held).toBe(1);
		expect(s.counts.review).toBe(1);

		// The same with the setting off: the held card comes first.
		await saveSettings(db, { ...DEFAULT_SETTINGS, burySiblings: false });
		const off = new ReviewSession(db, ids, clock());
		await off.open();
		expect(off.card?.key).toBe(cardKey('people', 'kopp'));
	});

	it('a session over a few decks and one that prefers a card read every deck as before', async () => {
		const { db, ids } = await collection();
		await review(db, cardKey('d1', 'c2'), start.getTime() - DAY);
		const one = new ReviewSession(db, ['d4'], clock());
		await one.load();
		expect(one.card?.key).toBe(cardKey('d4', 'c0'));
		expect(one.counts).toEqual({ new: 10, learning: 0, review: 0 });
		const s = new ReviewSession(db, ids, clock());
		await s.load(cardKey('d2', 'c3'));
		expect(s.card?.key).toBe(cardKey('d2', 'c3'));
		expect(s.counts).toEqual({ new: 51, learning: 0, review: 1 });
	});

	it('undo waits for the rest of the queue, then takes back an earlier session’s review', async () => {
		const { db, ids } = await collection();
		const first = new ReviewSession(db, ids, clock());
		await first.load();
		first.reveal();
		await first.grade('good');
		const s = new ReviewSession(db, ids, clock());
		await s.open();
		const undone = s.undo();
		expect(s.settling).toBe(true);
		await undone;
		expect(await db.reviews.count()).toBe(0);
		expect(s.card?.key).toBe(cardKey('d0', 'c0'));
	});
});
