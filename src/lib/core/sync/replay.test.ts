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

describe('the day a load-balancing device gave', () => {
	/** A card in review, and one "good" on it as a device records it (with the days it gave). */
	function reviewed(days: number | undefined, prev?: Card) {
		let card = emptyCard(new Date(T0));
		let at = T0;
		for (const g of ['good', 'good', 'good'] as const) {
			card = scheduler.grade(card, g, new Date(at)).card;
			at = card.due.getTime() + 3_600_000;
		}
		const event: ReviewEvent = {
			kind: 'review',
			id: `${String(at).padStart(15, '0')}-000000-a`,
			key: 'd/c1',
			deckId: 'd',
			at,
			rating: 3,
			durationMs: 1000,
			prev: prev ?? card,
			...(days !== undefined ? { days } : {})
		};
		const plain = scheduler.grade(card, 'good', new Date(at)).card;
		return { event, card, at, plain };
	}

	it('is the day a replay from the card that device graded gives', () => {
		const { plain } = reviewed(undefined);
		const days = plain.scheduled_days + 2;
		const { event, at } = reviewed(days);
		const out = replayCard([event], scheduler)!;
		expect(out.card.scheduled_days).toBe(days);
		expect(out.card.due.getTime()).toBe(at + days * DAY);
		expect(out.steps[0].log.scheduled_days).toBe(days);
	});

	it('is not taken when the merged history reached the review from another card', () => {
		const { event, card, at } = reviewed(17);
		// Another device graded the card offline an hour before: the merged history reaches this
		// review from the card after that grade, not from the card this device graded.
		const before: ReviewEvent = {
			...event,
			id: `${String(at - 3_600_000).padStart(15, '0')}-000000-b`,
			at: at - 3_600_000,
			rating: 1,
			prev: card
		};
		delete before.days;
		const afterB = scheduler.grade(card, 'again', new Date(at - 3_600_000)).card;
		const own = scheduler.grade(afterB, 'good', new Date(at)).card;
		const out = replayCard([event, before], scheduler)!;
		expect(own.scheduled_days).not.toBe(17);
		expect(out.card.scheduled_days).toBe(own.scheduled_days);
	});

	it('a replay of the rows a replay wrote gives the same card again (the bug: the log kept the interval before the grade, and the second replay gave that)', () => {
		for (let seed = 1; seed <= 10; seed++) {
			const random = seededRandom(seed);
			const events = studyOffline('phone', emptyCard(new Date(T0)), random, 6);
			const first = replayCard(events, scheduler)!;
			// What a device stores and later replays from: each row's card before and its log's days.
			const rows = first.steps.map((s): ReviewEvent => ({
				...s.review,
				prev: s.prev,
				days: s.log.scheduled_days
			}));
			expect(replayCard(rows, scheduler)!.card).toEqual(first.card);
		}
	});
});
