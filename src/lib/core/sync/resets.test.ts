// A progress reset as sync merges it (resets.ts): the mark that wins per card is the last writer's
// by HLC, whatever order the changes arrive in, and the card's replay starts from it.
import { describe, expect, it } from 'vitest';
import { createScheduler, type Card } from '../schedule/fsrs';
import { DEFAULT_SETTINGS } from '../schedule/settings';
import { emptyCard } from '../schedule/state';
import { seededRandom, shuffled } from '../util/random';
import type { ReviewEvent, RowChange } from './events';
import { emptyRow, mergeChanges, valuesOf } from './fields';
import { formatHlc } from './hlc';
import { replayCard } from './replay';
import { afterReset, readReset, type ResetMark } from './resets';

const scheduler = createScheduler(DEFAULT_SETTINGS, { fuzz: true });
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 9);
const stamp = (hours: number, node: string) =>
	formatHlc({ wall: T0 + hours * HOUR, counter: 0, node });

/** Reviews of one card graded on `node` at these hours, each from the card the one before left. */
function graded(node: string, hours: number[], start: Card = emptyCard(new Date(T0))) {
	let card = start;
	return hours.map((h): ReviewEvent => {
		const prev = card;
		card = scheduler.grade(card, 'good', new Date(T0 + h * HOUR)).card;
		return {
			kind: 'review',
			id: stamp(h, node),
			key: 'd/c1',
			deckId: 'd',
			at: T0 + h * HOUR,
			rating: 3,
			durationMs: 1000,
			prev
		};
	});
}

const resetChange = (hours: number, node: string, value: ResetMark | null): RowChange => ({
	kind: 'change',
	id: `${stamp(hours, node)}|resets|d`,
	entity: 'resets',
	row: 'd',
	fields: { 'd/c1': value },
	hlc: stamp(hours, node)
});

describe('progress resets in sync', () => {
	it('a review counts after a reset when its stamp is later; one without a stamp, by its time', () => {
		const reset = { hlc: stamp(10, 'phone'), at: T0 + 10 * HOUR };
		expect(afterReset({ id: stamp(9, 'laptop'), at: T0 + 11 * HOUR }, reset)).toBe(false);
		expect(afterReset({ id: stamp(10, 'zz'), at: T0 }, reset)).toBe(true);
		expect(afterReset({ id: 'local-000000000001', at: T0 + 11 * HOUR }, reset)).toBe(true);
		expect(afterReset({ id: 'local-000000000002', at: T0 + 9 * HOUR }, reset)).toBe(false);
		expect(afterReset({ id: stamp(1, 'a'), at: T0 }, null)).toBe(true);
	});

	it('marks from JSON: a bad one reads as none', () => {
		expect(readReset({ hlc: stamp(1, 'a'), at: 5 })).toEqual({ hlc: stamp(1, 'a'), at: 5 });
		expect(readReset(null)).toBeNull();
		expect(readReset({ hlc: 'soon', at: 5 })).toBeNull();
		expect(readReset({ hlc: stamp(1, 'a'), at: '5' })).toBeNull();
	});

	it('resets, undos and reviews of two devices in any order: one mark and one state (seeds × permutations)', () => {
		const phone = graded('phone', [1, 30, 60]);
		const laptop = graded('laptop', [40, 70]);
		const r1 = { hlc: stamp(50, 'phone'), at: T0 + 50 * HOUR };
		const r2 = { hlc: stamp(65, 'laptop'), at: T0 + 65 * HOUR };
		// The phone resets at 50, the laptop at 65, then the phone undoes its reset at 80 without
		// having seen the laptop's: the undo is the last writer, so the card has no reset at all.
		const histories: [RowChange[], ResetMark | null, number][] = [
			[[resetChange(50, 'phone', r1)], r1, 2],
			[[resetChange(50, 'phone', r1), resetChange(65, 'laptop', r2)], r2, 1],
			[
				[
					resetChange(50, 'phone', r1),
					resetChange(65, 'laptop', r2),
					resetChange(80, 'phone', null)
				],
				null,
				5
			]
		];
		for (const [changes, expected, reps] of histories) {
			for (let seed = 1; seed <= 12; seed++) {
				const random = seededRandom(seed);
				const merged = valuesOf(mergeChanges(emptyRow(), shuffled(changes, random)));
				const mark = readReset(merged['d/c1']);
				expect(mark).toEqual(expected);
				const out = replayCard(shuffled([...phone, ...laptop], random), scheduler, mark)!;
				const reference = replayCard([...phone, ...laptop], scheduler, expected)!;
				expect(out.card).toEqual(reference.card);
				expect(out.card.reps).toBe(reps);
				// Every review keeps its row, the ones before the reset included.
				expect(out.steps).toHaveLength(5);
			}
		}
	});

	it('a reset with no review after it leaves the card new, due when it was reset', () => {
		const reset = { hlc: stamp(50, 'phone'), at: T0 + 50 * HOUR };
		const out = replayCard(graded('phone', [1, 30]), scheduler, reset)!;
		expect(out.card).toEqual(emptyCard(new Date(reset.at)));
		expect(replayCard([], scheduler, reset)!.card).toEqual(emptyCard(new Date(reset.at)));
	});
});
