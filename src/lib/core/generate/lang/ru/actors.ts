// Actors: who did what. A person named as the subject of a weighty verb (signed, concluded,
// appointed, led, proposed, declared war …) gives "Кто <сделал что>?" → the person, the clause's
// own words around the verb kept for context ("Кто подписал в Рапалло договор с Германией?").
// The title or office written by the name is left out of the question: it would give the answer
// away, and the positions deck asks it.

import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { Person, PersonMention } from '../person';
import { clauseOf, groups, isPredicate, render } from './clauses';
import { ANAPHORA, kindOf, MAX_QUESTION, objectKept, type EventContext } from './events';
import { hedged, reporting, stripConnectives } from './lexicon';
import { properAt, range } from './phrases';
import { yo, type Words } from './words';
import { partitionPoint } from '../../../util/search';
import { bracketedAt, storyYear } from '../../story-date';

const TIME_NOUN =
	/^(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|дн[яеи]|день|недел|месяц|год|лет|век|утр|вечер|ноч|сутк|час)[а-яё]*$/iu;

/** Whether the mention stands in the nominative (the form of its nominative surname). */
function nominative(w: Words, p: Person, m: PersonMention): boolean {
	const doc = w.doc;
	const last = yo(doc.tokens[m.tokens[1] - 1].text);
	// A monarch named by the name alone ("Наполеон покинул") is in the nominative as "Наполеон I".
	const monarch = /^(\S+) [IVXLC]+$/u.exec(p.surname)?.[1];
	if (last !== yo(p.surname.split(' ').pop() ?? '') && !(monarch && last === yo(monarch)))
		return false;
	// An indeclinable surname ("Кириенко") shows its case in its first name or title:
	// "премьер-министра Сергея Кириенко" is a genitive.
	const first = w.info(m.tokens[0]);
	if (first.names.length && !first.names.some((a) => a.case === 'nomn')) return false;
	const before = m.tokens[0] - 1;
	if (before >= 0 && w.info(before).designator && !w.info(before).designator!.includes('nomn'))
		return false;
	// "кабинета В. Куно": a name right after a noun (not a title) is that noun's genitive, unless
	// the name can only be a nominative ("Через два дня Александр I отправил") or the noun tells
	// a time ("17 августа Кутузов прибыл").
	if (first.names.length && first.names.every((a) => a.case === 'nomn')) return true;
	const prev = doc.tokens[before];
	const nounBefore =
		!!prev &&
		prev.kind === 'word' &&
		!prev.cap &&
		!w.info(before).designator &&
		!TIME_NOUN.test(prev.text) &&
		w.info(before).analyses.find((a) => a.known)?.pos === 'NOUN';
	return !nounBefore;
}

/**
 * The predicate the person is subject of: the first finite verb after the name (an apposition
 * between commas skipped), or the one right before it ("…возглавил Чичерин"); it must agree with
 * the person, or there is none (the name is then an object or a genitive).
 */
function predicateOf(
	{ w, people }: EventContext,
	p: Person,
	[from, to]: [number, number],
	a: number,
	b: number
): number {
	const doc = w.doc;
	// "1-й армией командовал военный министр Барклай-де-Толли": the verb before the title.
	const d = designatorBefore(w, a, from);
	if (d < a && d - 1 >= from && isPredicate(w, d - 1)) a = d;
	if (a - 1 >= from && isPredicate(w, a - 1)) {
		// "Хрущёв назначил Громыко министром": a person before the verb is its subject; the name
		// after it (indeclinable, so it looks nominative) is the object.
		for (let i = from; i < a - 1; i++) if (w.doc.tokens[i].cap && people.has(i)) return -1;
		return agrees(w, a - 1, p) ? a - 1 : -1;
	}
	for (let k = b; k < to; k++) {
		if (doc.tokens[k].text === ',' && k === b) {
			// "Чичерин, нарком иностранных дел, заявил": skip an apposition between commas.
			let close = k + 1;
			while (close < to && doc.tokens[close].text !== ',') close++;
			k = close;
			continue;
		}
		if (ctxNoun(w, k)) return -1; // another subject comes first
		if (isPredicate(w, k)) return agrees(w, k, p) ? k : -1;
	}
	return -1;
}

