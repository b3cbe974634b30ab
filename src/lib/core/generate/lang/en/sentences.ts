// English sentence splitting on cleaned text: a full stop after an initial ("John F. Kennedy"),
// a title ("Gen.", "St."), a page reference ("p.") or "e.g." does not end a sentence; a line break
// ends a paragraph (cleanText has joined the lines of one paragraph).
import type { Sentence } from '../../sentences';

const ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Gen|Col|Lt|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Hon|No|Nos|vol|vols|pp?|ed|eds|cf|ca|c|vs|viz|approx|e\.g|i\.e|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]\.[A-Z])\.$/;

/** An initial: one capital letter and its full stop ("F." in "John F. Kennedy"). */
const INITIAL = /(?:^|[\s.(“"])\p{Lu}\.$/u;

export function splitEnglish(text: string): Sentence[] {
	const out: Sentence[] = [];
	let paragraph = 0;
	let start = 0;
	const emit = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e > s) out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n') {
			emit(i);
			paragraph++;
			start = i + 1;
			continue;
		}
		if (!/[.!?…]/.test(ch)) continue;
		let j = i;
		while (j + 1 < text.length && /[.!?…"”’')\]]/.test(text[j + 1])) j++;
		// A new sentence starts with a capital, a digit or an opening quote after a space.
		if (j + 1 < text.length && !/^\s+["“‘(]?[\p{Lu}\d]/u.test(text.slice(j + 1, j + 5))) {
			i = j;
			continue;
		}
		if (ch === '.' && j === i) {
			const before = text.slice(Math.max(0, i - 12), i + 1);
			if (INITIAL.test(before) || ABBREVIATION.test(before)) {
				i = j;
				continue;
			}
		}
		emit(j + 1);
		i = j;
	}
	emit(text.length);
	return out;
}
