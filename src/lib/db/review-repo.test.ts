// The review's write path against what other tabs do meanwhile (issue 9, items 2 and 4): a grade
// computed from a state that changed since, for a card or deck deleted since, or for a new card
// past the day's limit is refused and writes nothing; deleting a deck leaves no row behind, and a
// deck installed again under its id starts clean.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { nextDayStart, QUEUE_CODE, reviewCard, type GradeName } from '$lib/core/schedule';
import { makeDeck, plainScheduler, studyCard, testDb } from '$lib/testing/db';
import type { KartotekaDB } from './database';
import { purgeDeletedDecks, softDeleteDeck } from './deck-edit';
import { installDeck } from './deck-install';
import {
	getCardWithState,
	recordReview,
	ReviewRefused,
	undoReview,
	type ReviewWrite
} from './review-repo';
import { dayProgress } from './day-progress';
import { installUserDeck } from './user-deck-install';

const now = new Date('2026-11-25T18:00:00');
const dayStartMs = new Date('2026-11-25T04:00:00').getTime();

async function withDeck(id = 'u', count = 3, origin: 'user' | 'shipped' = 'user') {
	const db = testDb();
	await installDeck(db, makeDeck(id, count), { origin, version: 'v1', now });
	return db;
}

/** A grade as a session computes it, from the state it read, to be written later. */
async function graded(
	db: KartotekaDB,
	key: string,
	grade: GradeName = 'good',
	at = now
): Promise<ReviewWrite> {
	const found = await getCardWithState(db, key);
	const before = found!.state;
	const review = reviewCard(plainScheduler, before, grade, at, nextDayStart(at).getTime());
	return { before, review, durationMs: 1000 };
}

/** Everything stored, to show that a refused grade wrote nothing. */
async function dump(db: KartotekaDB) {
	return {
		states: await db.states.toArray(),
		reviews: await db.reviews.toArray(),
		decks: await db.decks.toArray()
	};
}

async function refusal(db: KartotekaDB, write: ReviewWrite): Promise<string> {
	const before = await dump(db);
	const error = await recordReview(db, write).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ReviewRefused);
	expect(await dump(db), 'a refused grade writes nothing').toEqual(before);
	return (error as ReviewRefused).reason;
}

describe('recordReview checks what is stored, inside its transaction', () => {
	it('writes a grade computed from the stored state', async () => {
		const db = await withDeck();
		await recordReview(db, await graded(db, 'u/c0'));
		expect(await db.reviews.count()).toBe(1);
		expect((await db.states.get('u/c0'))!.card.reps).toBe(1);
	});

	it('regression (two tabs): a grade from a state another tab changed since is refused', async () => {
		const db = await withDeck();
		// Both tabs read c0 as new; tab A grades it first.
		const tabA = await graded(db, 'u/c0', 'good');
		const tabB = await graded(db, 'u/c0', 'easy');
		await recordReview(db, tabA);
		const stored = await db.states.get('u/c0');
		expect(await refusal(db, tabB)).toBe('stale');
		expect(await db.states.get('u/c0'), 'the newer state stays').toEqual(stored);
		expect(await db.reviews.count()).toBe(1);
	});

	it('a grade from an older state after an undo elsewhere is refused too', async () => {
		const db = await withDeck();
		const id = await studyCard(db, 'u/c0', { at: now });
		const later = new Date(now.getTime() + 60_000);
		const stale = await graded(db, 'u/c0', 'good', later);
		await undoReview(db, id);
		// The card is new again, but not the state that grade was computed from.
		expect(await refusal(db, stale)).toBe('stale');
	});

	it('regression (issue 9, item 4): a grade for a card of a deck deleted in another tab is refused', async () => {
		const db = await withDeck();
		const write = await graded(db, 'u/c0');
		await softDeleteDeck(db, 'u', now);
		expect(await refusal(db, write)).toBe('gone');
		// And after the purge, when nothing of the deck is left: no orphan row appears.
		await purgeDeletedDecks(db, now.getTime() + 1);
		expect(await refusal(db, write)).toBe('gone');
		expect(await db.states.count()).toBe(0);
		expect(await db.reviews.count()).toBe(0);
	});

	it('a grade for a card deleted or retired meanwhile is refused', async () => {
		const db = await withDeck('u', 3);
		const deleted = await graded(db, 'u/c0');
		const retired = await graded(db, 'u/c2');
		await db.cards.delete('u/c0');
		expect(await refusal(db, deleted)).toBe('gone');
		// An update of the deck without c2 retires it.
		await installDeck(db, makeDeck('u', 2), { origin: 'user', version: 'v2', now });
		expect(await refusal(db, retired)).toBe('gone');
	});

	it("new cards past the day's limit are refused, counting those another tab introduced", async () => {
		const db = await withDeck('u', 4);
		const newLimit = { dayStartMs, perDay: 2 };
		// Two tabs, each with the two new cards of its queue; tab A introduces both.
		await recordReview(db, { ...(await graded(db, 'u/c0', 'easy')), newLimit });
		await recordReview(db, { ...(await graded(db, 'u/c1', 'easy')), newLimit });
		const tabB = { ...(await graded(db, 'u/c2', 'easy')), newLimit };
		expect(await refusal(db, tabB)).toBe('limit');
		expect((await dayProgress(db, 'u', dayStartMs)).newDone).toBe(2);
		// A review of a card already introduced is not a new card: the limit does not apply.
		const again = new Date(now.getTime() + 4 * 86_400_000);
		await recordReview(db, { ...(await graded(db, 'u/c0', 'good', again)), newLimit });
		expect(await db.reviews.count()).toBe(3);
	});

	it('undo refuses a review that is no longer the card’s latest (graded again in another tab)', async () => {
		const db = await withDeck();
		const first = await studyCard(db, 'u/c0', { at: now, grade: 'again' });
		await studyCard(db, 'u/c0', { at: new Date(now.getTime() + 60_000) });
		const stored = await db.states.get('u/c0');
		expect(await undoReview(db, first)).toBeNull();
		expect(await db.states.get('u/c0')).toEqual(stored);
		expect(await db.reviews.count()).toBe(2);
	});
});

