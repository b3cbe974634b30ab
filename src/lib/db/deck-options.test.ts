import { describe, expect, it } from 'vitest';
import { makeDeck, testDb } from '$lib/testing/db';
import { installDeck } from './deck-install';
import { setTypeAnswers } from './deck-options';

describe('the deck option "type the answer on every card" (issue 12)', () => {
	it('is stored on the deck and kept when the deck file updates', async () => {
		const db = testDb();
		const now = new Date('2026-12-01T10:00:00');
		await installDeck(db, makeDeck('a', 2), { origin: 'shipped', version: 'v1', now });
		expect((await db.decks.get('a'))?.typeAnswers).toBeUndefined();
		await setTypeAnswers(db, 'a', true);
		await installDeck(db, makeDeck('a', 3), { origin: 'shipped', version: 'v2', now });
		const row = await db.decks.get('a');
		expect([row?.version, row?.cardCount, row?.typeAnswers]).toEqual(['v2', 3, 1]);
		await setTypeAnswers(db, 'a', false);
		expect((await db.decks.get('a'))?.typeAnswers).toBe(0);
		await expect(setTypeAnswers(db, 'missing', true)).rejects.toThrow(RangeError);
	});
});
