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
	// The last named treaty, for "Он предусматривал …" in the next sentence.
	let last: Named | null = null;
	for (let s = 0; s < doc.sentenceTokens.length; s++) {
		const [from, to] = doc.sentenceTokens[s];
		const { quotes, brackets } = groups(doc, from, to);
		const inGroup = (i: number) =>
			quotes.some(([a, b]) => i >= a && i < b) || brackets.some(([a, b]) => i >= a && i < b);
		const provided = providedBy(ctx, from, to, last, dates);
		const found: Named[] = provided ? [provided] : [];
		for (let i = from; i < to && !provided; i++) {
			if (inGroup(i)) continue;
			const number = treatyAt(w, i);
			const name = number ? treatyName(ctx, i, to, dates) : null;
			if (!number || !name) continue;
			last = { text: name.text, number, sentence: s, start: termsStart(w, name.end, to), at: i };
			if (last.start >= 0) {
				found.push(last);
				break;
			}
		}
		for (const n of found) {
			const f = termsFact(ctx, n, to, brackets, seen);
			if (f) out.push(f);
		}
	}
	return out;
}

interface Named {
	/** The treaty's name, nominative. */
	text: string;
	/** Gender or number of its head noun. */
	number: string;
	sentence: number;
	/** Where its terms begin (-1: not in this sentence), and where it is named. */
	start: number;
	at: number;
	/** The terms are the object of "предусматривал" (no subject of their own needed). */
	object?: boolean;
}

function termsFact(
	ctx: EventContext,
	n: Named,
	to: number,
	brackets: [number, number][],
	seen: Set<string>
): FactDraft | null {
	const { w } = ctx;
	const doc = w.doc;
	const skip = (k: number) => brackets.some(([a, b]) => k >= a && k < b);
	let terms = render(doc, n.start, to, skip).replace(/[.;:\s]+$/u, '');
	// Too long for one answer: the terms up to the first ";" ("создание «Большой Болгарии» …;
	// России возвращалась …").
	if (terms.length > MAX_ANSWER) terms = terms.split(';')[0].trim();
	// Then without its purpose (", чтобы …") and participle asides (", участвовавшие в войне,").
	if (terms.length > MAX_ANSWER)
		terms = terms
			.replace(/,\s+чтобы\s[^;]*$/u, '')
			.replace(/,\s+[а-яё]+(?:вш|ющ|ащ|ящ|ем|им|нн)[а-яё]*\s[^,]*,/gu, '');
	const key = n.text.toLowerCase();
	if (seen.has(key) || terms.split(' ').length < 3 || terms.length > MAX_ANSWER) return null;
	// "…, но с важной оговоркой: она вступала в силу лишь после …": a clause about the treaty
	// itself, not what it provided.
	if (/^(?:он|она|оно|они)\s/iu.test(terms)) return null;
	// "по которому и сама должна была отказаться …": terms with their subject elsewhere.
	if (!n.object && !hasSubject(w, n.start, to)) return null;
	const front = `Что ${PREDICATE[n.number]} ${n.text}?`;
	if (front.length > MAX_QUESTION) return null;
	seen.add(key);
	const [from] = doc.sentenceTokens[n.sentence];
	return {
		sentence: n.sentence,
		clause: [doc.tokens[from].start, doc.tokens[to - 1].end],
		kind: 'treaty',
		weight: 3,
		persons: [],
		cards: [
			{
				deck: 'positions',
				front,
				back: upperFirst(terms),
				fact: { type: 'stance', ask: 'stance', holder: upperFirst(n.text), stance: terms }
			}
		],
		key: `terms|${key}`,
		hedged: hedged(doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end))
	};
}

/**
 * "Рапалльский договор предусматривал отказ от взаимных претензий", "Он предусматривал создание
 * «Большой Болгарии» …" (the treaty named in the sentence before): the treaty and where its
 * terms begin, or null.
 */
function providedBy(
	ctx: EventContext,
	from: number,
	to: number,
	last: Named | null,
	dates: DateMention[]
): Named | null {
	const { w } = ctx;
	const doc = w.doc;
	for (let k = from; k < Math.min(to, from + 8); k++) {
		if (!w.info(k).analyses.some((a) => a.known && a.lemma === 'предусматривать')) continue;
		let start = k + 1;
		if (doc.tokens[start]?.text === ',' && /^что$/iu.test(doc.tokens[start + 1]?.text ?? ''))
			start += 2;
		if (start >= to) return null;
		const subject = doc.tokens[k - 1];
		// "Он предусматривал …", "Договор предусматривал …": the treaty just named.
		const bare =
			/^(?:он|она|оно|они)$/iu.test(subject?.text ?? '') || (k > 0 && !!treatyAt(w, k - 1));
		if (k - 1 === from && bare)
			return last && last.sentence >= doc.tokens[from].sentence - 3
				? { ...last, sentence: doc.tokens[from].sentence, start, object: true }
				: null;
		for (let i = from; i < k; i++) {
			const number = treatyAt(w, i);
			const name = number ? treatyName(ctx, i, k, dates) : null;
			if (number && name && name.end === k)
				return {
					text: name.text,
					number,
					sentence: doc.tokens[from].sentence,
					start,
					at: i,
					object: true
				};
		}
		return null;
	}
	return null;
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
