// Date cards: for each date, the clause it times, asked as a question of its subject and
// predicate ("The Genoa Conference opened on 10 April 1922" → "When did the Genoa Conference
// open?"; "Rathenau was shot dead in Berlin by …" → "When was Rathenau shot dead in Berlin?"),
// and the reverse ("What happened on 10 April 1922?" → "The Genoa Conference opened").

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { Person } from '../person';
import { clauseOf, predicateIn, resolvePronoun, type Predicate, type Span } from './clauses';
import { hedged, kindOf } from './kinds';
import { baseForm } from './verbs';

export interface EnContext {
	doc: Doc;
	persons: Person[];
	people: Map<number, Person>;
}

const MAX_QUESTION = 160;
const MAX_ANSWER = 140;
const PREPOSITIONS = new Set([
	'on',
	'in',
	'from',
	'since',
	'during',
	'of',
	'at',
	'by',
	'through',
	'throughout',
	'until',
	'between'
]);
const CONNECTOR =
	/^(?:then|meanwhile|however|instead|finally|thus|soon|later|eventually|also|still|so|yet|but|and|only|now|there|here)$/i;
const PREPOSITION_START =
	/^(?:in|on|at|by|after|before|during|within|from|with|under|through|despite|for|following|as|to|since)$/i;
const CUT = new Set([
	',',
	';',
	':',
	'(',
	'.',
	'!',
	'?',
	'which',
	'who',
	'whom',
	'where',
	'when',
	'while',
	'because',
	'but',
	'although',
	'whereas',
	'as',
	'since',
	'after',
	'before',
	'until',
	'though',
	'"',
	'“',
	'—',
	'–'
]);
const VAGUE_OBJECT = /^(?:it|them|they|this|these|those|there|such|same)$/i;

/** Token range of the date and the preposition before it. */
function dateTokens(doc: Doc, d: DateMention): Span {
	let from = doc.tokens.findIndex((t) => t.start >= d.start);
	let to = from;
	while (to < doc.tokens.length && doc.tokens[to].end <= d.end) to++;
	if (PREPOSITIONS.has(doc.tokens[from - 1]?.text.toLowerCase() ?? '')) from--;
	return { from, to };
}

const capFirst = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
/** "The Genoa Conference" inside a question: "the Genoa Conference" (names keep their capital). */
const inside = (s: string) =>
	s.replace(/^(?:The|A|An|His|Her|Its|Their)\b/u, (w) =>
		w === 'A' || w === 'An' ? 'the' : w.toLowerCase()
	);

const words = (doc: Doc, from: number, to: number, skip: (i: number) => boolean) => {
	let s = '';
	for (let i = from; i < to; i++) {
		if (skip(i)) continue;
		const t = doc.tokens[i];
		s +=
			(s && t.kind !== 'punct'
				? ' '
				: t.kind === 'punct' && /[,.;:!?)'’]/.test(t.text)
					? ''
					: s
						? ' '
						: '') + t.text;
	}
	return s.replace(/\s+/g, ' ').trim();
};

