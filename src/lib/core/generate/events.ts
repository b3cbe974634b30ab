// The event of a dated clause as a teacher writes it on a card: a short, self-contained phrase.
// The date is cut out, leading connectors and subordinate tails are dropped, long quotations are
// shortened and closed with "…»", and the main predicate is nominalised where the grammar allows
// ("Копп писал Чичерину" → "письмо В. Л. Коппа Чичерину", "начались контакты" → "начало
// контактов"). Where it does not, the clause keeps its subject and verb.

import { surnameForms } from './names';
import { ellipsize } from './text';

/** A person mentioned in the clause, offsets relative to the clause. */
export interface EventPerson {
	start: number;
	end: number;
	name: string;
	surname: string;
	nominative: boolean;
}

export interface EventInput {
	clause: string;
	/** The date's offsets in the clause. */
	date: [number, number];
	/** Quotations' offsets in the clause. */
	quotes: [number, number][];
	persons?: EventPerson[];
	/** The sentence text before the clause ("сообщили, " before "что 17 июля …"). */
	before?: string;
}

/** "В.Л. Копп" → "В. Л. Копп": initials spaced as the canonical names are. */
export function spaceInitials(s: string): string {
	return s.replace(/(?<![А-ЯЁа-яё])((?:Дж|[А-ЯЁ])\.)(?=[А-ЯЁ])/gu, '$1 ');
}

const P_OPEN = '\u0001';
const P_CLOSE = '\u0002';
const Q_OPEN = '\u0003';
const Q_CLOSE = '\u0004';
const DATE = '\u0005';
const PERSON = `${P_OPEN}\\d+${P_CLOSE}`;

const LEAD =
	/^(?:что|так|но|однако|кстати|затем|вместе с тем|во всяком случае|действительно|несомненно|правда|и|а|же|в частности|тем не менее|поэтому|уже|позднее|вскоре|тогда|также|ещё|еще)(?:,|\s)\s*/iu;

/** Tails that are not the event: relative clauses, causes, consequences, concessions. */
const TAIL =
	/,\s+(?:(?:по|в|на|с|для|при|из-за)\s+котор[а-яё]+|который|которая|которое|которые|которого|которой|которых|которым|которую|которыми|в ходе котор[а-яё]+|после чего|поскольку|так как|потому что|что стало|что привело|хотя|но|однако|чтобы)\s[^]*$/u;
/** A participial phrase set off by commas: ", предусматривавший оккупацию …,". */
const PARTICIPLE =
	/,\s+[а-яё]+(?:вш|ющ|ящ|ащ|ущ|ем|им|нн)(?:ий|ая|ее|ие|его|ей|ую|им|их|ими|ем|ой|ое|ого|ому|ые|ый|ых|ым)\s[^,]*?(?=,|$)/u;
/** A gerund phrase at the end: ", обращая внимание …". */
const GERUND_TAIL = /,\s+[а-яё]+(?:ая|яя|ив|ав|ев|ыв|ув|ясь|вшись)\s[^,]*$/u;

/** Verbs nominalised with the agent in the genitive ("письмо Коппа Чичерину"). */
const SPEECH: [RegExp, string, RegExp?][] = [
	[/^(?:на)?писал[аи]?$/u, 'письмо'],
	[/^заяв(?:ил|лял)[аи]?$/u, 'заявление'],
	[/^сообщ(?:ил|ал)[аи]?$/u, 'сообщение'],
	[/^предл(?:ожил|агал)[аи]?$/u, 'предложение'],
	[/^(?:по)?требовал[аи]?$/u, 'требование'],
	[/^выступил[аи]?$/u, 'выступление'],
	[/^заметил[аи]?$/u, 'замечание'],
	[/^подчеркнул[аи]?$/u, 'заявление'],
	[/^советовал[аи]?$/u, 'совет'],
	[/^обещал[аи]?$/u, 'обещание'],
	[/^спросил[аи]?$/u, 'вопрос'],
	[/^информировал[аи]?$/u, 'сообщение'],
	[/^прибыл[аи]?$/u, 'прибытие'],
	[/^вступил[аи]?$/u, 'вступление'],
	[/^(?:скончал(?:ся|ась)|умер(?:ла)?)$/u, 'смерть'],
	[/^пров[её]л[аи]?$/u, 'переговоры', /^переговоры\s*/u],
	[/^отказал(?:ся|ась|ись)$/u, 'отказ']
];
/** Verbs with a direct object: the object goes to the genitive, the agents to the instrumental. */
const TRANSITIVE: [RegExp, string, RegExp?][] = [
	[/^подписал[аи]?$/u, 'подписание'],
	[/^заключил[аи]?$/u, 'заключение'],
	[/^рассмотрел[аи]?$/u, 'рассмотрение'],
	[/^предъявил[аи]?$/u, 'предъявление'],
	[/^объявил[аи]?$/u, 'объявление'],
	[/^ратифицировал[аи]?$/u, 'ратификация'],
	[/^созвал[аи]?$/u, 'созыв']
];
/** Verbs whose subject is the event's own noun ("начались контакты" → "начало контактов"). */
const INCEPTIVE: [RegExp, string, RegExp?][] = [
	[/^начал(?:ся|ась|ось|ись)$/u, 'начало'],
	[/^закончил(?:ся|ась|ось|ись)$/u, 'окончание'],
	[/^состоял(?:ся|ась|ось|ись)$/u, ''],
	[/^прош(?:[её]л|ла|ло|ли)$/u, ''],
	[/^последовал[аои]?$/u, ''],
	[/^подписан[аоы]?$/u, 'подписание']
];

