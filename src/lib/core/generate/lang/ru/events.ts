// Dated events: for each date of the article, the clause that the date times, turned into a
// question and its reverse. "16 апреля 1922 г. в Рапалло был подписан договор" gives "Когда в
// Рапалло был подписан договор?" → "16 апреля 1922 г." and "Что произошло 16 апреля 1922 г.?" →
// "В Рапалло был подписан договор". A date standing by an event noun without a verb of its own
// ("Генуэзская конференция (10 апреля – 19 мая 1922 г.)") is asked through the noun put in the
// nominative: "Когда проходила Генуэзская конференция?".

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { Analysis, Case, Gender } from '../morphology';
import type { Person } from '../person';
import { clauseOf, groups, isPredicate, render } from './clauses';
import { secondOfTwo } from './coordinated';
import { cityNamed, objectThingNamed, thingNamed } from './event-referents';
import {
	hedged,
	nominalization,
	nounKind,
	stripConnectives,
	verbKind,
	type EventKind
} from './lexicon';
import { inflectPhrase, lowerFirst, properAt, range, tokenRange, upperFirst } from './phrases';
import { declineSurname } from './surnames';
import { isPostLemma, type Words } from './words';
import { partitionPoint } from '../../../util/search';

/** The longest front a student takes in at a glance, and the longest answer phrase. */
export const MAX_QUESTION = 170;
export const MAX_ANSWER = 150;

export { ANAPHORA };

export interface EventContext {
	w: Words;
	persons: Person[];
	people: Map<number, Person>;
}

function titledSpeech(w: Words, from: number, to: number): boolean {
	for (let i = from; i < to - 1; i++)
		if (
			w.doc.tokens[i + 1].text === '«' &&
			w
				.info(i)
				.analyses.some((a) => a.known && /^(?:доклад|речь|послание|обращение)$/u.test(a.lemma))
		)
			return true;
	return false;
}

/** The strongest event kind among the clause's words (nouns and verbs by their lemma). */
export function kindOf(w: Words, from: number, to: number): EventKind {
	const doc = w.doc;
	const { quotes } = groups(doc, from, to);
	const quoted = (i: number) => quotes.some(([a, b]) => i >= a && i < b);
	const kindAt = (i: number): EventKind | undefined => {
		let best: EventKind | undefined;
		for (const a of w.info(i).analyses) {
			if (!a.known) continue;
			const k =
				a.pos === 'NOUN' ? nounKind(a.lemma) : VERBAL.has(a.pos) ? verbKind(a.lemma) : undefined;
			if (k && (!best || k.weight > best.weight)) best = k;
		}
		return best;
	};
	// The predicate decides first: "Сект писал министру: «… войск Антанты …»" is a letter, however
	// weighty the words it quotes; a light verb ("состоялась", "произошло") leaves it to the nouns.
	let cap = 3;
	for (let i = from; i < to; i++) {
		if (quoted(i) || !isPredicate(w, i)) continue;
		const k = kindAt(i);
		const light = LIGHT.test(w.info(i).analyses.find((a) => a.known)?.lemma ?? '');
		// "выступил с докладом «О культе личности …»": a speech with a title of its own is a
		// document that history names, not a remark.
		if (k?.kind === 'speech' && titledSpeech(w, from, to)) return { kind: 'document', weight: 2 };
		if (k && !light) return k;
		// "состоялась беседа" is a conversation, whatever the embassy it took place in.
		if (light) {
			const subject = subjectKind(w, from, to, quoted, kindAt);
			if (subject) return subject;
		}
		// A verb of its own but no kind ("осуждал сражение"): the nouns may raise it, not to the top.
		if (!light) cap = 2;
		break;
	}
	let best: EventKind = { kind: 'other', weight: 1 };
	let privateLife: EventKind | undefined;
	for (let i = from; i < to; i++) {
		if (doc.tokens[i].kind !== 'word' || quoted(i)) continue;
		// "в Киеве проходили торжества": "проходить", "состояться" name no kind of their own here
		// either ("стать" does: "стал канцлером" is an appointment).
		const lemma = w.info(i).analyses.find((a) => a.known)?.lemma ?? '';
		if (LIGHT.test(lemma) && !/^(?:стать|быть)$/u.test(lemma)) continue;
		const k = kindAt(i);
		if (k?.kind === 'private') privateLife = k;
		if (k && (best.kind === 'other' || k.weight > best.weight)) best = k;
	}
	// A monument, a wedding, a funeral: the clause is about that, whatever else it names ("у Дома
	// правительства ему был открыт памятник"), unless it names a war, a treaty, a conference or a
	// decision ("поводом к войне стал случай на свадьбе").
	if (privateLife && !/^(?:war|treaty|conference|decision)$/u.test(best.kind)) return privateLife;
	return best.weight > cap ? { kind: best.kind, weight: cap } : best;
}

/** The kind of the clause's first nominative noun (the subject of a light verb). */
function subjectKind(
	w: Words,
	from: number,
	to: number,
	quoted: (i: number) => boolean,
	kindAt: (i: number) => EventKind | undefined
): EventKind | undefined {
	for (let i = from; i < to; i++) {
		if (quoted(i)) continue;
		const a = w.info(i).analyses.find((x) => x.known);
		if (a?.pos === 'NOUN' && a.case === 'nomn' && !w.doc.tokens[i].cap) return kindAt(i);
	}
	return undefined;
}

const VERBAL = new Set(['VERB', 'INFN', 'PRTS', 'PRTF']);
/** Verbs that say only that something happened; the nouns tell what. */
const LIGHT =
	/^(?:быть|стать|состояться|произойти|пройти|проходить|начаться|завершиться|закончиться|продолжаться|открыться|последовать)$/u;

const PRONOUNS: Record<string, Gender | 'plur'> = { он: 'masc', она: 'femn', они: 'plur' };
const ALL_PRONOUNS: Record<string, Gender> = {
	он: 'masc',
	его: 'masc',
	него: 'masc',
	ему: 'masc',
	нему: 'masc',
	им: 'masc',
	ним: 'masc',
	нём: 'masc',
	нем: 'masc',
	она: 'femn',
	её: 'femn',
	ее: 'femn',
	неё: 'femn',
	нее: 'femn',
	ей: 'femn',
	ней: 'femn',
	ею: 'femn',
	нею: 'femn'
};

const MENTIONS = new WeakMap<Person[], { p: Person; start: number; from: number; to: number }[]>();

/** Every mention of every person, in text order (built once per article). */
/**
 * "22 октября президент выступил по телевидению": a bare title as the subject stands for the
 * person last named with it ("президента Джона Фицджеральда Кеннеди"), within thirty sentences.
 */
