// A bare "договор", "конгресс", "соглашение" in a card names nothing: "Когда договор был
// ратифицирован султаном?" leaves the student to guess which (RUBRIC.md: "no-context"; the
// raters' most frequent defect, "references never spelled out"). The article named it before
// ("Кючук-Кайнарджийский мирный договор"): the card takes that name, in the bare word's case.

import type { Analysis } from '../morphology';
import type { EventContext } from './events';
import { inflectPhrase, range } from './phrases';
import type { Words } from './words';

/** Nouns an article names once and then calls by the bare noun. */
const NAMED_THINGS = new Set([
	'договор',
	'соглашение',
	'конференция',
	'конгресс',
	'конвенция',
	'декларация',
	'совещание',
	'трактат',
	'пакт',
	'мир',
	'перемирие',
	// Bodies and armed forces a narrative names once ("Черниговский полк", "Северное общество",
	// "Союз благоденствия") and then calls "полк", "общество", "союз".
	'полк',
	'общество',
	'союз',
	'армия',
	'корпус',
	'дивизия',
	'эскадра',
	'флот',
	'партия',
	'собор',
	'комитет'
]);

function thingAt(w: Words, i: number): Analysis | undefined {
	return w
		.info(i)
		.analyses.find(
			(a) => a.known && a.pos === 'NOUN' && a.number !== 'plur' && NAMED_THINGS.has(a.lemma)
		);
}

function modifies(w: Words, i: number, head: Analysis): boolean {
	return w
		.info(i)
		.analyses.some(
			(a) =>
				(a.pos === 'ADJF' || a.pos === 'PRTF') && a.case === head.case && a.number === head.number
		);
}

/** Bare: no adjective before it, and a verb, an adverb or a stop after it. */
function bare(w: Words, i: number, a: Analysis): boolean {
	const doc = w.doc;
	if (i > 0 && modifies(w, i - 1, a)) return false;
	const next = doc.tokens[i + 1];
	if (!next || (next.kind === 'punct' && next.text !== '«' && next.text !== '(')) return true;
	return w
		.info(i + 1)
		.analyses.some((x) => x.known && (x.pos === 'VERB' || x.pos === 'PRTS' || x.pos === 'ADVB'));
}

/** A capital that names: inside a sentence, or a word the dictionary knows as a place's. */
function proper(w: Words, i: number): boolean {
	const t = w.doc.tokens[i];
	if (!t.cap) return false;
	const opens = w.doc.sentenceTokens[t.sentence][0] === i;
	return !opens || w.info(i).analyses.every((a) => !a.known || a.tags.has('Geox'));
}

/**
 * The nearest earlier name of the same thing: the noun after one or more adjectives, the first
 * written with a capital ("Портсмутский мирный договор", "на Фокшанском конгрессе").
 */
function earlierName(w: Words, before: number, lemma: string): [number, number] | null {
	for (let k = before - 1; k > 0; k--) {
		const a = thingAt(w, k);
		if (!a || a.lemma !== lemma) continue;
		let start = k;
		while (start > 0 && modifies(w, start - 1, a)) start--;
		if (start < k && proper(w, start)) return [start, k];
		// "Союз благоденствия", "Земский собор" aside: the noun named by its capital and the
		// genitive after it.
		const tail = genitiveTail(w, k);
		if (tail > k && proper(w, k)) return [k, tail];
	}
	return null;
}

function pluralHere(w: Words, i: number): boolean {
	if (!w.info(i).analyses.some((x) => x.known && x.pos === 'NOUN' && x.number === 'plur'))
		return false;
	if (/^(?:обе|оба|два|две|три|четыре)$/iu.test(w.doc.tokens[i - 1]?.text ?? '')) return true;
	// ("участники совещания приняли": after a noun it is that noun's genitive.)
	if (w.info(i - 1).analyses.some((x) => x.known && x.pos === 'NOUN')) return false;
	return w.info(i + 1).analyses.some((x) => x.known && x.pos === 'VERB' && x.number === 'plur');
}

/**
 * "Айгунский и Пекинский договоры 1858–1860 гг." over an article whose background names the
 * "Нерчинский договор": the title names the treaties it is about, and a nearer name that is not
 * among them is a side reference; the bare noun is then left as it is.
 */