const ADJ_END =
	/(?:ый|ий|ой|ая|яя|ое|ее|ые|[кгхжшчщ]ие|(?:внешн|последн|ранн|поздн|нынешн|прежн|давн|летн|зимн)ие|ую|юю)$/u;
const PREPOSITION =
	/^(?:в|во|на|после|по|при|во время|с|со|из|от|до|к|о|об|за|под|над|перед|между|через|у)\s/iu;

/** An adjective in the nominative or the accusative, put in the genitive (null if not one). */
function adjectiveGenitive(w: string, accusative: boolean): string | null {
	let m: RegExpExecArray | null;
	if ((m = /^(.+[гкх])ий$/u.exec(w))) return m[1] + 'ого';
	if ((m = /^(.+)ий$/u.exec(w))) return m[1] + (/[жшчщ]$/.test(m[1]) ? 'его' : 'его');
	if ((m = /^(.+)[ыо]й$/u.exec(w))) return m[1] + 'ого';
	if ((m = /^(.+)ое$/u.exec(w))) return m[1] + 'ого';
	if ((m = /^(.+)ее$/u.exec(w))) return m[1] + 'его';
	if ((m = /^(.+)ые$/u.exec(w))) return m[1] + 'ых';
	if ((m = /^(.+)ие$/u.exec(w))) return m[1] + 'их';
	if (accusative && (m = /^(.+)ую$/u.exec(w))) return m[1] + 'ой';
	if (accusative && (m = /^(.+)юю$/u.exec(w))) return m[1] + 'ей';
	if (!accusative && (m = /^(.+)ая$/u.exec(w)))
		return m[1] + (/[гкхжшчщ]$/.test(m[1]) ? 'ой' : 'ой');
	if (!accusative && (m = /^(.+)яя$/u.exec(w))) return m[1] + 'ей';
	return null;
}

const FLEETING: Record<string, string> = { посол: 'посла', отец: 'отца', союз: 'союза' };

