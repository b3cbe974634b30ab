// Exam mode's promise over a sample of the grid (cards 50–1,000, exam on day 3–60, 10–50
// new a day, seeds 1–10, targets 0.80–0.95); the whole grid is `npm run simulate:grid`. The
// issue's own three examples are pinned first: before planner v2 the first broke its target
// (89.5 % for 90 %) and put most reviews on the last two evenings.
import { describe, expect, it } from 'vitest';
import {
	GAP_REVIEWS,
	judgeCell,
	sampledGrid,
	spikeRatio,
	SPIKE_RATIO,
	TARGET_SLACK,
	type CellVerdict
} from './exam-promise';

const show = (v: CellVerdict) =>
	JSON.stringify({
		cell: v.cell,
		plain: [v.plain.recall, v.plain.reviews],
		exam: [v.exam.recall, v.exam.reviews],
		spike: spikeRatio(v.exam.perDay)
	});

describe('exam planner v2 keeps its promise', () => {
	it('600 cards, exam on day 30, 30 new a day, target 90 %: reaches it with fewer reviews, no cram spike', () => {
		const v = judgeCell({ cards: 600, days: 30, newPerDay: 30, seed: 1, target: 0.9 });
		expect(v.reachable).toBe(true);
		expect(v.exam.recall, show(v)).toBeGreaterThanOrEqual(0.895);
		expect(v.exam.reviews).toBeLessThan(v.plain.reviews);
		// The last two evenings carry no more than their share.
		const last7 = v.exam.perDay.slice(-7);
		expect(Math.max(...v.exam.perDay)).toBeLessThanOrEqual(
			(SPIKE_RATIO * last7.reduce((s, n) => s + n, 0)) / 7
		);
	});

	it('120 cards, exam on day 5 (out of reach): at least plain FSRS’s recall at no more reviews', () => {
		const v = judgeCell({ cards: 120, days: 5, newPerDay: 20, seed: 1, target: 0.9 });
		expect(v.reachable).toBe(false);
		expect(v.recallKept, show(v)).toBe(true);
	});

	it('300 cards, exam on day 14: the promise holds', () => {
		const v = judgeCell({ cards: 300, days: 14, newPerDay: 20, seed: 1, target: 0.9 });
		expect(v.recallKept, show(v)).toBe(true);
		expect(v.spikeKept, show(v)).toBe(true);
	});

	// Sampled cells: each keeps the recall side of the promise, or is in the known gap (plain FSRS
	// misses the target though every card is introduced) within its stated bounds.
	for (const cell of sampledGrid(24, 13))
		it(`recall and reviews: ${cell.cards} cards, day ${cell.days}, ${cell.newPerDay}/day, seed ${cell.seed}, target ${cell.target}`, () => {
			const v = judgeCell(cell);
			if (v.knownGap) {
				expect(v.exam.recall, show(v)).toBeGreaterThanOrEqual(v.plain.recall - TARGET_SLACK);
				expect(v.exam.reviews, show(v)).toBeLessThanOrEqual(v.plain.reviews * (1 + GAP_REVIEWS));
			} else expect(v.recallKept, show(v)).toBe(true);
		});

	it('the sample holds no cram spike in at least 80 % of its cells (full grid: README)', () => {
		const cells = sampledGrid(24, 13).map((c) => judgeCell(c));
		expect(cells.filter((v) => v.spikeKept).length).toBeGreaterThanOrEqual(0.8 * cells.length);
	}, 60_000);
});
