// Issue 11: the card browser over 100,000 cards. Search as you type narrows the last results when
// the query only grows; every card's haystack lives in one TextIndex, the card rows are not kept;
// the deck page reads its own deck's cards only.
import { describe, expect, it } from 'vitest';
import { findCards } from '$lib/core/author/search';
import { cardKey } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { makeCard, makeDeck, testDb } from '$lib/testing/db';
import { countReads } from '$lib/testing/reads';
import { setAside } from '$lib/db/card-marks';
import {
	CardBrowser,
	readBrowserCards,
	readFirstBrowserCards,
	readCardRow,
	toBrowserCards,
	type BrowserCards
} from './card-browser.svelte';

const WORDS = ['договор', 'доход', 'мир', 'дом', 'война'];
const now = new Date('2026-11-25T12:00:00');

/** Cards whose haystack reads are counted. */
function counted(n: number) {
	let reads = 0;
	const rows = Array.from({ length: n }, (_, i) => ({
		card: {
			key: `d/c${i}`,
			deckId: 'd',
			id: `c${i}`,
			ord: i,
			front: `${WORDS[i % 5]} ${i}`,
			back: WORDS[(i * 3) % 5],
			retired: 0 as const
		},
		queue: 0 as const,
		noteKind: undefined
	}));
	const cards = toBrowserCards(rows).map((card) => {
		const proto = Object.getPrototypeOf(card) as object;
		const get = Object.getOwnPropertyDescriptor(proto, 'haystack')!.get!;
		return Object.defineProperty(card, 'haystack', {
			get: () => {
				reads++;
				return get.call(card) as string;
			}
		});
	});
	return {
		data: { decks: [], cards } satisfies BrowserCards,
		get reads() {
			return reads;
		},
		reset: () => (reads = 0)
	};
}

describe('card browser at scale (issue 11)', () => {
	it('typing on searches only the last results; a shorter query searches everything again', () => {
		const c = counted(1000);
		const browser = new CardBrowser(() => c.data);
		expect(browser.results).toHaveLength(1000);
		expect(c.reads, 'no haystack is built before a search').toBe(0);
		const step = (text: string) => {
			c.reset();
			browser.text = text;
			const keys = browser.results.map((r) => r.key);
			const reads = c.reads;
			expect(keys).toEqual(findCards(c.data.cards, { text }).map((r) => r.key));
			return { n: keys.length, reads };
		};
		const d = step('д');
		expect(d.reads).toBe(1000);
		const dog = step('дог');
		expect(dog.reads, 'only the results of "д"').toBe(d.n);
		expect(step('дого 1').reads, 'only the results of "дог"').toBe(dog.n);
		expect(step('до').reads, 'a shorter query: everything').toBe(1000);
	});

	it("the deck page reads its own deck's cards, not every card", async () => {
		const db = testDb();
		const reads = countReads(db, 'cards');
		const opts = { origin: 'user' as const, version: 'v1', now };
		await installDeck(db, makeDeck('small', 3), opts);
		await installDeck(
			db,
			makeDeck('big', 200, { cards: Array.from({ length: 200 }, (_, i) => makeCard(i)) }),
			opts
		);
		reads.reset();
		const { cards, decks } = await readBrowserCards(db, 'small');
		expect(cards.map((c) => c.key)).toEqual([0, 1, 2].map((i) => cardKey('small', `c${i}`)));
		expect(decks.map((d) => d.id).sort()).toEqual(['big', 'small']);
		expect(reads.rows).toBe(3);
		expect((await readBrowserCards(db)).cards).toHaveLength(203);
	});
});

