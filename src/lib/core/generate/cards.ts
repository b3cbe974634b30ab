// Card writing rules shared by the three decks: a cloze gap "[…]", a front cut to the clause
// that carries the fact, and a check that the hidden side does not show on the front.

import { MONTH_GENITIVE, MONTH_NOMINATIVE } from './dates';
import { surnameForms, surnameStem } from './names';

export const GAP = '[…]';
export const MAX_FRONT = 250;

/** Replace the given ranges of `text` by the gap (overlaps merged). */
export function cloze(text: string, ranges: [number, number][]): string {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	let out = '';
	let at = 0;
	for (const [a, b] of sorted) {
		if (b <= at) continue;
		out += text.slice(at, Math.max(a, at)) + GAP;
		at = b;
	}
	return (out + text.slice(at)).replace(/(?:\[…\]\s*){2,}/g, GAP + ' ');
}

/** Whether a person's surname (any case) or full name shows in `front`. */
export function leaksSurname(front: string, surname: string): boolean {
	const lower = front.toLowerCase();
	const forms = surnameForms(surname).map((f) => f.toLowerCase());
	if (forms.some((f) => new RegExp(`(?<![а-яё])${f}(?![а-яё])`, 'u').test(lower))) return true;
	if (/\s/.test(surname)) return false; // a ruler: the given name's forms are the test
	for (const part of surname.split('-')) {
		const partForms = surnameForms(part).map((f) => f.toLowerCase());
		if (partForms.some((f) => new RegExp(`(?<![а-яё])${f}(?![а-яё])`, 'u').test(lower)))
			return true;
		const stem = surnameStem(part).toLowerCase();
		if (stem.length >= 4 && new RegExp(`(?<![а-яё])${stem}`, 'u').test(lower)) return true;
	}
	return false;
}

/** Whether the date of an ISO value shows in `front` (its years, or day and month). */
export function leaksDate(front: string, iso: string): boolean {
	for (const part of iso.split('/')) {
		const [y, m, d] = part.split('-');
		if (new RegExp(`(?<!\\d)${y}(?!\\d)`).test(front)) return true;
		if (m) {
			const mi = Number(m) - 1;
			if (d && new RegExp(`(?<!\\d)${Number(d)}\\s+${MONTH_GENITIVE[mi]}`).test(front)) return true;
			if (!d && front.toLowerCase().includes(MONTH_NOMINATIVE[mi].slice(0, 4))) return true;
		}
	}
	return false;
}

/** Whether the words of a phrase (their stems) show in `front`. */
export function leaksPhrase(front: string, phrase: string): boolean {
	const lower = front.toLowerCase();
	const words = phrase
		.toLowerCase()
		.split(/[\s,()]+/)
		.filter((w) => w.length >= 4);
	if (!words.length) return lower.includes(phrase.toLowerCase());
	return words.every((w) => lower.includes(w.slice(0, Math.max(4, w.length - 2))));
}
