// Issue 11 (100,000 cards, 500,000 logs): the daily reads must be index ranges and index counts,
// whose cost does not grow with the whole collection. These tests count the rows each read
// touches (src/lib/testing/reads.ts) on a database where a scan would touch many more.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, QUEUE_CODE } from '$lib/core/schedule';
import { makeDeck, studyCard, testDb, countsToday } from '$lib/testing/db';
import { countReads } from '$lib/testing/reads';
import { installDeck } from './deck-install';
import { cardKey } from './decks-repo';
import { readDeckFiles, readProgress } from './exchange-repo';
import { lastReview } from './review-repo';
import { siblingsToday } from './siblings-repo';
import type { ReviewRow } from './types';

const now = new Date('2026-11-25T18:00:00');
const dayStartMs = new Date('2026-11-25T04:00:00').getTime();
const dayEndMs = new Date('2026-11-26T04:00:00').getTime();

/** Many logs of deck `deckId` written after everything else (rows as the repository writes them). */
async function manyLogs(db: ReturnType<typeof testDb>, deckId: string, n: number, fromMs: number) {
	const rows = Array.from({ length: n }, (_, i) => ({
		key: cardKey(deckId, `c${i % 5}`),
		deckId,
		at: fromMs + i * 1000,
		rating: 3,
		log: { state: 2 },
		durationMs: 1000
	}));
	await db.reviews.bulkAdd(rows as unknown as ReviewRow[]);
}

describe('reads that stay small with a large collection (issue 11)', () => {
	it('lastReview of a deck studied long ago reads its own last log, not every newer log of the other decks', async () => {
		const db = testDb();
		const reads = countReads(db, 'reviews');
		await installDeck(db, makeDeck('old', 3), { origin: 'user', version: 'v1', now });
		await installDeck(db, makeDeck('busy', 5), { origin: 'user', version: 'v1', now });
		const id = await studyCard(db, cardKey('old', 'c0'), { at: new Date('2026-01-10T18:00:00') });
		await manyLogs(db, 'busy', 300, new Date('2026-02-01T18:00:00').getTime());
		reads.reset();
		const last = await lastReview(db, ['old']);
		expect(last?.id).toBe(id);
		expect(reads.rows).toBeLessThanOrEqual(2);
		// Across decks, the one written last.
		expect((await lastReview(db, ['old', 'busy']))?.at).toBe(
			new Date('2026-02-01T18:00:00').getTime() + 299_000
		);
		expect(await lastReview(db, ['never'])).toBeUndefined();
	});

	it("the home screen's counts read none of a deck's card states, only the held-back ones", async () => {
		const db = testDb();
		const reads = countReads(db, 'states');
		await installDeck(db, makeDeck('big', 300), { origin: 'user', version: 'v1', now });
		await studyCard(db, cardKey('big', 'c0'), {
			at: new Date('2026-11-20T18:00:00'),
			grade: 'easy'
		});
		await db.states.update(cardKey('big', 'c0'), { due: dayStartMs + 1000 });
		const settings = { ...DEFAULT_SETTINGS, newPerDay: 500 };
		reads.reset();
		expect(await countsToday(db, 'big', settings, dayStartMs, dayEndMs)).toEqual({
			new: 299,
			learning: 0,
			review: 1
		});
		expect(reads.rows).toBe(0);
		const held = new Set([cardKey('big', 'c0'), cardKey('big', 'c1'), cardKey('other', 'c1')]);
		reads.reset();
		expect(await countsToday(db, 'big', settings, dayStartMs, dayEndMs, held)).toEqual({
			new: 298,
			learning: 0,
			review: 0
		});
		expect(reads.rows).toBe(2);
		expect((await db.states.get(cardKey('big', 'c0')))?.queue).toBe(QUEUE_CODE.review);
	});
});

describe('bulk reads by getAll, not by cursor (issue 11)', () => {
	it("a study session's related cards and an export's logs are read by index ranges, no cursor", async () => {
		const db = testDb();
		const cards = countReads(db, 'cards');
		const reviews = countReads(db, 'reviews');
		const opts = { origin: 'user' as const, version: 'v1', now };
		for (const id of ['x1', 'x2', 'x3'])
			await installDeck(db, makeDeck(id, 20, { source: { title: 'X' } }), opts);
		await studyCard(db, cardKey('x1', 'c0'), { at: new Date('2026-11-25T10:00:00') });
		await studyCard(db, cardKey('x1', 'c0'), { at: new Date('2026-11-25T11:00:00') });
		await studyCard(db, cardKey('x2', 'c3'), { at: new Date('2026-11-25T11:30:00') });
		cards.reset();
		const s = await siblingsToday(db, ['x1', 'x2', 'x3'], dayStartMs, true);
		expect(s?.keys).toHaveLength(60);
		expect(cards.rows).toBeGreaterThanOrEqual(60);
		expect(cards.stepped).toBe(0);
		reviews.reset();
		const decks = await readDeckFiles(db, ['x1', 'x2']);
		const progress = await readProgress(db, decks);
		expect(progress.map((p) => [p.cardId, p.reviews.length])).toEqual([
			['c0', 2],
			['c3', 1]
		]);
		expect(reviews.stepped).toBe(0);
	});
});

describe("an export's progress reads states by index range (issue 11: 45 s for everything at 100k)", () => {
	it('reads each deck’s states in one range, not one get per card', async () => {
		const db = testDb();
		const states = countReads(db, 'states');
		const opts = { origin: 'user' as const, version: 'v1', now };
		for (const id of ['y1', 'y2']) await installDeck(db, makeDeck(id, 30), opts);
		await studyCard(db, cardKey('y2', 'c4'), { at: new Date('2026-11-25T10:00:00') });
		const decks = await readDeckFiles(db, ['y1', 'y2']);
		states.reset();
		const progress = await readProgress(db, decks);
		expect(progress.map((p) => [p.deckId, p.cardId])).toEqual([['y2', 'c4']]);
		expect(states.gets).toBe(0);
		expect(states.queries).toBe(2);
	});
});
