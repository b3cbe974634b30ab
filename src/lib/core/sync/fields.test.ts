import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from '../util/random';
import { applyChange, emptyRow, isLive, mergeChanges, valuesOf, winningPart } from './fields';
import { formatHlc } from './hlc';

const at = (wall: number, node = 'a') => formatHlc({ wall, counter: 0, node });

describe('per-field last writer wins', () => {
	it('keeps the newest value of each field, whatever the order of the changes', () => {
		const changes = [
			{ fields: { title: 'A' }, hlc: at(1, 'a') },
			{ fields: { title: 'B' }, hlc: at(2, 'b') },
			{ fields: { description: 'x' }, hlc: at(1, 'b') },
			{ fields: { title: 'C' }, hlc: at(2, 'a') }
		];
		const expected = { title: 'B', description: 'x' };
		for (let seed = 1; seed <= 30; seed++) {
			const order = shuffled(changes, seededRandom(seed));
			expect(valuesOf(mergeChanges(emptyRow(), order))).toEqual(expected);
		}
	});

	it('applying the same changes twice changes nothing (idempotent re-push)', () => {
		const changes = [
			{ fields: { title: 'A' }, hlc: at(1) },
			{ fields: {}, deleted: true as const, hlc: at(3) }
		];
		const once = mergeChanges(emptyRow(), changes);
		expect(mergeChanges(once, changes)).toEqual(once);
	});

	it('a tombstone beats an older edit', () => {
		const row = mergeChanges(emptyRow(), [
			{ fields: { title: 'old' }, hlc: at(1, 'b') },
			{ fields: {}, deleted: true as const, hlc: at(2, 'a') }
		]);
		expect(isLive(row)).toBe(false);
		expect(winningPart(row, { fields: {}, deleted: true, hlc: at(1) }).deleted).toBe(false);
	});

	it('a tombstone loses to a newer edit (made on a device that had not seen the delete)', () => {
		const row = mergeChanges(emptyRow(), [
			{ fields: {}, deleted: true as const, hlc: at(2, 'a') },
			{ fields: { title: 'new' }, hlc: at(3, 'b') }
		]);
		expect(isLive(row)).toBe(true);
		expect(valuesOf(row)).toEqual({ title: 'new' });
	});

	it('an edit does not replace a newer one of the same field', () => {
		const row = applyChange(emptyRow(), { fields: { title: 'new' }, hlc: at(5) });
		expect(winningPart(row, { fields: { title: 'old' }, hlc: at(4) }).fields).toEqual({});
		expect(applyChange(row, { fields: { title: 'old' }, hlc: at(4) })).toBe(row);
	});

	it('merges one write of several fields with a newer write of one of them, in either order', () => {
		const whole = { fields: { title: 'T', description: 'D' }, hlc: at(1, 'a') };
		const retitle = { fields: { title: 'T2' }, hlc: at(2, 'b') };
		const one = valuesOf(mergeChanges(emptyRow(), [whole, retitle]));
		expect(one).toEqual({ title: 'T2', description: 'D' });
		expect(valuesOf(mergeChanges(emptyRow(), [retitle, whole]))).toEqual(one);
	});
});
