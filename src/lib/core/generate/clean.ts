// Text cleanup for articles extracted from PDFs: archival citations are dropped, words
// hyphenated across line breaks are joined, whitespace is collapsed. Every character of the
// cleaned text remembers the index of the raw character it came from, so that cards can point
// back into the untouched source file.

import { partitionPoint } from '../util/search';

export interface CleanText {
	/** The cleaned text. */
	text: string;
	/** map[i] = index in the raw text of text[i]; map[text.length] = raw.length. */
	map: number[];
}

/** A line of capitals with a page number before or after it, set off by two spaces or more. */
const RUNNING_HEAD =
	/^[ \t]*(?:\d{1,4}[ \t]{2,}[A-ZА-ЯЁ][A-ZА-ЯЁ .,:;'’()–-]{4,}|[A-ZА-ЯЁ][A-ZА-ЯЁ .,:;'’()–-]{4,}?[ \t]{2,}\d{1,4})[ \t]*$/u;

/**
 * A running head with more than capitals after its page number: "48      ВЕСТНИК ДИПЛОМАТИЧЕСКОЙ
 * ИСТОРИИ. 2021. № 2" (a journal's name, year and issue). No lowercase letter on the line.
 */
const RUNNING_HEAD_ISSUE =
	/^[ \t]*(?:\d{1,4}[ \t]{2,}[A-ZА-ЯЁ][^a-zа-яё\n]{4,}|[A-ZА-ЯЁ][^a-zа-яё\n]{4,}?[ \t]{2,}\d{1,4})[ \t]*$/u;
const isRunningHead = (line: string) =>
	RUNNING_HEAD.test(line) ||
	(RUNNING_HEAD_ISSUE.test(line) && (line.match(/[A-ZА-ЯЁ]/gu)?.length ?? 0) >= 5);