/** A capitalised name or a nominative noun phrase start that would be the verb's subject. */
function ctxNoun(w: Words, k: number): boolean {
	const t = w.doc.tokens[k];
	return (
		t.kind === 'word' &&
		t.cap &&
		w.doc.firstWord[t.sentence] !== k &&
		w.info(k).analyses.some((a) => a.known && a.case === 'nomn' && a.pos === 'NOUN')
	);
}

function agrees(w: Words, k: number, p: Person): boolean {
	return w
		.info(k)
		.analyses.some(
			(a) =>
				a.known &&
				(a.pos === 'VERB' || a.pos === 'PRTS') &&
				a.number !== 'plur' &&
				(!a.gender || a.gender === p.gender || (p.gender === 'masc' && a.gender === 'masc')) &&
				!a.tags.has('1per') &&
				!a.tags.has('2per')
		);
}

/** Tokens to leave out with the name: a title or office with its complement right before it. */
function designatorBefore(w: Words, a: number, from: number): number {
	// Walk back over the office's complement ("иностранных дел Германии", "в Москве") to its noun.
	let k = a;
	let found = -1;
	for (let n = 0; n < 7 && k > from; n++) {
		const t = w.doc.tokens[k - 1];
		if (t.kind !== 'word') break;
		const info = w.info(k - 1);
		const complement =
			info.placeOnly ||
			t.acronym ||
			info.analyses.some(
				(x) =>
					x.known &&
					(x.pos === 'ADJF' ||
						x.pos === 'PREP' ||
						(x.pos === 'NOUN' && (x.case === 'gent' || x.case === 'loct')))
			);
		if (info.designator) found = k - 1;
		else if (!complement) break;
		k--;
	}
	if (found < 0) return a;
	// The designator with its adjectives ("левый эсер", "германский посол").
	// ("Великий визирь …" opens its sentence with a capital.)
	let d = found;
	const first = (i: number) => w.doc.sentenceTokens[w.doc.tokens[i].sentence][0] === i;
	while (
		d > from &&
		(!w.doc.tokens[d - 1].cap || first(d - 1)) &&
		w.info(d - 1).analyses.some((x) => x.known && x.pos === 'ADJF')
	)
		d--;
	return d;
}

/**
 * "Апраксин, ссылаясь на нехватку продовольствия, отвёл армию": whether the deed opens with a part
 * set off by commas right after the name (ending at `b`), which then keeps its first comma ("Кто,
 * ссылаясь на …, отвёл …?").
 */
function setOffAfterName(
	doc: EventContext['w']['doc'],
	b: number,
	k: number,
	rest: string,
	skip: (i: number) => boolean
): boolean {
	if (doc.tokens[b]?.text !== ',' || skip(b) || b >= k) return false;
	if (!range(b + 1, k).some((i) => doc.tokens[i].text === ',' && !skip(i))) return false;
	return rest.startsWith(doc.tokens[b + 1]?.text ?? '\0');
}

export function actorFacts(
	ctx: EventContext,
	dates: DateMention[] = [],
	told: ReadonlySet<DateMention> = new Set()
): FactDraft[] {
	const out: FactDraft[] = [];
	const all = ctx.persons.reduce((n, p) => n + p.mentions.length, 0);
	for (const p of ctx.persons) {
		// Deeds done together ("Громыко, Раск и Дуглас-Хьюм подписали …") all count. Of one's own,
		// the weightiest (the first of equals), and up to two more of the top weight: "Кто …?" asks
		// who of the article's actors did it. Not for the one the article is about (a third of its
		// mentions): every "Кто …?" of a biography would have its hero for the answer.
		const own: FactDraft[] = [];
		for (const m of p.mentions) {
			const f = actorFact(ctx, p, m, dates, told);
			if (!f) continue;
			if (f.persons.length > 1) out.push(f);
			else own.push(f);
		}
		own.sort((a, b) => b.weight - a.weight);
		const hero = p.mentions.length * 3 > all;
		const top = own.filter((f, i) => i === 0 || (!hero && i < 3 && f.weight >= 3));
		out.push(...top);
	}
	return out;
}

