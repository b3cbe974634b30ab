// Issue 11: the card browser over 100,000 cards. Search as you type narrows the last results when
// the query only grows, and each card's haystack is built when a search first needs it; the deck
// page reads its own deck's cards only.
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
	toBrowserCard,
	type BrowserCards
} from './card-browser.svelte';

const WORDS = ['договор', 'доход', 'мир', 'дом', 'война'];
const now = new Date('2026-11-25T12:00:00');

/** Cards whose haystack reads are counted. */
function counted(n: number) {
	let reads = 0;
	const cards = Array.from({ length: n }, (_, i) => {
		const card = toBrowserCard({
			card: {
				key: `d/c${i}`,
				deckId: 'd',
				id: `c${i}`,
				ord: i,
				front: `${WORDS[i % 5]} ${i}`,
				back: WORDS[(i * 3) % 5],
				retired: 0
			},
			queue: 0,
			noteKind: undefined
		});
		return Object.defineProperty(card, 'haystack', {
			get: ((h) => () => {
				reads++;
				return h.call(card);
			})(Object.getOwnPropertyDescriptor(card, 'haystack')!.get!)
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