function titleNamesAnother(w: Words, name: [number, number], lemma: string): boolean {
	const doc = w.doc;
	const [from, to] = doc.sentenceTokens[0] ?? [0, 0];
	if (name[0] < to) return false;
	// (In any number: "Айгунский и Пекинский договоры".)
	const heads = range(from, to).some((k) =>
		w.info(k).analyses.some((a) => a.known && a.pos === 'NOUN' && a.lemma === lemma)
	);
	const stem = doc.tokens[name[0]].text.toLowerCase().slice(0, 5);
	const named = range(from, to).some((k) => doc.tokens[k].text.toLowerCase().startsWith(stem));
	return heads && !named;
}

/** The one name of a thing of this lemma in the title ("Тегеранская конференция"), or null. */
function titleName(w: Words, lemma: string): [number, number] | null {
	const [from, to] = w.doc.sentenceTokens[0] ?? [0, 0];
	const heads = range(from, to).filter((k) => thingAt(w, k)?.lemma === lemma);
	if (heads.length !== 1 || thingAt(w, heads[0])?.number === 'plur') return null;
	let start = heads[0];
	while (start > from && modifies(w, start - 1, thingAt(w, heads[0])!)) start--;
	return start < heads[0] ? [start, heads[0]] : null;
}

/** The last of up to two lower-case genitive words right after the noun at k, or k. */
function genitiveTail(w: Words, k: number): number {
	let z = k;
	const genitive = (i: number) => {
		const known = w.info(i).analyses.filter((x) => x.known);
		return (
			w.doc.tokens[i]?.kind === 'word' &&
			!w.doc.tokens[i].cap &&
			w.doc.tokens[i].text.length > 2 &&
			known.length > 0 &&
			known.every((x) => x.pos === 'NOUN' || x.pos === 'ADJF') &&
			known.some((x) => x.case === 'gent')
		);
	};
	while (z < k + 2 && genitive(z + 1)) z++;
	return z;
}

/** The clause's text with its first bare named thing spelled out as the article named it. */
export function thingNamed(
	ctx: EventContext,
	first: number,
	to: number,
	skip: (i: number) => boolean,
	text: string
): string {
	const { w } = ctx;
	for (let i = first; i < to; i++) {
		if (skip(i)) continue;
		const a = thingAt(w, i);
		if (!a?.case || !bare(w, i, a)) continue;
		// ("обе армии соединились", "общества договорились": a form that can be plural is, after a
		// count or before a plural verb.)
		if (pluralHere(w, i)) continue;
		const near = earlierName(w, i, a.lemma);
		// (A side reference gives way to the one thing of that kind the title names.)
		const name = near && titleNamesAnother(w, near, a.lemma) ? titleName(w, a.lemma) : near;
		if (!name) return text;
		// (The head is the noun of the name; a genitive after it stays as written.)
		const head = thingAt(w, name[1]) ? name[1] : name[0];
		// (A masculine or neuter thing's accusative is its nominative: "договор был дополнен" asks
		// for "Нерчинский договор", not the animate accusative "Нерчинского".)
		const nominative = w
			.info(i)
			.analyses.some((x) => x.known && x.lemma === a.lemma && x.case === 'nomn');
		const phrase = inflectPhrase(
			w,
			name[0],
			head,
			name[1] + 1,
			nominative && a.case === 'accs' ? 'nomn' : a.case
		);
		if (!phrase) return text;
		const word = w.doc.tokens[i].text;
		return text.replace(new RegExp(`(^|\\s)${word}(?=[\\s,]|$)`, 'iu'), `$1${phrase}`);
	}
	return text;
}

/**
 * Places the dictionary tags Geox that are not cities: a country, a region ("-ия", "-стан",
 * and the few without those endings a history text names often).
 */
const NOT_A_CITY =
	/(?:ия|стан)$|^(?:польша|китай|египет|иран|ирак|крым|кавказ|сибирь|литва|швеция|украина|белоруссия|чехия|корея|япония|турция|сша|ссср|рсфср|молдавия|валахия|прибалтика|финляндия|дания|англия|франция|германия|австрия|пруссия|италия|испания|россия|европа|азия|африка|америка)$/u;

