// A simulated student with known FSRS parameters, for the optimizer's tests (unit and e2e): their
// memory follows FORGETFUL_W while the app schedules with FSRS's defaults, as for a new user
// before Optimize. The logs come from the repo's simulator (core/schedule/simulate.ts).
import { default_w } from 'ts-fsrs';
import { simulatePlain, type SimulatedReview } from '../core/schedule/simulate';

/** Forgets faster than FSRS's average user: smaller first stabilities, slower growth (w8). */
export const FORGETFUL_W: readonly number[] = default_w.map((x, i) =>
	i === 0 ? 0.08 : i === 1 ? 0.5 : i === 2 ? 1.0 : i === 3 ? 3.5 : i === 8 ? 1.3 : x
);

/** The student's gradings over `days` days of `cards` cards, `newPerDay` new a day. */
export function studentReviews(
	cards: number,
	days: number,
	{ newPerDay = 10, seed = 7 }: { newPerDay?: number; seed?: number } = {}
): SimulatedReview[] {
	const logs: SimulatedReview[] = [];
	simulatePlain({
		cards,
		days,
		newPerDay,
		seed,
		studentW: FORGETFUL_W,
		onReview: (r) => logs.push(r)
	});
	return logs;
}
