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

/**
 * Whether the part of a date finer than its year shows in `front`: a front may show "1923 г." when
 * the gap hides "в январе" (the year is then context, not the answer). Year-only dates: leaksDate.
 */
export function leaksMonthOrDay(front: string, iso: string): boolean {
	if (!/^\d{4}-\d{2}/.test(iso)) return leaksDate(front, iso);
	const lower = front.toLowerCase();
	for (const part of iso.split('/')) {
		const [, m, d] = part.split('-');
		const mi = Number(m) - 1;
		if (d && new RegExp(`(?<!\\d)${Number(d)}\\s+${MONTH_GENITIVE[mi]}`).test(front)) return true;
		if (!d && lower.includes(MONTH_NOMINATIVE[mi].slice(0, 4))) return true;
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

/**
 * A front within `max` characters, cut at a clause or sentence boundary where it must be cut, and
 * never left inside an open quotation: "…на Данциг. В этот коридор" → "…на Данциг…»".
 */
export function trimFront(s: string, max = MAX_FRONT): string {
	let t = s.trim();
	let cut = false;
	if (t.length > max) {
		const room = t.slice(0, max - 3);
		const stops = [...room.matchAll(/[.;:!?…](?=\s)|,(?=\s)|\s[–—](?=\s)/gu)].map((m) => m.index);
		const at = stops.filter((i) => i > max / 2).pop() ?? room.lastIndexOf(' ');
		t = t.slice(0, at > 0 ? at : max - 3);
		cut = true;
	}
	const open = t.lastIndexOf('«');
	if (open >= 0 && t.indexOf('»', open) < 0) {
		// Inside a quotation: end at its last sentence or clause boundary, and close it.
		const inner = t.slice(open);
		if (!/[.!?…]$/u.test(inner) || cut) {
			const stops = [...inner.matchAll(/[.;!?…](?=\s)|,(?=\s)/gu)].map((m) => m.index);
			const at = stops.filter((i) => i >= 20).pop();
			if (at !== undefined) t = t.slice(0, open + at);
			else if (cut) t = t.slice(0, t.lastIndexOf(' ') > open ? t.lastIndexOf(' ') : t.length);
		}
		return t.replace(/[\s,;:–—.…]+$/u, '') + '…»';
	}
	return cut ? t.replace(/[\s,;:–—]+$/u, '') + ' …' : t;
}
