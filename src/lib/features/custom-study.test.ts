// Custom study (issue 12): the cards each mode chooses, and a round that writes nothing.
import { describe, expect, it } from 'vitest';
import type { KartotekaDB } from '$lib/db';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { installDeck } from '$lib/db/deck-install';
import { deckTags } from '$lib/db/custom-study-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import { openCustomRound } from './custom-study.svelte';
import { ReviewSession, type SessionClock } from './review-session.svelte';

const start = new Date('2026-11-25T18:00:00');
const clock: SessionClock = { now: () => start, setTimeout: () => 0, clearTimeout: () => {} };

async function setup() {
	const db = testDb();
	const deck = makeDeck('d', 4);
	deck.cards[1].tags = ['рапалло'];
	deck.cards[3].tags = ['рапалло', 'core'];
	await installDeck(db, deck, { origin: 'shipped', version: 'v1', now: start });
	return db;
}

/** Grades the first cards of the deck: c0 Again, c1 Good. */
async function study(db: KartotekaDB) {
	const s = new ReviewSession(db, ['d'], clock);
	await s.load();
	s.reveal();
	await s.grade('again');
	s.reveal();
	await s.grade('good');
	await s.whenSaved();
}

const ids = async (
	db: KartotekaDB,
	mode: 'all' | 'wrong' | 'ahead' | 'tag',
	tag = '',
	at = start
) =>
	(await openCustomRound(db, 'd', mode, tag, at)).card === null
		? []
		: roundIds(await openCustomRound(db, 'd', mode, tag, at));

function roundIds(r: Awaited<ReturnType<typeof openCustomRound>>): string[] {
	const out: string[] = [];
	while (r.card) {
		out.push(r.card.id);
		r.reveal();
		r.answer(true);
	}
	return out;
}

describe('custom study', () => {
	it('chooses the whole deck, the cards answered Again today, or the cards of a tag', async () => {
		const db = await setup();
		await study(db);
		expect(await ids(db, 'all')).toEqual(['c0', 'c1', 'c2', 'c3']);
		expect(await ids(db, 'wrong')).toEqual(['c0']);
		expect(await ids(db, 'tag', 'рапалло')).toEqual(['c1', 'c3']);
		expect(await deckTags(db, 'd')).toEqual(['core', 'рапалло']);
		// The next study day, nothing was wrong yet.
		expect(await ids(db, 'wrong', '', new Date('2026-11-26T10:00:00'))).toEqual([]);
	});

	it('"Again" sends a card to the end of the round; "Got it" takes it out', async () => {
		const db = await setup();
		const r = await openCustomRound(db, 'd', 'tag', 'рапалло', start);
		r.answer(false); // not revealed: nothing happens
		expect(r.card?.id).toBe('c1');
		r.reveal();
		r.answer(false);
		expect([r.card?.id, r.left, r.again]).toEqual(['c3', 2, 1]);
		r.reveal();
		r.answer(true);
		r.reveal();
		r.answer(true);
		expect([r.card, r.left]).toEqual([null, 0]);
	});

	it('cram writes no scheduling state and no review (the schedule is unchanged)', async () => {
		const db = await setup();
		await study(db);
		const states = await db.states.toArray();
		const reviews = await db.reviews.count();
		const r = await openCustomRound(db, 'd', 'all', '', start);
		// Every card once wrong, then right.
		for (let i = 0; r.card; i++) {
			r.reveal();
			r.answer(i >= 4);
		}
		expect(r.again).toBe(4);
		expect(await db.states.toArray()).toEqual(states);
		expect(await db.reviews.count()).toBe(reviews);
	});

	it('reviews ahead: review cards due within the next week, not the new ones', async () => {
		const db = await setup();
		// c0 a review card due in three days, c1 one due in a month.
		const day = 86_400_000;
		await db.states.update('d/c0', { queue: QUEUE_CODE.review, due: start.getTime() + 3 * day });
		await db.states.update('d/c1', { queue: QUEUE_CODE.review, due: start.getTime() + 30 * day });
		expect(await ids(db, 'ahead')).toEqual(['c0']);
	});
});
