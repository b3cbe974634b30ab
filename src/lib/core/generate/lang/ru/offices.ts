// Offices: who held which post, read where the text says it. An office written before a name
// ("министр иностранных дел Германии Вальтер Ратенау"), after it ("Ратенау, министр …,"), or
// told by a verb: "X стал / был назначен / был избран министром …", "назначил X министром …",
// "X занимал пост министра …", "с 1982 по 1991 год X был генеральным секретарём ООН". The post
// is put in the nominative; its years are only those the same clause gives (never the
// narrative's year: a holder named decades later keeps no date).

import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { Person } from '../person';
import { antecedent, type EventContext } from './events';
import { inflectPhrase, recase } from './phrases';
import { isPostLemma, type Words } from './words';
import { complementEnd, officeAt, withField, withSide, type Office } from './office-at';
import { headOffice } from './office-heads';
import { officeHeadsAfter } from './office-after';

export type { Office } from './office-at';

/** Adjectives that qualify the holder, not the office ("бывший министр"): no office then. */
const NOT_NOW = /^(?:бывш|будущ|покойн|экс-|отставн|прежн)/iu;
const DROP_ADJ =
	/^(?:нов|тогдашн|нынешн|действующ|очередн|молод|пожил|опытн|энергичн|известн|знаменит|влиятельн|всесильн|бездетн|престарел|юн)/iu;

/** The office noun at token i, by its likeliest reading ("после" is no "посол"): its analysis. */
function postNoun(w: Words, i: number, c?: string) {
	const known = w.info(i).analyses.filter((a) => a.known);
	if (!known.length || known[0].pos !== 'NOUN') return undefined;
	return known.find(
		(a) => (isPostLemma(a.lemma) || bodyPost(w, i, a.lemma)) && (!c || a.case === c)
	);
}

/**
 * "член" and "товарищ" are offices only with the body or the office they belong to: "членом
 * Государственного совета", "член Политбюро", "товарищем министра юстиции" (not "член семьи",
 * "товарищ по партии", "товарищ Сталин").
 */
function bodyPost(w: Words, i: number, lemma: string): boolean {
	const doc = w.doc;
	const next = doc.tokens[i + 1];
	if (!next || next.kind !== 'word' || next.sentence !== doc.tokens[i].sentence) return false;
	if (lemma === 'товарищ')
		return w.info(i + 1).analyses.some((a) => a.known && a.case === 'gent' && isPostLemma(a.lemma));
	if (lemma !== 'член') return false;
	// The body named by a capital within its first words ("Верховного Совета", "ЦК", "Политбюро").
	for (let k = i + 1; k < Math.min(i + 4, doc.tokens.length); k++) {
		const t = doc.tokens[k];
		if (t.kind !== 'word' || t.sentence !== next.sentence) return false;
		if (t.cap || t.acronym) return true;
		if (!w.info(k).analyses.some((a) => a.known && a.case === 'gent')) return false;
	}
	return false;
}

