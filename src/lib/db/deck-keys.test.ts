import { describe, expect, it, vi } from 'vitest';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { cardKey } from './decks-repo';
import { installDeck } from './deck-install';
import { rowsByCard } from './deck-keys';

const now = new Date('2026-11-25T12:00:00');
const install = (db: ReturnType<typeof testDb>, id: string, n: number) =>
	installDeck(db, makeDeck(id, n), { origin: 'user', version: 'v1', now });

describe('rowsByCard: rows of cards by key ranges', () => {
	it('gives what bulkGet of the keys gives, in order, over several decks', async () => {
		const db = testDb();
		// "a" and "a-b": one deck's id the start of another's, so their keys interleave by prefix.
		for (const [id, n] of [
			['a', 30],
			['a-b', 30],
			['b', 12]
		] as const)
			await install(db, id, n);
		await studyCard(db, cardKey('a', 'c3'), { at: now });
		const cards = [
			{ deckId: 'a-b', cardId: 'c7' },
			{ deckId: 'a', cardId: 'c29' },
			{ deckId: 'a', cardId: 'c3' },
			{ deckId: 'a', cardId: 'nowhere' },
			{ deckId: 'b', cardId: 'c0' },
			{ deckId: 'a', cardId: 'c10' },
			{ deckId: 'gone', cardId: 'c1' },
			{ deckId: 'a-b', cardId: 'c7' }
		];
		const keys = cards.map((c) => cardKey(c.deckId, c.cardId));
		expect(await rowsByCard(db.states, cards)).toEqual(await db.states.bulkGet(keys));
		expect(await rowsByCard(db.cards, cards)).toEqual(await db.cards.bulkGet(keys));
		const states = await rowsByCard(db.states, cards);
		expect(states.map((s) => s?.key)).toEqual([
			'a-b/c7',
			'a/c29',
			'a/c3',
			undefined,
			'b/c0',
			'a/c10',
			undefined,
			'a-b/c7'
		]);
		expect(states[2]?.card.reps).toBe(1);
		expect(await rowsByCard(db.states, [])).toEqual([]);
	});

	it('reads a dense range whole and a sparse one key by key', async () => {
		const db = testDb();
		await install(db, 'd', 1200);
		const all = Array.from({ length: 1200 }, (_, i) => ({ deckId: 'd', cardId: `c${i}` }));
		const range = vi.spyOn(db.states, 'bulkGet');
		const dense = await rowsByCard(db.states, all.slice(0, 300));
		expect(range).not.toHaveBeenCalled();
		expect(dense.map((s) => s?.key)).toEqual(all.slice(0, 300).map((c) => `d/${c.cardId}`));
		// Two cards whose keys span most of the deck ("c0" … "c99", 1,190 rows): one get each.
		const sparse = [
			{ deckId: 'd', cardId: 'c0' },
			{ deckId: 'd', cardId: 'c99' }
		];
		expect((await rowsByCard(db.states, sparse)).map((s) => s?.key)).toEqual(['d/c0', 'd/c99']);
		expect(range).toHaveBeenCalledWith(['d/c0', 'd/c99']);
	});
});
