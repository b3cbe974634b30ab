// Turning token spans into card text: a phrase's first word lowercased unless it is a name, a
// noun phrase put into another case with its adjectives agreeing ("Рапалльского договора" →
// "Рапалльский договор"), and the persons each token belongs to.

import type { Doc } from '../../doc';
import type { Analysis, Case } from '../morphology';
import type { Person } from '../person';
import type { Words } from './words';
import { partitionPoint } from '../../../util/search';

/** For each token index, the person whose mention covers it. */
export function personIndex(persons: Person[]): Map<number, Person> {
	const out = new Map<number, Person>();
	for (const p of persons)
		for (const m of p.mentions) for (let k = m.tokens[0]; k < m.tokens[1]; k++) out.set(k, p);
	return out;
}

/** Token index range [from, to) covering the offsets [start, end). */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] {
	const t = doc.tokens;
	const lo = partitionPoint(t.length, (i) => t[i].end <= start);
	let z = lo;
	while (z < t.length && t[z].start < end) z++;
	return [lo, z];
}

/** Whether token i is a proper name that keeps its capital at the start of a question. */
export function properAt(w: Words, i: number, people: Map<number, Person>): boolean {
	const t = w.doc.tokens[i];
	if (!t.cap) return false;
	if (t.acronym || people.has(i)) return true;
	if (t.text.length === 1) return false; // "В", "С": a preposition at the start of a sentence
	const info = w.info(i);
	// "Русско-турецкая война", "Советско-японская декларация" at a sentence's start: a compound of
	// two peoples is lower case inside a sentence.
	if (
		/^\p{Lu}\p{Ll}+[оe]-\p{Ll}/u.test(t.text) &&
		eventNounAfter(w, i) &&
		!w.capitalisedElsewhere(i)
	)
		return false;
	if (!info.known || w.capitalisedElsewhere(i)) return true;
	// "Сан-Францисский мирный договор": a capital after the hyphen is a name's.
	if (/-\p{Lu}/u.test(t.text)) return true;
	// "Крымская война", "Петербургская конвенция": an adjective of a place before an event noun
	// names the event.
	if (placeAdjective(w, i) && eventNounAfter(w, i)) return true;
	// "Северная война", "Семилетняя война": an adjective right before "война" names a war ("новая
	// война" does not; "русско-турецкая" is lower case inside a sentence, above).
	if (namedWar(w, i)) return true;
	// "Надежды на реформы угасли": a first name that is also a common word, with no name after
	// it and no person found there, is the common word at the sentence's start.
	const common = info.analyses.some(
		(a) =>
			a.known &&
			a.pos === 'NOUN' &&
			!a.tags.has('Name') &&
			!a.tags.has('Surn') &&
			!a.tags.has('Geox')
	);
	const nameGoesOn = !!w.doc.tokens[i + 1]?.cap;
	return info.analyses.some(
		(a) =>
			a.known &&
			(a.tags.has('Geox') ||
				((a.tags.has('Name') || a.tags.has('Surn')) && (!common || nameGoesOn)) ||
				a.tags.has('Orgn') ||
				a.tags.has('Abbr'))
	);
}

const EVENT_HEADS =
	/^(?:война|договор|мир|конвенция|конференция|конгресс|соглашение|декларация|трактат|перемирие|кампания|битва|сражение|восстание|союз)$/u;

/** "Крымская" of Крым, "Петербургская" of Петербург: an adjective in "-ск-" of a known place. */
function placeAdjective(w: Words, i: number): boolean {
	const a = w.info(i).analyses.find((x) => x.known && x.pos === 'ADJF');
	const stem = a && /^(.+?)(?:ский|ской)$/u.exec(a.lemma)?.[1];
	if (!stem || stem.length < 3) return false;
	const place = stem.charAt(0).toUpperCase() + stem.slice(1);
	return w.morph.analyse(place).some((x) => x.known && x.tags.has('Geox'));
}

const PLAIN_ADJECTIVE =
	/^(?:новый|большой|долгий|затяжной|такой|этот|очередной|следующий|последний|тяжёлый|тяжелый|кровопролитный|вся|весь|эта)$/u;

function namedWar(w: Words, i: number): boolean {
	const a = w.info(i).analyses.find((x) => x.known && x.pos === 'ADJF');
	if (!a || PLAIN_ADJECTIVE.test(a.lemma) || w.doc.tokens[i].text.includes('-')) return false;
	return w
		.info(i + 1)
		.analyses.some((x) => x.known && x.pos === 'NOUN' && x.lemma === 'война' && x.case === a.case);
}

function eventNounAfter(w: Words, i: number): boolean {
	for (let k = i + 1; k <= i + 2; k++)
		if (w.info(k).analyses.some((x) => x.known && x.pos === 'NOUN' && EVENT_HEADS.test(x.lemma)))
			return true;
	return false;
}

/** The integers a, a + 1, …, b - 1. */
export const range = (a: number, b: number) =>
	Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