/** A noun in the nominative or the accusative, put in the genitive (null when unsure). */
function nounGenitive(
	w: string,
	accusative: boolean,
	gender?: 'm' | 'f' | 'n' | 'pl'
): string | null {
	const lower = w.toLowerCase();
	if (FLEETING[lower]) return w.slice(0, 1) + FLEETING[lower].slice(1);
	let m: RegExpExecArray | null;
	if (gender === 'pl' || /ы$/u.test(w)) {
		if ((m = /^(.+[бвдзлмнпрстфх])ы$/u.exec(w))) return m[1] + 'ов';
		if ((m = /^(.+[гкх])и$/u.exec(w))) return m[1] + 'ов';
		if ((m = /^(.+)ния$/u.exec(w)) && gender === 'pl') return m[1] + 'ний';
		return null;
	}
	if ((m = /^(.+)(?:ие)$/u.exec(w))) return m[1] + 'ия';
	if ((m = /^(.+)ия$/u.exec(w)) && !accusative) return m[1] + 'ии';
	if ((m = /^(.+)ию$/u.exec(w)) && accusative) return m[1] + 'ии';
	if ((m = /^(.+[бвгдзклмнпрстфхжшчщц])$/u.exec(w))) return m[1] + 'а';
	if ((m = /^(.+)[йь]$/u.exec(w)) && gender !== 'f') return m[1] + 'я';
	if ((m = /^(.+)ь$/u.exec(w)) && gender === 'f') return m[1] + 'и';
	if ((m = /^(.+)о$/u.exec(w))) return m[1] + 'а';
	if ((m = /^(.+[^и])е$/u.exec(w))) return m[1] + 'я';
	if (accusative && (m = /^(.+)у$/u.exec(w))) return m[1] + (/[гкхжшчщ]$/.test(m[1]) ? 'и' : 'ы');
	if (accusative && (m = /^(.+)ю$/u.exec(w))) return m[1] + 'и';
	if (!accusative && (m = /^(.+)а$/u.exec(w))) return m[1] + (/[гкхжшчщ]$/.test(m[1]) ? 'и' : 'ы');
	if (!accusative && (m = /^(.+)я$/u.exec(w))) return m[1] + 'и';
	return null;
}

/**
 * The genitive of a noun phrase that starts `phrase`: its adjectives and head noun are declined,
 * the rest (complements already in their case) kept. Coordinated heads ("договор и соглашение")
 * are declined both. Null when the phrase does not parse.
 */
export function phraseGenitive(phrase: string, accusative: boolean): string | null {
	const words = phrase.split(' ');
	const out: string[] = [];
	let i = 0;
	for (let np = 0; np < 2; np++) {
		let gender: 'm' | 'f' | 'n' | 'pl' | undefined;
		while (i < words.length && ADJ_END.test(words[i]) && i + 1 < words.length) {
			const w = words[i].replace(/,$/, '');
			const g = adjectiveGenitive(w, accusative);
			if (!g) return null;
			if (/(?:ые|ие)$/u.test(w)) gender = 'pl';
			else if (/(?:ая|яя|ую|юю)$/u.test(w)) gender = 'f';
			else if (/(?:ое|ее)$/u.test(w)) gender = 'n';
			else gender = 'm';
			out.push(g);
			i++;
		}
		const head = words[i];
		if (!head || !/^[а-яёА-ЯЁ-]+$/u.test(head)) return null;
		const g = nounGenitive(head, accusative, gender);
		if (!g) return null;
		out.push(g);
		i++;
		// Genitive complements stay: "договор о границе", "помощи России".
		let j = i;
		while (j < words.length && words[j] !== 'и') j++;
		out.push(...words.slice(i, j));
		i = j;
		if (words[i] !== 'и' || np === 1) break;
		out.push('и');
		i++;
	}
	out.push(...words.slice(i));
	return out.join(' ');
}

function personGenitive(p: EventPerson): string {
	const forms = surnameForms(p.surname);
	return inflectName(p, forms[1]);
}

function personInstrumental(p: EventPerson): string {
	const forms = surnameForms(p.surname);
	// Paradigms in -а list the accusative before the instrumental.
	const i = /а$/.test(forms[0]) && !/ая$/.test(forms[0]) ? 4 : 3;
	return inflectName(p, forms[i]);
}

function inflectName(p: EventPerson, form: string | undefined): string {
	if (!form) return p.name;
	const first = p.surname.split(' ')[0];
	if (p.surname.includes(' ')) return p.name.replace(first, form);
	return p.name.endsWith(p.surname) ? p.name.slice(0, -p.surname.length) + form : p.name;
}

/** Shorten a quotation to about `max` characters, cut on a word boundary and closed with "…»". */
export function shortQuote(q: string, max = 90): string {
	const open = q.startsWith('«') ? '«' : '';
	let body = q.slice(open.length).replace(/»$/, '');
	const closed = q.endsWith('»');
	if (body.length + 2 <= max) return `${open}${body}${closed ? '»' : '…»'}`;
	body = body.slice(0, max);
	const stops = [...body.matchAll(/[,;.…](?=\s)/gu)].map((m) => m.index).filter((i) => i > max / 2);
	const space = body.lastIndexOf(' ');
	body = body.slice(0, stops.length ? stops[stops.length - 1] : space > max / 2 ? space : max);
	// Not on a preposition or a conjunction: "… в…»".
	for (let i = 0; i < 3; i++)
		body = body.replace(/\s+[а-яё]{1,2}$/u, '').replace(/[\s,;:–—.…]+$/u, '');
	return `${open}${body}…»`;
}