/** The card for one mention of a person as the subject of a weighty deed, or null. */
function actorFact(
	ctx: EventContext,
	p: Person,
	m: PersonMention,
	dates: DateMention[],
	told: ReadonlySet<DateMention>
): FactDraft | null {
	const { w } = ctx;
	const doc = w.doc;
	const [a, b] = m.tokens;
	if (!nominative(w, p, m)) return null;
	// A list of names with its verb ("Радек, Копп и Мальцан подписали") is one clause with it.
	const group = together(ctx, m, doc.sentenceTokens[doc.tokens[a].sentence][1]);
	const c0 = clauseOf(w, a, group ? group.verb + 1 : b);
	// "По мнению автора, документы свидетельствуют о том, что Д'Абернон лишь ускорил решение": the
	// deed is told in the "что" part; the question starts there.
	let start = c0.from;
	for (let k = c0.from; k < a; k++) if (/^(?:что|чтобы)$/iu.test(doc.tokens[k].text)) start = k + 1;
	const c = { from: start, to: c0.to };
	// "…документы, якобы доказывавшие, что Ленин и Троцкий состояли на службе у Германии": what a
	// hedged source claims is no deed to learn.
	const s0 = doc.sentenceTokens[doc.tokens[a].sentence][0];
	if (start > c0.from && hedged(doc.text.slice(doc.tokens[s0].start, doc.tokens[start].start)))
		return null;
	// "…распустили слух …; сообщили, что 17 июля 1920 г. Радек, Копп и Мальцан подписали …": what
	// someone reports or claims is theirs to vouch for, not a deed the article states.
	if (reported(w, s0, a)) return null;
	const { brackets, quotes } = groups(doc, c.from, c.to);
	// "(Троцкий туда не приезжал)": a name in an aside acts only there.
	if (brackets.some(([x, y]) => a >= x && a < y)) return null;
	if (laterInList(ctx, a) || laterInList(ctx, designatorBefore(w, a, c.from))) return null;
	const k = group ? group.verb : predicateOf(ctx, p, [c.from, c.to], a, b);
	// "Переговоры вели Извольский и британский посол сэр Артур Николсон": names after their verb.
	const after = !group && k >= 0 && k < a ? togetherAfter(ctx, m, k, c.to) : null;
	const persons = group ? [p, ...group.persons] : after ? [p, ...after.persons] : [p];
	if (k < 0 || quotes.some(([x, y]) => k > x && k < y)) return null;
	// "Кеннеди не стал показывать фотографии": what someone did not do is no deed to learn.
	if (/^не$/iu.test(doc.tokens[k - 1]?.text ?? '')) return null;
	const whole = c.to;
	c.to = saidCut(w, k, describedUntil(w, k, c.to));
	const kind = kindOf(w, k, Math.min(c.to, k + 6));
	// A weighty deed makes an actor even if named once (an assassin); a central person's lesser
	// deeds count too; a letter or remark never does.
	const mentions = Math.max(...persons.map((q) => q.mentions.length));
	if (kind.weight < 1 || (kind.weight < 2 && mentions < 3) || (kind.weight < 3 && mentions < 2))
		return null;
	const d = designatorBefore(w, a, c.from);
	// "Войско перешло на сторону самозванца, юный царь Фёдор Борисович был убит": words with a
	// verb of their own before the comma are another clause.
	// (Not a time clause before it: "в 1945 году, когда война кончилась, Громыко подписал".)
	c.from = ownClauseFrom(w, d, c.from);
	const [ax, az] = group
		? [d, group.end]
		: after
			? [d, after.end]
			: appositions(w, d, b, c.from, c.to);
	// "5 августа 1963 года, Громыко, Раск и Дуглас-Хьюм подписали": the comma before the names goes
	// with them.
	const cx = ax > c.from && doc.tokens[ax - 1].text === ',' && az === k ? ax - 1 : ax;
	const skip = (i: number) => (i >= cx && i < az) || brackets.some(([x, y]) => i >= x && i < y);
	let rest = deedPhrase(ctx, c.from, c.to, k, a, skip);
	// "Кто занимал промежуточную позицию?" says too little without what describes it.
	if (c.to < whole && (rest?.split(' ').length ?? 0) < 5)
		rest = deedPhrase(ctx, c.from, (c.to = whole), k, a, skip);
	const dated = (i: number) =>
		dates.some((x) => doc.tokens[i].start >= x.start && doc.tokens[i].end <= x.end);
	if (!rest || !objectKept(ctx, k, c.from, c.to, (i) => skip(i) || dated(i))) return null;
	rest = withYears(w, rest, dates, c.from, c.to, told);
	const setOff = !group && !after && setOffAfterName(w.doc, b, k, rest, skip);
	const front = `Кто${setOff ? ',' : ''} ${group || after ? singular(w, k, rest) : masculine(w, k, rest)}?`;
	if (front.length > MAX_QUESTION || persons.some((q) => front.includes(q.surname))) return null;
	// "Кто 3. Почему решил …?": a textbook's own numbered question is no deed.
	if (/\?.|^Кто \d+\./u.test(front.slice(0, -1) + ' ')) return null;
	const clause: [number, number] = [doc.tokens[c.from].start, doc.tokens[c.to - 1].end];
	const names = listed(persons.map((q) => q.name));
	return {
		sentence: doc.tokens[a].sentence,
		clause,
		kind: kind.kind,
		weight: kind.weight,
		persons,
		cards: [
			{
				deck: 'actors',
				front,
				back: names,
				fact: { type: 'person', ask: 'person', person: names, surname: p.surname, role: rest }
			}
		],
		key: `actor|${clause[0]}|${names}`,
		hedged: hedged(doc.text.slice(clause[0], clause[1]))
	};
}