describe('the card browser’s first page (issue 11: 14 s at 100,000 cards)', () => {
	const opts = { origin: 'user' as const, version: 'v1', now };
	async function twoDecks() {
		const db = testDb();
		const many = (n: number) => Array.from({ length: n }, (_, i) => makeCard(i));
		await installDeck(db, makeDeck('b', 150, { cards: many(150) }), opts);
		await installDeck(db, makeDeck('a', 30, { cards: many(30) }), opts);
		return db;
	}

	it('reads about one page of cards, in the order of the whole list, and counts them all', async () => {
		const db = await twoDecks();
		const reads = countReads(db, 'cards');
		const first = await readFirstBrowserCards(db);
		expect(reads.rows).toBeLessThanOrEqual(100);
		const whole = await readBrowserCards(db);
		expect(first.cards.map((c) => c.key)).toEqual(whole.cards.slice(0, 100).map((c) => c.key));
		expect(first.partial?.total).toBe(180);
		expect(first.cards.map((c) => c.state)).toEqual(whole.cards.slice(0, 100).map((c) => c.state));
	});

	it('shows the whole count and asks for every card once "Select all" or "Show more" is used', async () => {
		const db = await twoDecks();
		const first = await readFirstBrowserCards(db);
		const browser = new CardBrowser(() => first);
		expect(browser.partial).toBe(true);
		expect(browser.found).toBe(180);
		expect(browser.visible).toHaveLength(100);
		expect(browser.wantsAll).toBe(false);
		browser.selectAll(true);
		expect(browser.wantsAll).toBe(true);
		expect(browser.allSelected).toBe(true);
		browser.deckId = 'a';
		expect(browser.total).toBe(30);
	});

	it('suspended and buried cards show as such, not as new (they read as new after issue 11)', async () => {
		const db = await twoDecks();
		await setAside(db, cardKey('a', 'c1'), 'suspend', now);
		await setAside(db, cardKey('a', 'c2'), 'bury', now);
		for (const read of [readBrowserCards, readFirstBrowserCards]) {
			const states = new Map((await read(db)).cards.map((c) => [c.key, c.state]));
			expect(states.get(cardKey('a', 'c1'))).toBe('suspended');
			expect(states.get(cardKey('a', 'c2'))).toBe('buried');
			expect(states.get(cardKey('a', 'c3'))).toBe('new');
		}
	});
});

describe('the browser’s compact cards (issue 11: 130 MB held at 100,000 cards)', () => {
	const opts = { origin: 'user' as const, version: 'v1', now };

	it('search finds a card by its context and tags, which the card itself no longer holds', async () => {
		const db = testDb();
		const cards = [
			{ ...makeCard(0), context: 'Ништадтский мир', tags: ['Пётр'] },
			{ ...makeCard(1), context: 'Тильзитский мир' },
			makeCard(2)
		];
		await installDeck(db, makeDeck('d', 3, { cards }), opts);
		const data = await readBrowserCards(db);
		const browser = new CardBrowser(() => data);
		browser.text = 'НИШТАДТ';
		expect(browser.results.map((c) => c.key)).toEqual([cardKey('d', 'c0')]);
		browser.text = 'мир';
		expect(browser.results).toHaveLength(2);
		browser.text = 'петр';
		expect(browser.results.map((c) => c.key)).toEqual([cardKey('d', 'c0')]);
		expect(Object.keys(data.cards[0])).not.toContain('context');
		expect(Object.keys(data.cards[0])).not.toContain('row');
		expect(data.cards[0].tags).toEqual(['Пётр']);
		expect(Object.keys(data.cards[0])).not.toContain('front');
		expect(data.cards.map((c) => [c.front, c.back])).toEqual(cards.map((c) => [c.front, c.back]));
	});

	it('a word never matches across two cards’ texts', async () => {
		const db = testDb();
		const cards = [
			{ ...makeCard(0), front: 'до', back: 'го' },
			{ ...makeCard(1), front: 'вор', back: 'вор' }
		];
		await installDeck(db, makeDeck('d', 2, { cards }), opts);
		const data = await readBrowserCards(db);
		expect(findCards(data.cards, { text: 'гов' })).toEqual([]);
		expect(findCards(data.cards, { text: 'вор' }).map((c) => c.key)).toEqual([cardKey('d', 'c1')]);
	});

	it('the editor reads the card row by key; a card gone since is a clear error', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 2), opts);
		const [first] = (await readBrowserCards(db)).cards;
		const row = await readCardRow(db, first.key);
		expect(row.key).toBe(first.key);
		expect(row.front).toBe(first.front);
		await db.cards.delete(first.key);
		await expect(readCardRow(db, first.key)).rejects.toThrow(/no longer there/);
	});
});
