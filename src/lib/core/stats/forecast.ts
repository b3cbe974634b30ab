// The due forecast: how many studied cards come due on each of the next study days. Cards whose
// day has already passed are overdue and counted in today, apart, as Anki does. New cards are not
// due on a day: the new-card limit decides when they come.
import { CardState } from '../schedule/state';
import { dayIndex, dayWindow } from './days';
import type { CardSummary, StatsClock } from './types';

export interface ForecastDay {
	day: string;
	/** Due on an earlier day and not yet reviewed (only today has any). */
	overdue: number;
	due: number;
}

export interface Forecast {
	days: ForecastDay[];
	/** Due after the window. */
	later: number;
}

export function dueForecast(
	cards: readonly CardSummary[],
	clock: StatsClock,
	days: number
): Forecast {
	const window = dayWindow(clock, 0, days);
	const out: ForecastDay[] = window.keys.map((day) => ({ day, overdue: 0, due: 0 }));
	let later = 0;
	for (const c of cards) {
		if (c.state === CardState.New) continue;
		if (c.due < window.bounds[0]) out[0].overdue++;
		else {
			const i = dayIndex(window, c.due);
			if (i < 0) later++;
			else out[i].due++;
		}
	}
	return { days: out, later };
}
