// Word classes the Russian rules ask about, each answered once per token and cached: is this
// word an initial, a first name, a patronymic, a surname-like word, a name particle, a title
// before a name? Answers combine the dictionary (morphology) with lexicons kept as data.

import { yo } from '../../../text/fold';
import type { Doc, Token } from '../../doc';
import type { Analysis, Case, Gender, Morphology } from '../morphology';
import designators from './lexicon/designators.json';
import particles from './lexicon/particles.json';

const DESIGNATORS = new Set<string>(
	[
		...designators.office,
		...designators.rank,
		...designators.title,
		...designators.address,
		...designators.profession
	].map(yo)
);
/** Whether a dictionary form is a title, office, rank or profession that stands before names. */
export const isDesignatorLemma = (lemma: string) => DESIGNATORS.has(yo(lemma));
export const DROP_PARTICLES = new Set(particles.drop);

/** Designators that are offices (a rank, a title of nobility or a profession is not one). */
const POSTS = new Set<string>(
	[
		...designators.office,
		'король',
		'королева',
		'царь',
		'царица',
		'император',
		'императрица',
		'кайзер',
		'султан',
		'шах',
		'папа',
		'патриарх',
		'эмир',
		'курфюрст',
		'регент',
		'великий визирь',
		'визирь'
	]
		.filter(
			(w) =>
				![
					'кандидат',
					'претендент',
					'преемник',
					'соратник',
					'полномочный',
					'шеф',
					'член',
					'лидер',
					'вождь'
				].includes(w)
		)
		.map(yo)
);
export const isPostLemma = (lemma: string) => POSTS.has(yo(lemma));
const PARTICLES = new Set([...particles.drop, ...particles.keep]);

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:ович|евич|ич|овн|евн|ичн|иничн)(?:а|у|ем|ом|е|ы|ой|ою|)$/u;
const MONTHS = /^(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;

export { yo };

export interface WordInfo {
	analyses: readonly Analysis[];
	/** Known to the dictionary. */
	known: boolean;
	/** One capital letter (or "Дж") followed by a full stop: an initial. */
	initial: boolean;
	/** A dictionary first name (Name): its analyses that are. */
	names: Analysis[];
	/** A patronymic ("Васильевич", "Ивановной"). */
	patronymic: boolean;
	/** Analyses tagged Surn. */
	surnames: Analysis[];
	/** Known, and every known analysis is a common word, a place or an organisation. */
	commonOnly: boolean;
	/** A place or organisation name known to the dictionary, and not a person's name. */
	placeOnly: boolean;
	/** The lemma is a designator ("министр", "генерал"): the cases it is in. */
	designator: Case[] | null;
	particle: boolean;
	roman: boolean;
	month: boolean;
	/** Written in Latin letters ("Microsoft"): never a Russian surname. */
	latin: boolean;
	/** Known, and only as a preposition, conjunction, particle, pronoun or adverb ("Но", "Из-за"). */
	functionOnly: boolean;
}

const FUNCTION_POS = new Set([
	'PREP',
	'CONJ',
	'PRCL',
	'NPRO',
	'ADVB',
	'INTJ',
	'PRED',
	'COMP',
	'NUMR'
]);

const isNameTag = (a: Analysis) => a.tags.has('Name') || a.tags.has('Surn') || a.tags.has('Patr');

/**
 * "Дмитрия", "Георгия", "Юрия": the dictionary also lists a feminine name identical to the
 * masculine genitive. Such a feminine reading is kept only when no masculine one exists.
 */
function preferMasculine(names: Analysis[], word: string): Analysis[] {
	const w = word.toLowerCase();
	const masc = names.filter((a) => a.gender === 'masc' && a.lemma !== w);
	if (!masc.length) return names;
	return names.filter((a) => !(a.gender === 'femn' && a.lemma === w));
}

/** Per-token word classes for one document, computed lazily. */
export class Words {
	#morph: Morphology;
	#doc: Doc;
	#cache = new Map<number, WordInfo>();

	constructor(doc: Doc, morph: Morphology) {
		this.#doc = doc;
		this.#morph = morph;
	}

	get doc(): Doc {
		return this.#doc;
	}

	get morph(): Morphology {
		return this.#morph;
	}

	#capitalStems: Set<string> | null = null;

	/**
	 * Whether the article writes this word with a capital where a capital is not forced (mid-
	 * sentence): then "Брестский" at the start of a sentence is a name too.
	 */
	capitalisedElsewhere(i: number): boolean {
		// Single letters are initials ("С. И. Гиллерсон"), not evidence for the preposition "С".
		if (this.#doc.tokens[i].text.length < 3) return false;
		if (!this.#capitalStems) {
			const set = new Set<string>();
			const toks = this.#doc.tokens;
			for (const t of toks) {
				if (t.kind !== 'word' || !t.cap || this.#doc.firstWord[t.sentence] === t.i) continue;
				const prev = toks[t.i - 1];
				if (prev && /^[«"“(:]$/.test(prev.text)) continue;
				if (t.text.length < 3) continue;
				set.add(yo(t.text).slice(0, 5));
			}
			this.#capitalStems = set;
		}
		return this.#capitalStems.has(yo(this.#doc.tokens[i].text).slice(0, 5));
	}

	#placeStems: Set<string> | null = null;

	/**
	 * Whether the article names this word as a place: "в Тильзите", "под Фридландом", "из Тильзита"
	 * (then "Тильзит принёс России выгоды" is no person). Only the place cases count: "веру в
	 * Наполеона" is a person's accusative.
	 */
	placeElsewhere(i: number): boolean {
		if (!this.#placeStems) {
			const set = new Set<string>();
			const toks = this.#doc.tokens;
			for (const t of toks) {
				const prep = toks[t.i - 1]?.text.toLowerCase();
				if (t.kind !== 'word' || !t.cap || t.text.length < 4 || !prep) continue;
				const place =
					((prep === 'в' || prep === 'во') && /[еи]$/u.test(t.text)) ||
					(prep === 'под' && /(?:ом|ем|ой)$/u.test(t.text)) ||
					(prep === 'из' && /[аяи]$/u.test(t.text));
				if (place) set.add(yo(t.text).slice(0, 5));
			}
			this.#placeStems = set;
		}
		const t = this.#doc.tokens[i];
		return t.text.length >= 4 && this.#placeStems.has(yo(t.text).slice(0, 5));
	}

	token(i: number): Token | undefined {
		return this.#doc.tokens[i];
	}

	info(i: number): WordInfo {
		let w = this.#cache.get(i);
		if (!w) {
			w = this.#classify(i);
			this.#cache.set(i, w);
		}
		return w;
	}

	#classify(i: number): WordInfo {
		const t = this.#doc.tokens[i];
		const next = this.#doc.tokens[i + 1];
		const word = t.kind === 'word' ? t.text : '';
		const analyses = word ? this.#morph.analyse(word) : [];
		const known = analyses.some((a) => a.known);
		const initial = !!word && t.cap && /^[А-ЯЁ]$|^Дж$/u.test(word) && next?.text === '.' && !t.gap;
		const names = preferMasculine(
			analyses.filter((a) => a.known && a.tags.has('Name')),
			word
		);
		const surnames = analyses.filter((a) => a.tags.has('Surn'));
		const people = analyses.some((a) => a.known && isNameTag(a));
		const places = analyses.some(
			(a) => a.known && (a.tags.has('Geox') || a.tags.has('Orgn') || a.tags.has('Abbr'))
		);
		// Singular only: "братьев Ямадаевых" names a family, not one person.
		const des = analyses.filter(
			(a) => a.known && a.pos === 'NOUN' && a.number !== 'plur' && DESIGNATORS.has(yo(a.lemma))
		);
		const lower = word.toLowerCase();
		return {
			analyses,
			known,
			initial,
			names,
			patronymic: PATRONYMIC.test(word) || analyses.some((a) => a.known && a.tags.has('Patr')),
			surnames,
			commonOnly: known && !people,
			placeOnly: places && !people,
			designator:
				!t.cap || DESIGNATORS.has(lower)
					? des.length
						? [...new Set(des.map((a) => a.case ?? 'nomn'))]
						: DESIGNATORS.has(lower)
							? ['nomn']
							: null
					: null,
			particle: !t.cap && PARTICLES.has(lower),
			roman: /^[IVXL]+$/.test(word) && ROMAN.test(word),
			month: MONTHS.test(word) && !t.cap,
			latin: /^[A-Za-z]/.test(word),
			functionOnly: known && analyses.filter((a) => a.known).every((a) => FUNCTION_POS.has(a.pos))
		};
	}

	/** Cases a word can be in, per its analyses matching `pred` (all analyses by default). */
	cases(i: number, pred: (a: Analysis) => boolean = () => true): Set<Case> {
		const out = new Set<Case>();
		for (const a of this.info(i).analyses) if (a.case && pred(a)) out.add(a.case);
		return out;
	}

	/** The gender(s) of a first name's analyses. */
	genders(analyses: readonly Analysis[]): Set<Gender> {
		const out = new Set<Gender>();
		for (const a of analyses) if (a.gender) out.add(a.gender);
		return out;
	}
}
