// A card's marks merged from two devices: per field, last writer by HLC, and the queue that follows
// from the merged marks is the same whatever order the changes arrive in.
import { describe, expect, it } from 'vitest';
import { emptyCard } from '../schedule/state';
import type { QueueCode } from '../schedule/queue';
import { seededRandom, shuffled } from '../util/random';
import { emptyRow, mergeChanges, valuesOf } from './fields';
import { formatHlc } from './hlc';
import { marksOf, NO_MARKS, readMarks, withMarks } from './marks';

const at = (wall: number, node: string) => formatHlc({ wall, counter: 0, node });
const T = Date.parse('2026-11-20T09:00:00Z');
const review = { ...emptyCard(new Date(T)), state: 2 as const };
const state = (queue: QueueCode, buriedAt?: number) => ({
	key: 'd/c0',
	queue,
	card: review,
	...(buriedAt !== undefined ? { buriedAt } : {})
});

/** The state a device ends with: its own state with every change merged in, in this order. */
function merged(changes: { fields: Record<string, unknown>; hlc: string }[]) {
	const values = valuesOf(mergeChanges(emptyRow(), changes));
	const row = withMarks(state(2), readMarks(values, NO_MARKS));
	return [row.queue, row.buriedAt];
}

describe('card marks (suspend, bury) across devices', () => {
	it('reads the marks of a state and writes them back as its queue', () => {
		expect(marksOf(state(-1))).toEqual({ suspended: 1, buriedAt: null });
		expect(marksOf(state(-2, T))).toEqual({ suspended: 0, buriedAt: T });
		expect(marksOf(state(2))).toEqual(NO_MARKS);
		expect(marksOf(undefined)).toEqual(NO_MARKS);
		expect(withMarks(state(2), { suspended: 1, buriedAt: null })).toMatchObject({ queue: -1 });
		expect(withMarks(state(2), { suspended: 0, buriedAt: T })).toMatchObject({
			queue: -2,
			buriedAt: T
		});
		// Brought back: the queue its schedule says (a review card), the bury time gone.
		const back = withMarks(state(-2, T), NO_MARKS);
		expect(back.queue).toBe(2);
		expect('buriedAt' in back).toBe(false);
		// A retired card stays retired whatever the marks.
		expect(withMarks(state(9), { suspended: 1, buriedAt: null }).queue).toBe(9);
	});

	it('two devices, any order of their changes: the same marks and the same queue', () => {
		// A suspends, B (later, not having seen it) buries, A unsuspends later still.
		const changes = [
			{ fields: { suspended: 1 }, hlc: at(T + 1000, 'a') },
			{ fields: { buriedAt: T + 2000 }, hlc: at(T + 2000, 'b') },
			{ fields: { suspended: 0 }, hlc: at(T + 3000, 'a') }
		];
		const expected = merged(changes);
		// Unsuspended, still buried by B: buried since B's time.
		expect(expected).toEqual([-2, T + 2000]);
		for (let seed = 1; seed <= 40; seed++)
			expect(merged(shuffled(changes, seededRandom(seed)))).toEqual(expected);
	});

	it('a suspend outranks a bury of the same card, whichever came later', () => {
		const suspendThenBury = [
			{ fields: { suspended: 1 }, hlc: at(T + 1000, 'a') },
			{ fields: { buriedAt: T + 2000 }, hlc: at(T + 2000, 'b') }
		];
		expect(merged(suspendThenBury)).toEqual([-1, undefined]);
		expect(merged([...suspendThenBury].reverse())).toEqual([-1, undefined]);
	});

	it('one field written on both devices: the later stamp wins, equal walls by node', () => {
		const unsuspendOnB = [
			{ fields: { suspended: 1 }, hlc: at(T + 1000, 'a') },
			{ fields: { suspended: 0 }, hlc: at(T + 1000, 'b') }
		];
		expect(merged(unsuspendOnB)).toEqual([2, undefined]);
		expect(merged([...unsuspendOnB].reverse())).toEqual([2, undefined]);
	});

	it('reads only well-formed values: anything else is no mark', () => {
		expect(readMarks({ suspended: 'yes', buriedAt: 'soon' }, NO_MARKS)).toEqual(NO_MARKS);
		expect(readMarks({ buriedAt: null }, { suspended: 1, buriedAt: T })).toEqual({
			suspended: 1,
			buriedAt: null
		});
		expect(readMarks({}, { suspended: 1, buriedAt: null })).toEqual({
			suspended: 1,
			buriedAt: null
		});
	});
});
