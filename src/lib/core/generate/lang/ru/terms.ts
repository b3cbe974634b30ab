// What was agreed: the terms of a treaty, told after a colon or a "по которому" right after it
// ("12 июля 1711 г. Шафиров подписал Прутский мирный договор: Россия возвращала Азов, срывала
// Таганрог …"; "секретное соглашение, по которому Россия соглашалась на раздел Болгарии"). Ask
// "Что предусматривал Прутский мирный договор?" → the terms as the text gives them. Teachers
// found no card on what a treaty decided in rating round 5. The card is a stance of the treaty
// (its holder), so the deck format stays as it is.

import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import { groups, isPredicate, render } from './clauses';
import { MAX_ANSWER, MAX_QUESTION, type EventContext } from './events';
import { hedged, nounKind } from './lexicon';
import { inflectPhrase, lowerFirst, properAt, upperFirst } from './phrases';
import type { Words } from './words';

const PREDICATE: Record<string, string> = {
	masc: 'предусматривал',
	femn: 'предусматривала',
	neut: 'предусматривало',
	plur: 'предусматривали'
};

/** Cards for the terms of every treaty the article spells out. */
export function termsFacts(ctx: EventContext, dates: DateMention[]): FactDraft[] {
	const { w } = ctx;
	const doc = w.doc;
	const out: FactDraft[] = [];
	const seen = new Set<string>();
	for (let s = 0; s < doc.sentenceTokens.length; s++) {
		const [from, to] = doc.sentenceTokens[s];
		const { quotes, brackets } = groups(doc, from, to);
		const inGroup = (i: number) =>
			quotes.some(([a, b]) => i >= a && i < b) || brackets.some(([a, b]) => i >= a && i < b);
		for (let i = from; i < to; i++) {
			if (inGroup(i)) continue;
			const head = treatyAt(w, i);
			if (!head) continue;
			const name = treatyName(ctx, i, to, dates);
			if (!name) continue;
			const start = termsStart(w, name.end, to);
			if (start < 0) continue;
			const skip = (k: number) => brackets.some(([a, b]) => k >= a && k < b);
			const terms = render(doc, start, to, skip).replace(/[.;:\s]+$/u, '');
			const key = name.text.toLowerCase();
			if (seen.has(key) || terms.split(' ').length < 3 || terms.length > MAX_ANSWER) continue;
			// "по которому и сама должна была отказаться …": terms with their subject elsewhere.
			if (!hasSubject(w, start, to)) continue;
			seen.add(key);
			const front = `Что ${PREDICATE[head]} ${name.text}?`;
			if (front.length > MAX_QUESTION) continue;
			out.push({
				sentence: s,
				clause: [doc.tokens[i].start, doc.tokens[to - 1].end],
				kind: 'treaty',
				weight: 3,
				persons: [],
				cards: [
					{
						deck: 'positions',
						front,
						back: upperFirst(terms),
						fact: { type: 'stance', ask: 'stance', holder: upperFirst(name.text), stance: terms }
					}
				],
				key: `terms|${key}`,
				hedged: hedged(doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end))
			});
			break;
		}
	}
	return out;
}

/** The gender or number of a treaty noun at `i` ("договор", "соглашение", "мир"), or null. */
function treatyAt(w: Words, i: number): string | null {
	const a = w
		.info(i)
		.analyses.find((x) => x.known && x.pos === 'NOUN' && nounKind(x.lemma)?.kind === 'treaty');
	if (!a) return null;
	return a.number === 'plur' ? 'plur' : (a.gender ?? 'masc');
}

/**
 * The treaty's name in the nominative: its adjectives and what names it after it ("Прутский
 * мирный договор", "договор о ненападении", "Тильзитский мир 1807 года"). A bare "договор" names
 * nothing; it takes the year of its sentence ("мирный договор 1711 г.") or is no name.
 */
function treatyName(
	ctx: EventContext,
	head: number,
	to: number,
	dates: DateMention[]
): { text: string; end: number } | null {
	const { w } = ctx;
	const doc = w.doc;
	const h = w.info(head).analyses.find((x) => x.known && x.pos === 'NOUN' && x.case);
	if (!h) return null;
	let from = head;
	while (
		from > 0 &&
		doc.tokens[from - 1].kind === 'word' &&
		w
			.info(from - 1)
			.analyses.some(
				(a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.case === h.case && a.number === h.number
			)
	)
		from--;
	let end = head + 1;
	// "договор о ненападении и нейтралитете": its subject, up to the next punctuation.
	if (/^(?:о|об)$/iu.test(doc.tokens[end]?.text ?? ''))
		while (end < to && doc.tokens[end].kind === 'word' && !isPredicate(w, end)) end++;
	else if (doc.tokens[end]?.text === '«') {
		while (end < to && doc.tokens[end].text !== '»') end++;
		end = Math.min(to, end + 1);
	}
	const base = inflectPhrase(w, from, head, end, 'nomn');
	if (!base) return null;
	const named =
		end > head + 1 ||
		[...Array(head - from).keys()].some((k) => doc.tokens[from + k].text.includes('-')) ||
		[...Array(head - from).keys()].some((k) => doc.tokens[from + k].cap && from + k > 0);
	const text = lowerFirst(base, properAt(w, from, ctx.people));
	if (named) return { text, end };
	const [sFrom] = doc.sentenceTokens[doc.tokens[head].sentence];
	const year = dates.find(
		(d) => d.start >= doc.tokens[sFrom].start && d.end <= doc.tokens[to - 1].end && !d.coarse
	);
	if (!year || from === head) return null;
	return { text: `${text} ${year.iso.slice(0, 4)} г.`, end };
}

/** A nominative noun, name or pronoun before the first verb of the terms. */
function hasSubject(w: Words, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		if (isPredicate(w, i)) return false;
		const top = w.info(i).analyses.find((a) => a.known);
		if (
			top &&
			(top.pos === 'NOUN' || top.pos === 'NPRO') &&
			w.info(i).analyses.some((a) => a.known && a.case === 'nomn')
		)
			return true;
	}
	return false;
}

/** Where the terms begin: after ":" or ", по которому" right after the name; -1 otherwise. */
function termsStart(w: Words, end: number, to: number): number {
	const doc = w.doc;
	let k = end;
	// "сепаратный договор, вошедший в историю как «хлебный мир»: Рада обязалась …": an aside
	// without a verb of its own may stand between the name and its colon.
	for (let j = k; j < Math.min(to - 1, k + 12); j++) {
		if (doc.tokens[j].text === ':') return j + 1;
		if (isPredicate(w, j) || doc.tokens[j].text === ';') break;
	}
	if (
		doc.tokens[k]?.text === ',' &&
		/^(?:по|согласно)$/iu.test(doc.tokens[k + 1]?.text ?? '') &&
		/^котор/iu.test(doc.tokens[k + 2]?.text ?? '')
	) {
		k += 3;
		// The "по которому" clause ends at the next comma that leaves it.
		return k < to ? k : -1;
	}
	return -1;
}
