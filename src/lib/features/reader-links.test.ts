// Issue 9, item 7: deck ids such as "constructor" (a valid slug) reached plain-object lookups.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, testDb } from '$lib/testing/db';
import { cardReaderHref, sourceFilesOf } from './reader-links';
import { ARTICLES, openArticle } from './reader';

const now = new Date('2026-11-25T12:00:00Z');
const PROTO_NAMES = ['constructor', 'tostring', 'hasownproperty', 'valueof', '__proto__'];

describe('ids that are Object.prototype names', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('find no article file for a deck that names none ("Show answer" did nothing)', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('constructor', 2, { source: { title: 'Статья' } }), {
			origin: 'user',
			version: '1',
			now
		});
		const files = await sourceFilesOf(db, ['constructor', 'tostring']);
		for (const deckId of PROTO_NAMES)
			expect(cardReaderHref({ deckId, source: { start: 0, end: 5 } }, files)).toBeUndefined();
	});

	it('still link a card of a deck that names its article', async () => {
		const db = testDb();
		const deck = makeDeck('valueof', 1, { source: { title: 'Статья', file: 'a.txt' } });
		await installDeck(db, deck, { origin: 'user', version: '1', now });
		const files = await sourceFilesOf(db, ['valueof']);
		expect(cardReaderHref({ deckId: 'valueof', source: { start: 3, end: 5 } }, files)).toMatch(
			/^\/reader\?source=a\.txt/
		);
	});

	it('open no article for /reader?source=constructor (was "HTTP 404: function Object()…")', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		for (const name of PROTO_NAMES) {
			expect(Object.hasOwn(ARTICLES, name)).toBe(false);
			const reader = await openArticle(testDb(), name);
			expect(reader.status).toBe('missing');
		}
		expect(fetch).not.toHaveBeenCalled();
	});
});
