// Archival citations in articles taken from PDFs: "[12]", "[4; Bd. III. № 224. S. 466 – 468]",
// "[Цит. по: 6]". A bracket group is one when it opens with a source number or a citing word;
// editorial insertions inside quotations ("[на]", "в [ерхне]-силезского") are words of the text.
// (core/generate/clean.ts and core/generate/index.ts still spell this rule themselves.)

/** Longest citation taken as one: a stray "[" must not swallow the rest of a paragraph. */
export const MAX_CITATION = 400;

const CITATION = new RegExp(
	String.raw`\[\s*(?:\d|Цит\.|См\.|Ibid|Там же)[^\]]{0,${MAX_CITATION}}\]`,
	'gu'
);

/** [start, end) of every citation in the text, brackets included. */
export function citationRanges(text: string): [start: number, end: number][] {
	return [...text.matchAll(CITATION)].map((m) => [m.index, m.index + m[0].length]);
}