/**
 * The clause up to a participle or "который" that describes its object: "подписали договор,
 * предусматривавший оккупацию…" asks "Кто подписал договор?"; what the treaty provided is another
 * card's matter, and would make the question too long to read.
 */
function describedUntil(w: Words, from: number, to: number): number {
	const doc = w.doc;
	// (Not inside a quoted title: «Положения о крестьянах, вышедших из крепостной зависимости».)
	const { quotes } = groups(doc, from, to);
	for (let i = from + 1; i + 1 < to; i++) {
		if (doc.tokens[i].text !== ',' || quotes.some(([a, b]) => i > a && i < b)) continue;
		const next = w.info(i + 1).analyses.find((x) => x.known);
		if (/^котор/iu.test(doc.tokens[i + 1].text) || next?.pos === 'PRTF') return i;
	}
	return to;
}

/** Whether the name at `a` is in a "что" clause after a verb of saying or claiming. */
function reported(w: Words, s0: number, a: number): boolean {
	const doc = w.doc;
	for (let j = a - 1; j > s0; j--) {
		if (doc.tokens[j].text === ';') return false;
		if (!/^что$/iu.test(doc.tokens[j].text)) continue;
		const v = doc.tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
		return v >= s0 && w.info(v).analyses.some((x) => x.known && reporting(x.lemma));
	}
	return false;
}

/**
 * "Кто 2–3 декабря встретился на Мальте?" → "Кто 2–3 декабря 1989 г. …": a date the clause gives
 * without its year (the narrative's) gets it, so the card stands alone.
 */
function withYears(
	w: Words,
	rest: string,
	dates: DateMention[],
	from: number,
	to: number,
	told: ReadonlySet<DateMention>
): string {
	const doc = w.doc;
	const [s, e] = [doc.tokens[from].start, doc.tokens[to - 1].end];
	const lo = partitionPoint(dates.length, (i) => dates[i].start < s);
	let out = rest;
	for (let k = lo; k < dates.length && dates[k].start < e; k++) {
		const d = dates[k];
		if (d.explicitYear || d.end > e || !/^\d{3,4}/.test(d.iso)) continue;
		// As the question renders it: the other style's bracket is cut ("21 (9) июня" → "21 июня").
		const raw = doc.text.slice(d.start, d.end).replace(/\s*\([^)]*\)/gu, '');
		const at = out.toLowerCase().indexOf(raw.toLowerCase());
		if (at < 0) continue;
		const when = d.when.startsWith('в ') && !/^в\s/iu.test(raw) ? d.when.slice(2) : d.when;
		out = out.slice(0, at) + when.replace(/\s*\([^)]*\)/gu, '') + out.slice(at + raw.length);
	}
	// "18 декабря того же года" is two dates to the reader ("18 декабря", "того же года"): one year.
	out = out.replace(/(\d{3,4} г\.)\s+\1/gu, '$1').replace(/\s+г\.?$/u, ' г.');
	return lo < dates.length && dates[lo].start < e && !bracketedAt(doc.text, dates[lo].start)
		? out
		: withStoryYear(w, out, dates, from, told);
}

