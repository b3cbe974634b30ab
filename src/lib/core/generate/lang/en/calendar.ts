// English calendar words for the date grammar (dates.ts): month numbers (the names are core/text's
// table, shared with the answer checks and the history views), number words, seasons and parts of
// a year as month ranges, ordinal centuries. Data only.
import { MONTH_ENGLISH } from '../../../text/months';

/** "Jan.", "Sept." as well as full names; the number 1–12. */
export function monthNumber(word: string): number {
	const w = word.replace(/\.$/, '').toLowerCase();
	if (w.length < 3) return 0;
	// Full names, or the abbreviations "Jan", "Sept" (three or four letters).
	const i = MONTH_ENGLISH.findIndex(
		(m) => m.toLowerCase() === w || (w.length <= 4 && m.toLowerCase().startsWith(w))
	);
	return i + 1;
}

export const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30
};

/** Parts of a year as month ranges: "early 1754" → January–April. */
export const YEAR_PARTS: Record<string, [number, number]> = {
	early: [1, 4],
	mid: [5, 8],
	late: [9, 12],
	spring: [3, 5],
	summer: [6, 8],
	autumn: [9, 11],
	fall: [9, 11],
	winter: [1, 2],
	'first half': [1, 6],
	'second half': [7, 12]
};

/** Parts of a decade: "the early 1920s" → 1920–1923. */
export const DECADE_PARTS: Record<string, [number, number]> = {
	early: [0, 3],
	mid: [4, 6],
	late: [7, 9]
};

const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];

/** "eighteenth" or "18th" → 18; 0 if neither. */
export function centuryNumber(word: string): number {
	const n = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(word);
	if (n) return Number(n[1]);
	return ORDINALS.indexOf(word.toLowerCase()) + 1;
}
