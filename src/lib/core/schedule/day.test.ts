// Runs with TZ=Europe/Berlin (vite.config.ts): DST starts 2026-03-29 02:00 and ends
// 2026-10-25 03:00.
import { describe, expect, it } from 'vitest';
import { dayKey, dayStart, daysBetween, nextDayStart } from './day';

const local = (s: string) => new Date(s); // no "Z": local time

describe('study day with a 4:00 rollover', () => {
	it('the zone is the one the tests expect', () => {
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Berlin');
	});

	it('after midnight but before 4:00 still belongs to the previous day', () => {
		expect(dayKey(local('2026-11-25T23:59:00'))).toBe('2026-11-25');
		expect(dayKey(local('2026-11-26T00:30:00'))).toBe('2026-11-25');
		expect(dayKey(local('2026-11-26T03:59:59'))).toBe('2026-11-25');
		expect(dayKey(local('2026-11-26T04:00:00'))).toBe('2026-11-26');
	});

	it('day start and next day start are at 4:00 local time', () => {
		const s = dayStart(local('2026-11-26T01:00:00'));
		expect(s.getHours()).toBe(4);
		expect(s.getDate()).toBe(25);
		const n = nextDayStart(local('2026-11-26T01:00:00'));
		expect(n.getDate()).toBe(26);
		expect(n.getHours()).toBe(4);
	});

	it('the spring-forward night is a 23-hour study day and the boundary stays at 4:00', () => {
		const before = local('2026-03-29T01:30:00'); // before the switch: day of the 28th
		expect(dayKey(before)).toBe('2026-03-28');
		const start = dayStart(before);
		const next = nextDayStart(before);
		expect(next.getHours()).toBe(4);
		expect(next.getDate()).toBe(29);
		expect(next.getTime() - start.getTime()).toBe(23 * 3_600_000);
	});

	it('the fall-back night is a 25-hour study day', () => {
		const t = local('2026-10-25T02:30:00');
		expect(dayKey(t)).toBe('2026-10-24');
		const next = nextDayStart(t);
		expect(next.getHours()).toBe(4);
		expect(next.getTime() - dayStart(t).getTime()).toBe(25 * 3_600_000);
	});

	it('counts whole study days across DST', () => {
		expect(daysBetween(local('2026-03-28T12:00:00'), local('2026-03-30T05:00:00'))).toBe(2);
		expect(daysBetween(local('2026-03-28T12:00:00'), local('2026-03-30T03:00:00'))).toBe(1);
		expect(daysBetween(local('2026-10-26T12:00:00'), local('2026-10-24T12:00:00'))).toBe(-2);
	});

	it('honours another rollover hour', () => {
		expect(dayKey(local('2026-11-26T00:30:00'), 0)).toBe('2026-11-26');
	});
});
