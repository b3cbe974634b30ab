// Where an office is told: its clause, its years (only those its own part of the clause gives) and
// whether it says where (a country, a city, a body). Shared by every way an office is read
// (offices.ts, office-heads.ts).

import { bracketedAt } from '../../story-date';
import type { DateMention } from '../date';
import type { Person } from '../person';
import { clauseOf } from './clauses';
import { kindOf, type EventContext } from './events';
import { isPostLemma, type Words } from './words';

export interface Office {
	person: Person;
	/** Nominative: "министр иностранных дел Германии". */
	post: string;
	/** The same post in the instrumental, for "Кто был министром …?". */
	postAblt: string;
	/** The years the clause gives: ISO, or undefined. */
	date?: DateMention;
	/** The post names its country, city or body ("… Германии", "… в Берлине", "… РСФСР"). */
	where: boolean;
	/** Told in a letter, report or remark (a once-named holder there plays no part). */
	inReport: boolean;
	sentence: number;
	clause: [number, number];
	rule: string;
}

/** A post found at tokens [from, to) (its head noun at `head`), in the nominative and the instrumental. */
export interface PostSpan {
	from: number;
	head: number;
	to: number;
	post: string;
	postAblt: string;
}

/** The office of `person` told by the post at `ph`: its clause's date and whether it says where. */
export function officeAt(
	ctx: EventContext,
	person: Person,
	ph: PostSpan,
	dates: DateMention[],
	rule: string
): Office | null {
	const { w } = ctx;
	const doc = w.doc;
	const { head, post, postAblt } = ph;
	// "Маленков, его первыми заместителями — Берия, Молотов …": a plural or someone else's post
	// ("его", "их") is not this person's office.
	if (/(?:^|\s)(?:его|её|ее|их)(?:\s|$)/u.test(post)) return null;
	// The clause of the mention this office is told of, not of the person's first mention (an
	// earlier sentence's: its clause held no date of this office).
	const near = personAt(person, head);
	const c = clauseOf(w, Math.min(ph.from, near), ph.to);
	const cStart = doc.tokens[c.from].start;
	const cEnd = doc.tokens[c.to - 1].end;
	// The clause's own date; a bracketed one is an aside ("Громыко (1909–1989)"), not the office's.
	// The date must sit in the office's own part of the clause: "…Ельцин отправил в отставку
	// Черномырдина, руководившего кабинетом в 1992—1998 годах" dates Chernomyrdin's office, not Yeltsin's.
	const [segFrom, segTo] = segmentOf(w, Math.min(ph.from, near), ph.to, c.from, c.to);
	// Of several, the date nearest the office ("… признался в 1924 г. полпреду в Праге …").
	const at = doc.tokens[head].start;
	const date =
		dates
			.filter(
				(d) =>
					d.start >= segFrom && d.end <= segTo && !d.coarse && !bracketed(doc.text, d.start, cStart)
			)
			.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0] ??
		narrativeDate(ctx, person, head, post, dates);
	const where = doc.tokens
		.slice(head + 1, ph.to)
		.some(
			(t) =>
				t.acronym ||
				(t.cap &&
					(w.info(t.i).placeOnly ||
						w.info(t.i).analyses.some((a) => a.tags.has('Geox') || a.tags.has('Orgn')))) ||
				/^(?:германск|советск|российск|польск|французск|английск|британск|американск)/iu.test(
					t.text
				)
		);
	const adjWhere = doc.tokens
		.slice(ph.from, head)
		.some((t) => /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$/iu.test(t.text));
	// "Австро-Венгрию — министр иностранных дел граф Чернин": the country named before the office
	// in its sentence, when it is the only one, completes it.
	const country = where || adjWhere ? null : countryBefore(w, ph.from, head);
	return {
		person,
		where: where || adjWhere || !!country,
		post: lowerFirst(country ? `${post} ${country}` : post),
		postAblt: lowerFirst(country ? `${postAblt} ${country}` : postAblt),
		date,
		inReport: kindOf(w, c.from, c.to).weight < 1,
		sentence: doc.tokens[head].sentence,
		clause: [cStart, cEnd],
		rule
	};
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Offices that belong to a country ("министр иностранных дел" of which state?). */
const NATIONAL =
	/^(?:министр|нарком|посол|полпред|посланник|канцлер|президент|премьер-министр|статс-секретарь|госсекретарь)$/u;

/**
 * The country an office belongs to, in the genitive, when its sentence names exactly one country
 * before the office and not after a preposition ("Германию представлял …, Австро-Венгрию — министр
 * …"); null otherwise.
 */
