// Test factories for ts-fsrs cards (pure: no database), shared by the scheduler's and the exam's
// tests. For tests only, as the rest of src/lib/testing/.
import type { Card } from '$lib/core/schedule';

const DAY = 86_400_000;

/** A review card last seen `ago` days before `at`, with stability `s`, due `dueIn` days after `at`. */
export function reviewedCard(at: Date, ago: number, s: number, dueIn: number): Card {
	return {
		due: new Date(at.getTime() + dueIn * DAY),
		stability: s,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: ago + dueIn,
		learning_steps: 0,
		reps: 4,
		lapses: 0,
		state: 2,
		last_review: new Date(at.getTime() - ago * DAY)
	};
}
