// The calendar heat map: reviews per study day over the last weeks, one column per week (as
// GitHub's contribution graph), today in the last column; days after today are placeholders.
import { dayIndex, dayStartAt, dayWindow } from './days';
import { weight, type ReviewSummary, type StatsClock } from './types';

export interface HeatCell {
	day: string;
	count: number;
	/** After today: drawn as empty space, not as a day without reviews. */
	future: boolean;
}

export interface HeatMap {
	/** Columns of 7 cells, the first cell on `weekStart`. */
	weeks: HeatCell[][];
	max: number;
	total: number;
	/** Days with at least one review. */
	activeDays: number;
	/** Days in a row with reviews, ending today (or yesterday when today has none yet). */
	streak: number;
}

/** `weekStart`: 1 = Monday (ISO, Russian calendars), 0 = Sunday. */
export function heatMap(
	reviews: readonly ReviewSummary[],
	clock: StatsClock,
	weeks: number,
	weekStart = 1
): HeatMap {
	const todayWeekday = new Date(dayStartAt(clock, 0)).getDay();
	const todayColumnIndex = (todayWeekday - weekStart + 7) % 7;
	const first = -((weeks - 1) * 7 + todayColumnIndex);
	const window = dayWindow(clock, first, weeks * 7);
	const todayIndex = -first;
	const counts = new Array<number>(window.keys.length).fill(0);
	for (const r of reviews) {
		const i = dayIndex(window, r.at);
		if (i >= 0 && i <= todayIndex) counts[i] += weight(r);
	}
	const cells = window.keys.map((day, i) => ({ day, count: counts[i], future: i > todayIndex }));
	const columns: HeatCell[][] = [];
	for (let w = 0; w < weeks; w++) columns.push(cells.slice(w * 7, w * 7 + 7));

	let streak = 0;
	for (let i = counts[todayIndex] > 0 ? todayIndex : todayIndex - 1; i >= 0 && counts[i] > 0; i--)
		streak++;
	return {
		weeks: columns,
		max: Math.max(0, ...counts),
		total: counts.reduce((a, b) => a + b, 0),
		activeDays: counts.filter((c) => c > 0).length,
		streak
	};
}

/** Shade 0 (none) … 4 (near the busiest day), relative to the busiest day shown. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