/**
 * The event phrase of a dated clause, or '' when nothing is left of it.
 */
export function eventPhrase(input: EventInput): string {
	const { clause, date } = input;
	const persons = (input.persons ?? []).filter((p) => p.end <= date[0] || p.start >= date[1]);
	const quotes = input.quotes.filter(([a, b]) => b <= date[0] || a >= date[1]);
	// Placeholders: the date, persons and quotations are atoms for the rules below.
	type Span = { a: number; b: number; mark: string };
	const spans: Span[] = [
		{ a: date[0], b: date[1], mark: DATE },
		...persons.map((p, i) => ({ a: p.start, b: p.end, mark: `${P_OPEN}${i}${P_CLOSE}` })),
		...quotes.map(([a, b], i) => ({ a, b, mark: `${Q_OPEN}${i}${Q_CLOSE}` }))
	]
		.filter(
			(s, _, all) => !all.some((o) => o !== s && o.a <= s.a && o.b >= s.b && o.b - o.a > s.b - s.a)
		)
		.sort((x, y) => x.a - y.a);
	let s = '';
	let at = 0;
	for (const sp of spans) {
		if (sp.a < at) continue;
		s += clause.slice(at, sp.a) + sp.mark;
		at = sp.b;
	}
	s += clause.slice(at);
	const quoteText = (i: number) => clause.slice(quotes[i][0], quotes[i][1]);

	// Of clauses joined by ";", the one with the date.
	{
		const at = s.indexOf(DATE);
		const next = s.indexOf('; ', at);
		if (next > 0) s = s.slice(0, next);
		const prev = s.lastIndexOf('; ', at);
		if (prev >= 0) s = s.slice(prev + 2);
	}
	// A date inside a noun phrase dates that phrase: "после подписания 18 марта 1921 г. Рижского
	// мирного договора" → "подписание Рижского мирного договора".
	const np = datedNounPhrase(s, persons);
	if (np) {
		const colon = new RegExp(`:\\s*${Q_OPEN}(\\d+)${Q_CLOSE}`, 'u').exec(s);
		const document = DOCUMENT.test(np.split(' ')[0]);
		s = np + (document && colon ? `: ${Q_OPEN}${colon[1]}${Q_CLOSE}` : '');
	}
	// The date and the words that only place it: "в начале", "лишь", a bare preposition.
	s = s
		.replace(
			new RegExp(
				`(?:\\s(?:в|во)\\s+(?:начале|конце|середине)|\\s(?:лишь|только|уже|ещё|еще))?\\s*${DATE}`,
				'u'
			),
			' '
		)
		.replace(/\s(?:в|во|от|с|до|к|по|на)\s+(?=[,.:;]|\s|$)/gu, ' ')
		.replace(/\s+/g, ' ');
	// A reported event ("сообщили, что 17 июля … подписали"): the report is kept.
	const reported =
		/^\s*что\s/iu.test(s) &&
		/(?:сообщ|утвержд|уверя|доказ|слух|писал|заявля|распуст)[а-яё]*,?\s*$/iu.test(
			input.before ?? ''
		);
	// The words of a saying are not the event: after a colon only a short quotation stays.
	const colonQuote = new RegExp(`:\\s*${Q_OPEN}(\\d+)${Q_CLOSE}[^]*$`, 'u').exec(s);
	let said = '';
	if (colonQuote) {
		said = shortQuote(quoteText(Number(colonQuote[1])));
		s = s.slice(0, colonQuote.index);
	}
	s = s.trim();
	for (;;) {
		const next = s
			.replace(LEAD, '')
			.replace(/^[\s,;:–—.]+/u, '')
			.replace(/[\s,;:–—.]+$/u, '');
		if (next === s) break;
		s = next;
	}
	// Subordinate tails, then participial and gerund phrases.
	const cut = (re: RegExp) => {
		const t = s.replace(re, '').trim();
		if (t.length >= 15) s = t;
	};
	cut(TAIL);
	for (let n = 0; n < 3; n++) {
		const m = PARTICIPLE.exec(s);
		if (!m) break;
		// The phrase goes with its closing comma: "договор, предусматривавший …, и соглашение".
		const t = (s.slice(0, m.index) + s.slice(m.index + m[0].length).replace(/^,/u, '')).trim();
		if (t.length < 15) break;
		s = t;
	}
	cut(GERUND_TAIL);
	// A leading adverbial holding another date is another event: "После прихода к власти в ноябре
	// 1922 г. кабинета В. Куно, посол спросил в декабре …".
	const lead = s.replace(
		/^(?:после|до|накануне|в связи с)\s[^,]*?(?:\d{4}\s*г\.|\d{1,2}\s+[а-яё]+(?:ря|ля|та|ая|ня|ля))(?:[^,]*,)?\s*/iu,
		''
	);
	if (lead.length >= 15) s = lead;

	if (!reported && !np) s = nominalise(s, persons) ?? s;

	// Back to text: persons by their canonical names' spacing, quotations shortened.
	let out = s
		.replace(new RegExp(`${P_OPEN}(\\d+)${P_CLOSE}`, 'gu'), (_, i) =>
			clause.slice(persons[Number(i)].start, persons[Number(i)].end)
		)
		.replace(new RegExp(`${Q_OPEN}(\\d+)${Q_CLOSE}`, 'gu'), (_, i) =>
			shortQuote(quoteText(Number(i)))
		)
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[.!?…,;:]+$/u, '');
	// A clause cut short ends on a full word, not on "о" or "и".
	for (let i = 0; i < 3; i++) out = out.replace(/\s+[а-яё]{1,2}$/u, '').replace(/[\s,;:–—]+$/u, '');
	if (said && out) out += ': ' + said;
	out = spaceInitials(out);
	if (reported && out) out = 'по сообщениям, ' + out;
	return ellipsize(out, 200);
}