export function lowerFirst(s: string, keep: boolean): string {
	return keep ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A nominative adjective put in the instrumental by its ending: "первый" → "первым". */
const ADJ_ABLT = (adj: string) =>
	adj
		.replace(/(?:ый|ой)$/u, 'ым')
		.replace(/ий$/u, 'им')
		.replace(/ая$/u, 'ой')
		.replace(/яя$/u, 'ей')
		.replace(/ое$/u, 'ым')
		.replace(/ее$/u, 'им')
		.replace(/ые$/u, 'ыми')
		.replace(/ие$/u, 'ими');

/** Copies the capitalisation of `like` onto the lowercase `word` (first letter, after hyphens). */
export function recase(word: string, like: string): string {
	if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
	const parts = word.split('-');
	const model = like.split('-');
	return parts
		.map((p, k) => {
			const m = model[k] ?? '';
			return m && m[0] !== m[0].toLowerCase() ? p.charAt(0).toUpperCase() + p.slice(1) : p;
		})
		.join('-');
}

/**
 * The noun phrase [from, to) whose head noun is `head`, in case `to`: the head and the adjectives
 * and participles agreeing with it are inflected; dependents after the head (a genitive, a name)
 * stay as written. null when the dictionary cannot inflect the head.
 */
/** An ordinal adjective in the nominative of its head's gender and number, by its ending. */
function ordinalNominative(word: string, h: Analysis): string {
	if (h.number === 'plur') return word.replace(/(?:ых|ым|ыми)$/u, 'ые');
	if (h.gender === 'femn') return word.replace(/ьей$/u, 'ья').replace(/(?:ой|ую)$/u, 'ая');
	const end = h.gender === 'neut' ? 'ое' : 'ый';
	return word
		.replace(/ьего$|ьему$|ьим$|ьем$/u, h.gender === 'neut' ? 'ье' : 'ий')
		.replace(/(?:ого|ому|ым|ом)$/u, end);
}

/**
 * "Нерчинского договора" → "Нерчинский договор": an adjective of a place the dictionary does not
 * know, in "-ск-"/"-цк-", put in the nominative of its head by its ending.
 */
function placeAdjectiveNominative(word: string, h: Analysis): string {
	if (h.number === 'plur') return word.replace(/(?<=[сц]к)(?:их|им|ими)$/u, 'ие');
	if (h.gender === 'femn') return word.replace(/(?<=[сц]к)(?:ой|ую|ою)$/u, 'ая');
	return word.replace(/(?<=[сц]к)(?:ого|ому|им|ом)$/u, h.gender === 'neut' ? 'ое' : 'ий');
}

export function inflectPhrase(
	w: Words,
	from: number,
	head: number,
	to: number,
	c: Case
): string | null {
	const doc = w.doc;
	// The head's reading its adjective agrees with ("Нерчинского договора" is a genitive, not the
	// plural "договора").
	const readings = w.info(head).analyses.filter((a) => a.pos === 'NOUN' && a.case);
	const agrees = (h: Analysis) =>
		w
			.info(head - 1)
			.analyses.some(
				(x) => (x.pos === 'ADJF' || x.pos === 'PRTF') && x.case === h.case && x.number === h.number
			);
	const h = (from < head ? readings.find(agrees) : undefined) ?? readings[0];
	if (!h) return null;
	const words: string[] = [];
	for (let i = from; i < to; i++) {
		const t = doc.tokens[i];
		let text = t.text;
		if (i === head && h.case !== c) {
			const f = w.morph.inflect(h, { case: c });
			if (!f) return null;
			text = recase(f, t.text);
		} else if (i < head && t.kind === 'word') {
			const a = w
				.info(i)
				.analyses.find(
					(x) =>
						(x.pos === 'ADJF' || x.pos === 'PRTF' || x.pos === 'NUMR') &&
						x.case === h.case &&
						(x.number === h.number || !x.number)
				);
			if (a && a.case !== c) {
				const f = w.morph.inflect(a, { case: c, number: h.number, gender: h.gender });
				// An ordinal's lemma can be another word ("первый" → "один"): a form that does not
				// keep the word's stem is refused, and the ending is changed by rule instead.
				if (f && f.slice(0, 3) === t.text.toLowerCase().slice(0, 3)) text = recase(f, t.text);
				else if (a.case === 'nomn' && c === 'ablt') text = ADJ_ABLT(t.text);
				// "первым секретарём" → "первый секретарь" (masculine; the ordinal's lemma is "один").
				else if (a.case === 'ablt' && c === 'nomn' && h.gender === 'masc' && h.number === 'sing')
					text = t.text.replace(/ым$/u, 'ый').replace(/(?<=[кгхжшчщ])им$/u, 'ий');
				// "Первой англо-бурской войны" → "Первая англо-бурская война", "Третьей" → "Третья".
				else if (c === 'nomn') text = ordinalNominative(t.text, h);
			} else if (!a && c === 'nomn' && t.cap) text = placeAdjectiveNominative(t.text, h);
		}
		words.push(text);
		if (i + 1 < to && /\s/.test(t.gap)) words.push(' ');
	}
	return words.join('').replace(/\s+/g, ' ').trim();
}
