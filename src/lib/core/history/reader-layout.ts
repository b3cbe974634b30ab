// Cuts the reader's display text into pieces a page can render as plain text: each piece lies
// in one paragraph, is inside or outside a citation, inside the same highlights and inside or
// outside the emphasised sentence. The page renders pieces in order; nothing is HTML.
import { displayIndex, rawToDisplay, type Range, type ReaderDoc } from './reader-text';

export interface Highlight<T> {
	/** Display range. */
	range: Range;
	/** What the highlight holds (the cards of this sentence). */
	items: T[];
}

export interface Piece {
	text: string;
	/** Display offset of the piece's first character. */
	start: number;
	citation: boolean;
	/** Indexes into the highlights covering this piece. */
	marks: number[];
	/** Inside the emphasised sentence. */
	focus: boolean;
}

export interface ReaderParagraph {
	start: number;
	/** A short first paragraph in capitals is the article's title. */
	title: boolean;
	pieces: Piece[];
}

/** Groups items by their raw source range into highlights over the display text. */
export function highlightsOf<T>(
	doc: ReaderDoc,
	items: readonly T[],
	sourceOf: (item: T) => { start: number; end: number } | undefined
): Highlight<T>[] {
	const byRange = new Map<string, Highlight<T>>();
	for (const item of items) {
		const src = sourceOf(item);
		if (!src || src.end <= src.start) continue;
		const id = `${src.start}:${src.end}`;
		let h = byRange.get(id);
		if (!h) {
			const range = rawToDisplay(doc, src.start, src.end);
			if (range[1] <= range[0]) continue;
			h = { range, items: [] };
			byRange.set(id, h);
		}
		h.items.push(item);
	}
	return [...byRange.values()].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
}

/**
 * The sentence to emphasise for the raw offset `at`: the narrowest highlight that contains it,
 * else the sentence around it (from the previous full stop to the next).
 */
export function focusRange<T>(
	doc: ReaderDoc,
	highlights: readonly Highlight<T>[],
	at: number
): Range | null {
	if (!Number.isFinite(at) || at < 0 || at >= (doc.map[doc.text.length] ?? 0)) return null;
	const pos = displayIndex(doc, at);
	let best: Range | null = null;
	for (const { range } of highlights) {
		if (range[0] <= pos && pos < range[1] && (!best || range[1] - range[0] < best[1] - best[0]))
			best = range;
	}
	if (best) return best;
	const para = doc.paragraphs.find(([a, b]) => a <= pos && pos < b);
	if (!para) return null;
	const before = doc.text.slice(para[0], pos);
	const stop = /.*[.!?…]\s/su.exec(before);
	const start = para[0] + (stop ? stop[0].length : 0);
	const next = /[.!?…](?=\s|$)/u.exec(doc.text.slice(pos, para[1]));
	return [start, next ? pos + next.index + 1 : para[1]];
}

export function layoutReader<T>(
	doc: ReaderDoc,
	highlights: readonly Highlight<T>[],
	focus: Range | null
): ReaderParagraph[] {
	const ranges: Range[] = [...doc.citations, ...highlights.map((h) => h.range)];
	if (focus) ranges.push(focus);
	const inside = (r: Range, at: number) => r[0] <= at && at < r[1];
	return doc.paragraphs.map(([pa, pb], index) => {
		const cuts = new Set([pa, pb]);
		for (const [a, b] of ranges) {
			if (a > pa && a < pb) cuts.add(a);
			if (b > pa && b < pb) cuts.add(b);
		}
		const points = [...cuts].sort((x, y) => x - y);
		const pieces: Piece[] = [];
		for (let k = 0; k + 1 < points.length; k++) {
			const [a, b] = [points[k], points[k + 1]];
			pieces.push({
				text: doc.text.slice(a, b),
				start: a,
				citation: doc.citations.some((r) => inside(r, a)),
				marks: highlights.flatMap((h, i) => (inside(h.range, a) ? [i] : [])),
				focus: focus !== null && inside(focus, a)
			});
		}
		const text = doc.text.slice(pa, pb);
		// "СОВЕТСКО-ГЕРМАНСКИЕ … (1920 – 1923 гг.)": short words like "гг." may be lower-case.
		const title = index === 0 && text.length < 300 && !/[a-zа-яё]{3}/u.test(text);
		return { start: pa, title, pieces };
	});
}