/** The post whose head noun is at `head`: agreeing adjectives before it, its complement after. */
function postPhrase(w: Words, head: number, to: number): { from: number; to: number } | null {
	const doc = w.doc;
	const h = postNoun(w, head);
	if (!h) return null;
	let from = head;
	while (from > 0) {
		const t = doc.tokens[from - 1];
		if (t.kind !== 'word' || t.sentence !== doc.tokens[head].sentence) break;
		const adj = w
			.info(from - 1)
			.analyses.some(
				(a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.case === h.case && a.number === h.number
			);
		if (!adj) break;
		// "у деревни Клушино гетман Жолкевский": a capitalised word inside a sentence qualifies the
		// office only as an adjective the dictionary knows ("Генеральный секретарь").
		const known = w
			.info(from - 1)
			.analyses.some((a) => a.known && a.pos === 'ADJF' && a.case === h.case);
		if (t.cap && doc.firstWord[t.sentence] !== from - 1 && !known) break;
		if (NOT_NOW.test(t.text)) return null;
		from--;
	}
	// Qualities of the holder are not part of the office ("бездетный царь", "молодой премьер").
	const quality = (i: number) => DROP_ADJ.test(doc.tokens[i].text);
	while (from < head && quality(from)) from++;
	return { from, to };
}

/**
 * "назначен воеводой в Псков" holds the office "воевода в Пскове": a place after "в", "на" that
 * the verb put in the accusative (where to) is, in the office's name, where (the locative).
 */
function atPlace(w: Words, head: number, to: number, post: string | null): string | null {
	if (!post) return post;
	const doc = w.doc;
	for (let i = head + 1; i < to - 1; i++) {
		if (!/^(?:в|во|на)$/iu.test(doc.tokens[i].text) || !doc.tokens[i + 1].cap) continue;
		const nouns = w.info(i + 1).analyses.filter((a) => a.pos === 'NOUN');
		const accs = nouns.find((a) => a.case === 'accs');
		if (!accs || nouns.some((a) => a.case === 'loct')) continue;
		const loct = w.morph.inflect(accs, { case: 'loct' });
		const word = doc.tokens[i + 1].text;
		if (loct)
			post = post.replace(
				` ${doc.tokens[i].text} ${word}`,
				` ${doc.tokens[i].text} ${recase(loct, word)}`
			);
	}
	return post;
}

function office(
	ctx: EventContext,
	person: Person,
	head: number,
	end: number,
	dates: DateMention[],
	rule: string
): Office | null {
	const { w } = ctx;
	const ph = postPhrase(w, head, end);
	if (!ph) return null;
	const post = atPlace(w, head, ph.to, inflectPhrase(w, ph.from, head, ph.to, 'nomn'));
	const postAblt = atPlace(w, head, ph.to, inflectPhrase(w, ph.from, head, ph.to, 'ablt'));
	if (!post || !postAblt) return null;
	if (rule !== 'before-name' && postNoun(w, head)?.number === 'plur') return null;
	return officeAt(ctx, person, { ...ph, head, post, postAblt }, dates, rule);
}

const MONARCH =
	/^(?:король|королева|император|императрица|царь|царица|султан|шах|кайзер|папа|патриарх)$/u;

/** A place's adjective before an office: "уругвайский", "германский", "рязанский". */
const PLACE_ADJ = /^[а-яё-]+(?:ск|цк)(?:ий|ой|ая)$/u;
/** Offices that say nothing without their field or body: "министр" of what? */
const VAGUE =
	/^(?:министр|нарком|секретарь|представитель|член|советник|заместитель|глава|руководитель|начальник|председатель|командующий|командир|комиссар|уполномоченный)$/u;

/** Verbs whose subject appoints someone else: "Хрущёв назначил Громыко министром". */
const APPOINT = /^(?:назначить|избрать|утвердить|сделать|выдвинуть|поставить|рекомендовать)$/u;

const BECOME =
	/^(?:стать|быть|являться|работать|служить|назначить|избрать|остаться|занимать|сделаться|утвердить|пребывать)$/u;

interface Holder {
	person: Person;
	/** Token range of the name, or of the pronoun that stands for it. */
	from: number;
	to: number;
	pronoun: boolean;
}

/** Every place a person is named, and personal pronouns that stand for a person ("его назначили"). */
function holders(ctx: EventContext): Holder[] {
	const out: Holder[] = [];
	for (const p of ctx.persons)
		for (const m of p.mentions)
			out.push({ person: p, from: m.tokens[0], to: m.tokens[1], pronoun: false });
	for (const t of ctx.w.doc.tokens) {
		if (t.kind !== 'word' || t.cap || !/^(?:он|его|него|ему|она|её|ее|неё|ей)$/u.test(t.text))
			continue;
		const p = antecedent(ctx, t.i);
		if (p) out.push({ person: p, from: t.i, to: t.i + 1, pronoun: true });
	}
	return out;
}

/** Every office the article states, one per person and post. */
export function findOffices(ctx: EventContext, dates: DateMention[]): Office[] {
	const { w } = ctx;
	const doc = w.doc;
	const out: Office[] = [];
	for (const h of holders(ctx)) {
		const { person: p, from: a, to: b } = h;
		if (!h.pronoun) {
			const before = officeBefore(ctx, p, a, dates) ?? officeThenVerb(ctx, p, a, dates);
			if (before) out.push(before);
			const headed = headOffice(ctx, p, a, b, dates);
			if (headed) out.push(headed);
			out.push(...officesAfter(ctx, p, b, dates));
		}
		// After a verb of becoming: "X стал министром …", "назначил X министром …", "его назначили".
		for (let k = b; k < Math.min(b + 8, doc.tokens.length); k++) {
			const t = doc.tokens[k];
			if (t.sentence !== doc.tokens[a].sentence || t.text === '.' || t.text === ';') break;
			// "…возглавил Шеварднадзе, и был избран Председателем": the verb after ", и" has the
			// clause's subject, not the name before it.
			if (t.text === ',' && /^(?:и|а|но)$/iu.test(doc.tokens[k + 1]?.text ?? '')) break;
			if (postNoun(w, k, 'ablt')) {
				const v = verbBetween(w, a - 4, k);
				// The subject of "назначил" is not the one appointed.
				// ("…Громыко пригласили и назначили заведующим": a plural verb with no subject of its own
				// appoints the one named before it.)
				const subject =
					v >= 0 && v > a && APPOINT.test(verbLemma(w, v)) && isActive(w, v) && !impersonal(w, v);
				if (v >= 0 && !subject) {
					const o = office(
						ctx,
						p,
						k,
						complementEnd(w, k + 1, doc.tokens.length, ctx),
						dates,
						'became'
					);
					if (o) out.push(o);
				}
				break;
			}
			// "занимал пост министра …": the post in the genitive after "пост"/"должность".
			if (/^(?:пост|должност)/iu.test(t.text) && verbBetween(w, a - 3, k + 1) >= 0) {
				if (postNoun(w, k + 1, 'gent')) {
					const o = office(
						ctx,
						p,
						k + 1,
						complementEnd(w, k + 2, doc.tokens.length, ctx),
						dates,
						'held-post'
					);
					if (o) out.push(o);
				}
				break;
			}
		}
	}
	return dedupe(out.map((o) => withSide(w, withField(w, o))));
}

/** "Гучков, с 1910 г. председатель Думы, …", "Столыпин (1862–1911) — …, министр внутренних дел". */
function officesAfter(ctx: EventContext, p: Person, b: number, dates: DateMention[]): Office[] {
	const { w } = ctx;
	const n = w.doc.tokens.length;
	const isHead = (k: number, cases: Set<string>) =>
		[...cases].some((c) => postNoun(w, k, c)?.number === 'sing');
	return officeHeadsAfter(w, b, dates, isHead, (k) => ctx.people.has(k)).flatMap(
		(k) => office(ctx, p, k, complementEnd(w, k + 1, n, ctx), dates, 'after-name') ?? []
	);
}

function impersonal(w: Words, i: number): boolean {
	return w.info(i).analyses.some((a) => a.known && a.pos === 'VERB' && a.number === 'plur');
}

function verbLemma(w: Words, i: number): string {
	return w.info(i).analyses.find((a) => a.known && BECOME.test(a.lemma))?.lemma ?? '';
}

function isActive(w: Words, i: number): boolean {
	return w.info(i).analyses.some((a) => a.known && a.pos === 'VERB' && BECOME.test(a.lemma));
}

/** The index of a verb of becoming in [from, to), or -1. */
function verbBetween(w: Words, from: number, to: number): number {
	for (let i = Math.max(0, from); i < to; i++)
		if (
			w
				.info(i)
				.analyses.some(
					(a) =>
						a.known &&
						(a.pos === 'VERB' || a.pos === 'PRTS' || a.pos === 'INFN') &&
						BECOME.test(a.lemma)
				)
		)
			return i;
	return -1;
}

/** The first word of the adjectives that agree with the office noun at `head`. */
function postStart(w: Words, head: number): number {
	return postPhrase(w, head, head + 1)?.from ?? head;
}

function officeBefore(
	ctx: EventContext,
	p: Person,
	a: number,
	dates: DateMention[]
): Office | null {
	const { w } = ctx;
	const doc = w.doc;
	// Walk back over the complement to the office noun (at most six words, no punctuation).
	// "Председатель Совета народных комиссаров СССР": an office noun in the genitive belongs to a
	// larger office before it, if there is one.
	let inner: Office | null = null;
	for (let k = a - 1, n = 0; k >= 0 && n < 7; k--, n++) {
		const t = doc.tokens[k];
		if (t.kind !== 'word' || t.sentence !== doc.tokens[a].sentence) return inner;
		const info = w.info(k);
		const head = postNoun(w, k);
		// "во главе с Лениным" leads; it names no office.
		if (head && /^(?:во|в)$/iu.test(doc.tokens[k - 1]?.text ?? '') && /^глав/iu.test(t.text))
			return null;
		if (head) {
			// "получил пост министра внутренних дел в кабинете Горемыкина": the post after "пост" is
			// the subject's; the name after it is someone else's.
			if (/^(?:пост|посту|должност)/iu.test(doc.tokens[postStart(w, k) - 1]?.text ?? ''))
				return inner;
			const end = complementEnd(w, k + 1, a, ctx);
			// The complement must reach the name (or a rank before it: "посол … граф Брокдорф").
			let gap = end;
			while (gap < a && w.info(gap).designator) gap++;
			if (gap !== a) return inner;
			const o = office(ctx, p, k, end, dates, 'before-name');
			if (!o || (head.case !== 'gent' && head.number !== 'plur')) return o ?? inner;
			// One person holds no office in the plural ("министры СССР" is part of a larger one).
			if (head.number !== 'plur') inner ??= o;
			continue;
		}
		if (info.designator && !info.placeOnly) continue; // "генерал", "граф" between office and name
	}
	return inner;
}

/**
 * The office told before its verb and its holder: "министром иностранных дел стал Аристид
 * Бриан", "президентом Аргентины был избран Рауль Альфонсин", "Новым премьером стал маршал …".
 * An active verb of appointing has its own subject there ("министром назначил Хрущёв"): none.
 */
function officeThenVerb(
	ctx: EventContext,
	p: Person,
	a: number,
	dates: DateMention[]
): Office | null {
	const { w } = ctx;
	const doc = w.doc;
	const sentence = doc.tokens[a].sentence;
	let v = a;
	while (v > 0 && a - v < 4 && doc.tokens[v - 1].sentence === sentence) {
		const i = v - 1;
		if (w.info(i).designator && !w.info(i).placeOnly) v--;
		else if (verbBetween(w, i, i + 1) === i) v--;
		else break;
	}
	const verbs = [...Array(a - v).keys()].map((n) => v + n).filter((i) => !w.info(i).designator);
	if (!verbs.length) return null;
	if (verbs.some((i) => APPOINT.test(verbLemma(w, i)) && isActive(w, i))) return null;
	for (let k = v - 1; k >= 0 && v - k <= 7; k--) {
		if (doc.tokens[k].kind !== 'word' || doc.tokens[k].sentence !== sentence) return null;
		if (!postNoun(w, k, 'ablt')) continue;
		if (complementEnd(w, k + 1, v, ctx) !== v) return null;
		return office(ctx, p, k, v, dates, 'post-verb-name');
	}
	return null;
}

/**
 * One office per person and post; "нарком иностранных дел" folds into "нарком иностранных дел
 * РСФСР" when the same person holds both (the longer says more).
 */
function dedupe(offices: Office[]): Office[] {
	const seen = new Map<string, Office>();
	for (const o of offices) {
		const key = `${o.person.name}|${o.post.toLowerCase()}`;
		const prev = seen.get(key);
		if (!prev || (!prev.date && o.date)) seen.set(key, o);
	}
	const all = [...seen.values()];
	return all.filter(
		(o) =>
			!all.some(
				(x) =>
					x !== o &&
					x.person === o.person &&
					x.post.toLowerCase().startsWith(o.post.toLowerCase() + ' ')
			)
	);
}

/** An office's years as a card says them: the year, or the span ("в 1920 г.", "в 1957–1985 гг."). */
function yearsOf(d: DateMention): string {
	if (d.iso.includes('/')) {
		const [a, b] = d.iso.split('/').map((x) => x.slice(0, 4));
		return a === b ? `в ${a} г.` : `в ${a}–${b} гг.`;
	}
	return `в ${d.iso.slice(0, 4)} г.`;
}

/**
 * "Его составил товарищ министра внутренних дел Сергей Ефимович Крыжановский": a person named once
 * whose office stands before the name, as the subject of the story's clause, plays a part (an
 * addressee or someone spoken of is not in the nominative).
 */
function actsInOffice(ctx: EventContext, o: Office): boolean {
	const m = o.person.mentions[0];
	return (
		o.rule === 'before-name' &&
		!o.inReport &&
		o.post.includes(' ') &&
		ctx.w.cases(m.tokens[1] - 1).has('nomn') &&
		!ctx.w.cases(m.tokens[1] - 1).has('gent')
	);
}

/** Cards for offices: person → post, and post → person where the post names one holder. */
export function officeFacts(ctx: EventContext, dates: DateMention[]): FactDraft[] {
	const offices = findOffices(ctx, dates);
	const holders = new Map<string, Set<Person>>();
	const postsOf = new Map<Person, number>();
	for (const o of offices) {
		const k = o.post.toLowerCase();
		holders.set(k, (holders.get(k) ?? new Set()).add(o.person));
		postsOf.set(o.person, (postsOf.get(o.person) ?? 0) + 1);
	}
	const out: FactDraft[] = [];
	for (const o of offices) {
		// A person named once holds no office worth a card (a letter's addressee), unless the
		// narrative states the office with its country or body ("государственный секретарь США Дин
		// Раск", "статс-секретарь иностранных дел Германии"): who held which post is what the
		// positions deck is for, and selection weighs it against the rest.
		if (o.person.mentions.length < 2 && !(o.where && !o.inReport) && !actsInOffice(ctx, o))
			continue;
		// "Какую должность занимал Александр I?" → "император", "Фридрих Вильгельм III" → "король":
		// a bare title names no country, and the article has other emperors; no card.
		// A career's dated post is another matter: "Какую должность занимал Бестужев-Рюмин в 1741 г.?"
		// → "вице-канцлер" (not a monarch's title, not a bare "министр").
		const career = !!o.date && !MONARCH.test(o.post) && !VAGUE.test(o.post);
		if (!o.where && !o.post.includes(' ') && !career) continue;
		const years = o.date ? ` ${yearsOf(o.date)}` : '';
		const fact = (ask: 'person' | 'post') => ({
			type: 'post' as const,
			ask,
			person: o.person.name,
			surname: o.person.surname,
			post: o.post,
			...(o.date
				? {
						date: o.date.iso.includes('/')
							? o.date.iso
									.split('/')
									.map((x) => x.slice(0, 4))
									.join('/')
							: o.date.iso.slice(0, 4)
					}
				: {})
		});
		const cards: FactDraft['cards'] = [];
		// "Какую должность занимал X?" has one answer only when the text gives X one office, or
		// the years tell them apart.
		// A bare "нарком", "президент" says too little; a monarch's title says enough.
		// Nor does a place's adjective before an office that needs its field ("уругвайский
		// министр": minister of what?); "рязанский воевода", "германский посол" say enough.
		const words = o.post.split(' ');
		if (words.length < 2 && !MONARCH.test(o.post) && !career) continue;
		if (words.every((x, k) => (k < words.length - 1 ? PLACE_ADJ.test(x) : VAGUE.test(x)))) continue;
		if (postsOf.get(o.person) === 1 || o.date)
			cards.push({
				deck: 'positions',
				front: `Какую должность занимал${o.person.gender === 'femn' ? 'а' : ''} ${o.person.name}${years}?`,
				back: o.post,
				fact: fact('post')
			});
		// "Кто был министром иностранных дел?" when the article names one holder of that post, and
		// the post says where ("… Германии", "… в Берлине", "… РСФСР"): articles span countries.
		// And the years: an office has had many holders ("Кто был председателем КГБ?" has a dozen
		// right answers outside the article).
		if (
			holders.get(o.post.toLowerCase())!.size === 1 &&
			o.post.split(' ').length >= 2 &&
			o.where &&
			o.date
		)
			cards.push({
				deck: 'positions',
				front: `Кто был ${o.postAblt}${years}?`,
				back: o.person.name,
				fact: fact('person')
			});
		if (!cards.length) continue;
		out.push({
			sentence: o.sentence,
			clause: o.clause,
			kind: 'office',
			weight: 2.5,
			persons: [o.person],
			cards,
			key: `post|${o.person.name}|${o.post.toLowerCase()}`
		});
	}
	return out;
}