/** A footnote's first line: its mark, then its text ("¹ Здесь и далее даты …"). */
const FOOTNOTE_START = /^[ \t]*[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+[ \t]*\S/u;

/**
 * A footnote at a page's foot, set inside the sentence the page break cut ("…и на\n¹ Здесь …\n…
 * стилю.\n48   ВЕСТНИК …\nреке Шахэ"): its text ends where the running head of the break begins,
 * within a few lines. Null when no running head follows soon: then it is no page foot.
 */
function pageFootnote(raw: string, i: number): { text: number; skip: number } | null {
	let at = i;
	for (let k = 0; k < 6 && at < raw.length; k++) {
		const eol = raw.indexOf('\n', at);
		if (eol < 0) return null;
		const line = raw.slice(at, eol);
		if (k > 0 && !line.trim()) return null;
		if (k > 0 && isRunningHead(line)) return { text: at, skip: eol + 1 };
		at = eol + 1;
	}
	return null;
}

/** Left halves that end a real compound when a line break falls on their hyphen. */
const COMPOUND_PREFIXES = new Set([
	'статс',
	'экс',
	'вице',
	'обер',
	'унтер',
	'штаб',
	'лейб',
	'контр',
	'премьер',
	'генерал',
	'фельд',
	// English: "self-\ngoverning", "so-\ncalled", "twenty-\nfour" are compounds.
	'self',
	'so',
	'well',
	'non',
	'anti',
	'ex',
	'half',
	'cross',
	'all',
	'vice',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
]);

const ADJECTIVE_END =
	/(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ых|их|ыми|ими)$/;

/**
 * A bracket group is an archival citation when it starts with a source number or "Цит."
 * ("[4; Bd. III…]", "[12]", "[Цит. по: 6]"). Editorial insertions inside quotes ("[на]",
 * "в [ерхне]-силезского") are words and stay.
 */
function isCitation(inner: string): boolean {
	return /^\s*(?:\d|Цит\.|См\.|Ibid|Там же)/.test(inner);
}

// One author–year reference: "Малов 2006: 41", "Smith and Jones 1998, 112–14", "Bemis 1935a",
// "Морозова и др. 2004", "cf. Dull 1985, 144".
// (Not a month, a season or an era: "(January 1918)", "(Spring 1945)", "(AD 1066)" are dates.)
const NOT_AUTHOR =
	'(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
	'Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid|AD|BC|CE|BCE|Январь|Февраль|Март|Апрель|Май|' +
	'Июнь|Июль|Август|Сентябрь|Октябрь|Ноябрь|Декабрь|Весна|Лето|Осень|Зима)\\b)';
const AUTHOR_YEAR =
	'(?:(?:см\\.|ср\\.|cf\\.|see)\\s+)?' +
	NOT_AUTHOR +
	"\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:и|and|&)\\s+\\p{Lu}[\\p{L}'’-]+)?" +
	'(?:\\s+(?:et al\\.|и др\\.))?,?\\s+\\d{4}[a-zа-я]?(?:\\s*[:,]\\s*(?:[сcp]{1,2}\\.\\s*)?[\\d–-]+(?:\\s*,\\s*[\\d–-]+)*)?';
/**
 * A bracket group in round brackets is a scholar's author–year citation when it is made of such
 * references alone, one or several split by ";": "(Малов 2006: 41)", "(Smith 1998, 112; Bemis
 * 1935)". A year there is the book's, never the event's; a bracket with anything else stays
 * ("(1756–1763)", "(January 1918)", "(род. 1940)").
 */
const AUTHOR_YEAR_GROUP = new RegExp(`^\\s*${AUTHOR_YEAR}(?:\\s*;\\s*${AUTHOR_YEAR})*\\s*$`, 'u');

/**
 * The article's words, once: each maximal run of letters not after a hyphen ("whole"), and each
 * "a-b" pair of runs ("hyphen"), lower case and sorted. Every hyphen at a line break is then a few
 * binary searches, not a scan of the whole text (480 KB of hyphenated lines took 51 s: issue 9,
 * item 13).
 */
export interface WordIndex {
	whole: string[];
	hyphen: string[];
}

export function wordIndex(text: string): WordIndex {
	const lower = text.toLowerCase();
	const whole: string[] = [];
	const hyphen: string[] = [];
	for (const m of lower.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
		const parts = m[0].split('-');
		if (lower[m.index - 1] !== '-') whole.push(parts[0]);
		for (let k = 1; k < parts.length; k++) hyphen.push(`${parts[k - 1]}-${parts[k]}`);
	}
	return { whole: [...new Set(whole)].sort(), hyphen: [...new Set(hyphen)].sort() };
}

/** Whether a sorted list holds `s` (exact) or an item starting with it (prefix). */
function holds(sorted: string[], s: string, prefix: boolean): boolean {
	const k = partitionPoint(sorted.length, (i) => sorted[i] < s);
	return k < sorted.length && (prefix ? sorted[k].startsWith(s) : sorted[k] === s);
}

/** Whether "left-\nright" is a word broken by the typesetter rather than a real compound. */
export function joinsHyphenation(left: string, right: string, words: WordIndex | string): boolean {
	if (!/^\p{Ll}/u.test(right)) return false; // "Леттов-\nФорбек", "-\n1923"
	const l = left.toLowerCase();
	if (COMPOUND_PREFIXES.has(l)) return false;
	const index = typeof words === 'string' ? wordIndex(words) : words;
	const joined = (left + right).toLowerCase();
	// The article itself is the best dictionary: a form seen elsewhere decides.
	const seenJoined = holds(index.whole, joined, false);
	const seenHyphen = holds(index.hyphen, `${l}-${right.toLowerCase()}`, true);
	if (seenHyphen && !seenJoined) return false;
	if (seenJoined) return true;
	// The same word split elsewhere or in another form: "благо-\nприятных" vs "благоприятного".
	const stem = joined.slice(0, left.length + Math.min(right.length, 4));
	if (holds(index.whole, stem, true)) return true;
	// "по-прежнему", "по-русски".
	if (l === 'по' && /(?:ему|ски)$/.test(right)) return false;
	// "германо-большевистский", "советско-польский": a stem in -о/-е before an adjective.
	if (l.length >= 4 && /[ое]$/.test(l) && ADJECTIVE_END.test(right) && right.length >= 5)
		return false;
	return true;
}

/**
 * Where a running head or a page-foot footnote starting at `i` ends (`i` itself if none starts
 * there). A running head goes with its line break: the lines around it join with the one space
 * already written. A footnote's text is kept in `notes`, written after its paragraph.
 */
function pagePartEnd(raw: string, i: number, notes: [number, number][]): number {
	if (i > 0 && raw[i - 1] !== '\n') return i;
	// A running head between two lines of a page break ("BUYING PEACE IN ASIA      143").
	if (raw[i] === ' ' || /[\dA-ZА-ЯЁ]/.test(raw[i])) {
		const eol = raw.indexOf('\n', i);
		if (isRunningHead(raw.slice(i, eol < 0 ? raw.length : eol)))
			return eol < 0 ? raw.length : eol + 1;
	}
	// A footnote at a page's foot, set inside the sentence that the page break cut: it goes after
	// its paragraph, as a paragraph of its own, and the sentence joins across the break.
	if (i > 0 && FOOTNOTE_START.test(raw.slice(i, i + 12))) {
		const foot = pageFootnote(raw, i);
		if (foot) {
			notes.push([i, foot.text]);
			return foot.skip;
		}
	}
	return i;
}

/** Writes footnotes (raw [from, to)) as paragraphs: their mark dropped, whitespace collapsed. */
function writeNotes(
	raw: string,
	notes: [number, number][],
	push: (ch: string, at: number) => void
) {
	for (const [from, to] of notes) {
		let k = from;
		while (k < to && /[\s\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/u.test(raw[k])) k++;
		push('\n', from);
		for (let space = false; k < to; k++) {
			if (/\s/.test(raw[k])) space = true;
			else {
				if (space) push(' ', k - 1);
				space = false;
				push(raw[k], k);
			}
		}
	}
}

export function cleanText(raw: string): CleanText {
	let words: WordIndex | undefined; // built at the first hyphen at a line break
	const out: string[] = [];
	const map: number[] = [];
	const push = (ch: string, at: number) => {
		out.push(ch);
		map.push(at);
	};
	const n = raw.length;
	// Page-foot footnotes of the current paragraph, raw [from, to), written after it.
	const notes: [number, number][] = [];
	const flushNotes = () => writeNotes(raw, notes.splice(0), push);
	let i = 0;
	while (i < n) {
		const ch = raw[i];
		const past = pagePartEnd(raw, i, notes);
		if (past > i) {
			i = past;
			continue;
		}
		// A footnote mark ("…in Asia.³"): not a word of the sentence. (A unit's power stays:
		// "150 тыс. км²", "40 m³".)
		if (
			/[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/.test(ch) &&
			!/(?:^|[^\p{L}])(?:к?м|см|мм|km|m|cm|mm|ft|mi)$/iu.test(raw.slice(Math.max(0, i - 4), i))
		) {
			// A footnote's own mark at its line's start takes the space after it along.
			const lineStart = i === 0 || raw[i - 1] === '\n';
			i++;
			while (lineStart && (raw[i] === ' ' || raw[i] === '\t')) i++;
			continue;
		}
		if (ch === '[' || ch === '(') {
			const close = raw.indexOf(ch === '[' ? ']' : ')', i);
			const inner = close > i && close - i < 400 ? raw.slice(i + 1, close) : '';
			// Citations may span line breaks but never a paragraph.
			if (inner && (ch === '[' ? isCitation(inner) : AUTHOR_YEAR_GROUP.test(inner))) {
				// Drop the whitespace before the citation too, so "Чичерину [2; …]." reads "Чичерину."
				while (out.length && /\s/.test(out[out.length - 1])) {
					out.pop();
					map.pop();
				}
				i = close + 1;
				continue;
			}
		}
		if (ch === '-' && /\p{L}/u.test(raw[i - 1] ?? '')) {
			// A hyphen right before a line break (spaces allowed around the break).
			const m = /^-[ \t]*\r?\n[ \t]*/.exec(raw.slice(i, i + 8));
			if (m) {
				const leftMatch = /\p{L}+$/u.exec(out.slice(-40).join('').slice(-40));
				const rightMatch = /^\p{L}+/u.exec(raw.slice(i + m[0].length, i + m[0].length + 40));
				if (leftMatch && rightMatch) {
					words ??= wordIndex(raw);
					const join = joinsHyphenation(leftMatch[0], rightMatch[0], words);
					if (!join) push('-', i);
					i += m[0].length;
					continue;
				}
			}
		}
		if (/\s/.test(ch)) {
			let j = i;
			while (j < n && /\s/.test(raw[j])) j++;
			const ws = raw.slice(i, j);
			// A blank line, or a line break after sentence-final punctuation, ends a paragraph.
			const paragraph = /\n[ \t]*\r?\n/.test(ws);
			if (paragraph || j >= n) flushNotes();
			if (out.length && j < n) push(paragraph ? '\n' : ' ', i);
			i = j;
			continue;
		}
		push(ch, i);
		i++;
	}
	flushNotes();
	// No space before punctuation that the citation removal may have left behind.
	const text = out.join('');
	map.push(n);
	return { text, map };
}

/** Raw offsets [start, end) of the cleaned range [start, end). */
export function toRaw(
	clean: CleanText,
	start: number,
	end: number
): { start: number; end: number } {
	return { start: clean.map[start], end: clean.map[end - 1] + 1 };
}
