// English sentence splitting on cleaned text, by the shared splitter (generate/sentences.ts) with
// English rules: a full stop after an initial ("John F. Kennedy"), a title ("Gen.", "St."), a page
// reference ("p.") or "e.g." does not end a sentence; a line break ends a paragraph (cleanText has
// joined the lines of one paragraph).
import type { Doc } from '../../doc';
import { splitSentences, type Sentence, type SplitRules } from '../../sentences';

const ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Gen|Col|Lt|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Hon|No|Nos|vol|vols|pp?|ed|eds|cf|ca|c|vs|viz|approx|e\.g|i\.e|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]\.[A-Z])\.$/;

/** An initial: one capital letter and its full stop ("F." in "John F. Kennedy"). */
const INITIAL = /(?:^|[\s.(“"])\p{Lu}\.$/u;

export const ENGLISH_RULES: SplitRules = {
	closing: /[.!?…"”’')\]]/,
	// A new sentence starts with a capital, a digit or an opening quote after a space.
	opens: /^\s+["“‘(]?[\p{Lu}\d]/u,
	keepsStop(text, i) {
		const before = text.slice(Math.max(0, i - 12), i + 1);
		return INITIAL.test(before) || ABBREVIATION.test(before);
	}
};

/** Whether the full stop token `k` is a title's or an initial's before a name ("Mr. Mandela"). */
export function titleStop(doc: Doc, k: number): boolean {
	const t = doc.tokens;
	return (
		t[k]?.text === '.' &&
		(!!t[k + 1]?.cap ||
			/^(?:de|van|von|al|du|da|di|le|la|del|der|ten|ter)$/.test(t[k + 1]?.text ?? '')) &&
		t[k - 1]?.end === t[k].start &&
		(INITIAL.test(` ${t[k - 1].text}.`) || ABBREVIATION.test(` ${t[k - 1].text}.`))
	);
}

export function splitEnglish(text: string): Sentence[] {
	return splitSentences(text, undefined, ENGLISH_RULES);
}