function countryBefore(w: Words, from: number, head: number): string | null {
	const doc = w.doc;
	const h = w.info(head).analyses.find((a) => a.known && a.pos === 'NOUN');
	if (!h || !NATIONAL.test(h.lemma)) return null;
	// Within the office's own part of the sentence: "Германию представлял …, Австро-Венгрию —
	// министр иностранных дел граф Чернин" gives Чернин Austria-Hungary, not Germany.
	let sFrom = from;
	const [sentenceFrom] = doc.sentenceTokens[doc.tokens[head].sentence];
	while (
		sFrom > sentenceFrom &&
		doc.tokens[sFrom - 1].text !== ',' &&
		doc.tokens[sFrom - 1].text !== ';'
	)
		sFrom--;
	const found = new Map<string, string>();
	for (let k = sFrom; k < from; k++) {
		const t = doc.tokens[k];
		if (!t.cap || t.kind !== 'word') continue;
		const g = w
			.info(k)
			.analyses.find(
				(a) => a.known && a.pos === 'NOUN' && a.tags.has('Geox') && a.tags.has('Sgtm')
			);
		if (!g) continue;
		if (
			/^(?:в|во|из|на|с|со|к|ко|по|о|об|от|до|для|у|за|под|над|при|через)$/iu.test(
				doc.tokens[k - 1]?.text ?? ''
			)
		)
			continue;
		const gent = w.morph.inflect(g, { case: 'gent' });
		if (gent)
			found.set(
				g.lemma,
				gent.replace(/(^|-)(\p{L})/gu, (_, p1, c) => p1 + c.toUpperCase())
			);
	}
	return found.size === 1 ? [...found.values()][0] : null;
}

/** The mention of `p` nearest to token `near` (its first token). */
function personAt(p: Person, near: number): number {
	let best = p.mentions[0].tokens[0];
	for (const m of p.mentions)
		if (Math.abs(m.tokens[0] - near) < Math.abs(best - near)) best = m.tokens[0];
	return best;
}

/** Offsets of the comma-separated part of [from, to) around tokens [a, b), within the clause. */
function segmentOf(w: Words, a: number, b: number, from: number, to: number): [number, number] {
	const doc = w.doc;
	let x = a;
	while (x > from && doc.tokens[x - 1].text !== ',') x--;
	// "8 (21) июля 1906 года, одновременно с роспуском Думы, Столыпин был назначен …": parts
	// before it with no verb of their own (an opening date, a phrase of circumstance) are its own.
	for (let y = x - 1; y > from;) {
		let s = y;
		while (s > from && doc.tokens[s - 1].text !== ',') s--;
		if (doc.tokens.slice(s, y).some((t) => t.kind === 'word' && verbal(w, t.i))) break;
		x = s;
		y = s - 1;
	}
	let z = b;
	while (z < to && doc.tokens[z].text !== ',') z++;
	return [doc.tokens[x].start, doc.tokens[Math.max(x, z - 1)].end];
}

/**
 * "В 1963 году договор подписали Громыко, государственный секретарь США Дин Раск и …": an office
 * told in passing, with no date of its own part of the clause, is held at the time its sentence
 * tells of, the last date before it there. Not the sentence before: a paragraph moves on in time
 * ("… 1970 года … . Белорусскую сторону представлял Кебич" would make Kebich premier in 1970).
 * Not for a former or future office ("бывший министр"), nor after a bracketed life's span.
 */
function narrativeDate(
	ctx: EventContext,
	person: Person,
	head: number,
	post: string,
	dates: DateMention[]
): DateMention | undefined {
	if (/(?:^|\s)(?:бывш|будущ|прежн|последн)/iu.test(post)) return undefined;
	const doc = ctx.w.doc;
	const here = doc.tokens[head];
	const start = doc.sentences[here.sentence].start;
	let best: DateMention | undefined;
	for (const d of dates) if (d.start >= start && d.end <= here.start && !d.coarse) best = d;
	if (!best || bracketed(doc.text, best.start, start)) return undefined;
	// "Громыко, глава МИД с 1957 года, американскую — государственный секретарь Уильям Роджерс":
	// a date after an office in its own comma's part is that office's, not the story's.
	const at = best.start;
	let k = doc.tokens.findIndex((t) => t.start >= at);
	let participle = false;
	while (k > 0 && doc.tokens[k - 1].text !== ',' && doc.tokens[k - 1].start >= start) {
		k--;
		const known = ctx.w.info(k).analyses.filter((a) => a.known);
		if (known.some((a) => a.pos === 'NOUN' && isPostLemma(a.lemma))) return undefined;
		participle ||= known.some((a) => a.pos === 'PRTF');
	}
	// (Nor "Голицына, возглавлявшего Посольский приказ в 1682–1689 гг., …": a participle after
	// another person's name dates what it tells of that person.)
	const other = ctx.people.get(k - 2);
	if (participle && doc.tokens[k - 1]?.text === ',' && other && other !== person) return undefined;
	return best;
}

