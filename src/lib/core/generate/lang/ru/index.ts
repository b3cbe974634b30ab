// The Russian language pack: dictionary-backed morphology (Az.js over OpenCorpora, petrovich for
// personal names), its sentence splitter, date grammar, person finder, fact rules with their
// question templates, and the deck titles. `createRussian(morphology)` gives the `Language` the
// pipeline runs on; load the morphology once with `loadRussianMorphology` (az-morphology.ts).

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import { splitSentences } from '../../sentences';
import type { DateMention } from '../date';
import type { DeckTitles, Language, Mentions } from '../language';
import type { Morphology } from '../morphology';
import { sentenceDates, type DateContext } from './dates';
import { actorFacts } from './actors';
import { toldDates } from '../../story-date';
import { recaseHeadwords } from './recase';
import { dateFacts } from './events';
import { officeFacts } from './offices';
import { stanceFacts } from './stances';
import { termsFacts } from './terms';
import { thesisFacts } from './thesis';
import { findPersons } from './persons';
import { personIndex } from './phrases';
import { isDesignatorLemma, Words } from './words';

export { loadRussianMorphology, DICTIONARY_FILES, type DictionaryReader } from './az-morphology';

function findDates(doc: Doc): DateMention[] {
	// The narrative starts in the title's first year: "(1920 – 1923 гг.)".
	const first = doc.sentences[0];
	const year = first ? /(\d{4})/.exec(first.text) : null;
	const ctx: DateContext = { year: year ? Number(year[1]) : 0 };
	const out: DateMention[] = [];
	for (const s of doc.sentences) out.push(...sentenceDates(doc.text, s.start, s.end, ctx));
	return out;
}

/**
 * Whether a capitalised word after "1698 гг." opens a new sentence: a common word that cannot be
 * the subject the year's sentence goes on with ("Целью", "Крымская" yes; "Президиум" in
 * "пришёл в феврале 1920 г. Президиум Рады" no, nor a name or a place).
 */
const finiteVerb = (morph: Morphology, x: string) =>
	morph
		.analyse(x)
		.some((a) => a.known && a.pos === 'VERB' && (a.tags.has('past') || a.tags.has('pres')));

/** A word that can be a sentence's subject: a nominative noun or personal pronoun. */
const subjectWord = (morph: Morphology, x: string) =>
	morph
		.analyse(x)
		.some(
			(a) =>
				a.known &&
				(a.pos === 'NOUN' || a.pos === 'NPRO') &&
				a.case === 'nomn' &&
				!/^(?:г|гг|в|с|к|о|у)$/iu.test(x)
		);

/** The words of `s` up to its first stop or comma, the first one left out. */
const clauseWords = (s: string) =>
	s
		.split(/[.,;:!?]/u)[0]
		.split(/\s+/u)
		.slice(1);

function commonWord(morph: Morphology, word: string, following: string, preceding = ''): boolean {
	// "Суды действовали до апреля 1907 г. Столыпин был премьером": the sentence had its verb
	// before the year, and the name has a verb of its own. ("В 1907 г. Столыпин распустил Думу"
	// had none before: one sentence.)
	const before = preceding
		.split(/[.;!?]/u)
		.pop()!
		.split(/[\s,]+/u)
		.filter(Boolean);
	const verb = before.findIndex((x) => finiteVerb(morph, x));
	const said = verb >= 0;
	if (said && clauseWords(following).some((x) => finiteVerb(morph, x))) return true;
	const known = morph.analyse(word).filter((a) => a.known);
	const name = known.some(
		(a) =>
			a.tags.has('Name') ||
			a.tags.has('Surn') ||
			a.tags.has('Patr') ||
			a.tags.has('Geox') ||
			a.tags.has('Orgn')
	);
	if (!known.length || name) return false;
	// "…конвенцию, подписанную 19 (30) сентября 1755 г. Канцлер А. П. Бестужев-Рюмин, …": a title
	// after a sentence that had its verb opens the next one.
	if (
		said &&
		known.some((a) => a.pos === 'NOUN' && a.case === 'nomn' && isDesignatorLemma(a.lemma))
	)
		return true;
	if (!known.some((a) => a.pos === 'NOUN' && a.case === 'nomn')) return true;
	// A nominative noun opens a sentence when what precedes was whole: its verb with a subject
	// before it ("Конференция прошла в августе 1956 г. Миссия Мензиса, доставившая …"; a verb of
	// its own after the noun was told above). "К выводу пришёл в феврале 1920 г. Президиум Рады":
	// a verb without a subject has it after the date. Without a verb the date opened the sentence
	// and the noun is its subject: "4 октября 1965 г. Совет министров СССР утвердил Положение".
	return said && before.slice(0, verb).some((x) => subjectWord(morph, x));
}

function titles(article: string): DeckTitles {
	return {
		dates: {
			title: `Даты: ${article}`,
			description: 'События статьи и их даты: когда это произошло и что произошло в этот день.'
		},
		actors: {
			title: `Деятели: ${article}`,
			description: 'Кто что сделал: решения, договоры, действия деятелей статьи.'
		},
		positions: {
			title: `Должности и позиции: ${article}`,
			description:
				'Кто какую должность занимал, какую позицию занимали деятели и государства и что предусматривали договоры.'
		}
	};
}

export function createRussian(morph: Morphology): Language {
	const words = new WeakMap<Doc, Words>();
	const wordsOf = (doc: Doc) => {
		let w = words.get(doc);
		if (!w) words.set(doc, (w = new Words(doc, morph)));
		return w;
	};
	return {
		code: 'ru',
		recase: (text: string) => recaseHeadwords(morph, text),
		sentences: (text: string) =>
			splitSentences(text, (word, following, preceding) =>
				commonWord(morph, word, following, preceding)
			),
		mentions(doc: Doc): Mentions {
			return { dates: findDates(doc), persons: findPersons(doc, morph) };
		},
		facts(doc: Doc, m: Mentions, progress = () => {}): FactDraft[] {
			const w = wordsOf(doc);
			const ctx = { w, persons: m.persons, people: personIndex(m.persons) };
			const steps = [
				() => dateFacts(ctx, m.dates),
				// The dates told as events so far date the actors' undated deeds (story-date.ts).
				() => actorFacts(ctx, m.dates, toldDates(out, m.dates)),
				() => officeFacts(ctx, m.dates),
				() => stanceFacts(ctx),
				() => termsFacts(ctx, m.dates),
				() => thesisFacts(ctx, doc.raw)
			];
			const out: FactDraft[] = [];
			steps.forEach((step, k) => {
				progress(k, steps.length);
				out.push(...step());
			});
			progress(steps.length, steps.length);
			return out;
		},
		titles
	};
}
