// The preset edit form's rules (Settings → Option presets): what each field accepts, and the
// problem of each field that does not, so the form can say it next to that field. Pure: the
// fields come as typed (numbers from number inputs, text from the steps fields).
import type { PresetOptions } from './presets';
import { RETENTION_MAX, RETENTION_MIN } from './settings';
import { parseSteps } from './steps';

export const PRESET_FIELDS = [
	'name',
	'newPerDay',
	'reviewsPerDay',
	'learningSteps',
	'relearningSteps',
	'retention',
	'maximumIntervalDays'
] as const;
export type PresetField = (typeof PRESET_FIELDS)[number];

export const PRESET_NAME_MAX = 60;

export interface PresetFormInput {
	name: string;
	newPerDay: unknown;
	reviewsPerDay: unknown;
	learningSteps: string;
	relearningSteps: string;
	retention: unknown;
	maximumIntervalDays: unknown;
}

export type PresetFieldProblem =
	| { kind: 'name-empty' }
	| { kind: 'name-long'; max: number }
	| { kind: 'whole'; value: string; min: number; max: number }
	| { kind: 'steps'; value: string }
	| { kind: 'retention'; value: string };

export type PresetFormResult =
	| { name: string; options: Omit<PresetOptions, 'w'> }
	| { problems: Partial<Record<PresetField, PresetFieldProblem>> };

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

/** A whole number in [min, max] (a comma or a dot is not one), or null. */
function whole(v: unknown, min: number, max: number): number | null {
	const s = text(v);
	if (!/^\d+$/.test(s)) return null;
	const n = Number(s);
	return n >= min && n <= max ? n : null;
}

/** Retention as a share (0.9, "0,9") or a percent ("90", "90 %"), within the settings' range. */
export function readRetention(v: unknown): number | null {
	const s = text(v).replace(/\s*%$/, '').replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(s)) return null;
	let r = Number(s);
	if (r > 1) r = r / 100;
	r = Math.round(r * 10_000) / 10_000;
	return r >= RETENTION_MIN && r <= RETENTION_MAX ? r : null;
}

/** Checks the form: the preset's name and options, or each field's problem. */
export function checkPresetForm(input: PresetFormInput): PresetFormResult {
	const problems: Partial<Record<PresetField, PresetFieldProblem>> = {};
	const name = text(input.name);
	if (!name) problems.name = { kind: 'name-empty' };
	else if (name.length > PRESET_NAME_MAX)
		problems.name = { kind: 'name-long', max: PRESET_NAME_MAX };
	const limits: [PresetField, unknown, number, number][] = [
		['newPerDay', input.newPerDay, 0, 9999],
		['reviewsPerDay', input.reviewsPerDay, 0, 99999],
		['maximumIntervalDays', input.maximumIntervalDays, 1, 36500]
	];
	const numbers: Partial<Record<PresetField, number>> = {};
	for (const [field, value, min, max] of limits) {
		const n = whole(value, min, max);
		if (n === null) problems[field] = { kind: 'whole', value: text(value), min, max };
		else numbers[field] = n;
	}
	const learning = parseSteps(text(input.learningSteps));
	if (!learning) problems.learningSteps = { kind: 'steps', value: text(input.learningSteps) };
	const relearning = parseSteps(text(input.relearningSteps));
	if (!relearning) problems.relearningSteps = { kind: 'steps', value: text(input.relearningSteps) };
	const retention = readRetention(input.retention);
	if (retention === null) problems.retention = { kind: 'retention', value: text(input.retention) };
	if (Object.keys(problems).length || !learning || !relearning || retention === null)
		return { problems };
	return {
		name,
		options: {
			newPerDay: numbers.newPerDay!,
			reviewsPerDay: numbers.reviewsPerDay!,
			maximumIntervalDays: numbers.maximumIntervalDays!,
			learningSteps: learning,
			relearningSteps: relearning,
			retention
		}
	};
}
