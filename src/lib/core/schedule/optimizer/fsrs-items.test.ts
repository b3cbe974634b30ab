import { describe, expect, it } from 'vitest';
import { packItems, toFsrsItems, type OptimizerReview } from './fsrs-items';

// Local times (the tests run in Europe/Berlin); the app's rollover is 4:00.
const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();
const rev = (key: string, t: number, rating: number, state: number): OptimizerReview => ({
	key,
	at: t,
	rating,
	state
});

describe('review logs → FSRS items', () => {
	it('counts study days with the rollover hour: a review at 1:00 belongs to the evening before', () => {
		const items = toFsrsItems(
			[
				rev('a', at(1, 20), 3, 0),
				rev('a', at(3, 1), 3, 2), // 1:00 on the 3rd is still the 2nd's study day
				rev('a', at(3, 5), 3, 2) // 5:00 on the 3rd: the 3rd
			],
			4
		);
		expect(items.map((i) => i.reviews.map((r) => r.deltaT))).toEqual([
			[0, 1],
			[0, 1, 1]
		]);
	});

	it('keeps same-day learning steps as history, not as items of their own', () => {
		const items = toFsrsItems(
			[
				rev('a', at(1, 18), 1, 0),
				rev('a', at(1, 18, 1), 3, 1),
				rev('a', at(1, 18, 11), 3, 1),
				rev('a', at(4, 18), 4, 2)
			],
			4
		);
		expect(items).toEqual([
			{
				at: at(4, 18),
				reviews: [
					{ rating: 1, deltaT: 0 },
					{ rating: 3, deltaT: 0 },
					{ rating: 3, deltaT: 0 },
					{ rating: 4, deltaT: 3 }
				]
			}
		]);
	});

	it('starts a card’s history again where it was new again (reset), and skips a history with no start', () => {
		const items = toFsrsItems(
			[
				rev('a', at(1, 18), 3, 0),
				rev('a', at(5, 18), 1, 2),
				rev('a', at(6, 18), 3, 0), // reset to new, learnt again
				rev('a', at(9, 18), 3, 2),
				rev('b', at(2, 18), 3, 2), // first review lost (no New state on record)
				rev('b', at(5, 18), 3, 2)
			],
			4
		);
		expect(items.map((i) => i.reviews)).toEqual([
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 3 }
			]
		]);
	});

	it('ignores gradings that are not 1–4 (a manual reschedule logs 0) and sorts items by time', () => {
		const items = toFsrsItems(
			[
				rev('b', at(2, 18), 3, 0),
				rev('b', at(4, 18), 2, 2),
				rev('a', at(1, 18), 3, 0),
				rev('a', at(2, 19), 0, 2),
				rev('a', at(3, 18), 3, 2)
			],
			4
		);
		expect(items.map((i) => i.at)).toEqual([at(3, 18), at(4, 18)]);
		expect(items[0].reviews).toEqual([
			{ rating: 3, deltaT: 0 },
			{ rating: 3, deltaT: 2 }
		]);
	});

	it('packs items end to end for computeParameters', () => {
		const packed = packItems([
			{
				at: 1,
				reviews: [
					{ rating: 3, deltaT: 0 },
					{ rating: 4, deltaT: 2 }
				]
			},
			{
				at: 2,
				reviews: [
					{ rating: 1, deltaT: 0 },
					{ rating: 3, deltaT: 0 },
					{ rating: 3, deltaT: 1 }
				]
			}
		]);
		expect([...packed.ratings]).toEqual([3, 4, 1, 3, 3]);
		expect([...packed.deltaTs]).toEqual([0, 2, 0, 0, 1]);
		expect([...packed.lengths]).toEqual([2, 3]);
	});
});
