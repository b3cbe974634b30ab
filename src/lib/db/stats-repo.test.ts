import { describe, expect, it } from 'vitest';
import { QUEUE_CODE, State } from '$lib/core/schedule';
import { cardKey } from './decks-repo';
import { installDeck } from './deck-install';
import { cardSummaries, reviewSummaries } from './stats-repo';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';

const t0 = new Date('2026-11-20T10:00:00');

async function setup() {
	const db = testDb();
	await installDeck(db, makeDeck('a', 3), { origin: 'shipped', version: 'v1', now: t0 });
	await installDeck(db, makeDeck('b', 2), { origin: 'shipped', version: 'v1', now: t0 });
	const grade = (key: string, g: 'again' | 'good', at: Date, durationMs: number) =>
		studyCard(db, key, { grade: g, at, durationMs });
	await grade(cardKey('a', 'c0'), 'good', new Date('2026-11-20T10:00:00'), 3000);
	await grade(cardKey('a', 'c0'), 'again', new Date('2026-11-21T10:00:00'), 4000);
	await grade(cardKey('b', 'c1'), 'good', new Date('2026-11-22T10:00:00'), 5000);
	return db;
}

describe('stats reads', () => {
	it('reads review summaries for all decks or chosen decks, from a time on', async () => {
		const db = await setup();
		const all = await reviewSummaries(db, null);
		expect(all.map((r) => [r.deckId, r.rating, r.state, r.durationMs])).toEqual([
			['a', 3, State.New, 3000],
			['a', 1, State.Learning, 4000],
			['b', 3, State.New, 5000]
		]);
		expect((await reviewSummaries(db, ['a'])).length).toBe(2);
		expect((await reviewSummaries(db, ['b', 'a'])).map((r) => r.deckId)).toEqual(['a', 'a', 'b']);
		const since = new Date('2026-11-21T00:00:00').getTime();
		expect((await reviewSummaries(db, null, since)).length).toBe(2);
		expect((await reviewSummaries(db, ['a'], since)).length).toBe(1);
		expect(await reviewSummaries(db, [])).toEqual([]);
	});

	it('reads card states of chosen decks and leaves retired cards out', async () => {
		const db = await setup();
		await db.states.update(cardKey('a', 'c2'), { queue: QUEUE_CODE.retired });
		const a = await cardSummaries(db, ['a']);
		expect(a.length).toBe(2);
		expect(a.map((c) => c.state).sort()).toEqual([State.New, State.Learning]);
		expect((await cardSummaries(db, null)).length).toBe(4);
		expect((await cardSummaries(db, ['b']))[0]).toMatchObject({ deckId: 'b', scheduledDays: 0 });
	});
});
