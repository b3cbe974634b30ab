import { describe, expect, it } from 'vitest';
import { buildQueue, LEARN_AHEAD_MS } from './next-card';
import type { DeckCandidates, QueueCard } from './queue';
import { DEFAULT_SETTINGS } from './settings';

const now = new Date('2026-11-25T12:00:00');
const t = now.getTime();
const card = (key: string, due: number, ord = 0, deckId = 'd'): QueueCard => ({
	key,
	deckId,
	due,
	ord
});
const deck = (over: Partial<DeckCandidates> = {}): DeckCandidates => ({
	deckId: 'd',
	progress: { newDone: 0, reviewsDone: 0 },
	learning: [],
	reviews: [],
	fresh: [],
	...over
});

describe('today’s queue', () => {
	it('shows due learning first, then reviews by due, then new cards in deck order', () => {
		const q = buildQueue(
			[
				deck({
					learning: [card('l1', t - 1000)],
					reviews: [card('r2', t - 10), card('r1', t - 5000)],
					fresh: [card('n2', t, 2), card('n1', t, 1)]
				})
			],
			DEFAULT_SETTINGS,
			now
		);
		expect(q.next?.key).toBe('l1');
		expect(q.counts).toEqual({ new: 2, learning: 1, review: 2 });
		const q2 = buildQueue(
			[deck({ reviews: [card('r2', t - 10), card('r1', t - 5000)], fresh: [card('n1', t, 1)] })],
			DEFAULT_SETTINGS,
			now
		);
		expect(q2.next?.key).toBe('r1');
		const q3 = buildQueue(
			[deck({ fresh: [card('n2', t, 2), card('n1', t, 1)] })],
			DEFAULT_SETTINGS,
			now
		);
		expect(q3.next?.key).toBe('n1');
	});

	it('applies the daily new-card limit minus what was introduced today', () => {
		const fresh = Array.from({ length: 30 }, (_, i) => card(`n${i}`, t, i));
		expect(buildQueue([deck({ fresh })], DEFAULT_SETTINGS, now).counts.new).toBe(20);
		const q = buildQueue(
			[deck({ fresh, progress: { newDone: 18, reviewsDone: 0 } })],
			DEFAULT_SETTINGS,
			now
		);
		expect(q.counts.new).toBe(2);
		const done = buildQueue(
			[deck({ fresh, progress: { newDone: 25, reviewsDone: 0 } })],
			DEFAULT_SETTINGS,
			now
		);
		expect(done.counts.new).toBe(0);
		expect(done.next).toBeNull();
	});

	it('applies the review limit and keeps the most overdue reviews', () => {
		const reviews = Array.from({ length: 5 }, (_, i) => card(`r${i}`, t - i * 1000));
		const q = buildQueue(
			[deck({ reviews, progress: { newDone: 0, reviewsDone: 197 } })],
			DEFAULT_SETTINGS,
			now
		);
		expect(q.counts.review).toBe(3);
		expect(q.next?.key).toBe('r4');
	});

	it('limits are per deck and add up in a session over several decks', () => {
		const a = Array.from({ length: 25 }, (_, i) => card(`a${i}`, t, i, 'a'));
		const b = Array.from({ length: 25 }, (_, i) => card(`b${i}`, t, i, 'b'));
		const q = buildQueue(
			[
				deck({ deckId: 'a', fresh: a }),
				deck({ deckId: 'b', fresh: b, progress: { newDone: 15, reviewsDone: 0 } })
			],
			DEFAULT_SETTINGS,
			now
		);
		expect(q.counts.new).toBe(25);
	});

	it('learning cards due soon are shown early only when nothing else is left', () => {
		const soon = card('l', t + LEARN_AHEAD_MS - 1000);
		expect(
			buildQueue([deck({ learning: [soon], fresh: [card('n', t, 0)] })], DEFAULT_SETTINGS, now).next
				?.key
		).toBe('n');
		expect(buildQueue([deck({ learning: [soon] })], DEFAULT_SETTINGS, now).next?.key).toBe('l');
		const later = card('l', t + LEARN_AHEAD_MS + 60_000);
		const q = buildQueue([deck({ learning: [later] })], DEFAULT_SETTINGS, now);
		expect(q.next).toBeNull();
		expect(q.waitUntil).toBe(later.due);
	});
});
