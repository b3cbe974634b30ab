// The capital a sentence forces on its first word, taken off when the word moves inside a
// question: "Elections to the new Assembly followed on 25 June" → "When did elections to the new
// Assembly follow?". No dictionary: the article's own usage decides (the word written in lower
// case elsewhere, never with a capital mid-sentence), so names keep their capital.

import { sentenceInitial, type Doc } from '../../doc';

interface Usage {
	lower: Set<string>;
	capital: Set<string>;
}

const usageCache = new WeakMap<Doc, Usage>();

function usage(doc: Doc): Usage {
	let u = usageCache.get(doc);
	if (u) return u;
	u = { lower: new Set(), capital: new Set() };
	for (const t of doc.tokens) {
		if (t.kind !== 'word') continue;
		if (!t.cap) u.lower.add(t.text);
		else if (!sentenceInitial(doc, t.i) && !/^["“'‘(]$/.test(doc.tokens[t.i - 1]?.text ?? ''))
			u.capital.add(t.text);
	}
	usageCache.set(doc, u);
	return u;
}

/** Whether the capital of token i is only the sentence's: a common word at a sentence's start. */
export function forcedCapital(doc: Doc, i: number): boolean {
	const t = doc.tokens[i];
	if (!t || t.kind !== 'word' || !t.cap || t.acronym || !sentenceInitial(doc, i)) return false;
	// "A. M. Kollontai": an initial.
	if (t.text.length === 1 && doc.tokens[i + 1]?.text === '.') return false;
	const u = usage(doc);
	if (u.capital.has(t.text)) return false;
	const lower = t.text.toLowerCase();
	// "Multi-party": a hyphenated word whose later part is in lower case is no name.
	if (/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(t.text)) return true;
	const variants = [lower, lower + 's', lower.replace(/s$/, ''), lower.replace(/ies$/, 'y')];
	return variants.some((v) => v !== '' && u.lower.has(v));
}

/** The word at i as it would be written mid-sentence. */
export const midSentence = (doc: Doc, i: number): string =>
	forcedCapital(doc, i) ? doc.tokens[i].text.toLowerCase() : doc.tokens[i].text;
