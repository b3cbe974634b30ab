import { describe, expect, it } from 'vitest';
import { nextDayStart } from './day';
import { createScheduler, State } from './fsrs';
import { QUEUE_CODE, type DeckCandidates } from './queue';
import {
	applyQueueChange,
	listHolding,
	listOf,
	reviewCard,
	stateBefore,
	undoChange,
	type ScheduledCard
} from './review';
import { DEFAULT_SETTINGS } from './settings';
import { emptyCard } from './state';

const now = new Date('2026-11-25T12:00:00');
const dayEnd = nextDayStart(now).getTime();
const plain = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
const fresh = (key: string, ord = 0): ScheduledCard => ({
	key,
	deckId: 'd',
	queue: QUEUE_CODE.new,
	due: now.getTime(),
	ord,
	card: emptyCard(now)
});
const deck = (): DeckCandidates => ({
	deckId: 'd',
	progress: { newDone: 0, reviewsDone: 0 },
	learning: [],
	reviews: [],
	fresh: [fresh('d/a'), fresh('d/b', 1)].map(({ key, deckId, due, ord }) => ({
		key,
		deckId,
		due,
		ord
	}))
});

describe('one review', () => {
	it('gives the new row with due and queue from the new card, and the log', () => {
		const r = reviewCard(plain, fresh('d/a'), 'good', now, dayEnd);
		expect(r.state.card.state).toBe(State.Learning);
		expect(r.state.due).toBe(r.state.card.due.getTime());
		expect(r.state.queue).toBe(QUEUE_CODE.learning);
		expect(r.log.state).toBe(State.New);
		expect(r.log.review).toEqual(now);
		// Learning again in 10 minutes: still today.
		expect(r.change).toEqual({
			key: 'd/a',
			deckId: 'd',
			list: 'learning',
			progress: { newDone: 1, reviewsDone: 0 }
		});
	});

	it('takes a card out of today when it is next due after the day ends', () => {
		const r = reviewCard(plain, fresh('d/a'), 'easy', now, dayEnd);
		expect(r.state.queue).toBe(QUEUE_CODE.review);
		expect(r.change.list).toBeNull();
	});

	it('moves the card between the in-memory lists and counts the day', () => {
		const decks = [deck()];
		const r = reviewCard(plain, fresh('d/a'), 'good', now, dayEnd);
		applyQueueChange(decks, r.change, r.state);
		expect(decks[0].fresh.map((q) => q.key)).toEqual(['d/b']);
		expect(decks[0].learning).toEqual([{ key: 'd/a', deckId: 'd', due: r.state.due, ord: 0 }]);
		expect(decks[0].progress).toEqual({ newDone: 1, reviewsDone: 0 });
		expect(listHolding(decks, 'd/a')).toBe('learning');
	});

	it('undo puts the card back where it was and gives the day its review back', () => {
		const decks = [deck()];
		const before = fresh('d/a');
		const r = reviewCard(plain, before, 'good', now, dayEnd);
		applyQueueChange(decks, r.change, r.state);
		const memory = { log: r.log, prev: before.card, prevQueue: before.queue };
		const restored = stateBefore(r.state, memory);
		expect(restored).toEqual(before);
		applyQueueChange(decks, undoChange(restored, r.log, dayEnd), restored);
		expect(decks[0]).toEqual({ ...deck(), fresh: [deck().fresh[1], deck().fresh[0]] });
		expect(listOf(restored, dayEnd)).toBe('fresh');
	});

	it('undo of a cram card returns it to the reviews although it is not due today', () => {
		const decks = [deck()];
		const review: ScheduledCard = { ...fresh('d/r'), queue: QUEUE_CODE.review, due: dayEnd + 5 };
		expect(listOf(review, dayEnd)).toBeNull();
		const log = reviewCard(plain, fresh('d/x'), 'good', now, dayEnd).log;
		applyQueueChange(
			decks,
			undoChange(review, { ...log, state: State.Review }, dayEnd, 'reviews'),
			review
		);
		expect(decks[0].reviews.map((q) => q.key)).toEqual(['d/r']);
		expect(decks[0].progress).toEqual({ newDone: 0, reviewsDone: -1 });
	});
});
