import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from '../util/random';
import { DELETED } from './events';
import { applyChange, changeWins, emptyRow, isLive, mergeChanges, valuesOf } from './fields';
import { formatHlc } from './hlc';

const at = (wall: number, node = 'a') => formatHlc({ wall, counter: 0, node });

describe('per-field last writer wins', () => {
	it('keeps the newest value of each field, whatever the order of the changes', () => {
		const changes = [
			{ field: 'title', value: 'A', hlc: at(1, 'a') },
			{ field: 'title', value: 'B', hlc: at(2, 'b') },
			{ field: 'description', value: 'x', hlc: at(1, 'b') },
			{ field: 'title', value: 'C', hlc: at(2, 'a') }
		];
		const expected = { title: 'B', description: 'x' };
		for (let seed = 1; seed <= 30; seed++) {
			const order = shuffled(changes, seededRandom(seed));
			expect(valuesOf(mergeChanges(emptyRow(), order))).toEqual(expected);
		}
	});

	it('applying the same changes twice changes nothing (idempotent re-push)', () => {
		const changes = [
			{ field: 'title', value: 'A', hlc: at(1) },
			{ field: DELETED, value: true, hlc: at(3) }
		];
		const once = mergeChanges(emptyRow(), changes);
		expect(mergeChanges(once, changes)).toEqual(once);
	});

	it('a tombstone beats an older edit', () => {
		const row = mergeChanges(emptyRow(), [
			{ field: 'title', value: 'old', hlc: at(1, 'b') },
			{ field: DELETED, value: true, hlc: at(2, 'a') }
		]);
		expect(isLive(row)).toBe(false);
		expect(changeWins(row, { field: DELETED, hlc: at(1) })).toBe(false);
	});

	it('a tombstone loses to a newer edit (made on a device that had not seen the delete)', () => {
		const row = mergeChanges(emptyRow(), [
			{ field: DELETED, value: true, hlc: at(2, 'a') },
			{ field: 'title', value: 'new', hlc: at(3, 'b') }
		]);
		expect(isLive(row)).toBe(true);
		expect(valuesOf(row)).toEqual({ title: 'new' });
	});

	it('an edit does not replace a newer one of the same field', () => {
		const row = applyChange(emptyRow(), { field: 'title', value: 'new', hlc: at(5) });
		expect(changeWins(row, { field: 'title', hlc: at(4) })).toBe(false);
		expect(applyChange(row, { field: 'title', value: 'old', hlc: at(4) })).toBe(row);
	});
});