/** A verb, infinitive, gerund or participle: a part of a clause that tells its own action. */
export function verbal(w: Words, i: number): boolean {
	return w
		.info(i)
		.analyses.some((a) => a.known && /^(?:VERB|INFN|GRND|PRTF|PRTS)$/u.test(a.pos ?? ''));
}

/**
 * Inside brackets (nested ones counted: story-date.ts), opened after `from` or in the clause
 * before it: a clause cut at a dash inside "(… 1849, Тифлис — 28 февраля (13 марта) 1915, …)"
 * still stands in the bracket.
 */
const bracketed = (text: string, at: number, from: number) =>
	bracketedAt(text, at, Math.min(from, Math.max(0, at - 300)));

/** Words after an office that belong to it: "иностранных дел Германии", "в Берлине", "РСФСР". */
const ctxPerson = (ctx: EventContext | null, i: number) => !!ctx && ctx.people.has(i);

/** Whether tokens i and j are nouns (not offices) that share a case: "топлива и энергетики". */
function sameCaseNouns(w: Words, i: number, j: number): boolean {
	const nouns = (k: number) =>
		w.info(k).analyses.filter((a) => a.known && a.pos === 'NOUN' && !isPostLemma(a.lemma));
	const b = nouns(j);
	return !w.doc.tokens[j]?.cap && nouns(i).some((a) => b.some((x) => x.case === a.case));
}

export function complementEnd(
	w: Words,
	k: number,
	stop: number,
	ctx: EventContext | null = null
): number {
	const doc = w.doc;
	// "заведующий отделом", "командующий фронтом": these govern the instrumental.
	const ablt = /^(?:заведующ|командующ|руководящ|управляющ)/iu.test(doc.tokens[k - 1]?.text ?? '');
	let end = k;
	for (let n = 0; n < 6 && end < stop; n++) {
		const t = doc.tokens[end];
		if (t.kind !== 'word' || t.sentence !== doc.tokens[k - 1].sentence) break;
		const info = w.info(end);
		// A capitalised word continues the office when it names an institution ("Президиума
		// Верховного Совета"), not a person.
		if (t.cap && !t.acronym && !info.placeOnly && ctxPerson(ctx, end)) break;
		if (t.cap && !t.acronym && !info.placeOnly && !info.analyses.some((a) => a.case === 'gent'))
			break;
		// A title in the nominative begins the name ("посол … граф Брокдорф"); one in the genitive
		// continues the office ("заместитель председателя Совета министров").
		if (info.designator?.includes('nomn') && !info.placeOnly && !t.acronym) break;
		// A rank is no part of an office in any case: "генерал-губернатора графа Ростопчина".
		if (
			info.designator &&
			!info.placeOnly &&
			!t.acronym &&
			!info.analyses.some((a) => a.known && isPostLemma(a.lemma))
		)
			break;
		// "министр топлива и энергетики", "главноуправляющий землеустройством и земледелием": "и"
		// between two nouns of one case is the office's own field; before another office
		// ("министр внутренних дел и председатель …") or anything else it ends it.
		if (/^(?:и|или|а)$/iu.test(t.text) && !(t.text === 'и' && sameCaseNouns(w, end - 1, end + 1)))
			break;
		// Only places and bodies continue an office ("в Берлине", "при ООН", "по военным делам");
		// "вместо Шепилова", "после смерти" begin something else.
		if (
			info.analyses.some((a) => a.known && a.pos === 'PREP') &&
			!/^(?:в|во|на|при|по)$/iu.test(t.text)
		)
			break;
		const ok =
			t.acronym ||
			info.placeOnly ||
			info.analyses.some(
				(a) =>
					a.known &&
					(a.case === 'gent' ||
						a.pos === 'PREP' ||
						(ablt && a.case === 'ablt' && end === k) ||
						(a.case === 'loct' && doc.tokens[end - 1].text.length <= 2))
			);
		if (!ok) break;
		// A preposition needs its noun: "в Берлине", "по военным делам".
		if (info.analyses.every((a) => a.pos === 'PREP') && !(doc.tokens[end + 1]?.kind === 'word'))
			break;
		end++;
	}
	// Never end on a preposition, a conjunction or a bare adjective (by the likeliest reading).
	const top = (i: number) => w.info(i).analyses.find((a) => a.known)?.pos ?? '';
	while (end > k && ['PREP', 'ADJF', 'CONJ'].includes(top(end - 1))) end--;
	return end;
}

