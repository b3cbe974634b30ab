import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, State } from './fsrs';
import { DEFAULT_SETTINGS } from './settings';
import { formatInterval } from './interval';

const MIN = 60_000;
const DAY = 86_400_000;
const now = new Date('2026-03-01T10:00:00Z');

describe('FSRS adapter (fuzz off)', () => {
	const s = createScheduler(DEFAULT_SETTINGS, { fuzz: false });

	it('walks a new card through the learning steps 1m 10m', () => {
		const card = newCard(now);
		const p = s.preview(card, now);
		expect(p.again.due.getTime() - now.getTime()).toBe(1 * MIN);
		expect(p.good.due.getTime() - now.getTime()).toBe(10 * MIN);
		expect(p.again.label).toBe('1m');
		expect(p.hard.label).toBe('6m');
		expect(p.good.label).toBe('10m');
		// Easy skips the steps: FSRS-6's initial stability for Easy (w3 ≈ 8.3 days) at 90 %.
		expect(p.easy.label).toBe('8d');
	});

	it('graduates after the last step and keeps the whole card', () => {
		const first = s.grade(newCard(now), 'good', now);
		expect(first.card.state).toBe(State.Learning);
		expect(first.card.learning_steps).toBe(1);
		expect(first.log.state).toBe(State.New);
		const t = first.card.due;
		const second = s.grade(first.card, 'good', t);
		expect(second.card.state).toBe(State.Review);
		expect(second.card.scheduled_days).toBe(2);
		expect(second.card.due.getTime() - t.getTime()).toBe(2 * DAY);
		expect(second.card.last_review?.getTime()).toBe(t.getTime());
		expect(second.card.reps).toBe(2);
	});

	it('a lapse goes to relearning with the 10m relearning step', () => {
		let c = s.grade(newCard(now), 'easy', now).card;
		const lapse = s.grade(c, 'again', c.due);
		c = lapse.card;
		expect(c.state).toBe(State.Relearning);
		expect(c.lapses).toBe(1);
		expect(c.due.getTime() - lapse.log.review.getTime()).toBe(10 * MIN);
	});

	it('lower desired retention gives longer intervals', () => {
		const low = createScheduler({ ...DEFAULT_SETTINGS, retention: 0.8 }, { fuzz: false });
		let c = s.grade(newCard(now), 'good', now).card;
		c = s.grade(c, 'good', c.due).card;
		const at = c.due;
		const high = s.preview(c, at).good.due.getTime();
		const lower = low.preview(c, at).good.due.getTime();
		expect(lower).toBeGreaterThan(high);
	});

	it('retrievability is 0 for new cards and about the retention when due', () => {
		expect(s.retrievability(newCard(now), now)).toBe(0);
		let c = s.grade(newCard(now), 'good', now).card;
		c = s.grade(c, 'good', c.due).card;
		const r = s.retrievability(c, c.due);
		expect(r).toBeGreaterThan(0.85);
		expect(r).toBeLessThan(0.95);
	});

	it('with fuzz on, the previewed interval is the one the grade gives moments later', () => {
		const fuzzy = createScheduler(DEFAULT_SETTINGS, { fuzz: true });
		let c = fuzzy.grade(newCard(now), 'good', now).card;
		c = fuzzy.grade(c, 'good', c.due).card;
		for (const [i, shown] of [c.due, new Date(c.due.getTime() + 86_400_000 * 3)].entries()) {
			const preview = fuzzy.preview(c, shown);
			const later = new Date(shown.getTime() + 7_000 + i);
			for (const g of ['hard', 'good', 'easy'] as const) {
				const given = fuzzy.grade(c, g, later).card.due.getTime() - later.getTime();
				const label = preview[g].label;
				expect(formatInterval(given), g).toBe(label);
			}
		}
	});
});

// Issue 9, item 8: an imported card with an impossible memory state threw "Invalid memory state…"
// (or "Invalid delta_t") on every preview and grade, and blocked the session when it came due.
describe('FSRS adapter: impossible stored states never block a card', () => {
	const s = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
	const reviewed = (over: object) => ({
		...s.grade(s.grade(newCard(now), 'good', now).card, 'good', new Date(now.getTime() + 10 * MIN))
			.card,
		...over
	});
	const bad = [
		{ stability: 0 },
		{ stability: -3 },
		{ stability: 1e-300 },
		{ stability: Number.NaN },
		{ stability: Number.POSITIVE_INFINITY },
		{ difficulty: -50 },
		{ difficulty: 0 },
		{ difficulty: 11 },
		{ last_review: new Date('2100-01-01T00:00:00Z') },
		{ last_review: new Date(Number.NaN) },
		{ last_review: undefined },
		{ due: new Date(Number.NaN) },
		{ state: 7 },
		{ reps: -1, lapses: Number.NaN, learning_steps: -2 },
		{ state: State.New, stability: 0.5, difficulty: 0 }
	];
	it.each(bad)('previews and grades a card with %o', (over) => {
		const card = reviewed(over);
		const later = new Date(now.getTime() + 30 * DAY);
		const p = s.preview(card, later);
		for (const g of ['again', 'hard', 'good', 'easy'] as const) {
			expect(Number.isFinite(p[g].due.getTime())).toBe(true);
			expect(p[g].label).not.toBe('');
		}
		const { card: next } = s.grade(card, 'good', later);
		expect(next.stability).toBeGreaterThanOrEqual(0.001);
		expect(next.difficulty).toBeGreaterThanOrEqual(1);
		expect(next.difficulty).toBeLessThanOrEqual(10);
		expect(next.due.getTime()).toBeGreaterThan(later.getTime());
		expect(Number.isFinite(s.retrievability(card, later))).toBe(true);
	});
});
