// FSRS parameters as text (the simulator's `--params <file>`): the list the settings page shows
// after Optimize (comma-separated, as Anki shows them too), or JSON (an array, or { "w": [...] }).
// FSRS-6 has 21 parameters (ts-fsrs 5, fsrs-rs 5). Pure.
import { default_w } from 'ts-fsrs';

export type ParametersResult = { w: number[] } | { problem: string };

export function parseParameters(text: string): ParametersResult {
	const trimmed = text.trim();
	let list: unknown;
	if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
		try {
			list = JSON.parse(trimmed);
		} catch {
			return { problem: 'not valid JSON' };
		}
		if (list && typeof list === 'object' && !Array.isArray(list))
			list = (list as { w?: unknown }).w;
		if (!Array.isArray(list)) return { problem: 'expected an array of numbers or { "w": [...] }' };
	} else list = trimmed.split(/[\s,]+/).filter(Boolean);
	const w = (list as unknown[]).map((x) => (typeof x === 'string' ? Number(x) : x));
	if (!w.every((x) => typeof x === 'number' && Number.isFinite(x)))
		return { problem: 'every parameter must be a number' };
	if (w.length !== default_w.length)
		return { problem: `expected ${default_w.length} parameters (FSRS-6), got ${w.length}` };
	return { w: w as number[] };
}
