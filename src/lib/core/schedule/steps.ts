// Learning steps as the settings form reads and shows them ("1m 10m", "1 мин 10 мин"). Apart from
// settings.ts: the home screen reads settings, and this parser need not come with it.
import type { StepUnit } from './settings';

/** A step's unit as people write it, in English or Russian ("10m", "10 min", "10 мин", "1 ч", "2 дн."). */
const UNIT_WORDS: [RegExp, 'm' | 'h' | 'd'][] = [
	[/^(m|min|mins|minutes?|м|мин|минут[аы]?)$/, 'm'],
	[/^(h|hrs?|hours?|ч|час|часа|часов)$/, 'h'],
	[/^(d|days?|д|дн|день|дня|дней)$/, 'd']
];
// A number (1, 1.5, 1,5), spaces, a unit word, an optional dot; steps apart by spaces, "," or ";".
const STEP = /(\d+(?:[.,]\d+)?)\s*([a-zа-яё]+)\.?/giy;
const GAP = /[\s,;]*/y;

/**
 * Parses "1m 10m", "1m, 10m", "1 мин 10 мин" or "10 min, 1 day" into steps; null when any part
 * is not a step.
 */
export function parseSteps(text: string): StepUnit[] | null {
	const steps: StepUnit[] = [];
	let at = 0;
	const s = text.trim();
	while (at < s.length) {
		STEP.lastIndex = at;
		const m = STEP.exec(s);
		const unit = m && UNIT_WORDS.find(([re]) => re.test(m[2].toLowerCase()))?.[1];
		const n = m ? Number(m[1].replace(',', '.')) : 0;
		if (!m || !unit || !(n > 0)) return null;
		steps.push(`${n}${unit}` as StepUnit);
		GAP.lastIndex = STEP.lastIndex;
		GAP.exec(s);
		at = GAP.lastIndex;
	}
	return steps;
}

const STEP_UNITS_RU = { m: 'мин', h: 'ч', d: 'дн.' } as const;

/** Steps as the form shows them: "1m 10m", or "1 мин 10 мин" in Russian. */
export function formatSteps(steps: readonly StepUnit[], lang: 'ru' | 'en'): string {
	if (lang === 'en') return steps.join(' ');
	return steps
		.map((step) => {
			const unit = step.slice(-1) as 'm' | 'h' | 'd';
			return `${step.slice(0, -1).replace('.', ',')} ${STEP_UNITS_RU[unit]}`;
		})
		.join(' ');
}