/** The nominal form of a clause whose predicate the tables know, or null. */
function nominalise(s: string, persons: EventPerson[]): string | null {
	const word = /(?<![а-яёА-ЯЁ\d])[а-яё]+(?![а-яёА-ЯЁ])/gu;
	let verb: RegExpExecArray | null = null;
	let kind: 'speech' | 'transitive' | 'inceptive' | null = null;
	let noun = '';
	let consume: RegExp | undefined;
	for (let m = word.exec(s); m; m = word.exec(s)) {
		const w = m[0];
		const hit =
			SPEECH.find(([re]) => re.test(w)) ??
			TRANSITIVE.find(([re]) => re.test(w)) ??
			INCEPTIVE.find(([re]) => re.test(w));
		if (!hit) continue;
		verb = m;
		noun = hit[1];
		consume = hit[2];
		kind = SPEECH.includes(hit) ? 'speech' : TRANSITIVE.includes(hit) ? 'transitive' : 'inceptive';
		break;
	}
	if (!verb || !kind) return null;
	const before = s.slice(0, verb.index).trim();
	let after = s.slice(verb.index + verb[0].length).trim();
	if (consume) {
		const c = consume.exec(after);
		if (!c) return null;
		after = after.slice(c[0].length);
	}

	if (kind === 'inceptive') {
		// "начались неофициальные контакты …" → "начало неофициальных контактов …".
		if (before && !PREPOSITION.test(before + ' ') && !/^(?:был[аои]?)$/iu.test(before)) return null;
		if (!after) return null;
		// "состоялась беседа …", "прошли переговоры …": the subject is the event.
		if (!noun) return [after, /^был/iu.test(before) ? '' : before].filter(Boolean).join(' ');
		const subject = phraseGenitive(after, false);
		if (!subject) return null;
		return [noun, subject, /^был/iu.test(before) ? '' : before].filter(Boolean).join(' ');
	}

	// The agents: persons in the nominative right before the verb, or right after it.
	const list = new RegExp(`((?:${PERSON})(?:,\\s*${PERSON})*(?:\\s+и\\s+${PERSON})?)$`, 'u');
	let agents: number[] = [];
	let pre = '';
	let rest = after;
	const tail = list.exec(before.replace(/\s+(?:также|тоже|же|вновь|снова)$/u, ''));
	if (tail) {
		agents = [...tail[1].matchAll(new RegExp(`${P_OPEN}(\\d+)${P_CLOSE}`, 'gu'))].map((x) =>
			Number(x[1])
		);
		pre = before.slice(0, tail.index).trim();
	} else if (!before) {
		const first = new RegExp(`^${P_OPEN}(\\d+)${P_CLOSE}\\s*`, 'u').exec(after);
		if (!first) return null;
		agents = [Number(first[1])];
		rest = after.slice(first[0].length);
	} else return null;
	if (!agents.length || agents.some((i) => !persons[i]?.nominative)) return null;
	// Words before the agents: an adverbial ("в донесении Куно") moves to the end; anything else
	// is the agent's office ("канцлер", "представитель НКИД в Берлине") and goes with it.
	let office = '';
	let adverbial = '';
	if (/[:;]/u.test(pre)) return null;
	const comma = pre.lastIndexOf(',');
	if (comma >= 0) {
		// "до завершения работы конгресса, председатель … комитета И. С. Аксаков заявил".
		adverbial = pre.slice(0, comma).trim();
		pre = pre.slice(comma + 1).trim();
		if (!PREPOSITION.test(adverbial + ' ')) return null;
	}
	if (pre) {
		if (PREPOSITION.test(pre + ' ') || agents.length > 1)
			adverbial = [pre, adverbial].filter(Boolean).join(' ');
		else {
			const g = phraseGenitive(lowerFirst(pre), false);
			if (!g) return null;
			office = g;
		}
	}
	rest = rest.replace(/^(?:и|же|также|тоже)\s+/u, '');
	if (kind === 'speech') {
		const who = agents.map((i) => personGenitive(persons[i])).join(', ');
		return [noun, office, who, rest, adverbial].filter(Boolean).join(' ');
	}
	// Transitive: "подписали договор" → "подписание договора К. Б. Радеком и В. Л. Коппом".
	// Adverbials before the object stay in front of it.
	const lead = /^((?:(?:в|во|на|с|со)\s+[А-ЯЁа-яё-]+\s+)*)/u.exec(rest)?.[1] ?? '';
	const object = rest.slice(lead.length);
	const objectEnd = object.search(/[,:;]|\s(?:в|во|на|с|со|при|после|для|против)\s/u);
	const head = objectEnd >= 0 ? object.slice(0, objectEnd) : object;
	const gen = phraseGenitive(head, true);
	if (!gen || office) return null;
	const agentsIns = agents.map((i) => personInstrumental(persons[i]));
	const who =
		agentsIns.length > 1
			? agentsIns.slice(0, -1).join(', ') + ' и ' + agentsIns[agentsIns.length - 1]
			: agentsIns[0];
	const objectRest = objectEnd >= 0 ? object.slice(objectEnd) : '';
	return [
		noun,
		who,
		gen + objectRest.replace(/^([^,:;]*)[,:;][^]*$/u, '$1'),
		lead.trim(),
		adverbial
	]
		.filter(Boolean)
		.join(' ');
}

