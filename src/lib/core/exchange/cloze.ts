// Anki cloze notes ("{{c1::12 октября 1920 г.}}", "{{c2::Чичерин::нарком}}") as plain cards:
// one card per cloze number; its gaps become "[…]" (or "[hint]"), the other gaps show their text.
//
// A hand-written scanner, not a regex: the regex with two lazy groups before "}}" took cubic time
// on unclosed openers ("{{c1::" × 6,400 froze the page 88 s). It reads a gap as the regex did:
// the answer runs to the first "}}" after "{{cN::", and a "::" inside splits off the hint.

export const hasCloze = (text: string) => /\{\{c\d+::/.test(text);

export interface ClozeCard {
	n: number;
	front: string;
	back: string;
}

interface Gap {
	n: number;
	answer: string;
	hint?: string;
}

const OPENER = /\{\{c(\d+)::/g;

/** The text as plain parts and gaps, in one pass. */
function scan(text: string): (string | Gap)[] {
	const parts: (string | Gap)[] = [];
	let plainFrom = 0;
	OPENER.lastIndex = 0;
	for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
		const from = m.index + m[0].length;
		const end = text.indexOf('}}', from);
		// No "}}" after this opener: none after any later one either.
		if (end < 0) break;
		// Searched within this gap only, so that the whole scan stays linear.
		const inner = text.slice(from, end).indexOf('::');
		const split = from + inner;
		const hinted = inner >= 0;
		if (m.index > plainFrom) parts.push(text.slice(plainFrom, m.index));
		parts.push({
			n: Number(m[1]),
			answer: text.slice(from, hinted ? split : end),
			...(hinted ? { hint: text.slice(split + 2, end) } : {})
		});
		plainFrom = end + 2;
		OPENER.lastIndex = plainFrom;
	}
	if (plainFrom < text.length) parts.push(text.slice(plainFrom));
	return parts;
}

const asked = (g: Gap) => (g.hint ? `[${g.hint}]` : '[…]');

/**
 * One card per cloze number. With `maxFront`, a note whose cards' fronts would exceed it comes
 * back as `{ tooLong: n }` (the first such number) before any card is built: thousands of gaps
 * must not make thousands of long strings only to be rejected.
 */
export function expandCloze(text: string, maxFront = Infinity): ClozeCard[] | { tooLong: number } {
	const parts = scan(text);
	const gaps = parts.filter((p): p is Gap => typeof p !== 'string');
	const numbers = [...new Set(gaps.map((g) => g.n))].sort((a, b) => a - b);
	// Length of a front = everything filled in, minus this number's answers, plus what it shows.
	const filled = parts.reduce((sum, p) => sum + (typeof p === 'string' ? p : p.answer).length, 0);
	const delta = new Map<number, number>();
	for (const g of gaps) delta.set(g.n, (delta.get(g.n) ?? 0) + asked(g).length - g.answer.length);
	const tooLong = numbers.find((n) => filled + (delta.get(n) ?? 0) > maxFront);
	if (tooLong !== undefined) return { tooLong };
	return numbers.map((n) => {
		const front = parts
			.map((p) => (typeof p === 'string' ? p : p.n === n ? asked(p) : p.answer))
			.join('');
		const back = gaps
			.filter((g) => g.n === n)
			.map((g) => g.answer)
			.join('; ');
		return { n, front, back };
	});
}