/**
 * Words that turn the story's time: what follows is not in the year just told ("Позднее …",
 * "Ещё в молодости …", "спустя годы"), or the clause's time is its own ("когда", "пока").
 */
const TIME_TURN =
	/(?:^|[^\p{L}])(?:позднее|позже|впоследствии|затем|потом|вскоре|спустя|через|после|ранее|раньше|прежде|до\s+(?:этого|того)|ещё\s+в|когда-то|некогда|в\s+(?:молодости|юности|детстве)|с\s+(?:детства|юности)|когда|пока|всю\s+жизнь|до\s+конца|никогда|всегда|часто|чаще|постепенно|нередко|не\s+раз|неоднократно)(?![\p{L}])/iu;

/**
 * "Кто вступил на престол?" fits every reign: a clause without a date of its own takes the year
 * the story has reached (story-date.ts), unless its sentence turns the time or tells of years
 * ("всё чаще").
 */
function withStoryYear(
	w: Words,
	rest: string,
	dates: DateMention[],
	from: number,
	told: ReadonlySet<DateMention>
): string {
	const doc = w.doc;
	const t = doc.tokens[from];
	// The year as written: "25 декабря 1812 г. (6 января 1813 г.)" is 1812 to the reader.
	const yearOf = (d: DateMention) =>
		d.iso.startsWith('-')
			? undefined
			: /(\d{3,4}) г\./u.exec(d.label.replace(/\([^)]*\)/gu, ''))?.[1];
	const year = storyYear(doc, dates, t.start, { yearOf, told });
	if (!year || TIME_TURN.test(doc.sentences[t.sentence].text)) return rest;
	// "… прибывший в Яссы поздней осенью" + "1791 г.": a season the clause names takes the year.
	if (/(?:осенью|летом|зимой|весной)$/iu.test(rest)) return `${rest} ${year} г.`;
	return `${rest} в ${year} г.`;
}

/** "Радек, Копп и Мальцан". */
const listed = (names: string[]) =>
	names.length < 2 ? names[0] : `${names.slice(0, -1).join(', ')} и ${names[names.length - 1]}`;

/** Whether the name at `a` follows another in a list ("Копп" in "Радек, Копп и Мальцан"). */
function laterInList(ctx: EventContext, a: number): boolean {
	const sep = ctx.w.doc.tokens[a - 1]?.text;
	return (sep === ',' || sep === 'и') && ctx.people.has(a - 2);
}

/**
 * "К.Б. Радек, Копп и Мальцан подписали договор": the persons named after `m` in one list, and the
 * plural verb they are the subject of; null when the name stands alone. All of them are the answer.
 */
function together(
	ctx: EventContext,
	m: PersonMention,
	to: number
): { persons: Person[]; end: number; verb: number } | null {
	const { w } = ctx;
	const persons: Person[] = [];
	let k = m.tokens[1];
	let lastSep = '';
	while (k + 1 < to) {
		const sep = w.doc.tokens[k].text;
		if (sep !== ',' && sep !== 'и') break;
		const next = nextMember(ctx, k + 1, to);
		if (!next || persons.includes(next.p)) break;
		persons.push(next.p);
		lastSep = sep;
		k = next.end;
		if (sep === 'и') break;
	}
	// The list must end with "и" before its last name, and a plural verb must follow.
	if (!persons.length || lastSep !== 'и' || k >= to || !isPredicate(w, k)) return null;
	const plural = w.info(k).analyses.some((x) => x.known && x.pos === 'VERB' && x.number === 'plur');
	return plural ? { persons, end: k, verb: k } : null;
}

/**
 * The next name of a list, from token `from`: right there, or after its office ("… Дин Раск и
 * министр иностранных дел Великобритании Алек Дуглас-Хьюм подписали …").
 */
/**
 * "…встретился с Добрыниным и дал понять, что …": a second verb whose "что" part the clause leaves
 * out says nothing; the deed ends before its "и".
 */
function saidCut(w: Words, k: number, to: number): number {
	const doc = w.doc;
	if (doc.tokens[to]?.text !== ',' || !/^(?:что|чтобы)$/iu.test(doc.tokens[to + 1]?.text ?? ''))
		return to;
	for (let i = k + 1; i < to - 1; i++) {
		if (doc.tokens[i].text === ',') return to;
		if (doc.tokens[i].text === 'и' && isPredicate(w, i + 1)) return i;
	}
	return to;
}

