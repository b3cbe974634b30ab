import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	dayStart,
	nextDayStart,
	QUEUE_CODE,
	reviewCard,
	State
} from '$lib/core/schedule';
import { cardKey, listDecks } from './decks-repo';
import { installDeck } from './deck-install';
import {
	getCardWithState,
	lastReview,
	queueCandidates,
	recordReview,
	undoReview
} from './review-repo';
import { dayProgress } from './day-progress';
import {
	makeCard,
	makeDeck,
	plainScheduler,
	studyCard,
	testDb,
	countsToday
} from '$lib/testing/db';

const now = new Date('2026-11-25T12:00:00');
const bounds = (t: Date) => [dayStart(t).getTime(), nextDayStart(t).getTime()] as const;

const review = (
	db: ReturnType<typeof testDb>,
	key: string,
	grade: 'again' | 'good' | 'easy',
	at: Date
) => studyCard(db, key, { grade, at, durationMs: 1500 });

describe('deck install and update', () => {
	it('installs a deck: cards and new states', async () => {
		const db = testDb();
		const plan = await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: 'v1', now });
		expect(plan.counts.new).toBe(3);
		expect(await db.cards.count()).toBe(3);
		const states = await db.states.toArray();
		expect(states.map((s) => s.queue)).toEqual([0, 0, 0]);
		const [deck] = await listDecks(db);
		expect(deck).toMatchObject({ id: 'd', version: 'v1', cardCount: 3, sourceKey: 'Статья' });
	});

	it('an update changes content, keeps progress and retires removed cards with their history', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: 'v1', now });
		await review(db, cardKey('d', 'c0'), 'good', now);
		await review(db, cardKey('d', 'c2'), 'good', now);
		const before = (await db.states.get(cardKey('d', 'c0')))!;

		const v2 = makeDeck('d', 0, {
			cards: [makeCard(0, { back: 'Исправленный ответ' }), makeCard(1), makeCard(3)]
		});
		const plan = await installDeck(db, v2, { origin: 'shipped', version: 'v2', now });
		expect(plan.counts).toMatchObject({ new: 1, changed: 1, unchanged: 1, retired: 1 });

		const c0 = (await getCardWithState(db, cardKey('d', 'c0')))!;
		expect(c0.card.back).toBe('Исправленный ответ');
		expect(c0.state.card).toEqual(before.card);
		const gone = (await getCardWithState(db, cardKey('d', 'c2')))!;
		expect(gone.card.retired).toBe(1);
		expect(gone.state.queue).toBe(QUEUE_CODE.retired);
		expect(await db.reviews.where('key').equals(cardKey('d', 'c2')).count()).toBe(1);
		expect((await listDecks(db))[0]).toMatchObject({ version: 'v2', cardCount: 3 });

		// Retired cards are in no queue.
		const cand = await queueCandidates(db, 'd', DEFAULT_SETTINGS, ...bounds(now));
		expect([...cand.fresh, ...cand.learning, ...cand.reviews].map((c) => c.key)).not.toContain(
			cardKey('d', 'c2')
		);

		// And come back with their state when the card returns.
		await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: 'v3', now });
		const back = (await getCardWithState(db, cardKey('d', 'c2')))!;
		expect(back.card.retired).toBe(0);
		expect(back.state.queue).toBe(QUEUE_CODE.learning);
	});
});

describe('reviews', () => {
	it('stores the whole ts-fsrs card and a log in one transaction', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 2), { origin: 'shipped', version: 'v1', now });
		const id = await review(db, cardKey('d', 'c0'), 'good', now);
		const s = (await db.states.get(cardKey('d', 'c0')))!;
		expect(s.card.state).toBe(State.Learning);
		expect(s.card.learning_steps).toBe(1);
		expect(s.card.last_review).toEqual(now);
		expect(s.card.due).toBeInstanceOf(Date);
		expect(s.due).toBe(now.getTime() + 10 * 60_000);
		expect(s.queue).toBe(QUEUE_CODE.learning);
		const r = (await db.reviews.get(id))!;
		expect(r.prev.state).toBe(State.New);
		expect(r.durationMs).toBe(1500);
	});

	it('a failed write leaves neither the state nor the log', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 1), { origin: 'shipped', version: 'v1', now });
		const found = (await getCardWithState(db, cardKey('d', 'c0')))!;
		const review = reviewCard(
			plainScheduler,
			found.state,
			'good',
			now,
			nextDayStart(now).getTime()
		);
		// A function cannot be cloned into IndexedDB: the log add fails after the state put.
		const bad = {
			...review,
			log: { ...review.log, oops: () => 1 } as unknown as typeof review.log
		};
		await expect(
			recordReview(db, { before: found.state, review: bad, durationMs: 0 })
		).rejects.toThrow();
		expect((await db.states.get(cardKey('d', 'c0')))!.card.state).toBe(State.New);
		expect(await db.reviews.count()).toBe(0);
	});

	it('undo restores the previous state and removes the log entry', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 2), { origin: 'shipped', version: 'v1', now });
		const before = (await db.states.get(cardKey('d', 'c0')))!;
		const id = await review(db, cardKey('d', 'c0'), 'good', now);
		expect((await lastReview(db, ['d']))?.id).toBe(id);
		await undoReview(db, id);
		expect(await db.states.get(cardKey('d', 'c0'))).toEqual(before);
		expect(await db.reviews.count()).toBe(0);
		expect(await undoReview(db, id)).toBeNull();
	});
});

describe('today’s counts and limits', () => {
	it('counts new, learning and due cards and applies the new-card limit across the day', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 25), { origin: 'shipped', version: 'v1', now });
		expect(await countsToday(db, 'd', DEFAULT_SETTINGS, ...bounds(now))).toEqual({
			new: 20,
			learning: 0,
			review: 0
		});
		await review(db, cardKey('d', 'c0'), 'good', now);
		await review(db, cardKey('d', 'c1'), 'easy', now);
		expect(await dayProgress(db, 'd', bounds(now)[0])).toEqual({ newDone: 2, reviewsDone: 0 });
		expect(await countsToday(db, 'd', DEFAULT_SETTINGS, ...bounds(now))).toEqual({
			new: 18,
			learning: 1,
			review: 0
		});

		// After the 4:00 rollover the limit is fresh again; the easy card is due in 8 days.
		const tomorrow = new Date('2026-11-26T04:30:00');
		expect(await countsToday(db, 'd', DEFAULT_SETTINGS, ...bounds(tomorrow))).toEqual({
			new: 20,
			learning: 1,
			review: 0
		});
		const later = new Date('2026-12-03T09:00:00');
		expect(await countsToday(db, 'd', DEFAULT_SETTINGS, ...bounds(later))).toEqual({
			new: 20,
			learning: 1,
			review: 1
		});
	});

	it('new cards come in deck order and only as many as the limit', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 30), { origin: 'shipped', version: 'v1', now });
		const c = await queueCandidates(db, 'd', { ...DEFAULT_SETTINGS, newPerDay: 5 }, ...bounds(now));
		expect(c.fresh.map((f) => f.key)).toEqual(['d/c0', 'd/c1', 'd/c2', 'd/c3', 'd/c4']);
	});
});