/** Where the predicate's complement ends: at a comma, a relative, a conjunction with a verb. */
function complementEnd(
	doc: Doc,
	from: number,
	to: number,
	passive: boolean,
	skip: (i: number) => boolean = () => false
): number {
	let k = from;
	let n = 0;
	for (; k < to; k++) {
		const t = doc.tokens[k];
		const w = t.text.toLowerCase();
		// A quotation cut in the middle ("replaced by a "troika"…") would leave the question open.
		if (/^["“”]$/.test(w)) return -1;
		if (CUT.has(w)) break;
		if (passive && w === 'by') break;
		// "signed in Berlin … extended the treaty": the clause's own verb ends a reduced relative.
		if (
			passive &&
			k > from &&
			!t.cap &&
			/ed$/.test(w) &&
			baseForm(w) &&
			!/^(?:the|a|an|his|her|its|their)$/i.test(doc.tokens[k - 1].text)
		)
			break;
		if (w === 'and' && baseForm(doc.tokens[k + 1]?.text ?? '') && !doc.tokens[k + 1].cap) break;
		if (!skip(k) && ++n > 14) return -1;
	}
	return k;
}

interface Subject {
	text: string;
	person?: Person;
}

/** The comma parts of [from, to) that can hold a subject: dates, connectors, participles out. */
function subjectParts(doc: Doc, from: number, to: number, skip: (i: number) => boolean): Span[] {
	const parts: Span[] = [];
	let a = from;
	for (let i = from; i <= to; i++) {
		if (i < to && doc.tokens[i].text !== ',') continue;
		let f = a;
		while (f < i && (skip(f) || CONNECTOR.test(doc.tokens[f].text))) f++;
		// "Four years later the Treaty of Berlin": what follows a leading date.
		for (let k = f; k < i; k++) if (skip(k) && !skip(k + 1) && k + 1 < i) f = k + 1;
		const t = doc.tokens[f];
		const participle =
			t && !t.cap && /(?:ing|ed)$/.test(t.text) && baseForm(t.text.replace(/ing$/, 'ed')) !== null;
		if (f < i && !participle && !/^(?:who|which|whose)$/i.test(t.text))
			parts.push({ from: f, to: i });
		a = i + 1;
	}
	return parts;
}

/** The subject in [from, to): appositions and leading adverbials dropped, pronouns resolved. */
function subjectOf(
	ctx: EnContext,
	from: number,
	to: number,
	skip: (i: number) => boolean
): Subject | null {
	const { doc } = ctx;
	const parts = subjectParts(doc, from, to, skip);
	const hasPerson = (p: Span) =>
		Array.from({ length: p.to - p.from }, (_, k) => p.from + k).some((i) => ctx.people.has(i));
	// The part before the verb, unless it is an apposition ("The Final Act, a document of 121
	// articles, was signed") or an adverbial; a name in apposition wins ("the governor of New
	// France, the Marquis Duquesne, ordered").
	let pick = parts[parts.length - 1];
	if (!pick) return null;
	const det =
		/^(?:a|an)$/i.test(doc.tokens[pick.from].text) ||
		(PREPOSITION_START.test(doc.tokens[pick.from].text) && parts.length > 1);
	if (parts.length > 1 && det && !hasPerson(pick)) pick = parts[parts.length - 2];
	while (
		PREPOSITION_START.test(doc.tokens[pick.from].text) &&
		parts.indexOf(pick) < parts.length - 1
	)
		pick = parts[parts.indexOf(pick) + 1];
	const { from: a, to: z } = pick;
	if (PREPOSITION_START.test(doc.tokens[a].text)) return null;
	const text = words(doc, a, z, skip);
	if (!text || text.split(' ').length > 12) return null;
	const w = text.toLowerCase();
	if (w === 'he' || w === 'she') {
		const p = resolvePronoun(doc, a, ctx.people, w === 'she');
		return p ? { text: p.name, person: p } : null;
	}
	if (/^(?:it|they|this|these|those|there|which|who|that|we|i|you|one|some|many|most|all)$/.test(w))
		return null;
	// "his column" is Braddock's column.
	if (/^(?:his|her) /.test(w)) {
		const p = resolvePronoun(doc, a, ctx.people, w.startsWith('her'));
		return p ? { text: `${p.surname}'s ${text.slice(text.indexOf(' ') + 1)}` } : null;
	}
	// "the Soviet leader Nikita Khrushchev": the name without the office before it.
	const last = ctx.people.get(z - 1);
	const lm = last?.mentions.find((m) => m.tokens[1] === z);
	if (
		last &&
		lm &&
		lm.tokens[0] > a &&
		Array.from({ length: lm.tokens[0] - a }, (_, k) => doc.tokens[a + k]).every(
			(t) => t.kind === 'word' && baseForm(t.text) === null && !/^(?:and|or)$/.test(t.text)
		)
	)
		return { text: last.name, person: last };
	// "General Hans von Seeckt" is asked by his name: "Hans von Seeckt".
	const person = ctx.people.get(a);
	const m = person?.mentions.find((x) => x.tokens[0] <= a && x.tokens[1] >= z);
	if (person && m) return { text: m.rule === 'surname' ? text : person.name, person };
	return { text };
}

/** "appointed him" → "appointed Dag Hammarskjöld"; null when "him" has no one to stand for. */
function objectNamed(ctx: EnContext, rest: string, at: number): string | null {
	if (!/\bhim\b/.test(rest)) return rest;
	const p = resolvePronoun(ctx.doc, at, ctx.people, false);
	return p ? rest.replace(/\bhim\b/, p.name) : null;
}

interface Telling {
	question: string;
	event: string;
	/** Where the question's words end: a date after it is not the question's. */
	stop: number;
}

interface Told extends Telling {
	clause: Span;
	persons: Person[];
}

/** A predicate and its subject told as a "When …?" question and a short statement. */
function tell(
	ctx: EnContext,
	s: Subject,
	p: Predicate,
	end: number,
	skip: (i: number) => boolean
): Telling | null {
	const { doc } = ctx;
	const head = p.participle ?? p.verb;
	const stop = complementEnd(doc, head + 1, end, p.kind === 'passive', skip);
	if (stop < 0) return null;
	const rest = objectNamed(ctx, words(doc, head + 1, stop, skip), head);
	if (rest === null || rest.split(' ').some((x) => VAGUE_OBJECT.test(x))) return null;
	const verb = doc.tokens[p.verb].text.toLowerCase();
	const subj = inside(s.text);
	let question: string;
	if (p.kind === 'active') {
		const base = baseForm(verb);
		if (!base) return null;
		question = `When did ${subj} ${base}${rest ? ' ' + rest : ''}?`;
	} else if (p.kind === 'passive') {
		question = `When ${verb === 'been' ? 'was' : verb} ${subj} ${doc.tokens[p.participle!].text}${rest ? ' ' + rest : ''}?`;
	} else {
		if (!rest) return null;
		question = `When ${verb} ${subj} ${rest}?`;
	}
	const aux = p.aux !== undefined ? doc.tokens[p.aux].text + ' ' : '';
	const told =
		p.kind === 'passive' ? `${verb} ${doc.tokens[p.participle!].text}` : doc.tokens[p.verb].text;
	const event = capFirst(`${s.text} ${aux}${told}${rest ? ' ' + rest : ''}`.replace(/\s+/g, ' '));
	return { question, event, stop };
}

/** The comma part of the clause that holds the date, when it is an apposition or relative. */
function appositionOf(ctx: EnContext, c: Span, df: number): { comma: number; end: number } | null {
	const { doc } = ctx;
	let comma = -1;
	for (let i = df - 1; i > c.from; i--)
		if (doc.tokens[i].text === ',') {
			comma = i;
			break;
		}
	if (comma < 0) return null;
	const next = doc.tokens[comma + 1];
	const lowerVerb = next && !next.cap && baseForm(next.text) !== null && /ed$/.test(next.text);
	const rel = next && /^(?:who|which)$/.test(next.text);
	// "General Hans von Seeckt, chief of the Army Command from 1920 to 1926,": a person's office.
	const noun = !lowerVerb && !rel && ctx.people.has(comma - 1);
	if (!lowerVerb && !rel && !noun) return null;
	let end = c.to;
	for (let i = df; i < c.to; i++)
		if (doc.tokens[i].text === ',') {
			end = i;
			break;
		}
	return { comma, end };
}

const personsIn = (ctx: EnContext, f: number, t: number) => [
	...new Set(
		Array.from({ length: Math.max(0, t - f) }, (_, k) => ctx.people.get(f + k)).filter(
			(p): p is Person => !!p
		)
	)
];

/**
 * "Walther Rathenau, appointed Foreign Minister on 1 February 1922, was …": the apposition's
 * participle asks about the noun before it; "Chancellor Joseph Wirth, who led the government from
 * May 1921 …" its relative clause.
 */
function appositionEvent(
	ctx: EnContext,
	c: Span,
	at: { comma: number; end: number },
	skip: (i: number) => boolean
): Told | null {
	const { doc } = ctx;
	let sFrom = c.from;
	for (let i = at.comma - 1; i > c.from; i--)
		if (doc.tokens[i].text === ',') {
			sFrom = i + 1;
			break;
		}
	// A person's apposition is about the person named right before it.
	const named = ctx.people.get(at.comma - 1);
	const m = named?.mentions.find((x) => x.tokens[1] === at.comma);
	if (m && m.tokens[0] > sFrom) sFrom = m.tokens[0];
	const s = subjectOf(ctx, sFrom, at.comma, skip);
	if (!s) return null;
	const rel = /^(?:who|which)$/.test(doc.tokens[at.comma + 1].text);
	const clause = { from: sFrom, to: at.end };
	const next = doc.tokens[at.comma + 1];
	if (!rel && (next.cap || baseForm(next.text) === null || !/ed$/.test(next.text))) {
		const t = copulaOf(ctx, s, at.comma + 1, at.end, skip);
		return t && { ...t, clause, persons: personsIn(ctx, sFrom, at.end) };
	}
	if (!rel) {
		const t = passiveOfRelative(ctx, s, at.comma + 1, at.end, skip);
		return t && { ...t, clause, persons: personsIn(ctx, sFrom, at.end) };
	}
	const p = predicateIn(doc, at.comma + 2, at.end, skip);
	const t = p && tell(ctx, s, p, at.end, skip);
	return t ? { ...t, clause, persons: personsIn(ctx, sFrom, at.end) } : null;
}

function eventOf(ctx: EnContext, span: Span, skip: (i: number) => boolean): Told | null {
	const { doc } = ctx;
	const c = clauseOf(doc, span.from);
	const app = appositionOf(ctx, c, span.from);
	if (app) return appositionEvent(ctx, c, app, skip);
	let p = predicateIn(doc, c.from, c.to, skip);
	if (!p) return null;
	const first = p;
	// The verb nearest before the date: "He left the island on 26 February and landed … on 1 March".
	for (
		let q: Predicate | null = p;
		q && q.verb < span.from;
		q = predicateIn(doc, (q.participle ?? q.verb) + 1, c.to, skip)
	)
		p = q;
	const s = subjectOf(ctx, c.from, first.aux ?? first.verb, skip);
	if (!s) return null;
	const done = (t: Telling | null): Told | null =>
		t && { ...t, clause: c, persons: personsIn(ctx, c.from, c.to) };
	// "A supplementary agreement signed in Berlin on 5 November 1922 extended …": a reduced relative.
	if (
		p.kind === 'active' &&
		p.aux === undefined &&
		/ed$/.test(doc.tokens[p.verb].text) &&
		span.from > p.verb
	) {
		const later = predicateIn(doc, span.to, c.to, skip);
		if (later && later.kind === 'active')
			return done(passiveOfRelative(ctx, s, p.verb, c.to, skip));
	}
	// "The Treaty of Rapallo was an agreement signed on 16 April 1922 by …".
	if (
		first.kind === 'copula' &&
		p !== first &&
		p.kind === 'active' &&
		/ed$/.test(doc.tokens[p.verb].text) &&
		/^(?:a|an|the)$/i.test(doc.tokens[first.verb + 1].text)
	)
		return done(passiveOfRelative(ctx, s, p.verb, c.to, skip));
	return done(tell(ctx, s, p, c.to, skip));
}

/** "When was Hans von Seeckt chief of the Army Command?" for an office in apposition. */
function copulaOf(
	ctx: EnContext,
	s: Subject,
	from: number,
	end: number,
	skip: (i: number) => boolean
): Telling | null {
	const { doc } = ctx;
	// "Pérez de Cuéllar, the Peruvian diplomat who was Secretary-General from 1982 to 1991".
	for (let k = from; k < Math.min(end, from + 6); k++)
		if (doc.tokens[k].text === 'who' && /^(?:was|were)$/.test(doc.tokens[k + 1]?.text ?? ''))
			from = k + 2;
	const stop = complementEnd(doc, from, end, false, skip);
	if (stop < 0 || !s.person) return null;
	const rest = words(doc, from, stop, skip);
	if (!rest || rest.split(' ').some((x) => VAGUE_OBJECT.test(x))) return null;
	return {
		question: `When was ${s.person.name} ${rest}?`,
		event: `${s.person.name} was ${rest}`,
		stop
	};
}

/** "When was <subject> <participle> …?" for a participle that is not after "was". */
function passiveOfRelative(
	ctx: EnContext,
	s: Subject,
	part: number,
	end: number,
	skip: (i: number) => boolean
) {
	const { doc } = ctx;
	const stop = complementEnd(doc, part + 1, end, true, skip);
	if (stop < 0) return null;
	const rest = words(doc, part + 1, stop, skip);
	if (rest.split(' ').some((x) => VAGUE_OBJECT.test(x))) return null;
	const p = doc.tokens[part].text;
	const tail = rest ? ' ' + rest : '';
	return {
		question: `When was ${inside(s.text)} ${p}${tail}?`,
		event: capFirst(`${s.text} was ${p}${tail}`),
		stop
	};
}

const NAMED_HEADS: [RegExp, (x: string) => string, string][] = [
	[
		/^(?:Treaty|Agreement|Accord|Pact|Convention|Protocol|Armistice|Peace)$/,
		(x) => `When was ${x} signed?`,
		'was signed'
	],
	[/^(?:Conference|Congress|Summit)$/, (x) => `When was ${x} held?`, 'was held'],
	[
		/^(?:Act|Declaration|Proclamation|Resolution|Charter|Edict|Decree|Manifesto)$/,
		(x) => `When was ${x} issued?`,
		'was issued'
	],
	[
		/^(?:Crisis|War|Revolution|Rising|Uprising|Rebellion|Battle|Siege|Campaign|Massacre)$/,
		(x) => `When did ${x} take place?`,
		'took place'
	]
];

/**
 * A date that names an event rather than times a clause: "the 1975 Algiers Agreement", "the
 * Proclamation of 7 October 1763", "the Suez Crisis of 1956".
 */
function namedEvent(ctx: EnContext, d: DateMention, span: Span): Told | null {
	const { doc } = ctx;
	const ts = doc.tokens;
	let from = -1;
	let to = -1;
	const prep = ts[span.from]?.text.toLowerCase();
	if (prep === 'of' && ts[span.from - 1]?.cap) {
		// Back over "Treaty of Paris", "Suez Crisis": capitalised words and "of" between them.
		to = span.from;
		from = to - 1;
		while (from > 0 && (ts[from - 1].cap || (ts[from - 1].text === 'of' && ts[from - 2]?.cap)))
			from--;
	} else if (/^\d{4}$/.test(ts[span.from]?.text ?? '') && ts[span.to]?.cap) {
		from = span.to;
		to = from;
		while (to < ts.length && ts[to].cap && ts[to].sentence === ts[from].sentence) to++;
	}
	if (from < 0 || to <= from) return null;
	const name = ts.slice(from, to).map((t) => t.text);
	const head = NAMED_HEADS.find(([re]) => re.test(name[name.length - 1]) || re.test(name[0]));
	if (!head || ctx.people.has(from)) return null;
	const x = `the ${name.join(' ')}`;
	const c = clauseOf(doc, span.from);
	return {
		question: head[1](x),
		event: capFirst(`${x} ${head[2]}`),
		stop: c.to,
		clause: c,
		persons: []
	};
}

/** A bound ("by the summer of 1988", "until 1907") dates no event; nor a lifespan "(1905–1961)". */
function bound(doc: Doc, d: DateMention, span: Span): boolean {
	const before = doc.tokens[span.from - 1]?.text ?? '';
	const prep = doc.tokens[span.from]?.text.toLowerCase() ?? '';
	if (/^(?:by|until|till|before)$/i.test(prep) || /^(?:by|until|before)$/i.test(before))
		return true;
	if (before === '(' && d.iso.includes('/')) return true;
	// Decades and centuries date an event when the text says so ("through the 1920s").
	if (d.coarse && /^(?:the|beyond|of)$/i.test(prep))
		return !/^(?:in|during|through|throughout)$/i.test(before);
	return false;
}

export function dateFacts(ctx: EnContext, dates: DateMention[]): FactDraft[] {
	const { doc } = ctx;
	const spans = dates.map((d) => dateTokens(doc, d));
	const inDate = new Set<number>();
	for (const s of spans) for (let i = s.from; i < s.to; i++) inDate.add(i);
	const skip = (i: number) =>
		inDate.has(i) || doc.tokens[i]?.text === '[' || doc.tokens[i]?.text === ']';
	const out: FactDraft[] = [];
	dates.forEach((d, k) => {
		const span = spans[k];
		if (span.from < 0 || d.iso.startsWith('-') || bound(doc, d, span)) return; // BC: no ISO in the deck format
		const sentence = doc.tokens[span.from].sentence;
		if (/\?["”]?$/.test(doc.sentences[sentence].text)) return;
		// "Fifteen days later, on 18 July": the explicit date tells it.
		if (
			d.rule === 'relative' &&
			dates.some(
				(x, j) =>
					j !== k &&
					x.rule !== 'relative' &&
					x.iso === d.iso &&
					doc.tokens[spans[j].from]?.sentence === sentence
			)
		)
			return;
		const e = eventOf(ctx, span, skip) ?? namedEvent(ctx, d, span);
		if (!e || e.question.length > MAX_QUESTION || span.from > e.stop) return;
		const text = doc.text.slice(doc.tokens[e.clause.from].start, doc.tokens[e.clause.to - 1].end);
		const kind = kindOf(text);
		const cards: FactDraft['cards'] = [
			{
				deck: 'dates',
				front: e.question,
				back: d.label.replace(/^the /, ''),
				fact: { type: 'date', ask: 'date', date: d.iso, event: e.event }
			}
		];
		if (e.event.length <= MAX_ANSWER)
			cards.push({
				deck: 'dates',
				front: `What happened ${d.when}?`,
				back: e.event,
				fact: { type: 'date', ask: 'event', date: d.iso, event: e.event }
			});
		out.push({
			sentence,
			clause: [doc.tokens[e.clause.from].start, doc.tokens[e.clause.to - 1].end],
			kind: kind.kind,
			weight: d.coarse ? Math.min(kind.weight, 1.5) : kind.weight,
			persons: e.persons,
			cards,
			key: `date|${doc.tokens[e.clause.from].start}|${d.iso}`,
			hedged: hedged(text)
		});
	});
	return out;
}
