// provesFirst: whether a card chosen from a session's first ranges is the one every deck's
// candidates give (issue 11, fifth pass).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, QUEUE_CODE } from '$lib/core/schedule';
import type { StateRow } from '$lib/db';
import { provesFirst, type SessionRead } from './session-candidates';

const now = new Date('2026-11-25T18:00:00');
const t = now.getTime();
const row = (key: string, queue: number, due: number) =>
	({ key, deckId: 'd', queue, due, ord: 0 }) as unknown as StateRow;

function read(rows: StateRow[], reviewsUpTo: number | null | 'all'): SessionRead {
	return {
		candidates: [
			{
				deckId: 'd',
				progress: { newDone: 0, reviewsDone: 0 },
				learning: [],
				reviews: [],
				fresh: [],
				rows,
				limits: DEFAULT_SETTINGS
			}
		],
		cards: new Map(),
		reviewed: [],
		tiesOf: null,
		...(reviewsUpTo === 'all' ? {} : { first: { reviewsUpTo } })
	};
}

describe('provesFirst', () => {
	const rows = [
		row('due-learning', QUEUE_CODE.learning, t - 1),
		row('later-learning', QUEUE_CODE.learning, t + 60_000),
		row('early-review', QUEUE_CODE.review, t - 5000),
		row('last-review', QUEUE_CODE.review, t - 1000),
		row('new', QUEUE_CODE.new, t)
	];
	it('takes a learning card due now, and a review due before the last one read', () => {
		const r = read(rows, t - 1000);
		expect(provesFirst(r, 'due-learning', now)).toBe(true);
		expect(provesFirst(r, 'early-review', now)).toBe(true);
	});
	it('not a review due with the last one read (one due then might come first by deck order)', () => {
		expect(provesFirst(read(rows, t - 1000), 'last-review', now)).toBe(false);
		// Unless every review due today was read.
		expect(provesFirst(read(rows, null), 'last-review', now)).toBe(true);
	});
	it('not a new card, a learning card ahead of time, or none (new cards were not read)', () => {
		const r = read(rows, null);
		expect(provesFirst(r, 'new', now)).toBe(false);
		expect(provesFirst(r, 'later-learning', now)).toBe(false);
		expect(provesFirst(r, undefined, now)).toBe(false);
	});
	it('anything chosen from every deck’s candidates', () => {
		expect(provesFirst(read(rows, 'all'), 'new', now)).toBe(true);
		expect(provesFirst(read(rows, 'all'), undefined, now)).toBe(true);
	});
});
