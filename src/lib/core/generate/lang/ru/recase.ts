// Encyclopedias set an entry's headword in capitals where the text opens ("СЕМИЛЕТНЯЯ ВОЙНА
// 1756–63, война между …", "ЛИВОНСКАЯ ВОЙНА 1558–1583 — война …"); a question built on it would
// shout ("Когда шла СЕМИЛЕТНЯЯ ВОЙНА?"). Such a run is written as a sentence would: the first word
// capitalised, a common word (the dictionary's, no name) in lower case, a name capitalised.
// Acronyms ("МИД СССР") are left as they are. Same length, so every offset stays.

import type { Morphology } from '../morphology';

/** Two or more words in capitals, one of them of five letters or more. */
const RUN = /(?<![\p{L}\d])\p{Lu}{2,}(?:[-\s]+\p{Lu}{2,})+(?![\p{L}])/gu;

const capitalised = (w: string) => w[0] + w.slice(1).toLowerCase();

function recaseWord(morph: Morphology, word: string, first: boolean): string {
	const lower = word.toLowerCase();
	const known = morph.analyse(lower).filter((a) => a.known);
	const named = known.some((a) =>
		['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'].some((t) => a.tags.has(t))
	);
	if (!known.length && word.length <= 4) return word; // an acronym: "ФРГ"
	if (first || named || !known.length) return capitalised(word);
	return lower;
}

export function recaseHeadwords(morph: Morphology, text: string): string {
	return text.replace(RUN, (run) => {
		if (!run.split(/[-\s]+/u).some((w) => w.length >= 5)) return run;
		let first = true;
		return run.replace(/\p{Lu}+/gu, (w) => {
			const out = recaseWord(morph, w, first);
			first = false;
			return out;
		});
	});
}
