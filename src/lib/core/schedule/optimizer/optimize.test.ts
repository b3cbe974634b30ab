import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { simulatePlain } from '../simulate';
import { createScheduler } from '../fsrs';
import { DEFAULT_SETTINGS } from '../settings';
import { emptyCard } from '../state';
import type { OptimizerReview, PackedItems } from './fsrs-items';
import { evaluate, predictRecall } from './fsrs-evaluate';
import { MIN_OPTIMIZER_REVIEWS, optimizeReviews, tooFewReviews } from './optimize';

function logs(cards: number, days: number): OptimizerReview[] {
	const out: OptimizerReview[] = [];
	simulatePlain({
		cards,
		days,
		newPerDay: 10,
		seed: 3,
		onReview: (r) => out.push({ ...r, key: `c${r.card}` })
	});
	return out;
}

describe('optimizeReviews', () => {
	it('on too few reviews says how many there are and the minimum, and fits nothing', () => {
		const fits: PackedItems[] = [];
		const outcome = optimizeReviews({ reviews: logs(20, 10), rolloverHour: 4 }, (p) => {
			fits.push(p);
			return [...default_w];
		});
		expect(outcome.kind).toBe('too-few');
		if (outcome.kind !== 'too-few') return;
		expect(outcome.minimum).toBe(MIN_OPTIMIZER_REVIEWS);
		expect(outcome.reviews).toBeGreaterThan(0);
		expect(outcome.reviews).toBeLessThan(MIN_OPTIMIZER_REVIEWS);
		expect(fits).toHaveLength(0);
		// The page's own check (before any download) says the same.
		expect(tooFewReviews({ reviews: logs(20, 10), rolloverHour: 4 })).toEqual(outcome);
		expect(tooFewReviews({ reviews: logs(100, 40), rolloverHour: 4 })).toBeNull();
	});

	it('fits on the older 80 % for Evaluate and on all for the saved parameters', () => {
		const sizes: number[] = [];
		const outcome = optimizeReviews({ reviews: logs(100, 40), rolloverHour: 4 }, (p) => {
			sizes.push(p.lengths.length);
			return [...default_w];
		});
		expect(outcome.kind).toBe('fitted');
		if (outcome.kind !== 'fitted') return;
		expect(sizes).toEqual([Math.round(outcome.reviews * 0.8), outcome.reviews]);
		expect(outcome.after.count).toBe(outcome.reviews - sizes[0]);
		// The same parameters before and after: equal figures, and "no worse" is kept.
		expect(outcome.after).toEqual(outcome.before);
		expect(outcome.better).toBe(true);
	});

	it('does not call worse parameters better', () => {
		const bad = default_w.map((x, i) => (i < 4 ? x * 50 : x));
		const outcome = optimizeReviews({ reviews: logs(100, 40), rolloverHour: 4 }, () => bad);
		expect(outcome.kind === 'fitted' && outcome.better).toBe(false);
	});

	it('refuses a parameter list that is not FSRS-6’s 21 numbers', () => {
		expect(() =>
			optimizeReviews({ reviews: logs(100, 40), rolloverHour: 4 }, () => [1, 2, 3])
		).toThrow(/21/);
	});
});

describe('evaluate', () => {
	it('predicts what the app’s scheduler computes as the card’s retrievability', () => {
		const scheduler = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
		let card = emptyCard(new Date(2026, 0, 1, 18));
		const times = [
			new Date(2026, 0, 1, 18),
			new Date(2026, 0, 1, 18, 10),
			new Date(2026, 0, 4, 18)
		];
		const grades = ['good', 'good', 'good'] as const;
		times.forEach((t, i) => (card = scheduler.grade(card, grades[i], t).card));
		const later = new Date(2026, 0, 14, 18);
		const [p] = predictRecall(
			[
				{
					at: 0,
					reviews: [
						{ rating: 3, deltaT: 0 },
						{ rating: 3, deltaT: 0 },
						{ rating: 3, deltaT: 3 },
						{ rating: 3, deltaT: 10 }
					]
				}
			],
			default_w
		);
		expect(p).toBeCloseTo(scheduler.retrievability(card, later), 3);
	});

	it('scores sure and right predictions near 0, and counts RMSE over bins', () => {
		const item = (last: number) => ({
			at: 0,
			reviews: [
				{ rating: 4, deltaT: 0 },
				{ rating: last, deltaT: 1 }
			]
		});
		const good = evaluate([item(3), item(3)], default_w);
		const bad = evaluate([item(1), item(1)], default_w);
		expect(good.logLoss).toBeLessThan(0.05);
		expect(bad.logLoss).toBeGreaterThan(2);
		expect(bad.rmseBins).toBeGreaterThan(0.9);
		expect(good.count).toBe(2);
	});
});