describe('deleting a deck leaves nothing behind; its id starts clean', () => {
	/** Rows an older build wrote for a card of a deck already purged: no card, no deck. */
	async function addOrphans(db: KartotekaDB, deckId: string) {
		await db.states.put({
			key: `${deckId}/c0`,
			deckId,
			queue: QUEUE_CODE.learning,
			due: now.getTime(),
			ord: 0,
			card: { ...(await db.states.toCollection().first())!.card, reps: 5 }
		});
		await db.states.put({
			key: `${deckId}/gone`,
			deckId,
			queue: QUEUE_CODE.review,
			due: now.getTime(),
			ord: 99,
			card: { ...(await db.states.toCollection().first())!.card, reps: 3 }
		});
		await db.reviews.add({
			key: `${deckId}/c0`,
			deckId,
			at: now.getTime() - 1000,
			rating: 3,
			log: { state: 0 },
			prev: {},
			prevQueue: 0,
			durationMs: 1
		} as never);
	}

	const rowsOf = async (db: KartotekaDB, deckId: string) => ({
		states: await db.states.where('deckId').equals(deckId).count(),
		reviews: await db.reviews
			.where('[deckId+at]')
			.between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
			.count(),
		cards: await db.cards.where('deckId').equals(deckId).count()
	});

	it('the purge erases the states and reviews stored under the deck id, cards or not', async () => {
		const db = await withDeck('u', 3);
		await studyCard(db, 'u/c1', { at: now });
		await addOrphans(db, 'u');
		await softDeleteDeck(db, 'u', now);
		await purgeDeletedDecks(db, now.getTime() + 1);
		expect(await rowsOf(db, 'u')).toEqual({ states: 0, reviews: 0, cards: 0 });
	});

	it('regression (issue 9, item 4): a deck imported again under a free id starts clean', async () => {
		const db = await withDeck('other', 1);
		await addOrphans(db, 'u');
		await installUserDeck(db, makeDeck('u', 3), { origin: 'user', version: 'v2', now });
		// Every card new, none of the old rows re-attached, nothing counted against today.
		const states = await db.states.where('deckId').equals('u').toArray();
		expect(states.map((s) => [s.key, s.card.reps, s.queue]).sort()).toEqual([
			['u/c0', 0, QUEUE_CODE.new],
			['u/c1', 0, QUEUE_CODE.new],
			['u/c2', 0, QUEUE_CODE.new]
		]);
		expect(await dayProgress(db, 'u', dayStartMs)).toEqual({ newDone: 0, reviewsDone: 0 });
		expect(await db.states.get('other/c0')).toBeDefined();
	});

	it('a deck installed over one deleted but not yet purged starts clean too', async () => {
		const db = await withDeck('u', 3);
		await studyCard(db, 'u/c0', { at: now });
		await softDeleteDeck(db, 'u', now);
		await installUserDeck(db, makeDeck('u', 2), { origin: 'user', version: 'v2', now });
		expect(await rowsOf(db, 'u')).toEqual({ states: 2, reviews: 0, cards: 2 });
		expect((await db.decks.get('u'))!.deletedAt).toBeUndefined();
		expect((await db.states.get('u/c0'))!.card.reps).toBe(0);
	});

	it('an installed deck updated in place keeps its progress (no clean start)', async () => {
		const db = await withDeck('u', 3);
		await studyCard(db, 'u/c0', { at: now });
		await installUserDeck(db, makeDeck('u', 4), { origin: 'user', version: 'v2', now });
		expect((await db.states.get('u/c0'))!.card.reps).toBe(1);
		expect(await db.reviews.count()).toBe(1);
	});
});