function titleReferent(ctx: EventContext, i: number): Person | null {
	const { w } = ctx;
	const doc = w.doc;
	const t = doc.tokens[i];
	const title = w
		.info(i)
		.analyses.find((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn' && isPostLemma(a.lemma));
	// ("королева Анна направила": a capitalised word right after the title is its name.)
	if (!title || t.cap || doc.tokens[i + 1]?.cap) return null;
	// "канцлер Германской империи О. фон Бисмарк": the title has its name.
	for (let j = i + 1; j < Math.min(doc.tokens.length, i + 7); j++) {
		if (ctx.people.has(j)) return null;
		if (doc.tokens[j].kind === 'punct' || isPredicate(w, j)) break;
	}
	const all = mentionIndex(ctx);
	const lo = partitionPoint(all.length, (k) => all[k].start < t.start);
	for (let k = lo - 1; k >= 0; k--) {
		const { p, from } = all[k];
		if (doc.tokens[from].sentence < t.sentence - 30) break;
		// The title right before the name, or before its adjectives or country ("президента США");
		// a mention may begin with its title ("президента Кеннеди").
		for (let j = from; j >= Math.max(0, from - 3); j--) {
			const lemma = w.info(j).analyses.find((a) => a.known && a.pos === 'NOUN')?.lemma;
			if (lemma === title.lemma && !kinApposition(w, j)) return p;
			if (doc.tokens[j].kind !== 'word') break;
		}
	}
	return soleMonarch(ctx, title.lemma, lo);
}

const KIN =
	/^(?:отец|мать|сын|дочь|брат|сестра|дед|бабка|бабушка|внук|внучка|дядя|тётя|тетя|жена|муж|вдова|племянник)$/u;

/**
 * "доставшаяся Петру I от отца, царя Алексея Михайловича": a title set off after a kin word
 * describes someone's relative in passing; a later bare "царь" is not him.
 */
function kinApposition(w: Words, j: number): boolean {
	if (w.doc.tokens[j - 1]?.text !== ',') return false;
	return w.info(j - 2).analyses.some((a) => a.known && a.pos === 'NOUN' && KIN.test(a.lemma));
}

const MONARCH_TITLE = /^(?:император|императрица|царь|царица|король|королева|султан|кайзер|шах)$/u;

/**
 * "Утром 1 марта 1881 г. император одобрил проект" in a chapter whose only monarch so far is
 * "Александр II": a monarch's title with no name stands for the one ruler (a regnal number) the
 * article has named before it; with two or none, for nobody.
 */
function soleMonarch(ctx: EventContext, lemma: string, lo: number): Person | null {
	if (!MONARCH_TITLE.test(lemma)) return null;
	const all = mentionIndex(ctx);
	const rulers = new Set<Person>();
	for (let k = lo - 1; k >= 0; k--) {
		const { p } = all[k];
		if (/ [IVXLC]+$/u.test(p.surname) && p.gender === (/ица$|ева$/u.test(lemma) ? 'femn' : 'masc'))
			rulers.add(p);
	}
	return rulers.size === 1 ? [...rulers][0] : null;
}

function mentionIndex(ctx: EventContext) {
	let all = MENTIONS.get(ctx.persons);
	if (!all) {
		all = ctx.persons.flatMap((p) =>
			p.mentions.map((m) => ({ p, start: m.start, from: m.tokens[0], to: m.tokens[1] }))
		);
		all.sort((a, b) => a.start - b.start);
		MENTIONS.set(ctx.persons, all);
	}
	return all;
}

const DEATH_OF = /^(?:смерти|смертью|кончины|кончиной|гибели|гибелью|убийства|казни|похорон)$/iu;

/** The person a personal pronoun ("он", "его", "ей") stands for: the latest mention of that gender before it. */
export function antecedent(ctx: EventContext, i: number): Person | null {
	const g = ALL_PRONOUNS[ctx.w.doc.tokens[i].text.toLowerCase()];
	return g ? latestOfGender(ctx, i, g, false) : null;
}

/**
 * The person of gender `g` a word at `i` refers back to: of the mentions before its clause, back to
 * two sentences before it, a subject first, then the article's main person, then the latest.
 * `subjectOnly`: only a mention that was a subject counts.
 */
function latestOfGender(
	ctx: EventContext,
	i: number,
	g: Gender,
	subjectOnly: boolean
): Person | null {
	const doc = ctx.w.doc;
	// A pronoun never stands for a name of its own clause ("вместе с Косыгиным он подписал": он is
	// not Косыгин); of the names before the clause, a subject (a nominative) is the likelier topic.
	const clauseStart = doc.tokens[clauseOf(ctx.w, i, i + 1).from].start;
	const sentence = doc.tokens[i].sentence;
	const all = mentionIndex(ctx);
	// The mentions before the clause, back to two sentences before it (a binary search, then a walk).
	const lo = partitionPoint(all.length, (i) => all[i].start < clauseStart);
	let best: { p: Person; score: number } | null = null;
	const dead = new Set<Person>();
	for (let k = lo - 1; k >= 0; k--) {
		const { p, start, from, to } = all[k];
		if (doc.tokens[from].sentence < sentence - 2) break;
		if (p.gender !== g || dead.has(p)) continue;
		// "После смерти Петра I его карьера замедлилась. В 1731 г. он был переведён …": the dead
		// man (in this and his earlier mentions) is not the one the pronoun goes on about.
		if (DEATH_OF.test(doc.tokens[from - 1]?.text ?? '')) {
			dead.add(p);
			continue;
		}
		const last = doc.tokens[to - 1].text.toLowerCase();
		// The subject of the pronoun's own sentence ("Шеварднадзе … оказался под огнём критики …; в
		// декабре 1990-го он ушёл в отставку"), then a subject, then the article's main person (a
		// biography's "он" is its hero), then the latest.
		// (An indeclinable name is nominative only where a subject stands: "победил претендента
		// на наследие Нобунага" is no subject.)
		// In the pronoun's own sentence any mention counts ("Для Галтьери поражение стало концом
		// карьеры: уже 17 июня он был смещён").
		const near = doc.tokens[from].sentence === sentence && !subjectOnly;
		const subject =
			last === (p.surname.split(' ').pop() ?? '').toLowerCase() &&
			(near || inSubjectPlace(ctx.w, from, to))
				? 1e9
				: 0;
		if (subjectOnly && !subject) continue;
		// "Екатерина II поручила мир Потёмкину, но … он умер": a name of the pronoun's own sentence,
		// in any case, comes before the subject of the sentence before; its subject before it.
		const here = near ? 2e9 : 0;
		// Of two subjects, the one of the sentence just before wins over the more often named
		// ("… Фридрих II не смог помешать … . Летом 1759 был назначен П. С. Салтыков. 12(23).7.1759
		// он разбил …").
		const last2 = subject && doc.tokens[from].sentence === sentence - 1 ? 5e8 : 0;
		const score = here + subject + last2 + p.mentions.length * 1e6 + start;
		if (!best || score > best.score) best = { p, score };
	}
	return best?.p ?? null;
}

/**
 * "…начались переговоры о перемирии; оно было подписано 2 (15) декабря": "оно", "она" opening a
 * clause whose verb is done to it stands for the last event noun of its gender before it in the
 * sentence (a treaty, an armistice, a conference), written in the nominative; null when there is
 * none, or when a person of that gender could be meant.
 */
/** What is done to a document, never to a person: "он был аннулирован" is a treaty. */
const DONE_TO_THINGS =
	/^(?:аннулировать|подписать|ратифицировать|денонсировать|расторгнуть|отменить|опубликовать|нарушить|заключить|продлить|парафировать)$/u;

function eventAntecedent(ctx: EventContext, i: number, from: number): string | null {
	const { w } = ctx;
	const doc = w.doc;
	const word = doc.tokens[i].text.toLowerCase();
	const gender = word === 'оно' ? 'neut' : word === 'он' ? 'masc' : 'femn';
	// Done to it: a short passive participle or a reflexive verb follows ("было подписано").
	const passive = range(i + 1, Math.min(i + 4, doc.tokens.length)).some((k) =>
		w
			.info(k)
			.analyses.some(
				(a) => a.known && a.pos === 'PRTS' && (gender !== 'masc' || DONE_TO_THINGS.test(a.lemma))
			)
	);
	if (!passive || (gender === 'femn' && antecedent(ctx, i))) return null;
	const [sFrom] = doc.sentenceTokens[doc.tokens[i].sentence];
	for (let k = from - 1; k >= sFrom; k--) {
		const a = w.info(k).analyses.find(
			(x) =>
				x.known &&
				x.pos === 'NOUN' &&
				x.gender === gender &&
				x.number !== 'plur' &&
				// "договор несовместим с союзом 1893 г., и … он был аннулирован": the subject
				// before, not the noun in another case.
				(gender !== 'masc' || x.case === 'nomn') &&
				nounKind(x.lemma)
		);
		if (!a) continue;
		let start = k;
		while (start > sFrom && agreesWith(w, start - 1, a)) start--;
		return inflectPhrase(w, start, k, k + 1, 'nomn');
	}
	return null;
}

interface Statement {
	/** The clause without its date, as a phrase (no final stop), first letter as in a question. */
	text: string;
	/** Tokens the clause covers. */
	from: number;
	to: number;
}

/**
 * The clause a date times, without the date, its brackets and opening connectives; null when the
 * clause has no predicate of its own, opens on a subordinating word, or names its subject only by
 * a pronoun that cannot be resolved.
 */
// Development aid (scripts/diagnose-dates.ts): why a date got no statement. The core stays pure:
// the hook is set by the caller, never read from the environment.
// The hook is told the offset of the date being read, so a tool can say why each date failed.
let whyHook: ((reason: string, at: number) => void) | null = null;
let whyAt = -1;
export function onStatementRejected(hook: ((reason: string, at: number) => void) | null): void {
	whyHook = hook;
}
function why(reason: string): null {
	whyHook?.(reason, whyAt);
	return null;
}

/** Whether `text` opens with the word `w` whole ("А" does not open "Александр разбил …"). */
const startsWithWord = (text: string, w: string) =>
	text.startsWith(w) && !/[\p{L}\d]/u.test(text.charAt(w.length));

/** A clause's text as a card says it: no closing punctuation, no words that lost their partner. */
function tidyClause(text: string): string {
	return (
		text
			.replace(/[.,;:!?…–—\s]+$/u, '')
			// "…договором 1781 г.": the abbreviation keeps its full stop.
			.replace(/(\d\s+гг?)$/u, '$1.')
			// "Дубинин подал в отставку ещё 7 сентября": the particle went with the date.
			.replace(/\s+(?:ещё|еще|уже|лишь|только|именно)$/u, '')
			// "был арестован и сам Бестужев-Рюмин": "и сам" looks back at another clause's person.
			.replace(/\s+и\s+(?:сам|сама|сами)\s+(?=\p{Lu})/u, ' ')
			// "В 22:55 радиостанция поставила …": the clock time is no part of the event.
			.replace(/^(?:(?:в|около)\s+)?\d{1,2}:\d{2}\s+/iu, '')
			// "Собеский всё же присягнул": the concession answers a clause the card lacks.
			.replace(/(^|\s)(?:всё|все)\s+же(?=\s)/u, '')
			// "Россию же охватила революция": the contrast "же" points at a clause the card lacks.
			.replace(/^([^\s,]+)\s+же\s/u, '$1 ')
			// "Ровно 50 лет назад, в ночь на 25 апреля 1974 года, офицеры …": the writer's distance
			// from the date is no part of the event.
			.replace(
				/^(?:ровно\s+|почти\s+)?(?:\d+|полвека|четверть\s+века|век)\s*(?:лет|года?)?\s+(?:тому\s+)?назад,?\s+/iu,
				''
			)
	);
}

export function statement(ctx: EventContext, df: number, dt: number, iso = ''): Statement | null {
	const { w } = ctx;
	const doc = w.doc;
	let c = clauseOf(w, df, dt);
	// "20 ноября 1917 года в Брест-Литовске, где находилась ставка …, начались переговоры": a
	// relative clause between the date and its verb is an aside; the clause goes on after it.
	const rel = relativeGap(w, c.from, c.to);
	if (rel) c = { from: c.from, to: clauseOf(w, rel[1], rel[1] + 1).to };
	const { brackets, quotes } = groups(doc, c.from, c.to);
	if (quotes.some(([a, b]) => df > a && dt < b)) return why('quote'); // a date inside a quotation
	const aside = (i: number) =>
		brackets.some(([a, b]) => i >= a && i < b) || (!!rel && i >= rel[0] && i < rel[1]);
	if (aside(df)) return why('aside'); // "(с 1876 г. – лорда Биконсфилда)": an aside, no event
	// (Nor a date a verb takes as its object: "помнил 14 декабря".)
	if (!timesPredicate(w, c.from, c.to, df, dt, quotes) || dateAsObject(w, df)) return why('times');
	// "после неудачной высадки в заливе Свиней в апреле 1961 года в Москве не сомневались": the
	// date times what "после" names, not the clause's verb.
	if (afterPhrase(w, c.from, df)) return why('after');
	const not = notHistory(w, c.from, c.to, quotes);
	if (not) return why(not);
	const [from, to, subject] = predicatePart(w, c.from, c.to, df);
	const coarser = coarserDate(doc, c.from, c.to, df, dt, iso);
	// "уже в январе 1906 г. разрешил": the word that weighs the date goes with it.
	const weighs = (i: number) =>
		i === df - 1 && /^(?:уже|ещё|лишь|только)$/iu.test(doc.tokens[i].text);
	const appos = datedApposition(w, c.from, c.to, df, dt);
	const base = (i: number) =>
		(i >= df && i < dt) ||
		weighs(i) ||
		aside(i) ||
		(appos !== null && i >= appos[0] && i < appos[1]) ||
		coarser.some(([a, b]) => i >= a && i < b) ||
		(subject !== null && i >= subject[1] && i < from);
	const cut = cutParts(ctx, from, to, df, dt, quotes, base);
	// "…предъявил карту новой границы, по которой под контроль Германии —": a relative clause that
	// lost its verb to a dash goes whole.
	const dangling = relativeWithoutVerb(w, from, to, df);
	// (In the subject's part when the predicate was cut: "Не принадлежа …, Хидэёси не мог … и получил".)
	const leadFrom = subject ? subject[0] : from;
	const lead = gerundLead(w, leadFrom, subject ? subject[1] : to, df, dt);
	const tail = anaphoricGerundTail(w, from, to, df, dt);
	const skip = (i: number) =>
		base(i) ||
		cut(i) ||
		(dangling >= 0 && i >= dangling) ||
		(i >= leadFrom && i <= lead) ||
		(tail !== null && i >= tail[0] && i < tail[1]);
	let text = tidyClause(stripConnectives(render(doc, subject ? subject[0] : from, to, skip)));
	let first = subject ? subject[0] : from;
	while (
		first < to &&
		(skip(first) ||
			doc.tokens[first].kind === 'punct' ||
			!startsWithWord(text, doc.tokens[first].text))
	)
		first++;
	if (first >= to) return why('first');
	const word = doc.tokens[first].text.toLowerCase();
	const who = relativePerson(ctx, first);
	if (!who && SUBORDINATE_START.test(word)) return why('subord');
	const named = pronounsNamed(ctx, first, to, skip, quotes, text);
	if (named === null) return null;
	const opened = who
		? who.name + named.slice(doc.tokens[first].text.length)
		: openingNamed(ctx, first, from, named);
	if (opened === null) return null;
	text = opened;
	text = thingNamed(ctx, first, to, skip, heroNamed(ctx, first, to, skip, text));
	text = objectThingNamed(ctx, first, to, skip, cityNamed(ctx, first, to, skip, text));
	if (text.split(' ').length < 3) return why('short');
	// "объявил об этом", "в это время", "эту политику": a reference the card cannot resolve; "акт
	// о нём" (a treaty, a union) too.
	if (ANAPHORA.test(` ${text} `) || /(?<![а-яё])(?:нём|нем)(?![а-яё])/iu.test(text))
		return why('anaphora');
	// "мы", "нас": someone's words, not the article's statement.
	if (/(?:^|\s)(?:мы|нас|нам|нами|наш\S*|я|меня|мне)(?:\s|$)/u.test(text))
		return why('first-person');
	if (
		!who &&
		!hasSubject(ctx, subject ? subject[0] : from, to, skip) &&
		!impersonal(ctx, from, to, skip)
	) {
		// "Англия торговала с Россией, а в 1810 г. ввела таможенный тариф": the clause shares the
		// sentence's subject, written in front.
		// (Not after a next clause was cut off: its subject was the one this clause needed.)
		const shared = sharedSubject(ctx, from) ?? elidedSubject(ctx, from, to, skip)?.name;
		if (!shared || nextClauseAt(ctx, from, to, dt, quotes) >= 0) return why('no-subject');
		text = `${shared} ${text}`;
	}
	const inner = innerPronouns(ctx, first, to, skip, text);
	if (inner === null) return null;
	text = frontedAfterVerb(ctx, first, to, inner);
	for (const span of coarser) text = asideComma(w, span, text);
	return { text: commaBefore(w, df, dt, text), from: subject ? subject[0] : from, to };
}

/**
 * "Выступить общества договорились летом 1826 г.", "Ответный удар он нанёс через год": an
 * infinitive or an object put first for weight goes back after the verb in a question ("Когда
 * общества договорились выступить?", "Когда Алексей Петрович нанёс ответный удар?").
 */
function frontedAfterVerb(ctx: EventContext, first: number, to: number, text: string): string {
	const { w } = ctx;
	const doc = w.doc;
	const u = frontedEnd(ctx, first);
	if (u < 0) return text;
	const unit = range(first, u)
		.map((i) => doc.tokens[i].text)
		.join(' ');
	if (!text.toLowerCase().startsWith(`${unit.toLowerCase()} `)) return text;
	for (let p = u; p < Math.min(to, u + 6); p++) {
		if (doc.tokens[p].kind !== 'word') return text;
		if (!isPredicate(w, p)) continue;
		if (p === u) return text;
		const verb = doc.tokens[p].text;
		const rest = text.slice(unit.length + 1);
		const at = rest.indexOf(` ${verb}`);
		if (at < 0) return text;
		const end = at + verb.length + 1;
		const moved = properAt(w, first, ctx.people) ? unit : unit.toLowerCase();
		return `${rest.slice(0, end)} ${moved}${rest.slice(end)}`;
	}
	return text;
}

/** Where an infinitive, or an accusative noun phrase before a named subject, put first ends; or -1. */
function frontedEnd(ctx: EventContext, first: number): number {
	const { w } = ctx;
	const known = (i: number) => w.info(i).analyses.filter((a) => a.known);
	const k0 = known(first);
	if (k0.length && k0.every((a) => a.pos === 'INFN')) return first + 1;
	let j = first;
	let noun = false;
	while (j < first + 4 && w.doc.tokens[j]?.kind === 'word' && !ctx.people.has(j)) {
		const ks = known(j);
		// (A thing: "граф Муравьёв" is a title with its name.)
		const accs = ks.filter(
			(a) => a.case === 'accs' && (a.pos === 'ADJF' || (a.pos === 'NOUN' && a.tags.has('inan')))
		);
		if (
			!accs.length ||
			ks.some(
				(a) => a.tags.has('Geox') || a.tags.has('Name') || (a.pos === 'NOUN' && a.tags.has('anim'))
			)
		)
			break;
		noun = accs.some((a) => a.pos === 'NOUN');
		j++;
		if (noun) break;
	}
	if (!noun || j === first) return -1;
	if (known(j - 1).some((a) => a.pos === 'NOUN' && isPostLemma(a.lemma))) return -1;
	// (Only before a subject that cannot be the noun's genitive: "он", or a name in the nominative
	// that the verb agrees with — not "правительство Баттяни ушло", "войска Наполеона начали".)
	if (/^(?:он|она|они)$/iu.test(w.doc.tokens[j]?.text ?? '')) return j;
	const p = ctx.people.get(j);
	const surface = w.doc.tokens[j]?.text ?? '';
	if (!p || ![...p.name.split(' '), ...p.surname.split(' ')].includes(surface)) return -1;
	let v = j;
	while (v < j + 5 && (ctx.people.get(v) === p || !isPredicate(w, v))) v++;
	const agrees = known(v).some(
		(a) => a.pos === 'VERB' && (!a.gender || a.gender === p.gender) && a.number !== 'plur'
	);
	return agrees ? j : -1;
}

/** "С одними полками он двинулся …": a subject pronoun inside the clause as its person; or null. */
function innerPronouns(
	ctx: EventContext,
	first: number,
	to: number,
	skip: (i: number) => boolean,
	text: string
): string | null {
	const doc = ctx.w.doc;
	let out = text;
	for (let i = first + 1; i < to; i++) {
		if (skip(i) || !/^(?:он|она)$/u.test(doc.tokens[i].text)) continue;
		const p = antecedent(ctx, i);
		if (!p) return why('antecedent');
		out = out.replace(new RegExp(`(^|\\s)${doc.tokens[i].text}(?=\\s)`, 'u'), `$1${p.name}`);
	}
	return out;
}

/**
 * The clause's first word written out: "он" as the event or person it stands for, a title as its
 * holder, a common word in lower case; null (with the reason) for a pronoun with no referent.
 */
function openingNamed(ctx: EventContext, first: number, from: number, text: string): string | null {
	const { w } = ctx;
	const doc = w.doc;
	const word = doc.tokens[first].text.toLowerCase();
	const thing = /^(?:оно|она|он)$/u.test(word) ? eventAntecedent(ctx, first, from) : null;
	const titled = thing ? null : titleReferent(ctx, first);
	if (thing) return thing + text.slice(doc.tokens[first].text.length);
	if (titled) return `${word} ${titled.surname}${text.slice(doc.tokens[first].text.length)}`;
	if (OBLIQUE_PRONOUN.test(word) || /^(?:оно|это)$/u.test(word)) return why('pronoun-first');
	if (word in PRONOUNS) {
		const p = antecedent(ctx, first);
		if (!p) return why('antecedent');
		return withQuotedName(w, first, p.name + text.slice(doc.tokens[first].text.length));
	}
	return withQuotedName(w, first, lowerFirst(text, properAt(w, first, ctx.people)));
}

/**
 * "…во главе со Спинолой, который 15 мая 1974 года стал президентом": a relative "который" right
 * after a person's name stands for that person (its gender agreeing), the clause's subject.
 */
function relativePerson(ctx: EventContext, first: number): Person | null {
	const doc = ctx.w.doc;
	const g = { который: 'masc', которая: 'femn' }[doc.tokens[first].text.toLowerCase()];
	if (!g || doc.tokens[first - 1]?.text !== ',') return null;
	const p = ctx.people.get(first - 2);
	return p && p.gender === g ? p : null;
}

const MONTH_WORD =
	/^(?:январ|феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*$/iu;
const COARSE_LEAD =
	/^(?:в|во|осенью|летом|весной|зимой|начале|конце|середине|половине|первой|второй)$/iu;

/**
 * "Осенью 1962 года, в разгар Карибского кризиса, Громыко 18 октября встретился …", "В 1771 году
 * армия 14 (25) июня взяла Перекоп": the year of the asked date told again, coarser, in its clause.
 * Left in, "Когда осенью 1962 года … встретился?" tells half the answer; its tokens ("осенью 1962
 * года", "в 1771 году") are cut with the date.
 */
function coarserDate(
	doc: Doc,
	from: number,
	to: number,
	df: number,
	dt: number,
	iso: string
): [number, number][] {
	const year = /^\d{4}/u.exec(iso)?.[0];
	if (!year || iso.includes('/')) return [];
	const spans: [number, number][] = [];
	for (let i = from; i < to; i++) {
		if ((i >= df && i < dt) || doc.tokens[i].text !== year) continue;
		// "в ноябре 1922 г." beside "в декабре" is another month of that year, not the asked one's
		// coarser form; only the year alone or a season of it is.
		if (MONTH_WORD.test(doc.tokens[i - 1]?.text ?? '')) continue;
		// "войны 1877–1878 гг.": the end of a range names a span, not the asked year.
		if (
			/^[–—-]$/u.test(doc.tokens[i - 1]?.text ?? '') ||
			/^[–—-]$/u.test(doc.tokens[i + 1]?.text ?? '')
		)
			continue;
		let a = i;
		while (a - 1 >= from && a - 1 !== dt - 1 && COARSE_LEAD.test(doc.tokens[a - 1].text)) a--;
		let b = i + 1;
		while (b < to && /^(?:году|года|г|гг|\.)$/iu.test(doc.tokens[b].text)) b++;
		// A bare year with no word of time around it is a noun's ("договор 1962 года" keeps "года"
		// and is caught above; "1962" alone could be a count).
		if (a === i && b === i + 1) continue;
		spans.push([a, b]);
	}
	return spans;
}

/**
 * "Осенью 1962 года, в разгар кризиса, Громыко …" without its first words: the phrase after them
 * gives back its closing comma ("в разгар кризиса Громыко …").
 */
function asideComma(w: Words, [a, b]: [number, number], text: string): string {
	const doc = w.doc;
	const prev = doc.tokens[a - 1];
	const opens = !prev || prev.sentence !== doc.tokens[a].sentence || prev.kind === 'punct';
	if (doc.tokens[b]?.text !== ',' || !opens) return text;
	for (let i = b + 1; i < Math.min(doc.tokens.length, b + 9); i++) {
		if (isPredicate(w, i)) return text;
		if (doc.tokens[i].text !== ',') continue;
		const word = doc.tokens[i - 1].text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
		return text.replace(new RegExp(`(^|\\s)(${word}),(?=\\s)`, 'u'), '$1$2');
	}
	return text;
}

/**
 * The clause's pronouns written out, or null (with the reason) when one points outside the card.
 * A possessive ("внёс его кандидатуру") points outside the card: no question (inside a quoted title
 * it is the title's: «О культе личности и его последствиях»). An object pronoun stands for the
 * person named before its clause: "его вернули в Москву" → "Громыко вернули в Москву". One whose
 * person is unknown must find its referent in the card itself ("Громыко встретился с Кеннеди и
 * заверил его"); "подписали с ней" does not.
 */
function pronounsNamed(
	ctx: EventContext,
	first: number,
	to: number,
	skip: (i: number) => boolean,
	quotes: [number, number][],
	text: string
): string | null {
	const { w } = ctx;
	const doc = w.doc;
	for (let i = first + 1; i < to; i++)
		if (
			!skip(i) &&
			!quotes.some(([a, b]) => i > a && i < b) &&
			/^(?:его|её|ее|их)$/iu.test(doc.tokens[i].text) &&
			possessive(w, i)
		)
			return why('possessive');
	for (let i = first; i < to; i++) {
		if (skip(i) || !OBLIQUE_PRONOUN.test(doc.tokens[i].text)) continue;
		// "… с Кеннеди и заверил его": the name before it in the clause; otherwise the person before
		// the clause, written in.
		if (i > first && referentBefore(ctx, first, i)) continue;
		const named = objectName(ctx, i);
		if (!named) return why('pronoun-in');
		text = text.replace(new RegExp(`(^|\\s)${doc.tokens[i].text}(?=\\s|$)`, 'iu'), `$1${named}`);
	}
	return text;
}

/** Words a biography uses for its hero instead of his name ("мальчика определили в лицей"). */
const RANK_NOUN =
	/^(?:генерал|генерал-лейтенант|генерал-майор|генерал-полковник|генерал-фельдмаршал|фельдмаршал|маршал|адмирал|вице-адмирал|полковник)$/u;

/**
 * "Разбираться с Чечнёй поручили Александру Лебедю. Генерал-лейтенант, занявший третье место …,
 * был назначен …": a bare rank opening the sentence after one that names one man is that man.
 */
function rankNamed(ctx: EventContext, first: number, text: string): string {
	const { w } = ctx;
	const doc = w.doc;
	const s = doc.tokens[first].sentence;
	if (doc.firstWord[s] !== first || s === 0 || doc.tokens[first + 1]?.cap) return text;
	const a = w
		.info(first)
		.analyses.find(
			(x) => x.known && x.pos === 'NOUN' && x.case === 'nomn' && RANK_NOUN.test(x.lemma)
		);
	if (!a || a.number === 'plur') return text;
	const [from, to] = doc.sentenceTokens[s - 1];
	const named = new Set(
		range(from, to)
			.map((k) => ctx.people.get(k))
			.filter((p) => !!p)
	);
	const [p] = [...named];
	if (named.size !== 1 || !p || p.gender !== 'masc') return text;
	const word = doc.tokens[first].text;
	return text.toLowerCase().startsWith(word.toLowerCase())
		? p.name + text.slice(word.length)
		: text;
}

const HERO_NOUN = /^(?:мальчик|юноша|подросток|чиновник|дипломат|офицер|выпускник)$/u;

/**
 * "Мальчика определили в Царскосельский лицей", "молодого чиновника отправили в Яссы": in a
 * biography (one man named far more than anyone) a boy or a young official with no name of his
 * own in the clause is the hero; the card names him, in the case the text uses.
 */
function heroNamed(
	ctx: EventContext,
	first: number,
	to: number,
	skip: (i: number) => boolean,
	text: string
): string {
	const { w } = ctx;
	const doc = w.doc;
	const ranked = rankNamed(ctx, first, text);
	if (ranked !== text) return ranked;
	const hero = mainPerson(ctx, 'masc');
	if (!hero) return text;
	for (let i = first; i < to; i++) {
		if (skip(i) || ctx.people.has(i)) return text;
		const a = w
			.info(i)
			.analyses.find((x) => x.known && x.pos === 'NOUN' && HERO_NOUN.test(x.lemma));
		if (!a?.case || a.number === 'plur') continue;
		// "мальчик" alone, or "молодой чиновник": a bare official is someone else.
		const young = i > first && /^молод/iu.test(doc.tokens[i - 1].text);
		if (a.lemma !== 'мальчик' && a.lemma !== 'юноша' && a.lemma !== 'подросток' && !young) continue;
		if (range(i + 1, to).some((k) => ctx.people.has(k) && !skip(k))) return text;
		const c = a.case;
		const surname = hero.surname.split(' ');
		surname[surname.length - 1] = declineSurname(surname[surname.length - 1], hero.gender, c);
		const phrase = young ? `${doc.tokens[i - 1].text} ${doc.tokens[i].text}` : doc.tokens[i].text;
		return text.replace(new RegExp(`(^|\\s)${phrase}(?=\\s|$)`, 'iu'), `$1${surname.join(' ')}`);
	}
	return text;
}

/**
 * A phrase set off by commas with the date gives its comma back when the date goes: "Ещё при
 * Хрущёве, летом 1964 г., начался …" and "Летом 1964 г., ещё при Хрущёве, начался …" both ask
 * "Когда ещё при Хрущёве начался …?".
 */
/** A predicate within four words from i, with no comma before it. */
function verbSoon(w: Words, i: number): boolean {
	for (let j = i; j < Math.min(w.doc.tokens.length, i + 5); j++) {
		if (w.doc.tokens[j].kind === 'punct') return false;
		if (isPredicate(w, j)) return true;
	}
	return false;
}

function commaBefore(w: Words, df: number, dt: number, text: string): string {
	const doc = w.doc;
	if (doc.tokens[dt]?.text !== ',') return text;
	let k = -1;
	if (df >= 2 && doc.tokens[df - 1].text === ',') k = df - 1;
	else
		for (let i = dt + 1; i < Math.min(doc.tokens.length, dt + 12) && k < 0; i++) {
			if (isPredicate(w, i)) break;
			// "26 апреля 1906 г., накануне открытия Думы, Столыпин получил …": the subject may stand
			// between the phrase's comma and its verb.
			if (doc.tokens[i].text === ',' && verbSoon(w, i + 1)) k = i;
		}
	if (k < 1) return text;
	const word = doc.tokens[k - 1].text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	return text.replace(new RegExp(`(^|\\s)(${word}),(?=\\s)`, 'u'), '$1$2');
}

/**
 * "…был построен первый русский военный корабль «Орёл» … . В 1670 году корабль был сожжён": a bare
 * noun opening the clause is the thing the text named just before with a title in quotes; the card
 * names it ("корабль «Орёл»"). Null when the noun has its own title or none was given.
 */
function withQuotedName(w: Words, first: number, text: string): string {
	const title = quotedName(w, first);
	return title ? text.replace(/^(\S+)/u, `$1 ${title}`) : text;
}

function quotedName(w: Words, first: number): string | null {
	const doc = w.doc;
	const lemma = w
		.info(first)
		.analyses.find((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn')?.lemma;
	// A common noun (not "Австрия", not the letter "в") before no title of its own.
	const t = doc.tokens[first];
	if (!lemma || t.cap || PREPOSITION.test(t.text) || doc.tokens[first + 1]?.text === '«')
		return null;
	const sentence = doc.tokens[first].sentence;
	for (let i = first - 1; i > 0 && doc.tokens[i].sentence >= sentence - 2; i--) {
		// A title: a capital after the quote mark ("«Орёл»", not "«удивит мир …»").
		if (doc.tokens[i + 1]?.text !== '«' || !doc.tokens[i + 2]?.cap || doc.tokens[i].cap) continue;
		if (!w.info(i).analyses.some((a) => a.known && a.lemma === lemma)) continue;
		// A short title only, looked for within a few tokens (linear over the text).
		for (let k = i + 2; k < Math.min(doc.tokens.length, i + 9); k++)
			if (doc.tokens[k].text === '»')
				return doc.text.slice(doc.tokens[i + 1].start, doc.tokens[k].end);
		return null;
	}
	return null;
}

/** A question a student takes in at a glance is shorter than this; longer clauses are pruned. */
const PRUNE_ABOVE = 130;

/**
 * What a long clause can lose and still tell its fact: parts between commas that hold neither
 * the predicate nor the date, led by a participle, a gerund, an adjective or a relative word
 * ("…, подписанный в Хельсинки …", "…, рассчитывая спровоцировать …", "…, который …"), longest
 * first, until the clause is short enough.
 */
function optionalParts(
	w: Words,
	from: number,
	to: number,
	df: number,
	dt: number,
	quotes: [number, number][],
	skip: (i: number) => boolean
): (i: number) => boolean {
	const doc = w.doc;
	const length = (cut: Set<number>) => render(doc, from, to, (i) => skip(i) || cut.has(i)).length;
	const cut = new Set<number>();
	if (length(cut) <= PRUNE_ABOVE) return () => false;
	const inQuote = (i: number) => quotes.some(([a, b]) => i > a && i < b - 1);
	const parts: [number, number][] = [];
	let start = from;
	for (let i = from; i <= to; i++) {
		if (i === to || (doc.tokens[i].text === ',' && !inQuote(i))) {
			parts.push([start, i]);
			start = i + 1;
		}
	}
	const optional = parts.filter(([a, b]) => {
		if (a === from || (df < b && dt > a)) return false;
		// A relative clause can go; an object clause ("…, что …") carries the fact.
		for (let i = a; i < b; i++)
			if (isPredicate(w, i)) return /^котор|^где$/iu.test(doc.tokens[a].text);
		const top = w.info(a).analyses.find((x) => x.known);
		return !!top && ['PRTF', 'GRND', 'ADJF', 'PRTS'].includes(top.pos);
	});
	optional.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
	for (const [a, b] of optional) {
		for (let i = a - 1; i < b; i++) cut.add(i); // the comma before it too
		// "Пальмерстон, входивший в кабинет …, изложил": an inserted phrase takes both its commas.
		// (Also past the date and an adverb: "Грей, ставший …, уже в январе 1906 г. разрешил".)
		let next = b + 1;
		while (
			next < to &&
			(skip(next) ||
				(next >= df && next < dt) ||
				w.info(next).analyses.find((x) => x.known)?.pos === 'ADVB')
		)
			next++;
		if (b < to && doc.tokens[b].text === ',' && isPredicate(w, next)) cut.add(b);
		if (length(cut) <= PRUNE_ABOVE) break;
	}
	// "22 октября президент выступил по телевидению и объявил, что …": the date times the first of
	// two joined predicates; when the whole is too long, the card tells the first one.
	if (length(cut) > PRUNE_ABOVE) {
		const and = secondPredicate(w, from, to, dt);
		if (and >= 0) for (let i = and; i < to; i++) cut.add(i);
	}
	return (i) => cut.has(i);
}

/** Why a clause tells no history: an exercise for the reader, a historian's present view. */
function notHistory(w: Words, from: number, to: number, quotes: [number, number][]) {
	// "Назовите причины войны", "Запомните даты": exercises and headings addressed to the reader,
	// not events (a past form that is also an imperative, "перешли", is a past form).
	// (An order someone gives in a quotation is theirs: "«Просто радуйтесь!» — призвала Тэтчер".)
	for (let i = from; i < to; i++)
		if (!quotes.some(([a, b]) => i > a && i < b) && isPredicate(w, i) && addressesReader(w, i))
			return 'imperative';
	// "Важную роль сыграл визит короля в Париж в мае 1903 г.": the role is the author's weighing;
	// the event is the noun ("Когда произошёл визит …?"), asked by nounEvent.
	if (playsRole(w, from, to)) return 'role';
	return historiography(w, from, to) ? 'opinion' : null;
}

/** Verbs of a scholar's view: in the present tense they tell historiography, not history. */
const VIEW =
	/^(?:связывать|считать|полагать|оценивать|называть|относить|видеть|подчёркивать|подчеркивать|утверждать|объяснять|датировать|указывать|отмечать)$/u;

/**
 * "Значительная часть историков связывает перелом с событиями 1968 г.", "Г. И. Ханин полагает,
 * что …": a present-tense view of the past; its date is the past's, the view has none.
 */
function historiography(w: Words, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		if (!isPredicate(w, i)) continue;
		return w
			.info(i)
			.analyses.some(
				(a) => a.known && a.pos === 'VERB' && a.tags.has('pres') && VIEW.test(a.lemma)
			);
	}
	return false;
}

/**
 * "…был освобождён от должности и 18 декабря того же года скончался": a second predicate with a
 * date of its own is that date's card; it is cut with what `cut` cuts.
 */
function withoutOwnDated(
	w: Words,
	from: number,
	to: number,
	dt: number,
	cut: (i: number) => boolean
): (i: number) => boolean {
	const and = secondPredicate(w, from, to, dt);
	if (and < 0 || !range(and, to).some((i) => datedToken(w.doc, i))) return cut;
	return (i) => cut(i) || i >= and;
}

/** What a dated clause's question leaves out besides `base`: optional parts, what is said. */
function cutParts(
	ctx: EventContext,
	from: number,
	to: number,
	df: number,
	dt: number,
	quotes: [number, number][],
	base: (i: number) => boolean
): (i: number) => boolean {
	const { w } = ctx;
	const own = withoutOwnDated(w, from, to, dt, optionalParts(w, from, to, df, dt, quotes, base));
	const said = withoutSaid(w, from, to, dt, own);
	const next = nextClauseAt(ctx, from, to, dt, quotes);
	return withoutTitlesAndPlace(
		ctx,
		from,
		to,
		(i) => base(i) || said(i) || (next >= 0 && i >= next)
	);
}

/** Words that open a part belonging to the clause before it: an object, a reason, a question. */
const BOUND_OPENER =
	/^(?:что|чтобы|когда|где|куда|откуда|как|кто|почему|зачем|ли|чей|чья|чьё|чьи|если|хотя|поскольку|так|ибо|пока|чем|причём|причем|не|ни|и|или|либо|то)$/iu;

/** Whether the comma part opening at `a` is a relative clause ("по которому …", "глава которого …"). */
function relativePart(doc: Doc, a: number, to: number): boolean {
	for (let k = a; k < Math.min(to, a + 5) && doc.tokens[k].text !== ','; k++)
		if (/^котор/iu.test(doc.tokens[k].text)) return true;
	return false;
}

/**
 * "Закон 1 июня 1882 г. запретил труд детей, для надзора была создана фабричная инспекция",
 * "…подписал соглашение, по которому Россия соглашалась …": after the part with the clause's own
 * predicate (not one inside a relative part before it), a comma opening another clause or a
 * relative one starts another fact. The comma's index, or -1 (also when an object clause — "что",
 * "как", "кто" — follows, or the part kept names no subject of its own).
 */
function nextClauseAt(
	ctx: EventContext,
	from: number,
	to: number,
	dt: number,
	quotes: [number, number][]
): number {
	const { w } = ctx;
	const doc = w.doc;
	const comma = (i: number) =>
		doc.tokens[i].text === ',' && !quotes.some(([a, b]) => i > a && i < b);
	let start = Math.max(from, dt);
	while (start > from && !comma(start - 1)) start--;
	let main = false;
	for (let a = start; a < to;) {
		let z = a;
		while (z < to && !comma(z)) z++;
		const opener = doc.tokens[a];
		if (
			a > start &&
			(BOUND_OPENER.test(opener.text) ||
				/^(?:GRND|PRTF)$/u.test(w.info(a).analyses.find((x) => x.known)?.pos ?? ''))
		) {
			if (main && BOUND_OPENER.test(opener.text)) return -1;
		} else if (a > start && relativePart(doc, a, to)) {
			if (main) return keepsSubject(ctx, from, a - 1) ? a - 1 : -1;
		} else {
			// (Not a word in brackets: "(ок. 140 тыс. чел.)" is an aside.)
			let pred = false;
			let depth = 0;
			for (let k = Math.max(a, dt); k < z; k++) {
				const t = doc.tokens[k].text;
				depth += t === '(' ? 1 : t === ')' ? -1 : 0;
				pred ||= depth <= 0 && t !== ')' && isPredicate(w, k);
			}
			if (pred && main) return keepsSubject(ctx, from, a - 1) ? a - 1 : -1;
			main ||= pred;
		}
		a = z + 1;
	}
	return -1;
}

/**
 * The part kept still names who acts. (Not "needs no one": "…был сбит U-2, погиб пилот …" cut
 * there took the subject of the sentence before.)
 */
function keepsSubject(ctx: EventContext, from: number, to: number): boolean {
	return hasSubject(ctx, from, to, () => false);
}

/**
 * "Поздно вечером 26 мая 1972 года во Владимирском зале Большого Кремлёвского дворца генеральный
 * секретарь ЦК КПСС Леонид Брежнев и президент США Ричард Никсон подписали Договор об …": a
 * question still too long after its optional parts goes without the offices before the names
 * (the positions deck asks them) and the hall before the verb.
 */
function withoutTitlesAndPlace(
	ctx: EventContext,
	from: number,
	to: number,
	cut: (i: number) => boolean
): (i: number) => boolean {
	const { w } = ctx;
	const doc = w.doc;
	const more = new Set<number>();
	const skip = (i: number) => cut(i) || more.has(i);
	if (render(doc, from, to, skip).length <= MAX_QUESTION - 8) return cut;
	let pred = from;
	const verb = (i: number) => w.info(i).analyses.find((a) => a.known)?.pos === 'VERB';
	while (pred < to && (skip(pred) || !isPredicate(w, pred) || !verb(pred))) pred++;
	for (let i = from + 1; i < pred; i++) {
		if (!ctx.people.has(i) || ctx.people.has(i - 1)) continue;
		let k = i;
		while (k - 1 >= from && titleWord(w, k - 1, ctx.people)) k--;
		// Only a subject's office ("генеральный секретарь ЦК КПСС Леонид Брежнев"), not one after a
		// preposition ("в присутствии канцлера А. М. Горчакова") or in another case.
		const post = range(k, i).some((j) =>
			w
				.info(j)
				.analyses.some(
					(a) => a.known && a.pos === 'NOUN' && a.case === 'nomn' && isPostLemma(a.lemma)
				)
		);
		const afterPrep = k > from && PREPOSITION.test(doc.tokens[k - 1].text);
		if (post && k < i && !afterPrep) for (let j = k; j < i; j++) more.add(j);
	}
	for (let a = from; a < pred; a++) {
		if (!/^(?:в|во)$/iu.test(doc.tokens[a].text) || skip(a)) continue;
		let b = a + 1;
		while (b < pred && !ctx.people.has(b) && !skip(b) && locativeOrGenitive(w, b)) b++;
		// Only a named hall or city right before the names ("во Владимирском зале Большого
		// Кремлёвского дворца генеральный секретарь …"): never a month ("в ноябре 1922 г.").
		const named = range(a + 1, b).some((j) => doc.tokens[j].cap);
		const beforeNames = b < pred && (ctx.people.has(b) || more.has(b));
		const month = range(a + 1, b).some((j) => MONTH_WORD.test(doc.tokens[j].text));
		if (
			b > a + 1 &&
			named &&
			beforeNames &&
			!month &&
			w.info(a + 1).analyses.some((x) => x.case === 'loct')
		)
			for (let j = a; j < b; j++) more.add(j);
	}
	return more.size ? skip : cut;
}

/** A word of an office before a name: lowercase (or an acronym: "ЦК КПСС"), no name, no verb. */
function titleWord(w: Words, k: number, people: Map<number, Person>): boolean {
	const t = w.doc.tokens[k];
	if (t.kind !== 'word' || people.has(k) || (t.cap && !t.acronym)) return false;
	if (/^(?:и|а|но|с|со|в|во|на|к|по|от|для|при)$/iu.test(t.text)) return false;
	return !isPredicate(w, k);
}

const locativeOrGenitive = (w: Words, i: number) =>
	w.doc.tokens[i].kind === 'word' &&
	w.info(i).analyses.some((a) => a.known && (a.case === 'loct' || a.case === 'gent'));

/**
 * "…встретился с Кеннеди и заверил его, что оружие на Кубе оборонительное": a second predicate
 * whose "что" part the clause leaves out says nothing on the card ("и заверил его"); it is cut.
 */
function withoutSaid(
	w: Words,
	from: number,
	to: number,
	dt: number,
	cut: (i: number) => boolean
): (i: number) => boolean {
	const doc = w.doc;
	if (doc.tokens[to]?.text !== ',' || !/^(?:что|чтобы)$/iu.test(doc.tokens[to + 1]?.text ?? ''))
		return cut;
	const and = secondPredicate(w, from, to, dt);
	return and < 0 ? cut : (i) => cut(i) || i >= and;
}

const MONTH_YEAR =
	/(?:^|\s)(?:январ|феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\S*\s+\d{4}/iu;

const DATE_WORD =
	/^(?:того|же|г|гг|\.|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/iu;

/** A token of a date: a number, or the "года" of "того же года". */
const datedToken = (doc: Doc, i: number) =>
	doc.tokens[i].kind === 'number' || /^(?:года|году)$/iu.test(doc.tokens[i].text);

/** The "и" that joins a second predicate to the first, after the date; -1 if none. */
function secondPredicate(w: Words, from: number, to: number, dt: number): number {
	const doc = w.doc;
	let first = -1;
	for (let i = from; i < to && first < 0; i++) if (isPredicate(w, i)) first = i;
	if (first < 0) return -1;
	// Within the first predicate's own part: "…карту границы, по которой Германии и Австро-Венгрии
	// отходила …" joins two nouns, not two predicates.
	for (let i = Math.max(first, dt) + 1; i < to - 1; i++) {
		if (doc.tokens[i].text === ',') return -1;
		if (doc.tokens[i].text !== 'и') continue;
		const next = doc.tokens[i + 1];
		const adverb =
			next.kind === 'word' &&
			!next.cap &&
			w.info(i + 1).analyses.some((a) => a.known && (a.pos === 'ADVB' || a.pos === 'PRCL'));
		if (isPredicate(w, i + 1) || (adverb && isPredicate(w, i + 2))) return i;
		// "и 18 декабря того же года скончался": a date of its own before the second predicate.
		let j = i + 1;
		while (j < to && j < i + 7 && (datedToken(doc, j) || DATE_WORD.test(doc.tokens[j].text))) j++;
		if (j > i + 1 && isPredicate(w, j)) return i;
	}
	return -1;
}

/**
 * Whether the clause names who acts: a nominative noun, name or pronoun, or a verb that needs none
 * (a passive "был подписан", an impersonal plural "назначили"). "…, а в 1810 г. ввела таможенный
 * тариф" has lost its subject to the clause before.
 */
/** A word between a verb and its subject after it: another verb, or "и сам", "также". */
function postVerbal(w: Words, k: number): boolean {
	return (
		isPredicate(w, k) || /^(?:и|сам|сама|сами|также|тоже|лично|даже)$/iu.test(w.doc.tokens[k].text)
	);
}

/** A lower-case word with a full stop after it that does not end its sentence ("ген.", "австр."). */
function shortened(w: Words, i: number): boolean {
	const tokens = w.doc.tokens;
	const t = tokens[i];
	return !t.cap && tokens[i + 1]?.text === '.' && tokens[i + 2]?.sentence === t.sentence;
}

/**
 * Whether the name at `i` is written inflected: a word of it is a word of the nominative name
 * with another ending ("Лаудона" of Лаудон, "Фридриху II" of Фридрих II).
 */
function obliqueName(ctx: EventContext, person: Person, i: number): boolean {
	const doc = ctx.w.doc;
	const m = person.mentions.find((x) => x.tokens[0] <= i && i < x.tokens[1]);
	const [from, to] = m ? m.tokens : [i, i + 1];
	const nominative = person.name.toLowerCase().split(/[\s.]+/u);
	return doc.tokens.slice(from, to).some((t) => {
		const word = t.text.toLowerCase();
		if (t.kind !== 'word' || word.length < 3 || nominative.includes(word)) return false;
		return nominative.some(
			(n) => n.length >= 3 && word.startsWith(n.slice(0, Math.max(3, n.length - 2)))
		);
	});
}

function hasSubject(
	ctx: EventContext,
	from: number,
	to: number,
	skip: (i: number) => boolean
): boolean {
	const { w } = ctx;
	let pred = -1;
	for (let i = from; i < to && pred < 0; i++) if (!skip(i) && isPredicate(w, i)) pred = i;
	if (pred < 0) return false;
	if (subjectAfter(w, pred, to, skip)) return true;
	for (let i = from; i < to; i++) {
		if (skip(i)) continue;
		// A name, or an acronym before the verb ("СССР вступил"); "председателя Совета министров
		// СССР" after it names no subject.
		// After the verb a name is its subject only right after it ("прибыл Копп"), not inside a
		// noun phrase ("нанёс поражение армии великого визиря Иваззаде Халил-паши").
		const person = ctx.people.get(i);
		let start = i;
		while (person && ctx.people.get(start - 1) === person) start--;
		// (A name written in an oblique case is no subject: "в союзе с корпусом ген. Э. Г. фон
		// Лаудона нанёс Фридриху II".)
		const oblique = person && obliqueName(ctx, person, i);
		if (person && !oblique && (i < pred || start - 1 === pred)) return true;
		if (oblique) continue;
		// "…, а 14 (25) февраля был арестован и сам Бестужев-Рюмин": only verbs and an "и сам"
		// between the verb and the name.
		if (person && i > pred && range(pred + 1, start).every((k) => skip(k) || postVerbal(w, k)))
			return true;
		if (w.doc.tokens[i].acronym && i < pred) return true;
		const known = w.info(i).analyses.filter((a) => a.known);
		// "при Кагуле нанёс поражение": a word after a preposition is no subject.
		// Nor a preposition itself: the letter "в" is a noun to the dictionary.
		if (PREPOSITION.test(w.doc.tokens[i - 1]?.text ?? '') || PREPOSITION.test(w.doc.tokens[i].text))
			continue;
		// Nor a word cut short inside the sentence ("корпусом ген. Э. Г. фон Лаудона": "ген" is no gene).
		if (!person && shortened(w, i)) continue;
		if (!known.length && w.doc.tokens[i].cap && i < pred) return true;
		// "а 3 октября оба документа вступили в силу": a numeral in the nominative before the verb.
		if (i < pred && known.some((a) => a.pos === 'NUMR' && a.case === 'nomn')) return true;
		// "76,4% проголосовавших высказались": a share is the subject as a numeral is.
		if (i < pred && w.doc.tokens[i].kind === 'number' && w.doc.tokens[i + 1]?.text === '%')
			return true;
		// Before the verb: "таможенный тариф" after "ввела" is its object, not its subject.
		if (i < pred && nominativeBefore(w, known, pred)) return true;
		// ("в наступление перешёл Западный фронт": a capitalised adjective and its noun.)
		// (Not an accusative name: "привёл Португалию к конституции" has no subject there.)
		if (
			i > pred &&
			w.doc.tokens[i].cap &&
			(!known.length || known.some((a) => a.case === 'nomn')) &&
			agreesNumber(w, pred, adjectiveHead(w, i))
		)
			return true;
		if (
			i === pred &&
			(known.some((a) => a.pos === 'PRTS') ||
				// An impersonal plural ("назначили", "направили советником") needs the one it acts
				// on: "его направили", "Скопину поручили"; "направили советником в Вашингтон" lost him.
				(known.some((a) => a.pos === 'VERB' && a.number === 'plur') &&
					animateObject(ctx, from, to, skip)))
		)
			return true;
	}
	// A subject after its verb: "в 1921 г. начались контакты"; a transitive plural with no subject
	// before it is impersonal ("направили советником полпредства …") and has none.
	const transitive = w
		.info(pred)
		.analyses.some(
			(a) => a.known && a.pos === 'VERB' && a.tags.has('tran') && !LIGHT.test(a.lemma)
		);
	// ("прошли торжества": a verb that says only that something happened takes its subject after it.)
	if (transitive) return objectThenSubject(w, pred, to, skip);
	// "экспонировалась «Джоконда» Леонардо да Винчи": a name in quotes right after it.
	if (w.doc.tokens[pred + 1]?.text === '«' && w.doc.tokens[pred + 2]?.cap) return true;
	for (let i = pred + 1; i < to; i++)
		if (
			!skip(i) &&
			// "скончался в Пскове": the letter "в" is a noun too, and "Пскове" is no subject.
			!PREPOSITION.test(w.doc.tokens[i].text) &&
			!PREPOSITION.test(w.doc.tokens[i - 1].text) &&
			w
				.info(i)
				.analyses.some(
					(a) => a.known && a.pos === 'NOUN' && a.case === 'nomn' && !a.tags.has('inan') === false
				)
		)
			return agreesNumber(w, pred, i);
	return false;
}

/**
 * "в Нюрнберге начал работу Международный военный трибунал": after a transitive verb and its
 * object (a word that can only be an accusative), a nominative that agrees with the verb is its
 * subject.
 */
function objectThenSubject(w: Words, pred: number, to: number, skip: (i: number) => boolean) {
	let object = false;
	for (let i = pred + 1; i < to; i++) {
		if (skip(i) || w.doc.tokens[i].kind !== 'word') continue;
		const nouns = w.info(i).analyses.filter((a) => a.known && a.pos === 'NOUN');
		// ("к демократической конституции": a preposition governs the noun past its adjectives.)
		let k = i - 1;
		while (k > pred && w.info(k).analyses.some((a) => a.known && a.pos === 'ADJF')) k--;
		// (Nor a preposition itself: the letter "к" is a noun to the dictionary.)
		if (
			!nouns.length ||
			PREPOSITION.test(w.doc.tokens[k].text) ||
			PREPOSITION.test(w.doc.tokens[i].text)
		)
			continue;
		if (nouns.every((a) => a.case === 'accs')) object = true;
		else if (object && nouns.some((a) => a.case === 'nomn') && agreesNumber(w, pred, i))
			return true;
	}
	return false;
}

/**
 * A nominative that may be the subject of the verb at `pred`: "во время Псковского восстания
 * остался" — "восстания" is nominative only as a plural, and a singular verb has no plural subject.
 */
function nominativeBefore(w: Words, known: Analysis[], pred: number): boolean {
	const nom = known.filter((a) => (a.pos === 'NOUN' || a.pos === 'NPRO') && a.case === 'nomn');
	if (!nom.length) return false;
	const singularVerb = w
		.info(pred)
		.analyses.some((a) => a.known && a.pos === 'VERB' && a.number === 'sing');
	return !singularVerb || nom.some((a) => a.number !== 'plur');
}

/**
 * "…высадились в Сицилии, а 8 сентября 1943 г. было объявлено о капитуляции Италии": a clause whose
 * predicate is a neuter short participle ("объявлено", "решено") has no subject to borrow; the
 * sentence's first subject did not announce it.
 */
function impersonal(
	ctx: EventContext,
	from: number,
	to: number,
	skip: (i: number) => boolean
): boolean {
	const { w } = ctx;
	for (let i = from; i < to; i++) {
		if (skip(i) || !isPredicate(w, i)) continue;
		// "было объявлено": the auxiliary, then the participle.
		if (/^(?:было|будет)$/iu.test(w.doc.tokens[i].text) && i + 1 < to) continue;
		const top = w.info(i).analyses.find((a) => a.known);
		return top?.pos === 'PRTS' && top.gender === 'neut' && top.number !== 'plur';
	}
	return false;
}

/**
 * The subject of the sentence's first clause, when the clause at `from` comes later in the same
 * sentence after ", а", ", но" or ", и": the words before the first verb, if they hold a name or a
 * nominative noun and nothing else of a clause.
 */
/** Where the subject ends before a participle's aside that ends right before `pred`, or `pred`. */
function beforeParticipleAside(w: Words, sFrom: number, pred: number): number {
	const doc = w.doc;
	if (doc.tokens[pred - 1]?.text !== ',') return pred;
	let b = pred - 2;
	while (b > sFrom && doc.tokens[b].text !== ',') b--;
	const part = w.info(b + 1).analyses.some((a) => a.known && a.pos === 'PRTF');
	return b > sFrom && part ? b : pred;
}

function sharedSubject(ctx: EventContext, from: number): string | null {
	const { w } = ctx;
	const doc = w.doc;
	const [sFrom] = doc.sentenceTokens[doc.tokens[from].sentence];
	if (from <= sFrom || !/^(?:а|но|и|,)$/iu.test(doc.tokens[from - 1]?.text ?? '')) {
		const before = doc.tokens[from - 1];
		const joined =
			before && /^(?:а|но|и)$/iu.test(before.text) && doc.tokens[from - 2]?.text === ',';
		if (!joined) return null;
	}
	let pred = sFrom;
	while (pred < from && !isPredicate(w, pred)) pred++;
	if (pred >= from || pred === sFrom) return null;
	// The subject is the words right before the first verb: "7 (18) июля 1770 года Румянцев
	// разбил …" leaves the date out.
	// ("Переворот, получивший название «революции гвоздик», стоил …": past a participle's aside.)
	pred = beforeParticipleAside(w, sFrom, pred);
	let start = pred;
	while (start > sFrom && doc.tokens[start - 1].kind === 'word' && pred - start < 6) start--;
	if (start === pred) return null;
	let nominative = false;
	for (let i = start; i < pred; i++) {
		const t = doc.tokens[i];
		if (t.kind === 'punct' || t.kind === 'number') return null;
		if (
			ctx.people.has(i) ||
			t.text.toLowerCase() in PRONOUNS ||
			w.info(i).analyses.some((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn')
		)
			nominative = true;
	}
	if (!nominative) return null;
	// Not from inside a phrase: "1770 года Румянцев" is a date and a name, "года" is no subject
	// (nor the ending of "в июне 1966-го он").
	while (
		start < pred &&
		!ctx.people.has(start) &&
		/^(?:года|г|году|гг|го|м|й)$/iu.test(doc.tokens[start].text)
	)
		start++;
	// "Карьеру Столыпин начал …, но в 1889 г. уехал в Литву": an object before the subject's name
	// (no nominative reading) is not the subject of the later clause.
	const named = [...Array(pred - start).keys()]
		.map((n) => start + n)
		.find((i) => ctx.people.has(i));
	if (
		named !== undefined &&
		doc.tokens
			.slice(start, named)
			.every((t) => !w.info(t.i).analyses.some((a) => a.known && a.case === 'nomn'))
	)
		start = named;
	// "он возглавлял …, а 26 июня 1945 года … поставил подпись": the pronoun's person.
	const pronoun = PRONOUNS[doc.tokens[start].text.toLowerCase()];
	if (pred - start === 1 && pronoun) {
		const main = pronoun === 'plur' ? null : mainPerson(ctx, pronoun);
		return (antecedent(ctx, start) ?? main)?.name ?? null;
	}
	const subject = render(doc, start, pred);
	return lowerFirst(subject, properAt(w, start, ctx.people));
}

/**
 * "Ордин-Нащокин принял постриг … . Скончался в 1680 году в Пскове": a sentence that opens on a
 * verb in the past singular with no subject goes on about the person who was the subject just
 * before (of that verb's gender). Only the sentence's first clause, and only a subject antecedent.
 */
function elidedSubject(
	ctx: EventContext,
	from: number,
	to: number,
	skip: (i: number) => boolean
): Person | null {
	const { w } = ctx;
	const [sFrom] = w.doc.sentenceTokens[w.doc.tokens[from].sentence];
	let pred = sFrom;
	while (pred < to && (skip(pred) || !isPredicate(w, pred))) pred++;
	if (pred >= to || pred < from) return null;
	for (let i = sFrom; i < pred; i++) if (ctx.people.has(i)) return null;
	const verb = w
		.info(pred)
		.analyses.find((a) => a.known && a.pos === 'VERB' && a.number === 'sing' && a.tags.has('past'));
	if (verb?.gender !== 'masc' && verb?.gender !== 'femn') return null;
	const main = mainPerson(ctx, verb.gender);
	const latest = latestOfGender(ctx, pred, verb.gender, true);
	// "…царь Фёдор Алексеевич вызывал его в Москву, однако … он уже не вернулся. Скончался в
	// 1680 году": a subject "он" after the name is the latest subject, and says nothing of whom
	// it stands for here; only a biography's hero is then safe to name.
	if (latest && latest !== main && pronounSince(ctx, latest, from, verb.gender)) return main;
	return latest ?? main;
}

/** A subject pronoun of gender `g` between the person's last mention and the token at `to`. */
function pronounSince(ctx: EventContext, p: Person, to: number, g: Gender): boolean {
	const doc = ctx.w.doc;
	const before = p.mentions.filter((m) => m.tokens[1] <= to);
	const last = before.length ? before[before.length - 1].tokens[1] : to;
	for (let i = last; i < to; i++) if (PRONOUNS[doc.tokens[i].text.toLowerCase()] === g) return true;
	return false;
}

/**
 * A name where a subject stands: before its clause's verb, not after a preposition or a noun it
 * would complement ("интерес к делам Ливонии"; a title before it, "царь Алексей", is nominative).
 */
function inSubjectPlace(w: Words, from: number, to: number): boolean {
	const before = w.doc.tokens[from - 1];
	// "премьер-министром стал Эттли": right after its verb.
	if (before?.kind === 'word' && isPredicate(w, from - 1)) return true;
	// "главнокоманд. был назначен ген.-аншеф П. С. Салтыков": after its verb and its rank.
	if (rankAfterVerb(w, from)) return true;
	// ("В 1952 году Громыко назначили": a date's "году" is no noun the name complements.)
	if (before?.kind === 'word' && !/^(?:году|года|г|гг|годах)$/iu.test(before.text)) {
		if (PREPOSITION.test(before.text)) return false;
		const nouns = w.info(from - 1).analyses.filter((a) => a.known && a.pos === 'NOUN');
		if (nouns.length && !nouns.some((a) => a.case === 'nomn')) return false;
	}
	const { to: end } = clauseOf(w, from, to);
	for (let i = to; i < end; i++) if (isPredicate(w, i)) return true;
	return false;
}

/**
 * Whether the name at `from` follows a verb over a rank of its own in the nominative or short
 * ("ген.-аншеф", "генерал", "фельдмаршал граф"), at most five tokens back, within its sentence.
 */
function rankAfterVerb(w: Words, from: number): boolean {
	const tokens = w.doc.tokens;
	let ranks = 0;
	for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
		const t = tokens[k];
		if (t.sentence !== tokens[from].sentence) return false;
		if (t.kind === 'punct') {
			if (t.text !== '.' && t.text !== '-') return false;
			continue;
		}
		if (t.kind !== 'word' || PREPOSITION.test(t.text)) return false;
		if (ranks > 0 && isPredicate(w, k)) return true;
		// A rank short ("ген."), unknown in lower case ("аншеф") or a noun that can be nominative.
		const info = w.info(k);
		const nouns = info.analyses.filter((a) => a.known && a.pos === 'NOUN');
		const rank =
			tokens[k + 1]?.text === '.' ||
			(!t.cap && !info.known) ||
			nouns.some((a) => a.case === 'nomn');
		if (!rank) return false;
		ranks++;
	}
	return false;
}

/** A biography's hero: named at least five times and twice as often as anyone else. */
function mainPerson(ctx: EventContext, g: Gender): Person | null {
	const [first, second] = [...ctx.persons].sort((a, b) => b.mentions.length - a.mentions.length);
	if (!first || first.gender !== g || first.mentions.length < 5) return null;
	return !second || first.mentions.length >= 2 * second.mentions.length ? first : null;
}

function animateObject(
	ctx: EventContext,
	from: number,
	to: number,
	skip: (i: number) => boolean
): boolean {
	for (let i = from; i < to; i++) {
		if (skip(i)) continue;
		if (ctx.people.has(i)) return true;
		const a = ctx.w.info(i).analyses;
		if (
			a.some(
				(x) =>
					x.known &&
					(x.pos === 'NOUN' || x.pos === 'NPRO') &&
					x.tags.has('anim') &&
					(x.case === 'accs' || x.case === 'datv')
			)
		)
			return true;
	}
	return false;
}

/**
 * "Россию же с 9 января 1905 г. охватила революция": a common noun right after the verb (past
 * adjectives between) that can only be nominative and agrees with it is its subject. One that
 * may be accusative ("подписал договор") is its object.
 */
function subjectAfter(w: Words, pred: number, to: number, skip: (i: number) => boolean): boolean {
	const verb = w
		.info(pred)
		.analyses.filter((a) => a.known && a.pos === 'VERB' && a.tags.has('past'));
	if (!verb.length) return false;
	for (let i = pred + 1; i < Math.min(to, pred + 4); i++) {
		if (skip(i)) continue;
		const known = w.info(i).analyses.filter((a) => a.known);
		if (known.some((a) => a.pos === 'ADJF') && !known.some((a) => a.pos === 'NOUN')) continue;
		const nouns = known.filter((a) => a.pos === 'NOUN');
		if (!nouns.length || nouns.some((a) => a.case !== 'nomn')) return false;
		return verb.some((v) =>
			nouns.some(
				(n) => v.number === n.number && (v.number === 'plur' || !v.gender || v.gender === n.gender)
			)
		);
	}
	return false;
}

/** The predicate's number agrees with the noun after it ("начались контакты"). */
/** The noun right after a nominative adjective at `i` ("Западный фронт"); else `i` itself. */
function adjectiveHead(w: Words, i: number): number {
	const adjective = w
		.info(i)
		.analyses.some((a) => a.known && a.pos === 'ADJF' && a.case === 'nomn');
	return adjective && w.doc.tokens[i + 1]?.kind === 'word' ? i + 1 : i;
}

function agreesNumber(w: Words, pred: number, i: number): boolean {
	const v = w.info(pred).analyses.filter((a) => a.known && (a.pos === 'VERB' || a.pos === 'PRTS'));
	const n = w.info(i).analyses.filter((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn');
	return v.some((a) =>
		n.some(
			(b) => a.number === b.number && (a.number === 'plur' || !a.gender || a.gender === b.gender)
		)
	);
}

function addressesReader(w: Words, i: number): boolean {
	const known = w.info(i).analyses.filter((a) => a.known);
	return (
		!known.some((a) => a.tags.has('past')) &&
		known.some((a) => a.tags.has('impr') || a.tags.has('2per'))
	);
}

const PRONOUN_CASE: Record<string, Case> = {
	его: 'accs',
	него: 'accs',
	её: 'accs',
	ее: 'accs',
	неё: 'accs',
	нее: 'accs',
	ему: 'datv',
	нему: 'datv',
	ей: 'datv',
	ней: 'datv',
	им: 'ablt',
	ним: 'ablt'
};
const GENITIVE_PREP = /^(?:у|от|для|без|до|из|против|после|вокруг|кроме|около|среди|вместо)$/iu;

/**
 * Whether a noun of the pronoun's gender (not a person) stands between the person's last mention
 * and the pronoun: "Женевский протокол, одобренный при поддержке Эррио … отвергло его" — "его" may
 * be the protocol, so it is not written out as Эррио.
 */
function thingBetween(ctx: EventContext, p: Person, i: number): boolean {
	const { w } = ctx;
	const doc = w.doc;
	const at = doc.tokens[i].start;
	const last = p.mentions.filter((m) => m.start < at).pop();
	if (!last) return true;
	const gender = ALL_PRONOUNS[doc.tokens[i].text.toLowerCase()];
	for (let k = last.tokens[1]; k < i; k++) {
		if (ctx.people.has(k)) continue;
		const a = w.info(k).analyses.find((x) => x.known);
		if (
			a?.pos === 'NOUN' &&
			a.number !== 'plur' &&
			a.gender === gender &&
			a.tags.has('inan') &&
			(a.case === 'nomn' || a.case === 'accs')
		)
			return true;
	}
	return false;
}

/** The surname an object pronoun stands for, in the pronoun's case; null if unknown or plural. */
function objectName(ctx: EventContext, i: number): string | null {
	const doc = ctx.w.doc;
	const word = doc.tokens[i].text.toLowerCase();
	const c0 = PRONOUN_CASE[word];
	if (!c0) return null;
	const p = antecedent(ctx, i);
	if (!p || thingBetween(ctx, p, i)) return null;
	const c = c0 === 'accs' && GENITIVE_PREP.test(doc.tokens[i - 1]?.text ?? '') ? 'gent' : c0;
	const surname = p.surname.split(' ');
	surname[surname.length - 1] = declineSurname(surname[surname.length - 1], p.gender, c);
	return surname.join(' ');
}

/** "его кандидатуру": the pronoun stands before a noun or adjective it owns. */
function possessive(w: Words, i: number): boolean {
	const n = w.doc.tokens[i + 1];
	return (
		!!n &&
		n.kind === 'word' &&
		w.info(i + 1).analyses.some((a) => a.known && (a.pos === 'NOUN' || a.pos === 'ADJF'))
	);
}

/** Whether a capitalised name of the pronoun's gender stands in the clause before it. */
function referentBefore(ctx: EventContext, from: number, i: number): boolean {
	const g = ALL_PRONOUNS[ctx.w.doc.tokens[i].text.toLowerCase()];
	if (!g) return false; // "их": too many candidates
	for (let k = from; k < i; k++) {
		const t = ctx.w.doc.tokens[k];
		if (!t.cap || ctx.w.doc.firstWord[t.sentence] === k) continue;
		const p = ctx.people.get(k);
		// "после смерти Сталина, его вернули": a noun's genitive is not what the pronoun stands for.
		const before = ctx.w.doc.tokens[k - 1];
		const dependent =
			!!before &&
			ctx.w.info(k - 1).analyses.some((a) => a.known && a.pos === 'NOUN') &&
			!ctx.w.doc.tokens[k - 1].cap;
		if (dependent) continue;
		// "Императрица Елизавета Петровна ратифицировала её": the clause's subject is not what its
		// object pronoun stands for.
		if (p && subjectMention(ctx, p, k)) continue;
		if (p ? p.gender === g : ctx.w.info(k).analyses.some((a) => a.pos === 'NOUN' && a.gender === g))
			return true;
	}
	return false;
}

/** Whether the mention of `p` at token k stands where a subject does (before its verb). */
function subjectMention(ctx: EventContext, p: Person, k: number): boolean {
	const m = p.mentions.find((x) => k >= x.tokens[0] && k < x.tokens[1]);
	if (!m) return false;
	const next = m.tokens[1];
	return (
		next < ctx.w.doc.tokens.length &&
		isPredicate(ctx.w, next) &&
		inSubjectPlace(ctx.w, m.tokens[0], next)
	);
}

const ANAPHORA =
	/\s(?:об этом|в это время|в этот момент|в этот день|это|этого|этому|этим|этой|этом|эту|этот|эта|эти|этих|этими|такой|такого|таком|такие|указанн\S*|упомянут\S*|вышеупомянут\S*|на место|туда|оттуда)\s/u;

const SUBORDINATE_START =
	/^(?:что|чтобы|если|хотя|поскольку|когда|пока|где|котор[а-яё]*|как|ибо|так|это|этот|эта|эти|того|тем)$/u;
const OBLIQUE_PRONOUN = /^(?:её|ее|его|их|ей|ему|им|ней|нему|ним|неё|нее|него|них|ними|нею)$/iu;

/**
 * Whether the date times the clause's predicate: the comma-separated part holding the date has a
 * predicate of its own, or is an adverbial of the clause ("В 1921 г., после долгих переговоров,
 * …"). "…, датированных 20 января 1918 г., …" times a participle, not the clause.
 */
/**
 * The relative clause right after a clause that has no verb of its own (", где …," ", который
 * …,"), as [its opening comma, the token after its closing comma); null otherwise.
 */
function relativeGap(w: Words, from: number, to: number): [number, number] | null {
	const doc = w.doc;
	if (
		doc.tokens[to]?.text !== ',' ||
		!/^(?:где|куда|откуда|котор[а-яё]*)$/iu.test(doc.tokens[to + 1]?.text ?? '')
	)
		return null;
	for (let i = from; i < to; i++) if (isPredicate(w, i)) return null;
	const end = doc.sentenceTokens[doc.tokens[to].sentence][1];
	let depth = 0;
	for (let j = to + 2; j < end; j++) {
		const t = doc.tokens[j].text;
		if (t === '«' || t === '(') depth++;
		else if (t === '»' || t === ')') depth = Math.max(0, depth - 1);
		else if (t === ',' && depth === 0) {
			if (j + 1 >= end) return null;
			// "съезд, заседавший в Москве, куда …, ратифицировал": the closing comma also closes the
			// participle phrase opened before the gap, and stays.
			const opened = range(from, to).filter((k) => doc.tokens[k].text === ',').length % 2 === 1;
			return [to, opened ? j : j + 1];
		}
	}
	return null;
}

/**
 * "Стремясь расколоть противников, Пётр … добился …": a gerund phrase that opens the clause is
 * the why, not the what; the index of its closing comma, or -1.
 */
export function gerundLead(w: Words, from: number, to: number, df: number, dt: number): number {
	const doc = w.doc;
	let first = from;
	while (first < to && (doc.tokens[first].kind === 'punct' || (first >= df && first < dt))) first++;
	if (first >= to) return -1;
	// "Не принадлежа к знатному роду, …": a negated gerund leads as well.
	if (/^не$/iu.test(doc.tokens[first].text) && first + 1 < to) first++;
	const top = w.info(first).analyses.find((a) => a.known);
	if (top?.pos !== 'GRND') return -1;
	for (let i = first + 1; i < to; i++) {
		if (i >= df && i < dt) return -1; // the date is inside it
		if (isPredicate(w, i)) return -1;
		// "не имея доверия ни царя, ни общества, …": the list goes on after its comma; so does an
		// apposition ("женившись на Марии Мусиной-Пушкиной, урождённой княжне Урусовой, …").
		if (doc.tokens[i].text === ',' && !/^(?:ни|и)$/iu.test(doc.tokens[i + 1]?.text ?? '')) {
			if (!apposition(w, i + 1, to)) return i;
		}
	}
	return -1;
}

/**
 * "в марте 1954 года она возглавила Московский горком, став первой женщиной на этом посту": a
 * gerund phrase after the predicate that points back ("на этом посту") at what the card asks. Cut,
 * the card asks its clause's fact ("Когда Фурцева возглавила Московский горком?"); left, the whole
 * clause was dropped as unresolvable. [comma, end) or null; none holding the date.
 */
function anaphoricGerundTail(
	w: Words,
	from: number,
	to: number,
	df: number,
	dt: number
): [number, number] | null {
	const doc = w.doc;
	for (let i = Math.max(from, dt); i < to - 1; i++) {
		if (doc.tokens[i].text !== ',') continue;
		const g = /^не$/iu.test(doc.tokens[i + 1].text) ? i + 2 : i + 1;
		if (w.info(g).analyses.find((a) => a.known)?.pos !== 'GRND') continue;
		let end = g + 1;
		while (end < to && doc.tokens[end].text !== ',' && !isPredicate(w, end)) end++;
		if (end < to && doc.tokens[end].text !== ',') return null;
		return ANAPHORA.test(` ${render(doc, g, end)} `) ? [i, end] : null;
	}
	return null;
}

/** A part from `k` to the next comma that opens on a known word in no nominative, with no verb. */
function apposition(w: Words, k: number, to: number): boolean {
	const known = w.info(k).analyses.filter((a) => a.known);
	if (!known.length || known.some((a) => a.case === 'nomn' || !a.case)) return false;
	for (let i = k; i < to; i++) {
		if (w.doc.tokens[i].text === ',') return true;
		if (isPredicate(w, i)) return false;
	}
	return false;
}

/** The comma opening a "(…) который" clause with no verb before `to`, after the date; or -1. */
function relativeWithoutVerb(w: Words, from: number, to: number, df: number): number {
	const doc = w.doc;
	for (let i = Math.max(from, df); i < to - 1; i++) {
		if (doc.tokens[i].text !== ',') continue;
		const j = PREPOSITION.test(doc.tokens[i + 1].text) ? i + 2 : i + 1;
		if (!/^котор/iu.test(doc.tokens[j]?.text ?? '')) continue;
		let verb = false;
		for (let k = j + 1; k < to && !verb; k++) verb = isPredicate(w, k);
		return verb ? -1 : i;
	}
	return -1;
}

/**
 * "после неудачной высадки в заливе Свиней в апреле 1961 года …": the date belongs to what "после"
 * names, unless a new subject comes between them ("После революции в Германии ВЦИК 13 ноября
 * аннулировал …").
 */
function afterPhrase(w: Words, from: number, df: number): boolean {
	const doc = w.doc;
	let at = -1;
	for (let i = from; i < df; i++) {
		const t = doc.tokens[i].text;
		if (/^[,;.:()]$/u.test(t)) at = -1;
		else if (/^после$/iu.test(t)) at = i;
	}
	if (at < 0) return false;
	for (let i = at + 1; i < df; i++)
		if (doc.tokens[i].acronym && !PREPOSITION.test(doc.tokens[i - 1].text)) return false;
	return true;
}

/** Verbs whose object a date can be: the day remembered or celebrated is not when it happened. */
const DATE_OBJECT_VERB =
	/^(?:помнить|вспоминать|вспомнить|запомнить|забыть|забывать|праздновать|отпраздновать|отмечать|чтить)$/u;

/** "до конца жизни помнил 14 декабря": the date right after such a verb is its object. */
function dateAsObject(w: Words, df: number): boolean {
	if (df === 0 || w.doc.tokens[df - 1].kind !== 'word') return false;
	return w
		.info(df - 1)
		.analyses.some((a) => a.known && a.pos === 'VERB' && DATE_OBJECT_VERB.test(a.lemma));
}

const PREPOSITION =
	/^(?:в|во|на|из|от|до|для|у|с|со|к|ко|по|о|об|при|за|под|над|после|перед|через|без|около|против|среди)$/iu;

function timesPredicate(
	w: Words,
	from: number,
	to: number,
	df: number,
	dt: number,
	quotes: [number, number][]
): boolean {
	const doc = w.doc;
	const inQuote = (i: number) => quotes.some(([a, b]) => i > a && i < b - 1);
	let a = df;
	while (a > from && !(doc.tokens[a - 1].text === ',' && !inQuote(a - 1))) a--;
	let z = dt;
	while (z < to && !(doc.tokens[z].text === ',' && !inQuote(z))) z++;
	let has = false;
	for (let i = from; i < to; i++) if (i < df || i >= dt) if (isPredicate(w, i)) has = true;
	if (!has) return false;
	for (let i = a; i < z; i++) if ((i < df || i >= dt) && isPredicate(w, i)) return true;
	// A part with no predicate is an adverbial of the clause ("Менее чем через год, 5 августа
	// 1963 года, Громыко … подписали"), unless a participle or gerund in it governs the date, or
	// it describes a person ("…, а с января 1996-го глава МИД, Примаков устраивал …").
	for (let i = a; i < z; i++) {
		if (i >= df && i < dt) continue;
		const top = w.info(i).analyses.find((x) => x.known);
		if (top && (top.pos === 'PRTF' || top.pos === 'GRND')) return false;
		// ("Сукарно, президент Индонезии с 1945 года, был отстранён …": an apposition after a name.)
		const afterName = a > from && doc.tokens[a - 1].text === ',' && !!doc.tokens[a - 2]?.cap;
		if (
			(doc.tokens[from - 1]?.text === ',' || afterName) &&
			top?.pos === 'NOUN' &&
			isPostLemma(top.lemma) &&
			top.case === 'nomn' &&
			!PREPOSITION.test(doc.tokens[i - 1]?.text ?? '')
		)
			return false;
	}
	return true;
}

/**
 * "Договор вывел Россию из войны и в ноябре был аннулирован": when verbs joined by "и" share one
 * subject, the date times only its own part; that part is returned with the shared subject's
 * token range (the words before the first predicate), or the whole clause.
 */
function predicatePart(
	w: Words,
	from: number,
	to: number,
	df: number
): [number, number, [number, number] | null] {
	const doc = w.doc;
	const preds: number[] = [];
	for (let i = from; i < to; i++) if (isPredicate(w, i)) preds.push(i);
	if (preds.length < 2) return [from, to, null];
	let cut = -1;
	for (let i = preds[0] + 1; i < to; i++) {
		if (doc.tokens[i].text !== 'и' || i >= df) continue;
		if (preds.some((p) => p > i && p < Math.max(df, i + 4))) cut = i;
	}
	if (cut < 0) return [from, to, null];
	// "Хидэёси не мог стать сёгуном и получил …": the "не" goes with the predicate left out.
	const end = /^не$/iu.test(doc.tokens[preds[0] - 1]?.text ?? '') ? preds[0] - 1 : preds[0];
	return [cut + 1, to, [from, end]];
}

/** "был подписан" / "была подписана" … for an event noun's gender and number. */
const AGREE: Record<string, Record<string, string>> = {
	treaty: {
		masc: 'был подписан',
		femn: 'была подписана',
		neut: 'было подписано',
		plur: 'были подписаны'
	},
	conference: { masc: 'проходил', femn: 'проходила', neut: 'проходило', plur: 'проходили' },
	war: { masc: 'шёл', femn: 'шла', neut: 'шло', plur: 'шли' },
	document: { masc: 'был издан', femn: 'была издана', neut: 'было издано', plur: 'были изданы' },
	decision: {
		masc: 'был принят',
		femn: 'была принята',
		neut: 'было принято',
		plur: 'были приняты'
	},
	other: { masc: 'произошёл', femn: 'произошла', neut: 'произошло', plur: 'произошли' }
};

/**
 * An event noun right before the date ("Генуэзская конференция (10 апреля – 19 мая 1922 г.)",
 * "восстание 1876 г."): the noun phrase in the nominative and the verb that agrees with it.
 */
/** War nouns that last ("шла война", "шло восстание"); a defeat or a battle happens ("произошло"). */
const DURATIVE =
	/^(?:война|восстание|кампания|осада|оборона|блокада|оккупация|интервенция|смута|борьба|мятеж|бунт|наступление|отступление|конфликт)$/u;

/**
 * "Семилетняя война 1756–63, война между …" under the title "Семилетняя война 1756–63": an
 * encyclopedia's headword names its event, though its capital is only the sentence's.
 */
function headword(doc: EventContext['w']['doc'], from: number, head: number): boolean {
	const phrase = doc.text.slice(doc.tokens[from].start, doc.tokens[head].end).toLowerCase();
	return doc.sentences[0]?.text.toLowerCase().startsWith(phrase) ?? false;
}

function nounEvent(
	ctx: EventContext,
	d: DateMention,
	df: number
): { subject: string; verb: string; kind: EventKind } | null {
	const { w } = ctx;
	const doc = w.doc;
	let k = df - 1;
	while (k >= 0 && doc.tokens[k].text === '(') k--;
	// "премию мира за 1925 г.", "указ от 23 ноября": the date's own preposition is no complement
	// of the noun.
	if (k === df - 1 && /^(?:за|в|во|с|со|до|к|около|после|на|от)$/iu.test(doc.tokens[k]?.text ?? ''))
		k--;
	// (A dative too, after the writer's present: "восходит к Андрусовскому перемирию 30 января 1667 г.".)
	const present = eventNounInPresent(w, df);
	// The head is the last event noun within four words before the date, in the same sentence.
	for (let head = k; head >= Math.max(0, k - 6); head--) {
		const t = doc.tokens[head];
		if (t.sentence !== doc.tokens[df].sentence || t.kind !== 'word') break;
		// The event is the phrase's head ("восстание 1876 г.", "договора 1922 г."), not an agent
		// in the instrumental ("принятый съездом 26 октября").
		const a = w
			.info(head)
			.analyses.find(
				(x) =>
					x.known &&
					x.pos === 'NOUN' &&
					nounKind(x.lemma) &&
					(x.case === 'nomn' ||
						x.case === 'gent' ||
						x.case === 'accs' ||
						(x.case === 'datv' && present))
			);
		if (!a) continue;
		// "Конференция прошла в августе": a noun with its verb before the date is the clause's
		// subject, which statement() reads; no phrase "конференция прошла".
		if (range(head + 1, k + 1).some((i) => isPredicate(w, i))) return null;
		let from = head;
		while (from > 0 && doc.tokens[from - 1].kind === 'word' && agreesWith(w, from - 1, a)) from--;
		// "война" alone says too little; "Первая мировая война", "война за испанское наследство" do.
		if (from === head && head === k) return null;
		// "политический кризис" names no event one could look up; "Рапалльский договор",
		// "советско-польская война", "война за испанское наследство" do.
		const specific =
			range(from, k + 1).some(
				(i) => doc.tokens[i].cap && doc.firstWord[doc.tokens[i].sentence] !== i
			) ||
			range(from, head).some((i) => doc.tokens[i].text.includes('-')) ||
			k > head ||
			headword(doc, from, head);
		if (!specific) return null;
		const subject = inflectPhrase(w, from, head, k + 1, 'nomn');
		if (!subject) return null;
		const kind = nounKind(a.lemma)!;
		const number = a.number === 'plur' ? 'plur' : (a.gender ?? 'masc');
		const family =
			kind.kind === 'treaty' || kind.kind === 'conference' || kind.kind === 'decision'
				? kind.kind
				: kind.kind === 'war' && d.iso.includes('/') && DURATIVE.test(a.lemma)
					? 'war'
					: 'other';
		return {
			subject: lowerFirst(subject, properAt(w, from, ctx.people)),
			verb: AGREE[family][number],
			kind
		};
	}
	return null;
}

const AUX: Record<string, string> = { masc: 'был', femn: 'была', neut: 'было', plur: 'были' };

/**
 * A date inside a participle phrase times the noun the participle belongs to: "Декрет о мире,
 * принятый … 26 октября 1917 года" gives "Когда был принят Декрет о мире?". In a definition
 * ("Брестский мир — сепаратный договор, подписанный 3 марта 1918 года") the defined term is the
 * subject.
 */
function participleEvent(
	ctx: EventContext,
	df: number
): { subject: string; verb: string; kind: EventKind } | null {
	const { w } = ctx;
	const doc = w.doc;
	const [sFrom] = doc.sentenceTokens[doc.tokens[df].sentence];
	let comma = df - 1;
	while (comma > sFrom && doc.tokens[comma].text !== ',') comma--;
	if (comma <= sFrom) return null;
	const part = comma + 1;
	const pa = w.info(part).analyses.find((a) => a.known && a.pos === 'PRTF' && a.tags.has('pssv'));
	if (!pa) return null;
	// "…, предложенный Даллесом и обсуждавшийся на конференции 19–21 сентября": the date is the
	// second participle's, not the first's.
	if (participleBefore(w, df) !== part) return null;
	// The noun before the comma that the participle agrees with.
	// ("Заём в 2 250 млн франков, размещённый …": a noun its preposition governs is not it.)
	let head = comma - 1;
	while (
		head > sFrom &&
		(doc.tokens[head].kind !== 'punct' || doc.tokens[head].text === '»') &&
		(!nounAgreeing(w, head, pa) || governedByPrep(w, head, sFrom))
	)
		// ("Договор о «Вечном мире», заключённый …": a quoted title is passed over whole.)
		head = doc.tokens[head].text === '»' ? quoteOpen(doc, head, sFrom) - 1 : head - 1;
	const ha = w
		.info(head)
		.analyses.find(
			(a) => a.known && a.pos === 'NOUN' && a.case === pa.case && a.number === pa.number
		);
	if (!ha) return null;
	let from = head;
	while (from > sFrom && doc.tokens[from - 1].kind === 'word' && agreesWith(w, from - 1, ha))
		from--;
	let subject = inflectPhrase(w, from, head, comma, 'nomn');
	// "X — Y, подписанный …": the term being defined.
	const dash = doc.tokens.slice(sFrom, from).findIndex((t) => /^[–—]$/.test(t.text));
	if (dash > 0) {
		const { brackets } = groups(doc, sFrom, sFrom + dash);
		subject = render(doc, sFrom, sFrom + dash, (i) => brackets.some(([a, b]) => i >= a && i < b));
	}
	const verb = passivePast(w, pa, ha);
	if (!subject || !verb) return null;
	const kind = kindOf(w, from, comma + 2);
	return {
		subject: lowerFirst(subject, properAt(w, dash > 0 ? sFrom : from, ctx.people)),
		verb,
		kind
	};
}

/** The "«" that the "»" at `close` closes (not before `from`), or `from`. */
function quoteOpen(doc: Doc, close: number, from: number): number {
	let depth = 0;
	for (let i = close; i > from; i--) {
		if (doc.tokens[i].text === '»') depth++;
		else if (doc.tokens[i].text === '«' && --depth === 0) return i;
	}
	return from;
}

/**
 * "Пленум, проходивший 22—29 июня 1957 г.", "на конгрессе, открывшемся в июле 1772 года",
 * "Пайсанду, павший 2 января 1865 г.": an intransitive past participle with a date times its
 * noun's own verb ("Когда проходил Пленум?"). Only an event noun or a name: "город, павший …"
 * says too little. A transitive one has an object to carry ("возглавлявший это ведомство"): none.
 */
function activeParticipleEvent(
	ctx: EventContext,
	df: number,
	dt: number
): { subject: string; verb: string; kind: EventKind } | null {
	const { w } = ctx;
	const doc = w.doc;
	const part = participleBefore(w, df);
	if (part < 0 || part !== commaBeforePart(w, df) + 1) return null;
	const pa = w
		.info(part)
		.analyses.find(
			(a) =>
				a.known &&
				a.pos === 'PRTF' &&
				a.tags.has('actv') &&
				a.tags.has('past') &&
				!a.tags.has('tran')
		);
	if (!pa) return null;
	const comma = part - 1;
	const [sFrom] = doc.sentenceTokens[doc.tokens[df].sentence];
	// The noun it agrees with; an acronym agrees with anything ("на пленуме ЦК КПСС, проходившем").
	let head = comma - 1;
	while (
		head > sFrom &&
		doc.tokens[head].kind === 'word' &&
		(!nounAgreeing(w, head, pa) || doc.tokens[head].acronym)
	)
		head--;
	const ha = w
		.info(head)
		.analyses.find(
			(a) => a.known && a.pos === 'NOUN' && a.case === pa.case && a.number === pa.number
		);
	if (!ha || doc.tokens[head].acronym) return null;
	let from = head;
	while (from > sFrom && doc.tokens[from - 1].kind === 'word' && agreesWith(w, from - 1, ha))
		from--;
	if (range(from, comma).some((i) => isPredicate(w, i))) return null;
	const named = range(from, comma).some(
		(i) => doc.tokens[i].cap && doc.firstWord[doc.tokens[i].sentence] !== i
	);
	if (!nounKind(ha.lemma) && !named) return null;
	const subject = inflectPhrase(w, from, head, comma, 'nomn');
	const verb = pastOfParticiple(
		doc.tokens[part].text,
		ha.number === 'plur' ? 'plur' : (ha.gender ?? 'masc')
	);
	// What the participle says besides the date: "созревшее в Берлине ещё осенью" → "в Берлине".
	const rest = range(part + 1, df).filter(
		(i) => !/^(?:ещё|еще|уже|лишь|только)$/iu.test(doc.tokens[i].text)
	);
	// Only a place may come with it ("в Берлине"); an object or a pronoun ("руководивший им",
	// "кабинетом") makes it an office or a deed of its own. A bound ("до 1867 г.") dates no event.
	const placeOnly =
		!rest.length ||
		(PLACE_PREP.test(doc.tokens[rest[0]].text) &&
			!rest.some((i) => OBLIQUE_PRONOUN.test(doc.tokens[i].text)));
	if (
		!subject ||
		!verb ||
		rest.length > 3 ||
		!placeOnly ||
		/^(?:до|к|ко|по)$/iu.test(doc.tokens[df].text)
	)
		return null;
	if (rest.some((i) => doc.tokens[i].kind !== 'word')) return null;
	const tail = rest.map((i) => doc.tokens[i].text).join(' ');
	return {
		subject: lowerFirst(tail ? `${subject} ${tail}` : subject, properAt(w, from, ctx.people)),
		verb,
		kind: kindOf(w, from, Math.max(dt, comma + 2))
	};
}

const PLACE_PREP = /^(?:в|во|на|под|у|при|близ|около)$/iu;

/** The comma that opens the part holding token `at` (or the sentence's first token). */
function commaBeforePart(w: Words, at: number): number {
	const doc = w.doc;
	const [sFrom] = doc.sentenceTokens[doc.tokens[at].sentence];
	let comma = at - 1;
	while (comma > sFrom && doc.tokens[comma].text !== ',') comma--;
	return comma;
}

/** "проходивший" → "проходил", "открывшемся" → "открылся", "павшая" → "пала", "умерший" → "умер". */
function pastOfParticiple(word: string, g: Gender | 'plur'): string | null {
	const m = /^(.+?)(в?)ш(?:ий|ая|ее|ие|его|ей|ему|ем|им|ую|ой|их|ими|ого|ом|ею|юю)(ся|сь)?$/iu.exec(
		word
	);
	if (!m) return null;
	const stem = m[1].toLowerCase();
	const masc = /[аеёиоуыэюя]$/u.test(stem) ? `${stem}л` : stem;
	const base = g === 'masc' ? masc : `${stem}л${g === 'femn' ? 'а' : g === 'neut' ? 'о' : 'и'}`;
	if (!m[3]) return base;
	return `${base}${g === 'masc' ? 'ся' : 'сь'}`;
}

/**
 * The participle that opens the comma-separated part holding token `at`, or the last one joined
 * to it before `at` ("…, предложенный Даллесом и обсуждавшийся …"): its index, or -1.
 */
function participleBefore(w: Words, at: number): number {
	const doc = w.doc;
	const [sFrom] = doc.sentenceTokens[doc.tokens[at].sentence];
	let comma = at - 1;
	while (comma > sFrom && !/^[,;:]$/u.test(doc.tokens[comma].text)) comma--;
	if (comma <= sFrom || doc.tokens[comma].text !== ',') return -1;
	const isPrtf = (i: number) => w.info(i).analyses.some((a) => a.known && a.pos === 'PRTF');
	// "…, обвинявших его в «сдаче» ГДР; в декабре он ушёл": the phrase ended before the date.
	if (range(comma + 2, at).some((i) => isPredicate(w, i))) return -1;
	if (!isPrtf(comma + 1)) return -1;
	let last = comma + 1;
	for (let i = comma + 2; i < at; i++)
		if (doc.tokens[i - 1].text.toLowerCase() === 'и' && isPrtf(i)) last = i;
	return last;
}

/** "созданные" for "совнархозы" → "были созданы". */
function passivePast(w: Words, pa: Analysis, ha: Analysis): string | null {
	const number = ha.number === 'plur' ? 'plur' : (ha.gender ?? 'masc');
	const short = w.morph.inflect(pa, {
		pos: 'PRTS',
		gender: number === 'plur' ? undefined : (number as Gender),
		number: number === 'plur' ? 'plur' : 'sing'
	});
	return short ? `${AUX[number]} ${short}` : null;
}

/**
 * "упразднялись созданные в 1957 г. совнархозы": a date between a participle and its noun times
 * the participle ("Когда были созданы совнархозы?"), not the clause's verb.
 */
function prenominalParticiple(
	ctx: EventContext,
	df: number,
	dt: number
): { subject: string; verb: string; kind: EventKind } | null {
	const { w } = ctx;
	const doc = w.doc;
	let p = df - 1;
	if (PREPOSITION.test(doc.tokens[p]?.text ?? '')) p--;
	// Before its noun, not after it ("договор, подписанный 3 марта 1918 года в Брест-Литовске").
	if (
		p <= 0 ||
		doc.tokens[p - 1].text === ',' ||
		doc.tokens[p].sentence !== doc.tokens[df].sentence ||
		dt >= doc.tokens.length ||
		PREPOSITION.test(doc.tokens[dt].text)
	)
		return null;
	const head = dt;
	for (const pa of w.info(p).analyses) {
		if (!pa.known || pa.pos !== 'PRTF' || !pa.tags.has('pssv')) continue;
		const ha = w
			.info(head)
			.analyses.find(
				(a) =>
					a.known &&
					a.pos === 'NOUN' &&
					a.case === pa.case &&
					a.number === pa.number &&
					(a.number === 'plur' || a.gender === pa.gender)
			);
		const subject = ha && inflectPhrase(w, head, head, head + 1, 'nomn');
		const verb = ha && passivePast(w, pa, ha);
		if (subject && verb)
			return {
				subject: lowerFirst(subject, properAt(w, head, ctx.people)),
				verb,
				kind: kindOf(w, p, head + 1)
			};
	}
	return null;
}

/** Whether the noun at i stands in a preposition's phrase ("в 2 250 млн", "на новых условиях"). */
function governedByPrep(w: Words, i: number, sFrom: number): boolean {
	const doc = w.doc;
	let j = i - 1;
	while (
		j > sFrom &&
		(doc.tokens[j].kind === 'number' || w.info(j).analyses.find((a) => a.known)?.pos === 'ADJF')
	)
		j--;
	return w.info(j).analyses.find((a) => a.known)?.pos === 'PREP';
}

function nounAgreeing(
	w: Words,
	i: number,
	pa: { case?: string; number?: string; gender?: string }
): boolean {
	// "о" is also the noun "буква о": a word whose likeliest reading is not a noun is none.
	const top = w.info(i).analyses.find((a) => a.known);
	if (!top || top.pos !== 'NOUN') return false;
	return w
		.info(i)
		.analyses.some(
			(a) =>
				a.known &&
				a.pos === 'NOUN' &&
				a.case === pa.case &&
				a.number === pa.number &&
				(pa.number === 'plur' || !pa.gender || a.gender === pa.gender)
		);
}

/**
 * "26 августа 1812 г. — Бородинское сражение.": a date list's entry, the event after the dash.
 * "12 июня 1812 г. — начало Отечественной войны" is asked as "Когда началась Отечественная война?".
 */
function dashEvent(
	ctx: EventContext,
	dt: number
): { subject: string; verb: string; kind: EventKind } | null {
	const { w } = ctx;
	const doc = w.doc;
	if (!/^[–—-]$/.test(doc.tokens[dt]?.text ?? '')) return null;
	const [, sTo] = doc.sentenceTokens[doc.tokens[dt].sentence];
	if (dt + 1 >= sTo) return null; // a dash that ends the text (a piece cut right after it)
	// ("— смерть И. В. Сталина": an initial's stop goes on with the entry.)
	const initialStop = (i: number) =>
		doc.tokens[i].text === '.' && /^\p{Lu}$/u.test(doc.tokens[i - 1]?.text ?? '');
	let end = dt + 1;
	while (end < sTo && (doc.tokens[end].kind === 'word' || initialStop(end))) end++;
	// ("начало" is also the verb "начало": a noun right after the dash is read as a noun.)
	const nounFirst = w
		.info(dt + 1)
		.analyses.some((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn');
	if (end - dt - 1 < 1 || end - dt - 1 > 7 || (!nounFirst && hasVerb(w, dt + 1, end))) return null;
	let head = -1;
	for (let k = dt + 1; k < end && head < 0; k++)
		if (w.info(k).analyses.some((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn')) head = k;
	// The entry is an event: it opens with its noun or adjective ("— Бородинское сражение"), not a
	// preposition ("— в Париж меморандум"), and its noun is no name ("— Бриан и Штреземан").
	// ("начало" also reads as a verb: any noun or adjective reading opens an entry.)
	const opens = w
		.info(dt + 1)
		.analyses.some((a) => a.known && (a.pos === 'NOUN' || a.pos === 'ADJF'));
	const prep = w.info(dt + 1).analyses.some((a) => a.known && a.pos === 'PREP');
	if (head < 0 || !opens || prep || doc.tokens[head].cap) return null;
	const h = w.info(head).analyses.find((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn')!;
	// "…, а с 1823 г. — поэт Кондратий Фёдорович Рылеев": a person after the dash is the subject of
	// a verb left out before it, no event.
	if (h.tags.has('anim') || ctx.people.has(head)) return null;
	const rest = render(doc, head + 1, end);
	// "начало X" → "началась X", "окончание X" → "закончилась X".
	if (/^(?:начало|окончание|конец)$/u.test(h.lemma) && rest) {
		const k = head + 1;
		const g = w
			.info(k)
			.analyses.find((a) => a.known && (a.pos === 'NOUN' || a.pos === 'ADJF') && a.case === 'gent');
		let objHead = k;
		while (
			objHead < end &&
			!w.info(objHead).analyses.some((a) => a.known && a.pos === 'NOUN' && a.case === 'gent')
		)
			objHead++;
		const obj = g && objHead < end ? inflectPhrase(w, k, objHead, end, 'nomn') : null;
		const og = w.info(objHead)?.analyses.find((a) => a.pos === 'NOUN' && a.case === 'gent');
		if (obj && og) {
			const n = og.number === 'plur' ? 3 : og.gender === 'femn' ? 1 : og.gender === 'neut' ? 2 : 0;
			const verb = (
				h.lemma === 'начало'
					? ['начался', 'началась', 'началось', 'начались']
					: ['закончился', 'закончилась', 'закончилось', 'закончились']
			)[n];
			return {
				subject: lowerFirst(obj, properAt(w, k, ctx.people)),
				verb,
				kind: kindOf(w, k, end)
			};
		}
	}
	const subject = render(doc, dt + 1, end);
	const n = h.number === 'plur' ? 'plur' : (h.gender ?? 'masc');
	const family = DOCUMENT.test(h.lemma)
		? 'document'
		: nounKind(h.lemma)?.kind === 'treaty'
			? 'treaty'
			: 'other';
	return {
		subject: lowerFirst(subject, properAt(w, dt + 1, ctx.people)),
		verb: AGREE[family][n],
		kind: kindOf(w, dt + 1, end)
	};
}

/** Documents are issued, not "happened": "Когда был издан манифест …?". */
const DOCUMENT =
	/^(?:манифест|указ|декрет|закон|постановление|резолюция|нота|ультиматум|рескрипт|циркуляр|грамота|приказ|директива|меморандум)$/u;

const NAMED_BY_ABOUT =
	/^(?:договор|соглашение|конвенция|пакт|трактат|меморандум|декларация|закон|указ|декрет|постановление|резолюция|положение|манифест|устав)$/u;

function playsRole(w: Words, from: number, to: number): boolean {
	let verb = false;
	let role = false;
	for (let i = from; i < to; i++)
		for (const a of w.info(i).analyses) {
			if (!a.known) continue;
			if (a.pos === 'VERB' && /^(?:сыграть|играть)$/u.test(a.lemma)) verb = true;
			if (a.pos === 'NOUN' && a.lemma === 'роль') role = true;
		}
	return verb && role;
}

/** Whether the noun at i names a document ("договор", "соглашение", "меморандум"). */
function documentAt(w: Words, i: number): boolean {
	return w
		.info(i)
		.analyses.some((a) => a.known && a.pos === 'NOUN' && NAMED_BY_ABOUT.test(a.lemma));
}

function hasVerb(w: Words, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (isPredicate(w, i)) return true;
	return false;
}

/** An action noun right before the date ("подписания 18 марта 1921 г."), "в" aside. */
function touchesNominalization(w: Words, df: number): boolean {
	let k = df - 1;
	if (/^(?:в|во)$/iu.test(w.doc.tokens[k]?.text ?? '')) k--;
	const t = w.doc.tokens[k];
	if (!t || t.kind !== 'word' || t.sentence !== w.doc.tokens[df].sentence) return false;
	return w.info(k).analyses.some((a) => a.known && a.pos === 'NOUN' && !!nominalization(a.lemma));
}

/**
 * "Подписание 12 октября 1920 г. прелиминарного мирного договора", "убийство В. Ратенау 24 июня":
 * an action named by its noun, its object in the genitive next to the date. Asked as "Когда был
 * подписан прелиминарный мирный договор?", the object put in the nominative.
 */
function nominalEvent(
	ctx: EventContext,
	df: number,
	dt: number
): { subject: string; verb: string; kind: EventKind } | null {
	const { w } = ctx;
	const doc = w.doc;
	const s = doc.tokens[df].sentence;
	// The action noun: right before the date, or two words before it ("убийство Ратенау 24 июня").
	for (let h = df - 1; h >= Math.max(0, df - 4); h--) {
		const t = doc.tokens[h];
		if (t.sentence !== s || t.kind !== 'word') return null;
		const a = w
			.info(h)
			.analyses.find((x) => x.known && x.pos === 'NOUN' && nominalization(x.lemma));
		if (!a) continue;
		const forms = nominalization(a.lemma)!;
		// The object: the genitive phrase after the action noun (skipping the date).
		// The object comes after the date when the date follows the noun ("подписания [в] апреле 1922 г. договора").
		let from = df - h <= 2 ? dt : h + 1;
		let head = -1;
		let to = from;
		let inPrep = false;
		for (let k = from; k < Math.min(from + 8, doc.tokens.length); k++) {
			const x = doc.tokens[k];
			if (x.sentence !== s || x.kind === 'punct' || (k >= df && k < dt)) break;
			const person = ctx.people.get(k);
			// "к подписанию 5 августа 1963 г. в Москве Договора о …", "взятие … после четырёхмесячной
			// осады крепости Кольберг": a phrase of a preposition before the object is passed over,
			// its adjectives and its noun ("в", "после" govern no genitive object).
			const prep = (i: number) => w.info(i).analyses.some((y) => y.known && y.pos === 'PREP');
			const noun = w.info(k).analyses.some((y) => y.known && y.pos === 'NOUN');
			const passed = head < 0 && (prep(k) || inPrep);
			inPrep = head < 0 && (prep(k) || (inPrep && !noun));
			if (passed && !inPrep) from = k + 1;
			const g = passed
				? undefined
				: w.info(k).analyses.find((y) => y.known && y.pos === 'NOUN' && y.case === 'gent');
			if (person) {
				const end = person.mentions.find((m) => m.tokens[0] <= k && m.tokens[1] > k)!.tokens[1];
				const verb = forms[person.gender === 'femn' ? 1 : 0];
				return {
					subject: person.name,
					verb: `${person.gender === 'femn' ? 'была' : 'был'} ${verb}`,
					kind: nounKind(a.lemma) ?? { kind: 'government', weight: 3 },
					...(end ? {} : {})
				};
			}
			if (g && head < 0) head = k;
			// "Договора о запрещении испытаний ядерного оружия": a document's "о …" is its name.
			else if (head >= 0 && /^(?:о|об)$/iu.test(x.text) && documentAt(w, head)) {
				while (k + 1 < doc.tokens.length && k < from + 14 && doc.tokens[k + 1].kind === 'word')
					if (isPredicate(w, ++k)) {
						k--;
						break;
					}
				to = k + 1;
				break;
			}
			// After the object's noun only an unambiguous genitive continues it ("договора
			// отношения улучшились": "отношения" is the next clause's subject).
			else if (head >= 0 && !w.info(k).analyses.every((y) => !y.known || y.case === 'gent')) break;
			to = k + 1;
		}
		if (head < 0) return null;
		while (
			from < head &&
			!w
				.info(from)
				.analyses.some((y) => (y.pos === 'ADJF' || y.pos === 'PRTF') && y.case === 'gent')
		)
			from++;
		const hn = w.info(head).analyses.find((y) => y.known && y.pos === 'NOUN' && y.case === 'gent')!;
		const subject = inflectPhrase(w, from, head, to, 'nomn');
		if (!subject) return null;
		const n = hn.number === 'plur' ? 3 : hn.gender === 'femn' ? 1 : hn.gender === 'neut' ? 2 : 0;
		const aux = ['был', 'была', 'было', 'были'][n];
		return {
			subject: lowerFirst(subject, properAt(w, from, ctx.people)),
			verb: `${aux} ${forms[n]}`,
			kind: nounKind(hn.lemma) ?? nounKind(a.lemma) ?? { kind: 'decision', weight: 3 }
		};
	}
	return null;
}

function agreesWith(w: Words, i: number, head: { case?: string; number?: string }): boolean {
	return w
		.info(i)
		.analyses.some(
			(a) =>
				(a.pos === 'ADJF' || a.pos === 'PRTF') && a.case === head.case && a.number === head.number
		);
}

/** Cards for every date of the article that times an event. */
export function dateFacts(ctx: EventContext, dates: DateMention[]): FactDraft[] {
	const out: FactDraft[] = [];
	for (const d of dates) {
		const f = dateFact(ctx, dates, d);
		if (f) out.push(f);
	}
	return out;
}

interface DatedEvent {
	/** "в Рапалло был подписан договор": the phrase after "Когда". */
	text: string;
	kind: EventKind;
	clause: [number, number];
	persons: Person[];
}

/** What one date times: its clause as a statement, or an event noun near it. */
function eventOf(
	ctx: EventContext,
	dates: DateMention[],
	d: DateMention,
	df: number,
	dt: number
): DatedEvent | null {
	const { w } = ctx;
	const doc = w.doc;
	// "от 18 января 1923 г." dates a document; "Лето 1998 года кабинет провёл …" names a time as an
	// object: neither times the clause's verb.
	// ("премию за 1925 г.": a year something is for, not when it happened.)
	// "со времён Суэцкого кризиса 1956 года": a year right after an event noun in the genitive
	// dates that event, not the clause's verb.
	// ("готовил соглашения 1972 года": a noun that may be the verb's object keeps its date there;
	// "русско-польской войны 1654—1667 годов": its adjective says the noun is a genitive.)
	const before = df > 0 ? w.info(df - 1).analyses.filter((a) => a.known && a.pos === 'NOUN') : [];
	const ofEvent =
		/^\d{3,4}(?:\/\d{3,4})?$/u.test(d.iso) &&
		before.some((a) => a.case === 'gent' && !!nounKind(a.lemma)) &&
		(before.every((a) => a.case === 'gent') || genitiveByAdjective(w, df - 2, before)) &&
		doc.tokens[df - 1]?.sentence === doc.tokens[df].sentence;
	// "По сравнению с соглашением 911 г. он был менее выгоден": the year names what the clause is
	// compared with; it times nothing the clause tells.
	if (
		/(?:по\s+сравнению\s+с|в\s+отличие\s+от|наряду\s+с)\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(
			doc.text.slice(Math.max(0, doc.tokens[df].start - 60), doc.tokens[df].start)
		)
	)
		return null;
	const dated =
		ofEvent ||
		yearOfNoun(w, d, df) ||
		eventNounInPresent(w, df) ||
		/^(?:от|за)$/iu.test(doc.tokens[df - 1]?.text ?? '') ||
		/^(?:лето|весна|весну|осень)$/iu.test(doc.tokens[df].text);
	// "после подписания в апреле 1922 г. Рапалльского договора": the date is the signing's.
	const nominal =
		(touchesNominalization(w, df) ? nominalEvent(ctx, df, dt) : null) ??
		prenominalParticiple(ctx, df, dt);
	// "Пайсанду, павший 2 января 1865 г., был разрушен": the date is the participle's, not the
	// clause's verb's.
	const inParticiple = participleBefore(w, df) >= 0;
	// "Армия перешла Балканы и 20 января 1878 г. заняла Адрианополь": a date right after "и" times
	// the second of two predicates only.
	const second = nominal || dated || inParticiple ? null : secondOfTwo(ctx, dates, df, dt);
	if (second)
		return {
			text: second.text,
			clause: second.clause,
			persons: second.persons,
			kind: kindOf(w, ...second.tokens)
		};
	const st =
		nominal || dated || inParticiple || !nearestToPredicate(w, dates, d, df)
			? null
			: statement(ctx, df, dt, d.iso);
	if (st && complementCut(w, st)) return why('complement-cut');
	if (st) {
		const persons = new Set(
			range(st.from, st.to)
				.map((i) => ctx.people.get(i))
				.filter((p): p is Person => !!p)
		);
		return {
			text: st.text,
			kind: kindOf(w, st.from, st.to),
			clause: [doc.tokens[st.from].start, doc.tokens[st.to - 1].end],
			persons: [...persons]
		};
	}
	const byParticiple = participleEvent(ctx, df) ?? activeParticipleEvent(ctx, df, dt);
	// "Миссия Мензиса, доставившая этот план в Каир в начале сентября, была отвергнута": a date
	// inside a participle phrase times that participle; a noun near it ("план") has no date then.
	if (!nominal && !byParticiple && inParticiple) return why('participle');
	const ne =
		nominal ??
		byParticiple ??
		nominalEvent(ctx, df, dt) ??
		nounEvent(ctx, d, df) ??
		// ("15 марта — национальный праздник Венгрии": a day without its year recurs; a date list's
		// entry gives its year.)
		(d.explicitYear ? dashEvent(ctx, dt) : null);
	if (!ne) return why('no-noun-event');
	// "его присоединение к России, объявленное манифестом …": whose it is stays in the sentence
	// before.
	if (/(?:^|\s)(?:его|её|ее|их)\s/u.test(ne.subject)) return why('possessive');
	const [from, to] = doc.sentenceTokens[doc.tokens[df].sentence];
	return {
		text: `${ne.verb} ${ne.subject}`,
		kind: ne.kind,
		clause: [doc.tokens[from].start, doc.tokens[to - 1].end],
		persons: []
	};
}

/**
 * "Уже в августе Малик неожиданно дал понять, что СССР готов передать …": a clause whose verb's
 * object is the "что" clause cut off after it asks nothing ("Когда Малик дал понять?").
 */
function complementCut(w: Words, st: Statement): boolean {
	const doc = w.doc;
	if (doc.tokens[st.to]?.text !== ',') return false;
	if (!/^(?:что|чтобы|будто)$/iu.test(doc.tokens[st.to + 1]?.text ?? '')) return false;
	const last = /(\p{L}+)$/u.exec(st.text)?.[1];
	if (!last || last !== doc.tokens[st.to - 1].text) return false;
	return w.info(st.to - 1).analyses.some((a) => a.known && (a.pos === 'VERB' || a.pos === 'INFN'));
}

/**
 * "Предыстория договора восходит к Андрусовскому перемирию 30 января (9 февраля) 1667 г.": in a
 * sentence whose verb is the writer's present, a date right after an event noun in an oblique
 * case is that event's ("Когда было заключено Андрусовское перемирие?"), not the verb's.
 */
function eventNounInPresent(w: Words, df: number): boolean {
	const doc = w.doc;
	if (df < 1 || doc.tokens[df - 1].sentence !== doc.tokens[df].sentence) return false;
	const noun = w
		.info(df - 1)
		.analyses.filter((a) => a.known && a.pos === 'NOUN' && !!nounKind(a.lemma));
	if (!noun.length || noun.some((a) => a.case === 'nomn')) return false;
	const [from, to] = doc.sentenceTokens[doc.tokens[df].sentence];
	let present = false;
	for (let i = from; i < to; i++) {
		if (!isPredicate(w, i)) continue;
		const top = w.info(i).analyses.find((a) => a.known);
		if (!top?.tags.has('pres')) return false;
		present = true;
	}
	return present;
}

/** Time nouns a bare year may follow as an adverbial ("осенью 1918 г."). */
const TIME_NOUN =
	/^(?:осенью|летом|весной|зимой|году|года|начале|конце|середине|начала|конца|середины|половине|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)$/iu;

/**
 * "попытки вернуться к идеям 1965 г. предпринимались и позднее": a bare year with no preposition of
 * its own, right after a noun, is that noun's ("the ideas of 1965"), not the clause's time.
 */
function yearOfNoun(w: Words, d: DateMention, df: number): boolean {
	const doc = w.doc;
	if (!/^\d{4}(?:\/\d{4})?$/u.test(d.iso) || doc.tokens[df].kind !== 'number' || df < 1)
		return false;
	const before = doc.tokens[df - 1];
	if (before.kind !== 'word' || before.sentence !== doc.tokens[df].sentence) return false;
	if (TIME_NOUN.test(before.text) || before.cap) return false;
	// (An event noun keeps the clause: "по Столбовскому миру 1617 года Швеция вернула Новгород".)
	const nouns = w.info(df - 1).analyses.filter((a) => a.known && a.pos === 'NOUN');
	return nouns.length > 0 && !nouns.some((a) => nounKind(a.lemma));
}

/**
 * The adjective at `i` agrees with the noun after it only as a genitive: "русско-польской войны"
 * (no plural "войны" takes "-ой"), unlike "новые соглашения".
 */
function genitiveByAdjective(w: Words, i: number, noun: readonly Analysis[]): boolean {
	const adj = i >= 0 ? w.info(i).analyses.filter((a) => a.pos === 'ADJF') : [];
	const cases = new Set(
		adj.flatMap((a) =>
			noun
				.filter(
					(n) =>
						n.case === a.case &&
						n.number === a.number &&
						(a.number === 'plur' || n.gender === a.gender)
				)
				.map((n) => n.case)
		)
	);
	return cases.size === 1 && cases.has('gent');
}

/**
 * "4. Почему события называют переворотом?": a question of the text (an exercise, a rhetorical
 * one) states nothing; "Даты приводятся по старому стилю" is the editor's note, not history.
 */
function editorial(doc: Doc, df: number): boolean {
	const [sFrom, sEnd] = doc.sentenceTokens[doc.tokens[df].sentence];
	const text = doc.text.slice(doc.tokens[sFrom].start, doc.tokens[sEnd - 1].end);
	return (
		/\?[»"]?$/u.test(text) ||
		// "Цель настоящей статьи — проследить, как замысел реформы складывался в 1962—1965 гг.":
		// the article about itself.
		/(?:^|\s)(?:цель|задача|предмет)\s+(?:настоящей|данной|этой|нашей)\s+(?:статьи|работы|главы)/iu.test(
			text
		) ||
		/(?:^|\s)в\s+(?:настоящей|данной|этой)\s+(?:статье|работе)/iu.test(text) ||
		/(?:^|\s)дат[аыу]?\s(?:[^!?]{0,80}\s)?(?:по\s+)?(?:старому|новому)\s+стилю/iu.test(text) ||
		// "Даты до 1918 г. для событий в России приводятся по юлианскому календарю": a note on dates.
		/(?:^|\s)дат[аыу]?\s(?:[^!?]{0,80}\s)?(?:по\s+)?(?:юлианскому|григорианскому)\s+календарю/iu.test(
			text
		)
	);
}

/**
 * A treaty's noun in the instrumental, dative or prepositional: "связанная союзным договором 1781 г."
 * ("после Московского договора 1970 г." asks the treaty's own date: a card of its own).
 */
const TREATY_NOUN =
	/^(?:договор(?:ом|у|е|ами|ах)|соглашени(?:ем|ю|ями)|конвенци(?:ей|ю)|трактат(?:ом|у|е)|пакт(?:ом|у|е))$/iu;

/** The cards of one date: "Когда …?" and, when short enough, "Что произошло …?". */
function dateFact(ctx: EventContext, dates: DateMention[], d: DateMention): FactDraft | null {
	const doc: Doc = ctx.w.doc;
	const [df, dt] = tokenRange(doc, d.start, d.end);
	whyAt = d.start;
	if (df >= dt) return null;
	if (editorial(doc, df)) return why('editorial');
	// "Австрия, связанная с ней союзным договором 1781 г.": a bare year after a treaty's noun names
	// the treaty; the clause around it did not happen then.
	if (/^\d{4}$/u.test(d.iso) && TREATY_NOUN.test(doc.tokens[df - 1]?.text ?? ''))
		return why('names-treaty');
	const e = eventOf(ctx, dates, d, df, dt);
	if (!e) return null;
	const question = `Когда ${e.text}?`;
	// A treaty's full name is the fact itself ("Договор об ограничении систем противоракетной
	// обороны и Временное соглашение об …"): up to the rubric's 200 characters.
	const treaty = /(?:^|\s)(?:договор|соглашени|пакт|конвенци|трактат)\S*\s/iu.test(e.text);
	if (question.length > (treaty ? 200 : MAX_QUESTION)) return why('too-long');
	// "Когда в январе 1966 г. … перешли первые 43 предприятия, к концу — свыше 700?": another date
	// left in the question gives the answer away or asks two things.
	if (MONTH_YEAR.test(e.text)) return why('leak');
	const event = upperFirst(e.text);
	const cards: FactDraft['cards'] = [
		// "Когда …?" is answered as one says it: "16 апреля 1922 г.", "в апреле 1922 г.".
		{
			deck: 'dates',
			front: question,
			back: d.when,
			fact: { type: 'date', ask: 'date', date: d.iso, event }
		}
	];
	// "Что произошло до апреля 1907 г.?" asks nothing: a bound dates no event.
	if (event.length <= MAX_ANSWER && !/^(?:до|к|ко|вплоть\s+до|не\s+позднее)\s/iu.test(d.when))
		cards.push({
			deck: 'dates',
			front: `Что произошло ${d.when}?`,
			back: event,
			fact: { type: 'date', ask: 'event', date: d.iso, event }
		});
	return {
		sentence: doc.tokens[df].sentence,
		clause: e.clause,
		kind: e.kind.kind,
		weight: d.coarse ? Math.min(e.kind.weight, 1) : e.kind.weight,
		persons: e.persons,
		cards,
		key: `date|${e.clause[0]}|${d.iso}`,
		hedged: hedged(doc.text.slice(e.clause[0], e.clause[1]))
	};
}

/**
 * Of the dates in one clause, the one nearest its predicate times it ("О намерении вступить в 1920
 * г. в переговоры признался в 1924 г. …" is told in 1924); the others date their own nouns.
 */
function nearestToPredicate(w: Words, dates: DateMention[], d: DateMention, df: number): boolean {
	const doc = w.doc;
	const c = clauseOf(w, df, df + 1);
	const cs = doc.tokens[c.from].start;
	const ce = doc.tokens[c.to - 1].end;
	// (Not a date in an apposition after a name: "Сукарно, президент Индонезии с 1945 года, был
	// отстранён от власти в 1967 году" is dated by its 1967.)
	const mine = dates.filter(
		(x) => x.start >= cs && x.end <= ce && (x === d || !inNameApposition(w, c, x))
	);
	if (mine.length < 2) return true;
	let pred = -1;
	for (let i = c.from; i < c.to; i++) if (isPredicate(w, i)) pred = pred < 0 ? i : pred;
	if (pred < 0) return true;
	const at = doc.tokens[pred].start;
	const dist = (x: DateMention) => Math.min(Math.abs(x.start - at), Math.abs(x.end - at));
	return mine.every((x) => x === d || dist(d) <= dist(x));
}

/**
 * ", президент Индонезии с 1945 года," after "Сукарно": an apposition with a date of its own, cut
 * from the card of the clause's other date (its commas too). [first comma, second comma] or null.
 */
function datedApposition(
	w: Words,
	from: number,
	to: number,
	df: number,
	dt: number
): [number, number] | null {
	const doc = w.doc;
	for (let a = from + 1; a < to; a++) {
		if (doc.tokens[a].text !== ',' || !doc.tokens[a - 1].cap) continue;
		let b = a + 1;
		let dated = false;
		for (; b < to && doc.tokens[b].text !== ',' && !isPredicate(w, b); b++)
			if (datedToken(doc, b)) dated = true;
		if (b >= to || doc.tokens[b].text !== ',' || !dated || !(df > b || dt <= a)) continue;
		// (Not when the other date is in a relative clause after it: "…, с 1908 г. главноуправляющий
		// …, с которым Столыпин в 1910 году совершил поездку" is that clause's.)
		for (let i = b; i < df; i++) if (/^котор/iu.test(doc.tokens[i].text)) return null;
		return [a, b + 1];
	}
	return null;
}

/** Whether the date is in a part between commas, with no predicate, right after a name. */
function inNameApposition(w: Words, c: { from: number; to: number }, x: DateMention): boolean {
	const doc = w.doc;
	let k = c.from;
	while (k < c.to && doc.tokens[k].start < x.start) k++;
	let a = k;
	while (a > c.from && doc.tokens[a - 1].text !== ',') a--;
	if (a <= c.from + 1 || !doc.tokens[a - 2].cap) return false;
	for (let i = a; i < c.to && doc.tokens[i].text !== ','; i++) if (isPredicate(w, i)) return false;
	return true;
}

/**
 * A transitive deed keeps its object in the question: "Кто направил в Лондон?" lost what was sent
 * ("…направил в Лондон, а в Париж — меморандум"), "Кто в ноте потребовал?" what was demanded.
 */
export function objectKept(
	ctx: EventContext,
	k: number,
	from: number,
	to: number,
	skip: (i: number) => boolean
): boolean {
	const { w } = ctx;
	if (!w.info(k).analyses.some((a) => a.known && a.pos === 'VERB' && a.tags.has('tran')))
		return true;
	for (let i = from; i < to; i++) {
		if (skip(i) || i === k) continue;
		const t = w.doc.tokens[i];
		if (t.text === '«' || t.acronym || ctx.people.has(i)) return true;
		// "в", "с", "о" are also letters' names to the dictionary, not objects.
		if (w.info(i).analyses.some((a) => a.known && (a.pos === 'PREP' || a.pos === 'CONJ'))) continue;
		const prep = /^(?:в|во|на|из|от|до|для|у|с|со|к|по|о|об|при|за|под|над)$/iu.test(
			w.doc.tokens[i - 1]?.text ?? ''
		);
		const object = w
			.info(i)
			.analyses.some(
				(a) =>
					a.known &&
					(a.pos === 'NOUN' || a.pos === 'NPRO') &&
					(a.case === 'accs' || a.case === 'gent')
			);
		if (object && !prep) return true;
		if (w.info(i).analyses.some((a) => a.known && a.pos === 'INFN')) return true;
	}
	return false;
}