const BODY_OF: Record<string, string> = { нарком: 'наркомат', министр: 'министерство' };

/**
 * "репрессии опустошили Наркомат иностранных дел, и новый нарком Вячеслав Молотов …": a bare
 * "нарком" or "министр" takes the field of the one commissariat or ministry its sentence, or the one
 * before, names ("нарком иностранных дел").
 */
export function withField(w: Words, o: Office): Office {
	const body = BODY_OF[o.post];
	if (!body) return o;
	const doc = w.doc;
	const from = doc.sentenceTokens[Math.max(0, o.sentence - 1)][0];
	const to = doc.sentenceTokens[o.sentence][1];
	const fields = new Set<string>();
	for (let i = from; i < to; i++) {
		if (!w.info(i).analyses.some((a) => a.known && a.pos === 'NOUN' && a.lemma === body)) continue;
		const end = complementEnd(w, i + 1, to);
		if (end > i + 1)
			fields.add(
				doc.tokens
					.slice(i + 1, end)
					.map((t) => t.text)
					.join(' ')
			);
	}
	if (fields.size !== 1) return o;
	const field = [...fields][0];
	return { ...o, post: `${o.post} ${field}`, postAblt: `${o.postAblt} ${field}` };
}

/** A side's adjective ("с советской стороны") and the country it names, in the genitive. */
const SIDE: [RegExp, string][] = [
	[/^западногерманск/u, 'ФРГ'],
	[/^восточногерманск/u, 'ГДР'],
	[/^советск/u, 'СССР'],
	[/^американск/u, 'США'],
	[/^(?:британск|английск)/u, 'Великобритании'],
	[/^французск/u, 'Франции'],
	[/^(?:германск|немецк)/u, 'Германии'],
	[/^австрийск/u, 'Австрии'],
	[/^австро-венгерск/u, 'Австро-Венгрии'],
	[/^польск/u, 'Польши'],
	[/^белорусск/u, 'Белоруссии'],
	[/^украинск/u, 'Украины'],
	[/^российск/u, 'России'],
	[/^(?:турецк|османск)/u, 'Турции'],
	[/^японск/u, 'Японии'],
	[/^китайск/u, 'Китая'],
	[/^итальянск/u, 'Италии'],
	[/^шведск/u, 'Швеции'],
	[/^кубинск/u, 'Кубы'],
	[/^финск/u, 'Финляндии']
];

/**
 * "с западногерманской стороны документ подписали канцлер Вилли Брандт и министр иностранных дел
 * Вальтер Шеель", "Белорусскую сторону … представлял председатель Совета министров Вячеслав
 * Кебич": an office that names no country takes the side its sentence names. Of several ("Советскую
 * сторону представлял маршал Ворошилов, британскую — начальник … штаба Алан Брук"), the last one
 * told before the office's clause ends: the others are said with "сторону" left out.
 */
export function withSide(w: Words, o: Office): Office {
	if (o.where) return o;
	const doc = w.doc;
	const [from, to] = doc.sentenceTokens[o.sentence];
	const tokens = doc.tokens.slice(from, to);
	if (!tokens.some((t) => /^сторон/iu.test(t.text))) return o;
	const sides: { at: number; country: string; dash: boolean }[] = [];
	tokens.forEach((t, k) => {
		const next = tokens[k + 1]?.text ?? '';
		// The side's adjective agrees with "сторона", said or left out.
		if (!/^сторон/iu.test(next) && !/(?:ую|ой|ая)$/iu.test(t.text)) return;
		const side = SIDE.find(([re]) => re.test(t.text.toLowerCase()));
		// ("…, с японской стороны — премьер-министр …": a side before a dash is of those after it.)
		const dash = /^сторон/iu.test(next) && /^[—–]$/u.test(tokens[k + 2]?.text ?? '');
		if (side) sides.push({ at: t.start, country: side[1], dash });
	});
	const [sFrom, sTo] = [doc.tokens[from].start, doc.tokens[to - 1].end];
	const named = o.person.mentions.find((m) => m.start >= sFrom && m.start < sTo);
	if (named && sides.length && sides.every((x) => x.dash && x.at > named.start)) return o;
	const told = sides.filter((s) => s.at < o.clause[1]);
	const country =
		new Set(sides.map((s) => s.country)).size === 1
			? sides[0].country
			: told[told.length - 1]?.country;
	if (!country) return o;
	return {
		...o,
		where: true,
		post: `${o.post} ${country}`,
		postAblt: `${o.postAblt} ${country}`
	};
}
