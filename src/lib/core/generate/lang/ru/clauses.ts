// Clauses of a Russian sentence, found on its tokens: a fact's card shows the clause that tells it,
// not the whole sentence. Boundaries: ";", ":", a dash between words, and a comma before a
// conjunction or relative word (", а", ", но", ", который", ", когда"); ", и" when a verb of its
// own follows. Quotations are never split. Brackets are asides, left out of what a card shows.

import type { Doc } from '../../doc';
import type { Words } from './words';

const SUBORDINATORS = new Set([
	'а',
	'но',
	'однако',
	'зато',
	'хотя',
	'поскольку',
	'если',
	'когда',
	'где',
	'куда',
	'откуда',
	'что',
	'чтобы',
	'пока',
	'причём',
	'причем',
	'ибо',
	'так',
	'который',
	'которая',
	'которое',
	'которые',
	'которого',
	'которой',
	'которому',
	'которым',
	'котором',
	'которых',
	'которую',
	'которыми',
	'чей',
	'чья',
	'чьё',
	'чьи',
	'после',
	'прежде',
	'тогда',
	'несмотря'
]);
/** Words that open a subordinate clause, which ends at the next comma. */
const RELATIVES =
	/^(?:котор[а-я]*|чей|чья|чьё|чьи|что|чтобы|когда|где|куда|откуда|если|хотя|поскольку|пока|ибо)$/u;

export interface Clause {
	/** Token range [from, to) in the document. */
	from: number;
	to: number;
}

/** Token ranges of «…» quotations and (…) brackets in one sentence. */
export function groups(
	doc: Doc,
	from: number,
	to: number
): { quotes: [number, number][]; brackets: [number, number][] } {
	const quotes: [number, number][] = [];
	const brackets: [number, number][] = [];
	let q = -1;
	let b = -1;
	for (let i = from; i < to; i++) {
		const t = doc.tokens[i].text;
		if (t === '«' && q < 0) q = i;
		else if (t === '»' && q >= 0) {
			quotes.push([q, i + 1]);
			q = -1;
		} else if (t === '(' && b < 0) b = i;
		else if (t === ')' && b >= 0) {
			brackets.push([b, i + 1]);
			b = -1;
		}
	}
	if (q >= 0) quotes.push([q, to]);
	return { quotes, brackets };
}

const inside = (ranges: [number, number][], i: number) =>
	ranges.some(([a, b]) => i > a && i < b - 1);

function hasFiniteVerb(w: Words, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (isPredicate(w, i)) return true;
	return false;
}

/** A finite verb or a short participle: the predicate of a clause ("подписал", "был подписан"). */
export function isPredicate(w: Words, i: number): boolean {
	const t = w.doc.tokens[i];
	// (Past the text's end: a piece cut right after "и", robust.test.)
	if (!t) return false;
	// "СССР" reads as a verb to the dictionary; a name mid-sentence is never a predicate.
	if (t.kind !== 'word' || t.acronym || (t.cap && w.doc.firstWord[t.sentence] !== i)) return false;
	const known = w.info(i).analyses.filter((a) => a.known);
	if (!known.length) return false;
	const top = known[0];
	if (top.pos === 'PRTS') return true;
	// "почти", "три", "мой" are also imperatives (почтить, тереть, мыть): a word that reads as
	// something else is not an order to the reader in the middle of a narrative.
	if (top.pos !== 'VERB')
		return known.some((a) => a.pos === 'VERB' && !a.tags.has('impr') && a.score >= top.score * 0.8);
	return true;
}

