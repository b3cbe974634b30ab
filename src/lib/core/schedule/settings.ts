// Study settings with Anki-like defaults. Pure data: the db stores them, core reads them.

export type StepUnit = `${number}${'m' | 'h' | 'd'}`;

export interface StudySettings {
	/** Desired retention, 0.70 … 0.99. */
	retention: number;
	newPerDay: number;
	reviewsPerDay: number;
	learningSteps: StepUnit[];
	relearningSteps: StepUnit[];
	/** Local hour at which a new study day begins (Anki: 4). */
	dayStartHour: number;
	maximumIntervalDays: number;
	/**
	 * Hold back related cards (the other side of a two-way note, the other gaps of a cloze, the same
	 * fact asked the other way, in any deck of the article) until the next day, as Anki buries
	 * siblings. See siblings.ts.
	 */
	burySiblings: boolean;
	/**
	 * Load balancing: a review's day is drawn within its fuzz range towards the days with fewer
	 * cards due (load-balance.ts), as Anki's load balancer. On by default, as in Anki.
	 */
	loadBalance: boolean;
}

export const DEFAULT_SETTINGS: StudySettings = {
	retention: 0.9,
	newPerDay: 20,
	reviewsPerDay: 200,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	dayStartHour: 4,
	maximumIntervalDays: 36500,
	burySiblings: true,
	loadBalance: true
};

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;

/** Clamps and fills a partial settings object read from storage or a form. */
export function normalizeSettings(input: Partial<StudySettings> | undefined): StudySettings {
	const d = DEFAULT_SETTINGS;
	const s = { ...d, ...(input ?? {}) };
	// Written short: this is on the first page, whose budget is nearly spent.
	const num = (v: number, lo: number, hi: number, dflt: number, round = Math.round) =>
		Number.isFinite(v) ? Math.min(hi, Math.max(lo, round(v))) : dflt;
	const steps = <T>(v: T[], dflt: T[]) => (Array.isArray(v) ? [...v] : dflt);
	return {
		retention: num(s.retention, RETENTION_MIN, RETENTION_MAX, d.retention, Number),
		newPerDay: num(s.newPerDay, 0, 9999, d.newPerDay),
		reviewsPerDay: num(s.reviewsPerDay, 0, 99999, d.reviewsPerDay),
		learningSteps: steps(s.learningSteps, d.learningSteps),
		relearningSteps: steps(s.relearningSteps, d.relearningSteps),
		dayStartHour: num(s.dayStartHour, 0, 23, d.dayStartHour),
		maximumIntervalDays: num(s.maximumIntervalDays, 1, 36500, d.maximumIntervalDays),
		burySiblings: s.burySiblings !== false,
		loadBalance: s.loadBalance !== false
	};
}
