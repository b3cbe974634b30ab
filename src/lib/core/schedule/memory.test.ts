import { describe, expect, it } from 'vitest';
import { createScheduler, newCard } from './fsrs';
import { memoryProblem, saneCard } from './memory';
import { DEFAULT_SETTINGS } from './settings';

const now = new Date('2026-03-01T10:00:00Z');

describe('stored memory states', () => {
	it('leaves every state the scheduler itself makes as it is (same object)', () => {
		const s = createScheduler(DEFAULT_SETTINGS, { fuzz: true });
		let card = newCard(now);
		let t = now;
		for (const g of ['good', 'again', 'hard', 'good', 'easy', 'again', 'good'] as const) {
			expect(saneCard(card, t)).toBe(card);
			expect(memoryProblem(card)).toBeNull();
			card = s.grade(card, g, t).card;
			t = new Date(Math.max(card.due.getTime(), t.getTime() + 60_000));
		}
	});

	it('names what is impossible', () => {
		const card = { state: 2 as const, stability: 1e-300, difficulty: 5 };
		expect(memoryProblem(card)).toEqual({
			field: 'stability',
			message: 'stability 1e-300 is outside 0.001–36500 days'
		});
		expect(memoryProblem({ ...card, stability: 3, difficulty: -50 })).toEqual({
			field: 'difficulty',
			message: 'difficulty -50 is outside 1–10'
		});
		expect(memoryProblem({ state: 0, stability: 0, difficulty: 0 })).toBeNull();
	});

	it('reads an impossible state as the nearest possible one', () => {
		const card = { ...newCard(now), state: 2 as const, stability: 1e-300, difficulty: -50 };
		const later = new Date('2100-01-01T00:00:00Z');
		const fixed = saneCard({ ...card, last_review: later }, now);
		expect(fixed).toMatchObject({ stability: 0.001, difficulty: 1, state: 2 });
		expect(fixed.last_review).toEqual(now);
	});
});
