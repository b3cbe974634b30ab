import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, HybridClock, parseHlc } from './hlc';

describe('HybridClock', () => {
	it('follows the wall clock and orders stamps as strings', () => {
		let now = 1_000;
		const clock = new HybridClock('a', () => now);
		const s1 = clock.tick();
		now = 2_000;
		const s2 = clock.tick();
		expect(parseHlc(s1)).toEqual({ wall: 1_000, counter: 0, node: 'a' });
		expect(compareHlc(s1, s2)).toBe(-1);
	});

	it('never goes back when the wall clock does', () => {
		let now = 5_000;
		const clock = new HybridClock('a', () => now);
		const s1 = clock.tick();
		now = 1_000;
		const s2 = clock.tick();
		expect(s2 > s1).toBe(true);
		expect(parseHlc(s2)).toEqual({ wall: 5_000, counter: 1, node: 'a' });
	});

	it('stamps after an observed remote stamp come after it, even from a slow clock', () => {
		const fast = new HybridClock('b', () => 90_000);
		const slow = new HybridClock('a', () => 10_000);
		const remote = fast.tick();
		slow.observe(remote);
		const local = slow.tick();
		expect(local > remote).toBe(true);
		expect(parseHlc(local)!.wall).toBe(90_000);
	});

	it('starts after the last stamp it was given (a restart keeps order)', () => {
		const last = formatHlc({ wall: 7_000, counter: 3, node: 'a' });
		const clock = new HybridClock('a', () => 7_000, last);
		expect(clock.tick() > last).toBe(true);
	});

	it('refuses a node id that would break the string order', () => {
		expect(() => new HybridClock('a-b|c', () => 0)).toThrow(RangeError);
		expect(parseHlc('garbage')).toBeNull();
	});
});
