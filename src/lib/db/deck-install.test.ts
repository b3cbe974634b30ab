import { describe, expect, it, vi } from 'vitest';
import { makeCard, makeDeck, studyCard, testDb } from '$lib/testing/db';
import { cardKey } from './decks-repo';
import { installDeck, sameValue } from './deck-install';

const now = new Date('2026-11-25T12:00:00');
const later = new Date('2026-11-26T12:00:00');
type Db = ReturnType<typeof testDb>;
const tables = async (db: Db) => ({
	cards: await db.cards.toArray(),
	states: await db.states.toArray(),
	decks: await db.decks.toArray(),
	deckCounts: await db.deckCounts.toArray()
});

describe('sameValue', () => {
	it('compares plain rows by value, whatever the order of their keys', () => {
		expect(sameValue({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
		expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
		expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
		expect(sameValue({ t: ['a'] }, { t: ['a', 'b'] })).toBe(false);
		expect(sameValue({ d: new Date(1) }, { d: new Date(2) })).toBe(false);
		expect(sameValue(null, {})).toBe(false);
		expect(sameValue(NaN, NaN)).toBe(false);
	});
});

describe('installDeck over the installed deck', () => {
	it('writes no card the file leaves as stored, and the rows stay the same', async () => {
		const db = testDb();
		const deck = makeDeck('d', 20, { cards: [makeCard(0, { tags: ['a'] }), makeCard(1)] });
		await installDeck(db, deck, { origin: 'user', version: 'v1', now });
		await studyCard(db, cardKey('d', 'c1'), { at: now });
		const before = await tables(db);
		const put = vi.spyOn(db.cards, 'bulkPut');
		await installDeck(db, deck, { origin: 'user', version: 'v1', now });
		expect(put.mock.calls.map(([rows]) => rows.length)).toEqual([0]);
		expect(await tables(db)).toEqual(before);
	});

	it('writes the changed, new and flagged cards as before and leaves the rest', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 5), { origin: 'user', version: 'v1', now });
		// A flag is not the file's: the update's row drops it, as it always did.
		await db.cards.update(cardKey('d', 'c2'), { flag: 1 });
		const unchanged = await db.cards.get(cardKey('d', 'c4'));
		const next = makeDeck('d', 6);
		next.cards[0] = makeCard(0, { back: 'другой ответ' });
		const put = vi.spyOn(db.cards, 'bulkPut');
		await installDeck(db, next, { origin: 'user', version: 'v2', now: later });
		expect(put.mock.calls[0][0].map((r) => r.id).sort()).toEqual(['c0', 'c2', 'c5']);
		expect(await db.cards.get(cardKey('d', 'c0'))).toMatchObject({ back: 'другой ответ' });
		const flagged = await db.cards.get(cardKey('d', 'c2'));
		expect(flagged).toEqual({
			key: 'd/c2',
			deckId: 'd',
			ord: 2,
			retired: 0,
			edited: 0,
			...makeCard(2)
		});
		expect(await db.cards.get(cardKey('d', 'c4'))).toEqual(unchanged);
		expect(await db.states.count()).toBe(6);
	});
});