/** The city a bare "город" points back to: the nearest one named, not in a quote, in this sentence or the one before. */
function cityBefore(ctx: EventContext, i: number): number {
	const { w } = ctx;
	const doc = w.doc;
	const lo = doc.sentenceTokens[Math.max(0, doc.tokens[i].sentence - 1)][0];
	let quoted = false;
	for (let k = i - 1; k >= lo; k--) {
		const t = doc.tokens[k];
		if (t.text === '»') quoted = true;
		else if (t.text === '«') quoted = false;
		if (quoted || !t.cap || t.kind !== 'word' || ctx.people.has(k)) continue;
		if (doc.sentenceTokens[t.sentence][0] === k) continue;
		const known = w.info(k).analyses.filter((a) => a.known);
		// (A name the dictionary does not know may be the city meant: "Тяньцзинь".)
		if (!known.length) return -1;
		const place = known.find((a) => a.pos === 'NOUN' && a.tags.has('Geox'));
		if (place && !NOT_A_CITY.test(place.lemma)) return k;
	}
	return -1;
}

/**
 * "Осада города началась в июне" after "…выступил из Москвы к Смоленску": a bare "город" (or
 * "этот", "опустевший город") is the city named just before, in the case "город" had.
 */
export function cityNamed(
	ctx: EventContext,
	first: number,
	to: number,
	skip: (i: number) => boolean,
	text: string
): string {
	const { w } = ctx;
	const doc = w.doc;
	for (let i = first; i < to; i++) {
		if (skip(i)) continue;
		const forms = w
			.info(i)
			.analyses.filter(
				(a) => a.known && a.pos === 'NOUN' && a.lemma === 'город' && a.number === 'sing'
			);
		if (!forms.length || doc.tokens[i + 1]?.cap) continue;
		const k = cityBefore(ctx, i);
		if (k < 0) return text;
		let start = i;
		while (start > first && modifies(w, start - 1, forms[0])) start--;
		const prev = doc.tokens[start - 1];
		// ("в Бандунге, прохладном горном городе": an apposition to the name itself.)
		if (prev?.text === ',') continue;
		const governed =
			prev?.kind === 'word' &&
			w.info(start - 1).analyses.some((a) => a.known && (a.pos === 'PREP' || a.pos === 'VERB'));
		const c = forms.length === 1 ? forms[0].case : governed ? 'accs' : 'nomn';
		if (!c) return text;
		const city = inflectPhrase(w, k, k, k + 1, c);
		if (!city) return text;
		const words = range(start, i + 1).map((x) => doc.tokens[x].text);
		const re = new RegExp(`(^|\\s)${words.join('\\s+')}(?=[\\s,]|$)`, 'iu');
		return text.replace(re, `$1${city}`);
	}
	return text;
}

const OBJECT_PRONOUN: Record<string, (a: Analysis) => boolean> = {
	её: (a) => a.gender === 'femn' && a.number === 'sing',
	ее: (a) => a.gender === 'femn' && a.number === 'sing',
	его: (a) => a.gender !== 'femn' && a.number === 'sing',
	их: (a) => a.number === 'plur'
};

/**
 * "Японский парламент одобрил декларацию 5 декабря, Президиум Верховного Совета СССР
 * ратифицировал её 8 декабря": a pronoun object of a verb is the thing the same sentence gave as
 * an object before ("ратифицировал декларацию").
 */
export function objectThingNamed(
	ctx: EventContext,
	first: number,
	to: number,
	skip: (i: number) => boolean,
	text: string
): string {
	const { w } = ctx;
	const doc = w.doc;
	for (let i = first + 1; i < to; i++) {
		const fits = OBJECT_PRONOUN[doc.tokens[i].text];
		if (skip(i) || !fits) continue;
		if (!w.info(i - 1).analyses.some((a) => a.known && a.pos === 'VERB' && a.tags.has('tran')))
			continue;
		const [sFrom] = doc.sentenceTokens[doc.tokens[i].sentence];
		for (let k = first - 1; k >= sFrom; k--) {
			const a = w
				.info(k)
				.analyses.find(
					(x) => x.known && x.pos === 'NOUN' && x.case === 'accs' && x.tags.has('inan') && fits(x)
				);
			if (!a || /^(?:в|во|на|за|про|через|под|о|об|по)$/iu.test(doc.tokens[k - 1]?.text ?? ''))
				continue;
			let start = k;
			while (start > sFrom && modifies(w, start - 1, a)) start--;
			const phrase = range(start, k + 1)
				.map((x) => doc.tokens[x].text)
				.join(' ');
			return text.replace(
				new RegExp(`(^|\\s)${doc.tokens[i].text}(?=[\\s,]|$)`, 'u'),
				`$1${phrase}`
			);
		}
		return text;
	}
	return text;
}
