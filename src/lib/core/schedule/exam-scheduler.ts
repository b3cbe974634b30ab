// Exam mode as a scheduler: the deck's plan wrapped around the plain FSRS scheduler, so that the
// grade buttons' labels, the grade itself and everything that uses a Scheduler (the review, the
// simulator) see the plan's due dates without knowing about it.
import { applyExamPlan, type DayLoad, type PlannedExam } from './exam';
import { GRADES, type GradeName, type Scheduler } from './fsrs';
import { formatInterval } from './interval';

/**
 * `base` with `plan`'s due dates; `base` itself when there is no plan or it is out of reach. `load` tells the reviews
 * already due per day, so that final reviews go to the lighter days.
 */
export function withExamPlan(
	base: Scheduler,
	plan: PlannedExam | null | undefined,
	rolloverHour: number,
	load?: DayLoad
): Scheduler {
	if (!plan || plan.outOfReach) return base;
	const grade: Scheduler['grade'] = (card, g, now) => {
		const graded = base.grade(card, g, now);
		return { card: applyExamPlan(graded.card, now, plan, rolloverHour, load), log: graded.log };
	};
	return {
		grade,
		preview(card, now) {
			const out = {} as Record<GradeName, { due: Date; label: string }>;
			for (const g of GRADES) {
				const due = new Date(grade(card, g, now).card.due);
				out[g] = { due, label: formatInterval(due.getTime() - now.getTime()) };
			}
			return out;
		},
		retrievability: base.retrievability
	};
}

/** The grade buttons' interval labels ("10m", "3d"; "10 мин", "3 дн." in Russian). */
export function previewLabels(
	scheduler: Scheduler,
	card: Parameters<Scheduler['preview']>[0],
	now: Date,
	lang: 'ru' | 'en' = 'en'
): Record<GradeName, string> {
	const preview = scheduler.preview(card, now);
	return Object.fromEntries(
		GRADES.map((g) => [
			g,
			lang === 'en'
				? preview[g].label
				: formatInterval(preview[g].due.getTime() - now.getTime(), lang)
		])
	) as Record<GradeName, string>;
}
