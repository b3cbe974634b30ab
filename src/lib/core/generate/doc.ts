// The article as the extractors see it: the cleaned text, its sentences, and its tokens (words,
// numbers, punctuation) with offsets into the cleaned text. Tokenising once, in one linear pass,
// lets every rule look at neighbouring words instead of re-scanning the text with regexes.

import type { CleanText } from './clean';
import type { Sentence } from './sentences';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
	/** Index in `Doc.tokens`. */
	i: number;
	text: string;
	/** Offsets in the cleaned text. */
	start: number;
	end: number;
	kind: TokenKind;
	/** Index of the sentence that holds the token. */
	sentence: number;
	/** A word whose first letter is a capital. */
	cap: boolean;
	/** A word written in capitals only, two letters or more ("СССР", "НКИД"). */
	acronym: boolean;
	/** Whitespace (or nothing) between this token and the next one. */
	gap: string;
}

export interface Doc {
	/** The article as given (citations, hyphenation and all). */
	raw: string;
	clean: CleanText;
	text: string;
	sentences: Sentence[];
	tokens: Token[];
	/** For each sentence, the index range [from, to) of its tokens. */
	sentenceTokens: [number, number][];
	/** For each sentence, the index of its first word or number (-1 if none). */
	firstWord: number[];
}

// Words keep inner hyphens and apostrophes ("Брокдорф-Ранцау", "аль-Хадж", "О'Нил"); a number
// its thousands ("13,000 tons") and decimals ("2.3 million"; not "12.10.1920"), or a question
// keeps "nearly 13".
// An aircraft or rocket in Latin letters is one word too ("C-47s", "B-29", "U-2").
const TOKEN =
	/([A-Za-z]{1,3}-\d+[a-z]*(?![\p{L}\d])|[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*)|(\d{1,3}(?:,\d{3})+(?![\d,])|\d+\.\d+(?![.\d])|\d+)|(\S)/gu;

export function tokenize(clean: CleanText, sentences: Sentence[], raw = clean.text): Doc {
	const text = clean.text;
	const tokens: Token[] = [];
	const sentenceTokens: [number, number][] = [];
	const firstWord: number[] = [];
	for (const s of sentences) {
		const from = tokens.length;
		TOKEN.lastIndex = s.start;
		for (let m = TOKEN.exec(text); m && m.index < s.end; m = TOKEN.exec(text)) {
			const t = m[0];
			const word = !!m[1];
			const first = t[0];
			const cap = word && first !== first.toLowerCase();
			tokens.push({
				i: tokens.length,
				text: t,
				start: m.index,
				end: m.index + t.length,
				kind: word ? 'word' : m[2] ? 'number' : 'punct',
				sentence: s.index,
				cap,
				acronym: cap && t.length >= 2 && t === t.toUpperCase() && /\p{L}{2}/u.test(t),
				gap: ''
			});
		}
		sentenceTokens.push([from, tokens.length]);
		let w = from;
		while (w < tokens.length && tokens[w].kind === 'punct') w++;
		firstWord.push(w < tokens.length ? w : -1);
	}
	for (let i = 0; i + 1 < tokens.length; i++)
		tokens[i].gap = text.slice(tokens[i].end, tokens[i + 1].start);
	return { raw, clean, text, sentences, tokens, sentenceTokens, firstWord };
}

/** The text of tokens [from, to) as written. */
export function spanText(doc: Doc, from: number, to: number): string {
	if (to <= from) return '';
	return doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

/** Whether token i is the first word of its sentence (opening quotes and brackets skipped). */
export function sentenceInitial(doc: Doc, i: number): boolean {
	return doc.firstWord[doc.tokens[i].sentence] === i;
}