/** Where the deed's own clause starts when words with a verb of their own come before its comma. */
function ownClauseFrom(w: Words, d: number, from: number): number {
	const doc = w.doc;
	for (let i = d - 1; i > from; i--) {
		if (doc.tokens[i].text !== ',') continue;
		const part = Array.from({ length: i - from }, (_, k) => from + k);
		if (
			part.some((j) => isPredicate(w, j)) &&
			!part.some((j) =>
				/^(?:когда|если|хотя|пока|как|котор\S*|что|чтобы)$/iu.test(doc.tokens[j].text)
			)
		)
			return i + 1;
		break;
	}
	return from;
}

/**
 * The names joined to a mention after a plural verb that comes before them ("вели Извольский и
 * британский посол сэр Артур Николсон"): the others and the end of the last, or null.
 */
function togetherAfter(
	ctx: EventContext,
	m: PersonMention,
	verb: number,
	to: number
): { persons: Person[]; end: number } | null {
	const { w } = ctx;
	if (!w.info(verb).analyses.some((x) => x.known && x.pos === 'VERB' && x.number === 'plur'))
		return null;
	const persons: Person[] = [];
	let k = m.tokens[1];
	while (k + 1 < to) {
		const sep = w.doc.tokens[k].text;
		if (sep !== ',' && sep !== 'и') break;
		const next = nextMember(ctx, k + 1, to);
		if (!next || persons.includes(next.p)) break;
		persons.push(next.p);
		k = next.end;
		if (sep === 'и') return { persons, end: k };
	}
	return null;
}

function nextMember(
	ctx: EventContext,
	from: number,
	to: number
): { p: Person; end: number } | null {
	for (let j = from; j < Math.min(to, from + 8); j++) {
		const p = ctx.people.get(j);
		if (!p) {
			if (ctx.w.doc.tokens[j].kind !== 'word') return null;
			continue;
		}
		const mention = p.mentions.find((x) => x.tokens[0] === j);
		if (!mention || (j > from && designatorBefore(ctx.w, j, from) !== from)) return null;
		return { p, end: mention.tokens[1] };
	}
	return null;
}

/** "Кто" takes a singular verb: "подписали" → "подписал" for a deed done together. */
function singular(w: Words, k: number, rest: string): string {
	const t = w.doc.tokens[k].text;
	const a = w.info(k).analyses.find((x) => x.known && x.pos === 'VERB' && x.number === 'plur');
	const s = a && w.morph.inflect(a, { number: 'sing', gender: 'masc' });
	return s ? rest.replace(t, s) : rest;
}

/**
 * The deed without its doer, as the rest of a "Кто …?" question; null when it would be unreadable
 * or say too little.
 */
function deedPhrase(
	ctx: EventContext,
	from: number,
	to: number,
	k: number,
	a: number,
	skip: (i: number) => boolean
): string | null {
	const { w } = ctx;
	const doc = w.doc;
	const lowered = (text: string, start: number, limit: number) => {
		const first = nextKept(
			doc.tokens.length,
			start,
			skip,
			(i) => doc.tokens[i].kind !== 'punct' && text.startsWith(doc.tokens[i].text)
		);
		return first >= 0 && first < limit && !properAt(w, first, ctx.people)
			? text.charAt(0).toLowerCase() + text.slice(1)
			: text;
	};
	let rest: string;
	if (k < a) {
		// "Советскую делегацию возглавлял Иоффе" → "Кто возглавлял советскую делегацию?": the verb
		// first, then what came before it, then the rest.
		const before = lowered(stripConnectives(render(doc, from, k, skip)), from, k);
		rest = [doc.tokens[k].text.toLowerCase(), before, render(doc, k + 1, to, skip)]
			.filter(Boolean)
			.join(' ');
	} else rest = lowered(stripConnectives(render(doc, from, to, skip)), from, to);
	rest = rest.replace(/\s+([,.;:!?])/gu, '$1').replace(/[.,;:!?…–—\s]+$/u, '');
	// "Кто ушёл в отставку?" says too little to have one answer: a deed needs its object or its
	// time ("Кто возглавлял советскую делегацию?").
	if (
		!rest ||
		rest.split(' ').length < 3 ||
		/^(?:ушёл|ушел|подал|вышел)\s+в\s+отставку$/u.test(rest)
	)
		return null;
	// A gap left by the cut, another person's pronoun, an unresolved reference, a relative word
	// whose noun was cut ("Кто которую принял …?", "Кто где добивался …?"): unreadable.
	if (
		/^(?:и|а|но|,|после того как|когда|если|хотя|пока|так как|поскольку|где|куда|откуда)(?:\s|$)/u.test(
			rest
		) ||
		danglingRelative(rest)
	)
		return null;
	if (
		/(?<![а-яё])(?:он|она|они|оно|его|её|ее|их|ему|им|ими|ей|ею|него|неё|нее|них|нему|ней|ним|ними|нём|нем|мы|нас|нам|наш[а-яё]*)(?![а-яё])/iu.test(
			rest
		) ||
		ANAPHORA.test(` ${rest} `)
	)
		return null;
	// "Кто стал министром иностранных дел?": an office, which the positions deck asks with its years.
	if (
		/^(?:стал|стала|был назначен|была назначена|был избран|была избрана|назначен|избран)\s/u.test(
			rest
		)
	)
		return null;
	return rest;
}

