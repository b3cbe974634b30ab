// The article as the reader shows it. The source files come from PDFs: lines break inside
// paragraphs and words are hyphenated across them. For display, line breaks inside a paragraph
// become spaces, hyphenated words are joined ("ав-\nгуста" → "августа", but "германо-\nбольшевистский"
// keeps its hyphen), blank lines stay paragraph breaks, and archival citations ("[4; Bd. III…]")
// are kept but marked, so the page can mute them. Card offsets point into the RAW file, so every
// display character remembers the raw index it came from.
import { joinsHyphenation } from '$lib/core/generate/clean';

export type Range = [start: number, end: number];

export interface ReaderDoc {
	/** Display text; paragraphs are separated by "\n". */
	text: string;
	/** map[i] = raw index of text[i]; map[text.length] = the raw length. Non-decreasing. */
	map: number[];
	/** Display ranges of the paragraphs. */
	paragraphs: Range[];
	/** Display ranges of archival citations. */
	citations: Range[];
}

/** "[12]", "[4; Bd. III…]", "[Цит. по: 6]", not an editorial insertion like "[на]". */
const CITATION = /\[\s*(?:\d|Цит\.|См\.|Ibid|Там же)[^\]]{0,400}\]/gu;
const LETTER = /[А-Яа-яЁё]/;

export function readerDoc(raw: string): ReaderDoc {
	const out: string[] = [];
	const map: number[] = [];
	const push = (ch: string, at: number) => {
		out.push(ch);
		map.push(at);
	};
	const n = raw.length;
	let i = 0;
	while (i < n) {
		const ch = raw[i];
		if (ch === '-' && LETTER.test(raw[i - 1] ?? '')) {
			const m = /^-[ \t]*\r?\n[ \t]*/.exec(raw.slice(i, i + 8));
			const right = m && /^[А-Яа-яЁё]+/.exec(raw.slice(i + m[0].length, i + m[0].length + 40));
			const left = m && /[А-Яа-яЁё]+$/.exec(out.slice(-40).join(''));
			if (m && left && right) {
				if (!joinsHyphenation(left[0], right[0], raw)) push('-', i);
				i += m[0].length;
				continue;
			}
		}
		if (/\s/.test(ch)) {
			let j = i;
			while (j < n && /\s/.test(raw[j])) j++;
			const paragraph = /\n[ \t]*\r?\n/.test(raw.slice(i, j));
			// A run of whitespace is one space, or one paragraph break; none at the ends.
			if (out.length && j < n) push(paragraph ? '\n' : ' ', i);
			i = j;
			continue;
		}
		push(ch, i);
		i++;
	}
	map.push(n);
	const text = out.join('');
	const paragraphs: Range[] = [];
	let start = 0;
	for (let k = 0; k <= text.length; k++) {
		if (k === text.length || text[k] === '\n') {
			if (k > start) paragraphs.push([start, k]);
			start = k + 1;
		}
	}
	const doc: ReaderDoc = { text, map, paragraphs, citations: [] };
	for (const m of raw.matchAll(CITATION)) {
		doc.citations.push(rawToDisplay(doc, m.index, m.index + m[0].length));
	}
	return doc;
}

/** The first display index whose raw index is at least `raw`. */
export function displayIndex(doc: ReaderDoc, raw: number): number {
	let lo = 0;
	let hi = doc.text.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (doc.map[mid] < raw) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The display range of the raw range [start, end). */
export function rawToDisplay(doc: ReaderDoc, start: number, end: number): Range {
	return [displayIndex(doc, start), displayIndex(doc, end)];
}