const lowerFirst = (s: string) => (/^[А-ЯЁ][а-яё]/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** Heads of dated noun phrases: verbal nouns and nouns of events. */
const HEAD =
	/^(?:[а-яё]+(?:ни|ти)(?:е|я|ю|ем|и|ях)|[а-яё]+аци(?:я|и|ю|ей)|(?:приход|уход|переход|отъезд|приезд|визит|плебисцит|кризис|переворот|конгресс|съезд)(?:а|у|ом|е)?|начал(?:о|а|у|ом|е))$/iu;
/** Heads of documents dated with "от": "постановления Политбюро от 18 января". */
const DOCUMENT =
	/^(?:постановлени|указани|решени|приказ|письм|нот[аыеуо]|директив|телеграмм|донесени|меморандум)[а-яё]*$/iu;
/** Words a noun phrase continues with: genitive/instrumental/locative forms, abbreviations. */
const NP_WORD =
	/^(?:[а-яёА-ЯЁ-]+(?:ого|его|ому|ему|ой|ей|ых|их|ым|им|ом|ем|а|я|ы|и|у|ю|ов|ев|ам|ям|ами|ями|е)|[А-ЯЁ]{2,}|\([а-яё]\)|Политбюро|к|в|во|на|с|со|между)$/u;
/** Nominative adjectives and participles end a dated noun phrase ("… договора издаваемая …"). */
const NOMINATIVE_ADJ = /(?:ая|яя|ое|ее|ый|ий|ые|ие)$/u;

/** The nominative of a head noun. */
function headNominative(w: string): string {
	const lower = w.toLowerCase();
	let m: RegExpExecArray | null;
	if ((m = /^(.+(?:ни|ти))ях$/u.exec(lower))) return m[1] + 'я';
	if ((m = /^(.+(?:ни|ти))(?:е|я|ю|ем|и)$/u.exec(lower))) return m[1] + 'е';
	if ((m = /^(.+аци)(?:я|и|ю|ей)$/u.exec(lower))) return m[1] + 'я';
	if ((m = /^(начал)(?:о|а|у|ом|е)$/u.exec(lower))) return m[1] + 'о';
	if ((m = /^(.+?)(?:а|у|ом|е)$/u.exec(lower)) && HEAD.test(m[1])) return m[1];
	if ((m = /^(нот|директив|телеграмм)[аыеуо]$/u.exec(lower))) return m[1] + 'а';
	if ((m = /^письм[ауео]$/u.exec(lower))) return 'письмо';
	return lower;
}

/**
 * The noun phrase a date sits in, in the nominative, or null: "после подписания DATE Рижского
 * мирного договора" → "подписание Рижского мирного договора"; "в связи с предстоящим DATE
 * плебисцитом в Верхней Силезии" → "плебисцит в Верхней Силезии"; "постановления Политбюро ЦК
 * РКП (б) от DATE" → "постановление Политбюро ЦК РКП (б)".
 */
function datedNounPhrase(s: string, persons: EventPerson[]): string | null {
	const at = s.indexOf(DATE);
	if (at < 0) return null;
	const left = s.slice(0, at).trim().split(/\s+/).filter(Boolean);
	const right = s
		.slice(at + 1)
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	const genitivePerson = (w: string) => {
		const m = new RegExp(`^${P_OPEN}(\\d+)${P_CLOSE}$`, 'u').exec(w);
		return !!m && !persons[Number(m[1])]?.nominative;
	};
	const following = (from: number): string[] => {
		const out: string[] = [];
		for (let i = from; i < right.length && out.length < 8; i++) {
			const w = right[i];
			const bare = w.replace(/[,:;.]$/u, '');
			if (!(NP_WORD.test(bare) || genitivePerson(bare)) || NOMINATIVE_ADJ.test(bare)) break;
			out.push(bare);
			if (bare !== w) break;
		}
		while (out.length && /^(?:к|в|во|на|с|со|между)$/u.test(out[out.length - 1])) out.pop();
		return out;
	};
	// "от DATE": a dated document.
	if (left[left.length - 1] === 'от') {
		for (let i = left.length - 2; i >= 0 && i >= left.length - 8; i--) {
			const w = left[i];
			if (DOCUMENT.test(w)) {
				const between = left.slice(i + 1, -1);
				if (!between.every((x) => NP_WORD.test(x) || genitivePerson(x))) return null;
				return [headNominative(w), ...between].join(' ');
			}
			if (/[,:;]$/u.test(w)) return null;
		}
		return null;
	}
	// "предстоящим DATE плебисцитом …": the date between an adjective and its noun.
	const last = left[left.length - 1] ?? '';
	if (/(?:ым|им|ого|его|ой|ей)$/u.test(last) && right[0] && HEAD.test(right[0])) {
		const rest = following(1);
		return [headNominative(right[0]), ...rest].join(' ');
	}
	// "после подписания DATE Рижского …", "Начало политического кризиса DATE в …".
	let head = -1;
	for (let i = left.length - 1; i >= 0 && i >= left.length - 5; i--) {
		const w = left[i];
		if (HEAD.test(w) || DOCUMENT.test(w)) head = i;
		else if (!(NP_WORD.test(w) || genitivePerson(w))) break;
	}
	if (head < 0) return null;
	const before = left.slice(0, head).join(' ').toLowerCase();
	const opens =
		(DOCUMENT.test(left[head]) && !/(?:^|\s)(?:в|во)$/u.test(before)) ||
		/(?:^|\s)(?:после|до|накануне|перед|в связи с|по случаю|в ходе|во время)$/u.test(before) ||
		/^(?:(?:уже|так|но|однако|и|а|же|вместе с тем|тем не менее)[,\s]*)*$/u.test(before);
	if (!opens) return null;
	const between = left.slice(head + 1);
	const rest = following(0);
	if (!between.length && !rest.length) return null;
	return [headNominative(left[head]), ...between, ...rest].join(' ');
}