/** Whether a token is a clause boundary within its sentence. */
function boundaryAt(w: Words, i: number, to: number, q: [number, number][]): boolean {
	const doc = w.doc;
	const t = doc.tokens[i];
	if (t.kind !== 'punct' || inside(q, i)) return false;
	const next = doc.tokens[i + 1];
	if (!next || i + 1 >= to) return false;
	if (t.text === ';') return true;
	// (Not a clock time: "В 22:55 радиостанция поставила …".)
	if (t.text === ':')
		return (
			next.text !== '«' &&
			next.text !== '"' &&
			!(
				doc.tokens[i - 1]?.kind === 'number' &&
				next.kind === 'number' &&
				!t.gap &&
				!doc.tokens[i - 1].gap.includes('\n')
			)
		);
	if (/^[–—-]$/.test(t.text)) {
		const prev = doc.tokens[i - 1];
		// A dash inside a date ("в конце XX – начале XXI вв.", "январе – мае") joins, not divides.
		const dateWord =
			/^(?:[IVXLХ]+|начале|конце|середине|январ\S*|феврал\S*|март\S*|апрел\S*|ма[йяе]|июн\S*|июл\S*|август\S*|сентябр\S*|октябр\S*|ноябр\S*|декабр\S*)$/u;
		if (dateWord.test(prev?.text ?? '') || dateWord.test(next.text)) return false;
		// "треугольник Россия — Китай — Индия": a dash between two place names joins them.
		if (prev?.cap && next.cap && w.info(i - 1).placeOnly && w.info(i + 1).placeOnly) return false;
		return !!prev && prev.kind === 'word' && next.kind === 'word' && /\s/.test(prev.gap);
	}
	if (t.text !== ',') return false;
	const word = next.text.toLowerCase();
	// "1-й армией командовал Барклай-де-Толли, 2-й — Багратион": a gapped clause (its verb left
	// out, a dash in its place) is a clause of its own.
	for (let k = i + 2; k < Math.min(to, i + 6); k++) {
		if (/^[–—]$/u.test(doc.tokens[k].text)) return true;
		if (/^[,;:«»()]$/u.test(doc.tokens[k].text) || isPredicate(w, k)) break;
	}
	// "X настаивал на сражении, Барклай-де-Толли считал …": a new subject with its own verb.
	// Not after a part with no verb of its own: "…, после чего, 20 ноября, Кеннеди объявил" closes
	// an inserted date, "Англия, Франция подписали" a list.
	let before = i - 1;
	while (
		before >= 0 &&
		doc.tokens[before].text !== ',' &&
		doc.tokens[before].sentence === t.sentence
	)
		before--;
	if (
		next.kind === 'word' &&
		next.cap &&
		!w.info(i + 1).placeOnly &&
		hasFiniteVerb(w, before + 1, i)
	) {
		for (let k = i + 2; k < Math.min(to, i + 6) && doc.tokens[k].text !== ','; k++)
			if (isPredicate(w, k)) return true;
	}
	if (word === 'и' || word === 'а' || word === 'но') {
		// ", и" separates clauses only when a verb of its own follows before the next comma.
		let end = i + 2;
		while (end < to && doc.tokens[end].text !== ',') end++;
		return word !== 'и' || hasFiniteVerb(w, i + 2, end);
	}
	// ", что" after a correlative ("заявление о том, что …") or a verb of saying or showing
	// ("показал, что …") introduces the clause's own object: no boundary.
	if (word === 'что') {
		const prev = doc.tokens[i - 1];
		if (prev && /^(?:то|том|тем|того|тому)$/iu.test(prev.text)) return false;
		if (
			prev &&
			prev.kind === 'word' &&
			w.info(i - 1).analyses.some((a) => a.known && a.pos === 'VERB')
		)
			return false;
	}
	// "…, прежде чем …", "…, после того как …" open a clause; "Кириенко, прежде министр …," and
	// "…, после подписания …" do not.
	if (word === 'прежде' || word === 'после')
		return /^(?:чем|того|чего|этого)$/iu.test(doc.tokens[i + 2]?.text ?? '');
	return SUBORDINATORS.has(word);
}

/** The clause of the sentence that holds tokens [focusFrom, focusTo). */
export function clauseOf(w: Words, focusFrom: number, focusTo: number): Clause {
	const doc = w.doc;
	const [from, to] = doc.sentenceTokens[doc.tokens[focusFrom].sentence];
	const { quotes } = groups(doc, from, to);
	let a = from;
	let z = to;
	for (let i = from; i < to; i++) {
		if (!boundaryAt(w, i, to, quotes)) continue;
		if (i < focusFrom) a = i + 1;
		else if (i >= focusTo) {
			z = i;
			break;
		}
	}
	// A subordinate clause ends at the next comma outside quotes ("…, который подписал X, был …").
	const first = doc.tokens[a]?.text.toLowerCase() ?? '';
	if (RELATIVES.test(first)) {
		for (let i = Math.max(a, focusTo); i < z; i++)
			if (doc.tokens[i].text === ',' && !inside(quotes, i)) {
				z = i;
				break;
			}
	}
	return { from: a, to: z };
}

/**
 * The text of tokens [from, to) without the skipped ones, spaced as written, with no space left
 * before punctuation or inside brackets and quotes.
 */
export function render(
	doc: Doc,
	from: number,
	to: number,
	skip: (i: number) => boolean = () => false
): string {
	let out = '';
	let space = false;
	// "сыном[, новгородским князем Владимиром Ярославичем], и воеводой": a part left out with its
	// opening comma takes the closing one with it before "и".
	let cutFromComma = false;
	let kept = false; // the token before was kept
	for (let i = from; i < to; i++) {
		const t = doc.tokens[i];
		if (skip(i)) {
			if (kept && t.text === ',') cutFromComma = true;
			kept = false;
			space = true;
			continue;
		}
		kept = true;
		const closes =
			t.text === ',' && cutFromComma && /^(?:и|или)$/iu.test(doc.tokens[i + 1]?.text ?? '');
		cutFromComma = false;
		if (closes) continue;
		if (out && space) out += ' ';
		out += t.text;
		space = /\s/.test(t.gap);
	}
	return out
		.replace(/\s+([,.;:!?…)»])/g, '$1')
		.replace(/([(«])\s+/g, '$1')
		.replace(/\(\s*\)/g, '')
		.replace(/,(\s*,)+/g, ',')
		.replace(/\s+/g, ' ')
		.trim();
}