/** "которую принял …" with no noun before it; "соглашение, по которому …" is a whole clause. */
function danglingRelative(rest: string): boolean {
	for (const m of rest.matchAll(/(?<![а-яё])котор/giu)) {
		const before = rest.slice(0, m.index).replace(/(?:^|\s)[а-яё]{1,3}\s*$/u, '');
		if (!/,\s*$/u.test(before)) return true;
	}
	return false;
}

/**
 * The name with what describes it between commas: "Троцкий, не согласный с капитуляцией, …",
 * "…возглавил Чичерин, руководивший им с 1918 по 1930 год": a part led by a participle or an
 * adjective that touches the name goes with it.
 */
function appositions(w: Words, a: number, b: number, from: number, to: number): [number, number] {
	const doc = w.doc;
	const describes = (i: number) => {
		let k = i;
		if (doc.tokens[k]?.text === 'не') k++;
		return w
			.info(k)
			.analyses.some((x) => x.known && (x.pos === 'PRTF' || x.pos === 'ADJF' || x.pos === 'NOUN'));
	};
	let z = b;
	// "граф Толстой (1882–1889), сторонник жёсткого курса": past the years in brackets.
	if (doc.tokens[z]?.text === '(') {
		let e = z;
		while (e < to && doc.tokens[e].text !== ')') e++;
		if (e < to && doc.tokens[e + 1]?.text === ',') z = e + 1;
	}
	// ", для которого …," / ", который …,": a relative clause about the person goes too.
	const relative = (i: number) =>
		/^котор/iu.test(doc.tokens[i]?.text ?? '') || /^котор/iu.test(doc.tokens[i + 1]?.text ?? '');
	if (doc.tokens[z]?.text === ',' && relative(z + 1)) {
		let e = z + 1;
		while (e < to && doc.tokens[e].text !== ',') e++;
		return [a, Math.min(e + 1, to)];
	}
	if (doc.tokens[z]?.text === ',' && describes(z + 1) && !isPredicate(w, z + 1)) {
		let e = z + 1;
		while (e < to && doc.tokens[e].text !== ',' && !isPredicate(w, e)) e++;
		if (e >= to || doc.tokens[e].text === ',') z = Math.min(e + (e < to ? 1 : 0), to);
	}
	return [a, z];
}

function nextKept(
	n: number,
	from: number,
	skip: (i: number) => boolean,
	ok: (i: number) => boolean
): number {
	for (let i = from; i < n; i++) if (!skip(i) && ok(i)) return i;
	return -1;
}

/** "Кто" takes a masculine verb: "заявила" → "заявил" for a woman's deed. */
function masculine(w: Words, k: number, rest: string): string {
	const t = w.doc.tokens[k].text;
	const a = w.info(k).analyses.find((x) => x.known && x.pos === 'VERB' && x.gender === 'femn');
	if (!a) return rest;
	const m = w.morph.inflect(a, { gender: 'masc' });
	return m ? rest.replace(t, m) : rest;
}
