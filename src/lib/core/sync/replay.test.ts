import { describe, expect, it } from 'vitest';
import { createScheduler, type Card } from '../schedule/fsrs';
import { DEFAULT_SETTINGS } from '../schedule/settings';
import { emptyCard } from '../schedule/state';
import { seededRandom, shuffled, type Random } from '../util/random';
import type { ReviewEvent } from './events';
import { reviveCard } from './events';
import { mergeReviews, replayCard } from './replay';

const scheduler = createScheduler(DEFAULT_SETTINGS, { fuzz: true });
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** One device studying the card offline from `start`: its events, as it records them. */
function studyOffline(device: string, start: Card, random: Random, count: number): ReviewEvent[] {
	let card = start;
	let at = T0 + Math.floor(random() * DAY);
	const out: ReviewEvent[] = [];
	for (let i = 0; i < count; i++) {
		const rating = 1 + Math.floor(random() * 4);
		const id = `${String(at).padStart(15, '0')}-000000-${device}`;
		out.push({
			kind: 'review',
			id,
			key: 'd/c1',
			deckId: 'd',
			at,
			rating,
			durationMs: 1000,
			prev: card
		});
		card = scheduler.grade(
			card,
			(['again', 'hard', 'good', 'easy'] as const)[rating - 1],
			new Date(at)
		).card;
		at += Math.floor(random() * 3 * DAY) + 60_000;
	}
	return out;
}

describe('replay of a merged review history', () => {
	it('the same reviews from two devices in any order give the same state (seeds × permutations)', () => {
		for (let seed = 1; seed <= 25; seed++) {
			const random = seededRandom(seed);
			const start = emptyCard(new Date(T0));
			const a = studyOffline('phone', start, random, 1 + Math.floor(random() * 5));
			const b = studyOffline('laptop', start, random, 1 + Math.floor(random() * 5));
			const reference = replayCard([...a, ...b], scheduler)!;
			// The reference is one device grading every review in time order.
			let card = start;
			for (const r of mergeReviews(a, b))
				card = scheduler.grade(
					card,
					(['again', 'hard', 'good', 'easy'] as const)[r.rating - 1],
					new Date(r.at)
				).card;
			expect(reference.card).toEqual(card);
			expect(reference.steps).toHaveLength(a.length + b.length);
			for (let p = 0; p < 8; p++) {
				const order = shuffled([...a, ...b], random);
				expect(replayCard(order, scheduler)!.card).toEqual(reference.card);
			}
		}
	});

	it('a review pushed twice is counted once (idempotent by id)', () => {
		const random = seededRandom(7);
		const a = studyOffline('phone', emptyCard(new Date(T0)), random, 3);
		const once = replayCard(a, scheduler)!;
		const twice = replayCard([...a, ...a, a[1]], scheduler)!;
		expect(twice.card).toEqual(once.card);
		expect(twice.steps).toHaveLength(3);
		expect(twice.card.reps).toBe(3);
	});

	it('replays cards that came through JSON (dates as strings)', () => {
		const random = seededRandom(3);
		const a = studyOffline('phone', emptyCard(new Date(T0)), random, 2);
		const wire = (JSON.parse(JSON.stringify(a)) as ReviewEvent[]).map((r) => ({
			...r,
			prev: reviveCard(r.prev)
		}));
		expect(replayCard(wire, scheduler)!.card).toEqual(replayCard(a, scheduler)!.card);
	});

	it('no gradable reviews: nothing to replay', () => {
		expect(replayCard([], scheduler)).toBeNull();
	});
});
