// Windows of consecutive study days (with the rollover hour, as core/schedule/day.ts defines
// them) and a fast lookup of the day a timestamp falls in. Every boundary is built from the
// calendar date, so a 23- or 25-hour day at a DST change is still one day.
import { dayKey, dayStart } from '../schedule/day';
import type { StatsClock } from './types';

export interface DayWindow {
	/** YYYY-MM-DD of each day, oldest first. */
	keys: string[];
	/** Start of each day in ms, plus the end of the last day: keys.length + 1 entries. */
	bounds: number[];
}

/** Start (ms) of the study day `offset` days away from the one containing `now`. */
export function dayStartAt({ now, rolloverHour }: StatsClock, offset: number): number {
	const s = dayStart(now, rolloverHour);
	return new Date(s.getFullYear(), s.getMonth(), s.getDate() + offset, rolloverHour).getTime();
}

/** `count` consecutive study days, the first `firstOffset` days from today (-29: 29 days ago). */
export function dayWindow(clock: StatsClock, firstOffset: number, count: number): DayWindow {
	const bounds: number[] = [];
	for (let i = 0; i <= count; i++) bounds.push(dayStartAt(clock, firstOffset + i));
	const keys = bounds.slice(0, count).map((t) => dayKey(new Date(t), clock.rolloverHour));
	return { keys, bounds };
}

/** The last `days` study days, today last. */
export function pastDays(clock: StatsClock, days: number): DayWindow {
	return dayWindow(clock, 1 - days, days);
}

/** Index of the day that contains `t`, or -1 when `t` is outside the window. */
export function dayIndex({ bounds }: DayWindow, t: number): number {
	if (t < bounds[0] || t >= bounds[bounds.length - 1]) return -1;
	let lo = 0;
	let hi = bounds.length - 2;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (bounds[mid] <= t) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
