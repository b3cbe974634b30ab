// The article as the reader shows it. The source files come from PDFs: lines break inside
// paragraphs and words are hyphenated across them. For display, line breaks inside a paragraph
// become spaces, hyphenated words are joined ("ав-\nгуста" → "августа", but "германо-\nбольшевистский"
// keeps its hyphen), blank lines stay paragraph breaks, and archival citations ("[4; Bd. III…]")
// are kept but marked, so the page can mute them. Card offsets point into the RAW file, so every
// display character remembers the raw index it came from.
//
// The joining is the generator's own cleaner (core/generate/clean.ts): the offsets the cards were
// made with and the ones the reader shows them at come from one piece of code, so they agree.
import { cleanText } from '$lib/core/generate/clean';
import { citationRanges } from '../text/citations';
import { partitionPoint } from '../util/search';

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

/**
 * Stands in for "[" while the cleaner runs: the cleaner drops citations, the reader shows them. A
 * character of the same length, which the cleaner keeps as it is, changes nothing else: every
 * other decision (hyphens, spaces, paragraphs) and every offset stays the cleaner's.
 */
const BRACKET = '\uE000';

export function readerDoc(raw: string): ReaderDoc {
	const clean = cleanText(raw.replaceAll('[', BRACKET));
	// The raw character behind each stand-in: "[" (or the stand-in itself, had the file one).
	const text = clean.text.replace(new RegExp(BRACKET, 'g'), (_, i: number) => raw[clean.map[i]]);
	const paragraphs: Range[] = [];
	let start = 0;
	for (let k = 0; k <= text.length; k++) {
		if (k === text.length || text[k] === '\n') {
			if (k > start) paragraphs.push([start, k]);
			start = k + 1;
		}
	}
	const doc: ReaderDoc = { text, map: clean.map, paragraphs, citations: [] };
	doc.citations = citationRanges(raw).map(([a, b]) => rawToDisplay(doc, a, b));
	return doc;
}

/** The first display index whose raw index is at least `raw`. */
export function displayIndex(doc: ReaderDoc, raw: number): number {
	return partitionPoint(doc.text.length, (i) => doc.map[i] < raw);
}

/** The display range of the raw range [start, end). */
export function rawToDisplay(doc: ReaderDoc, start: number, end: number): Range {
	return [displayIndex(doc, start), displayIndex(doc, end)];
}
