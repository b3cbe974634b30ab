// Date cards: for each date, the clause it times, asked as a question of its subject and
// predicate ("The Genoa Conference opened on 10 April 1922" → "When did the Genoa Conference
// open?"; "Rathenau was shot dead in Berlin by …" → "When was Rathenau shot dead in Berlin?"),
// and the reverse ("What happened on 10 April 1922?" → "The Genoa Conference opened").

export type { EnContext } from './phrases';

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { Person } from '../person';
import { clauseOf, findTok, predicateIn, type Predicate, type Span } from './clauses';
import { thingsNamed } from './things';
import { nominalEvent } from './nominals';
import { partitionPoint } from '../../../util/search';
import {
	capFirst,
	mentionAt,
	complementEnd,
	inside,
	objectNamed,
	subjectOf,
	VAGUE_OBJECT,
	words,
	type EnContext,
	type Subject
} from './phrases';
import { hedged, kindOf } from './kinds';
import { baseForm, participleOnly, pastParticiple } from './verbs';

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
/** Token range of the date and the preposition before it. */
function dateTokens(doc: Doc, d: DateMention): Span {
	let from = partitionPoint(doc.tokens.length, (i) => doc.tokens[i].start < d.start);
	if (from >= doc.tokens.length) from = -1;
	let to = from;
	while (to < doc.tokens.length && doc.tokens[to].end <= d.end) to++;
	// "returned only in early May": the part of the month goes with it ("early", "late", "mid-").
	if (/^(?:early|late|mid)$/i.test(doc.tokens[from - 1]?.text ?? '')) from--;
	if (PREPOSITIONS.has(doc.tokens[from - 1]?.text.toLowerCase() ?? '')) from--;
	// "shortly after noon on 29 September", "in the early hours of Aug. 20": the time of day too.
	from -= timeOfDayBefore(doc, from);
	// "only in May": the particle that weighs the date goes with it too.
	if (/^(?:only|just|already|even)$/i.test(doc.tokens[from - 1]?.text ?? '')) from--;
	return { from, to };
}

const TIME_OF_DAY =
	/(?:^|\s)((?:(?:shortly|just|soon|early|late) )?(?:after|before) (?:noon|midnight|dawn|dusk|daybreak|nightfall)|at (?:dawn|noon|midnight|dusk|daybreak)|(?:in )?the (?:early|small) hours(?: of)?|(?:on )?the (?:morning|evening|night|afternoon)(?: of)?)$/i;

/** How many words before token `from` tell the date's time of day (0 if none). */
function timeOfDayBefore(doc: Doc, from: number): number {
	const words: string[] = [];
	for (let k = from - 1; k >= Math.max(0, from - 6) && doc.tokens[k].kind === 'word'; k--)
		words.unshift(doc.tokens[k].text);
	const m = TIME_OF_DAY.exec(words.join(' '));
	return m ? m[1].split(' ').length : 0;
}

interface Telling {
	question: string;
	/** The question for a date that says how long it has held ("since 1979"). */
	since?: string;
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
	skip: (i: number) => boolean,
	dateAt = -1
): Telling | null {
	const { doc } = ctx;
	const head = p.participle ?? p.verb;
	let from = head + 1;
	let stop = complementEnd(doc, from, end, p.kind === 'passive', skip);
	// "captured Fort Oswego in August 1756 and Fort William Henry on 9 August 1757": the second
	// date's object is the one after "and".
	if (stop >= 0 && dateAt > stop && doc.tokens[stop]?.text === 'and' && skip(stop - 1)) {
		from = stop + 1;
		stop = complementEnd(doc, from, end, p.kind === 'passive', skip);
	}
	if (stop < 0) return null;
	// "the powers assembled at Vienna declared …": the clause's verb is later; no question here.
	if (
		p.kind === 'active' &&
		/ed$/.test(doc.tokens[stop]?.text ?? '') &&
		baseForm(doc.tokens[stop].text)
	)
		return null;
	const rest = objectNamed(ctx, words(doc, from, stop, skip), head, s.person);
	if (rest === null || rest.split(' ').some((x) => VAGUE_OBJECT.test(x))) return null;
	// "attended that of Francis II": a noun the card lost; "Castlereagh joined Castlereagh and
	// Talleyrand": a subject in its own object is a pronoun read wrong.
	if (/^(?:that|those) of\b/.test(rest) || (s.person && rest.includes(s.person.surname)))
		return null;
	const verb = doc.tokens[p.verb].text.toLowerCase();
	const subj = inside(s.text);
	let question: string;
	const tail = rest ? ' ' + rest : '';
	// "Since when had John Hume led the SDLP?" for "who had led the SDLP since 1979".
	let since: string;
	if (p.kind === 'active') {
		const base = baseForm(verb);
		if (!base) return null;
		question = `When did ${subj} ${base}${tail}?`;
		since = `Since when had ${subj} ${pastParticiple(verb)}${tail}?`;
	} else if (p.kind === 'passive') {
		const part = doc.tokens[p.participle!].text;
		question = `When ${verb === 'been' ? 'was' : verb} ${subj} ${part}${tail}?`;
		since = `Since when had ${subj} been ${part}${tail}?`;
	} else {
		if (!rest) return null;
		question = `When ${verb === 'been' ? 'was' : verb} ${subj} ${rest}?`;
		since = `Since when had ${subj} been ${rest}?`;
	}
	const aux = p.aux !== undefined ? doc.tokens[p.aux].text + ' ' : '';
	const told =
		p.kind === 'passive' ? `${verb} ${doc.tokens[p.participle!].text}` : doc.tokens[p.verb].text;
	const event = capFirst(`${s.text} ${aux}${told}${tail}`.replace(/\s+/g, ' '));
	return { question, since, event, stop };
}

/** The comma part of the clause that holds the date, when it is an apposition or relative. */
const SERIES_OBJECT = /^(?:his|her|its|their|the|a|an)$/;

/** A preposition that opens an aside between a subject and its verb. */
const ASIDE_OPENER = /^(?:after|before|until|despite|following|during|under|like)$/i;

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
	// ("Guilty Men, written in 1940 by Michael Foot, …": an irregular participle too.)
	const lowerVerb =
		next &&
		!next.cap &&
		baseForm(next.text) !== null &&
		(/ed$/.test(next.text) || participleOnly(next.text));
	// "Lord Lansdowne, Foreign Secretary from 1900 to 1905, concluded …": after a person's
	// apposition the verb is the clause's own, not a participle of the apposition.
	// "Lord Lansdowne, Foreign Secretary from 1900 to 1905, concluded …", "Lord Derby, who opposed
	// these measures, resigned …": after a person's apposition or relative clause the verb is the
	// clause's own, not a participle (eventOf takes the person for its subject).
	// ("Rouen, after a siege of nearly six months, surrendered …": nor after a prepositional aside;
	// the subject is before it.)
	if (lowerVerb)
		for (let i = comma - 1; i > c.from; i--)
			if (doc.tokens[i].text === ',') {
				if (ctx.people.has(i - 1) || ASIDE_OPENER.test(doc.tokens[i + 1]?.text ?? '')) return null;
				break;
			}
	// "He took the oath …, resigned his see in January 1791 and consecrated …": a verb with an
	// object of its own after a clause with its own subject and verb is the next verb of a series,
	// no participle of the noun before the comma.
	if (lowerVerb && SERIES_OBJECT.test(doc.tokens[comma + 2]?.text ?? '')) {
		const before = predicateIn(doc, c.from, comma, () => false);
		const aside = findTok(doc, c.from, comma, ',') >= 0; // "The treaty, signed on …, restored"
		if (before?.kind === 'active' && !aside) return null;
	}
	const rel = next && /^(?:who|which)$/.test(next.text);
	// "General Hans von Seeckt, chief of the Army Command from 1920 to 1926,": a person's office.
	// ("The most important of them, John Churchill, went over to William later that month": a verb
	// after the name's comma is the clause's own.)
	const noun =
		!lowerVerb &&
		!rel &&
		ctx.people.has(comma - 1) &&
		// ("A follower of Canning, he left …": a pronoun after the comma is the clause's subject.)
		!/^(?:he|she|they|it|we)$/i.test(next?.text ?? '') &&
		(!!next?.cap || baseForm(next?.text ?? '') === null || participleOnly(next?.text ?? ''));
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
 * "He signed the treaty, retired in 1890 and died in 1898": after a person's verb and its direct
 * object, a verb in -ed that runs to the clause's end or goes on with "and" is the person's next
 * deed, not a participle of the object ("When was the treaty retired?").
 */
function seriesVerb(
	ctx: EnContext,
	c: Span,
	at: { comma: number; end: number },
	skip: (i: number) => boolean
): boolean {
	const { doc } = ctx;
	const own = predicateIn(doc, c.from, at.comma, skip);
	if (!own || own.kind !== 'active' || mentionAt(ctx, at.comma - 1)) return false;
	const after = (own.participle ?? own.verb) + 1;
	if (LINKS.has(doc.tokens[after]?.text.toLowerCase() ?? '')) return false;
	let actor = false;
	for (let i = c.from; i < (own.aux ?? own.verb); i++)
		actor ||= ctx.people.has(i) || /^(?:he|she|they)$/i.test(doc.tokens[i].text);
	// (Not "…, confirmed by the Treaty of Baden": a passive participle names its agent.)
	if (doc.tokens[at.comma + 2]?.text === 'by') return false;
	const next = doc.tokens[at.end + 1]?.text;
	return actor && (at.end >= c.to || next === 'and');
}

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
	const m0 = mentionAt(ctx, at.comma - 1);
	const m = m0 && m0.tokens[1] === at.comma ? m0 : undefined;
	if (m && m.tokens[0] > sFrom) sFrom = m.tokens[0];
	// "The congress ended with the Treaty of Berlin, signed on 13 July 1878": the participle is the
	// treaty's, the noun phrase after the clause's own verb and its preposition.
	const own = !m && predicateIn(doc, sFrom, at.comma, skip);
	if (own) {
		sFrom = (own.participle ?? own.verb) + 1;
		while (sFrom < at.comma && LINKS.has(doc.tokens[sFrom].text.toLowerCase())) sFrom++;
	}
	// "Peace of Augsburg, settlement of …, concluded on …": the headword before the kind is the
	// participle's.
	const lead = doc.tokens[sFrom - 1]?.text === ',' ? headword(ctx, c.from, sFrom - 1, skip) : null;
	const s = lead ?? subjectOf(ctx, sFrom, at.comma, skip);
	if (!s) return null;
	const rel = /^(?:who|which)$/.test(doc.tokens[at.comma + 1].text);
	const clause = { from: lead ? c.from : sFrom, to: at.end };
	const next = doc.tokens[at.comma + 1];
	// "Appian, writing in the second century AD, saw …": a present participle is no copula
	// ("When was Appian writing?" asks nothing).
	if (!rel && !next.cap && /ing$/.test(next.text) && next.text !== 'acting') return null;
	if (
		!rel &&
		(next.cap ||
			baseForm(next.text) === null ||
			(!/ed$/.test(next.text) && !participleOnly(next.text)))
	) {
		const t = copulaOf(ctx, s, at.comma + 1, at.end, skip);
		return t && { ...t, clause, persons: personsIn(ctx, sFrom, at.end) };
	}
	if (!rel) {
		const t = passiveOfRelative(ctx, s, at.comma + 1, at.end, skip);
		return t && { ...t, clause, persons: personsIn(ctx, sFrom, at.end) };
	}
	const p = predicateIn(doc, at.comma + 2, at.end, skip);
	// "the Fao peninsula, which Iran had held since 1986": the relative's own subject acts on
	// the noun before it.
	const relSubject =
		p && (p.aux ?? p.verb) > at.comma + 2
			? subjectOf(ctx, at.comma + 2, p.aux ?? p.verb, skip)
			: null;
	const t =
		p && (relSubject ? objectRelative(ctx, relSubject, s, p) : tell(ctx, s, p, at.end, skip));
	return t ? { ...t, clause, persons: personsIn(ctx, sFrom, at.end) } : null;
}

/** "which Iran had held" of "the Fao peninsula": "When did Iran hold the Fao peninsula?". */
function objectRelative(
	ctx: EnContext,
	sub: Subject,
	object: Subject,
	p: Predicate
): Telling | null {
	const verb = ctx.doc.tokens[p.verb].text;
	const base = baseForm(verb);
	if (p.kind !== 'active' || !base || object.person) return null;
	const aux = p.aux !== undefined ? ctx.doc.tokens[p.aux].text + ' ' : '';
	const obj = inside(object.text);
	return {
		question: `When did ${inside(sub.text)} ${base} ${obj}?`,
		since: `Since when had ${inside(sub.text)} ${pastParticiple(verb)} ${obj}?`,
		event: capFirst(`${sub.text} ${aux}${verb} ${obj}`),
		stop: p.verb + 1
	};
}

/**
 * ", who … ," right after the clause's subject: the commas around the relative clause. With
 * `asides`, also ", weakened by a stroke," (a participle with its agent).
 */
function relativeAfterSubject(
	doc: Doc,
	c: Span,
	asides = false
): { open: number; close: number } | null {
	const ts = doc.tokens;
	const opens = (i: number) =>
		/^(?:who|which)$/.test(ts[i + 1]?.text ?? '') ||
		(asides &&
			((/ed$/.test(ts[i + 1]?.text ?? '') && ts[i + 2]?.text === 'by') ||
				/^(?:known|called)$/.test(ts[i + 1]?.text ?? '') ||
				(ts[i + 1]?.text === 'or' && !!ts[i + 2]?.cap)));
	// (With asides, one after another: ", known as the Convention …, or Codesa,".)
	const close = (i: number): number => {
		for (let k = i + 2; k < c.to; k++)
			if (ts[k].text === ',') return asides && opens(k) ? close(k) : k;
		return -1;
	};
	for (let i = c.from + 1; i < c.to; i++) {
		const w = doc.tokens[i].text;
		if (w === ',' && opens(i)) {
			const k = close(i);
			return k < 0 ? null : { open: i, close: k };
		}
		if (w === ',' || w === ';') return null;
	}
	return null;
}

function eventOf(ctx: EnContext, span: Span, skip: (i: number) => boolean): Told | null {
	const { doc } = ctx;
	const c = clauseOf(doc, span.from);
	// "The Inkatha Freedom Party, which had boycotted the process, agreed …", "Botha, weakened by a
	// stroke, resigned …": the comma that closes a relative clause or an aside after the subject
	// opens no apposition of the noun before it; the verb after it is the clause's own.
	const closed = relativeAfterSubject(doc, c, true)?.close;
	const app0 = appositionOf(ctx, c, span.from);
	const app = app0 && app0.comma !== closed ? app0 : null;
	if (app && !seriesVerb(ctx, c, app, skip)) return appositionEvent(ctx, c, app, skip);
	let p = predicateIn(doc, c.from, c.to, skip);
	// "Lord Derby, who opposed these measures, resigned in March 1878": the clause's verb comes
	// after the relative clause, its subject before it.
	const r = p ? null : relativeAfterSubject(doc, c);
	if (r) p = predicateIn(doc, r.close + 1, c.to, skip);
	if (!p) return null;
	const first = p;
	// The verb nearest before the date: "He left the island on 26 February and landed … on 1 March".
	for (
		let q: Predicate | null = p;
		q && q.verb < span.from;
		q = predicateIn(doc, (q.participle ?? q.verb) + 1, c.to, skip)
	)
		p = q;
	// "Scipio was elected consul for 205 BC and in 204 BC landed in Africa": a date fronted after
	// "and" times the verb right after it.
	const fronted = frontedAfterAnd(doc, span, c.to, skip);
	if (fronted) p = fronted;
	// "The First World War (1914–1918) ended when Germany signed an armistice … on 11 November
	// 1918": the later verb's subject is the one after its "when", not the main clause's.
	let sub = p !== first ? subordinateStart(doc, first.verb, p.aux ?? p.verb) : -1;
	// "The Convention struck his name from the list and he returned to France in 1796": the later
	// verb has a subject of its own after "and".
	if (p !== first && sub < 0) sub = ownSubjectAfterAnd(ctx, first.verb, p.aux ?? p.verb);
	// "Yet when Louis sued for peace in 1709, the allies demanded …": the clause's own "when"
	// opens it; its subject comes after.
	const lead = subordinateStart(doc, c.from - 1, first.aux ?? first.verb);
	// "…, a reference to the power-sharing settlement signed in December 1973": a participle
	// right after the noun phrase of an earlier verb asks about that noun phrase.
	// (Not after a copula: "The Treaty of Rapallo was an agreement signed on 16 April 1922" is the
	// treaty's, below.)
	const np =
		p !== first && sub < 0 && first.kind !== 'copula'
			? participleNoun(ctx, first, p, span.from)
			: null;
	if (np) {
		const t = passiveOfRelative(ctx, np, p.verb, c.to, skip);
		return t && { ...t, clause: c, persons: personsIn(ctx, c.from, c.to) };
	}
	const s =
		sub >= 0
			? subjectOf(ctx, sub + 1, p.aux ?? p.verb, skip)
			: subjectOf(ctx, lead >= 0 ? lead + 1 : c.from, r ? r.open : (first.aux ?? first.verb), skip);
	if (!s) return null;
	const done = (t: Telling | null): Told | null =>
		t && { ...t, clause: c, persons: personsIn(ctx, c.from, c.to) };
	// "Treaty of Troyes, agreement concluded on 21 May 1420 …": an encyclopedia's headword, its
	// kind, and the participle that dates it.
	const head = headwordOf(ctx, c, p, skip);
	if (head) return done(passiveOfRelative(ctx, head, p.verb, c.to, skip));
	// "A supplementary agreement signed in Berlin on 5 November 1922 extended …": a reduced relative.
	if (
		p.kind === 'active' &&
		p.aux === undefined &&
		/ed$/.test(doc.tokens[p.verb].text) &&
		span.from > p.verb
	) {
		const later = predicateIn(doc, span.to, c.to, skip);
		// "Disraeli returned to London on 16 July 1878 and told …": two verbs of one subject.
		const joined = later && /^(?:and|but|,)$/.test(doc.tokens[(later.aux ?? later.verb) - 1]?.text);
		// "Queen Anne died in August 1714, George I brought …": a person who acts is no reduced
		// relative, nor is a verb whose later one has a subject of its own after a comma.
		// ("Vergennes protested to Franklin on 15 December 1782 that the Americans had failed": the
		// later verb is the "that" clause's, what was protested.)
		const own =
			later &&
			Array.from({ length: (later.aux ?? later.verb) - span.to }, (_, k) => span.to + k).some(
				(i) => doc.tokens[i].text === ',' || doc.tokens[i].text === 'that' || ctx.people.has(i)
			);
		const person = personsIn(ctx, c.from, p.verb).length > 0;
		// ("the Commons censured the peace in February 1783 and he resigned": a participle takes no
		// object; a determiner right after the verb opens one, and the verb is the past.)
		// ("When Hitler denounced Czechoslovakia …": so does a name.)
		const after = doc.tokens[p.verb + 1];
		const object =
			/^(?:the|a|an|his|her|its|their|this|these|those)$/i.test(after?.text ?? '') ||
			(!!after?.cap && after.kind === 'word');
		if (later && later.kind === 'active' && !joined && !own && !person && !object)
			return done(passiveOfRelative(ctx, s, p.verb, c.to, skip));
	}
	// "The Treaty of Rapallo was an agreement signed on 16 April 1922 by …".
	if (
		first.kind === 'copula' &&
		p !== first &&
		p.kind === 'active' &&
		participleLike(doc.tokens[p.verb].text) &&
		/^(?:a|an|the)$/i.test(doc.tokens[first.verb + 1].text)
	)
		return done(passiveOfRelative(ctx, s, p.verb, c.to, skip));
	return done(tell(ctx, s, p, c.to, skip, span.from));
}

/** The predicate right after a date that follows "and" or "but" (with its preposition), or null. */
function frontedAfterAnd(
	doc: Doc,
	span: Span,
	end: number,
	skip: (i: number) => boolean
): Predicate | null {
	let k = span.from - 1;
	if (/^(?:in|on|at|by)$/i.test(doc.tokens[k]?.text ?? '')) k--;
	if (!/^(?:and|but)$/i.test(doc.tokens[k]?.text ?? '')) return null;
	let after = span.to;
	while (after < end && skip(after)) after++;
	const next = predicateIn(doc, after, end, skip);
	return next && (next.aux ?? next.verb) === after ? next : null;
}

/**
 * The headword as the subject when the clause opens the article's first sentence with the title's
 * words, a comma, lower-case words naming its kind and the participle `p` ("Peace of Augsburg,
 * settlement of the religious conflict …, concluded on 25 September 1555"); else null.
 */
function headwordOf(ctx: EnContext, c: Span, p: Predicate, skip: (i: number) => boolean) {
	const { doc } = ctx;
	if (p.kind !== 'active' || p.aux !== undefined || !/ed$/.test(doc.tokens[p.verb].text))
		return null;
	const comma = findTok(doc, c.from, p.verb, ',');
	if (comma <= c.from || comma + 1 >= p.verb) return null;
	// (The kind may close with its own comma: "Peace of Augsburg, settlement of …, concluded on".)
	const kind = doc.tokens[comma + 1];
	const close = findTok(doc, comma + 1, p.verb, ',');
	if (kind.cap || kind.kind !== 'word' || (close >= 0 && close !== p.verb - 1)) return null;
	return headword(ctx, c.from, comma, skip);
}

/** The title's words at [from, comma) of the article's first sentence, as a subject; or null. */
function headword(ctx: EnContext, from: number, comma: number, skip: (i: number) => boolean) {
	const { doc } = ctx;
	if (doc.tokens[from].sentence !== 1 || doc.firstWord[1] !== from) return null;
	const title = doc.sentences[0]?.text.toLowerCase() ?? '';
	const words = doc.text.slice(doc.tokens[from].start, doc.tokens[comma - 1].end).toLowerCase();
	if (!title.startsWith(words)) return null;
	const s = subjectOf(ctx, from, comma, skip);
	// ("When was the Treaty of Troyes concluded?": the article the headword is written without.)
	return s &&
		/^(?:Treaty|Peace|Congress|Conference|Convention|Edict|Union|League|Diet)\b/.test(s.text)
		? { ...s, text: `the ${s.text}` }
		: s;
}

const NP_START = /^(?:the|a|an|this|that|these|those)$/i;

/**
 * The noun phrase a bare participle follows ("the power-sharing settlement signed in December
 * 1973"): lower-case words back to a determiner after the clause's first verb, none of them a
 * verb, a preposition before the determiner; or null.
 */
function participleNoun(
	ctx: EnContext,
	first: Predicate,
	p: Predicate,
	df: number
): Subject | null {
	const ts = ctx.doc.tokens;
	if (p.kind !== 'active' || p.aux !== undefined || !participleLike(ts[p.verb].text) || df < p.verb)
		return null;
	const before = ts[p.verb - 1];
	// "… signed in December 1973 and brought down by a strike in May 1974": the second
	// participle of the same noun phrase.
	if (before?.text === 'and')
		for (let k = p.verb - 2; k > first.verb; k--)
			if (/ed$/.test(ts[k].text) && baseForm(ts[k].text) && !ts[k].cap)
				return participleNoun(ctx, first, { verb: k, kind: 'active' }, k + 1);
	if (!before || before.kind !== 'word' || before.cap || baseForm(before.text)) return null;
	// (Nor an adjective in -ed after a determiner: "the end of its armed campaign".)
	if (
		/^(?:and|or|but|he|she|they|it|who|which|that|had|has|have|its|his|her|their|the|a|an|our)$/.test(
			before.text
		)
	)
		return null;
	for (let k = p.verb - 2; k > first.verb && k >= p.verb - 6; k--) {
		const t = ts[k];
		if (t.kind !== 'word' || baseForm(t.text)) return null;
		// (Capitalised as a subject: inside() then asks "the house" for "a house".)
		if (NP_START.test(t.text)) return { text: capFirst(words(ctx.doc, k, p.verb, () => false)) };
	}
	return null;
}

/** The "and" before "he" or a named person right before `verb` (after `after`), or -1. */
function ownSubjectAfterAnd(ctx: EnContext, after: number, verb: number): number {
	const { doc } = ctx;
	let k = verb - 1;
	if (/^(?:he|she|they)$/i.test(doc.tokens[k]?.text ?? '')) k--;
	else {
		const m = mentionAt(ctx, k);
		if (!m || m.tokens[1] !== verb) return -1;
		k = m.tokens[0] - 1;
	}
	return k > after && /^(?:and|but)$/.test(doc.tokens[k].text) ? k : -1;
}

/** The "when", "after", "because" … that opens the subordinate clause of the verb at `verb`, or -1. */
function subordinateStart(doc: Doc, after: number, verb: number): number {
	for (let k = verb - 1; k > after; k--) {
		const w = doc.tokens[k].text.toLowerCase();
		if (/^(?:when|where|after|before|because|until|while|once|as|since|although|though)$/.test(w))
			return k;
		// "Commodore Matthew C. Perry": an initial's full stop is part of the name.
		const initial = w === '.' && /^\p{Lu}$/u.test(doc.tokens[k - 1]?.text ?? '');
		if (doc.tokens[k].kind !== 'word' && !initial) return -1;
	}
	return -1;
}

const TITLES =
	/^(?:President|Prime Minister|Chancellor|Emperor|Empress|King|Queen|Tsar|Kaiser|Pope|Shah|Sultan|Secretary of State|Foreign Secretary|Foreign Minister)$/;
const titleCache = new WeakMap<EnContext, Map<string, Set<Person>>>();

/** Who the text names with a title before the name ("President Woodrow Wilson"), by title. */
function titledPersons(ctx: EnContext): Map<string, Set<Person>> {
	let map = titleCache.get(ctx);
	if (map) return map;
	map = new Map();
	const ts = ctx.doc.tokens;
	for (const p of ctx.persons)
		for (const m of p.mentions)
			for (const n of [1, 2, 3, -1, -2, -3]) {
				// The title before the mention, or its first words when the mention holds it.
				const [a, b] = n > 0 ? [m.tokens[0] - n, m.tokens[0]] : [m.tokens[0], m.tokens[0] - n];
				const words = ts.slice(Math.max(0, a), Math.min(b, m.tokens[1] - 1)).map((t) => t.text);
				const title = words.join(' ');
				if (n < 0 && words.length !== -n) continue;
				if ((n < 0 || words.length === n) && TITLES.test(title)) {
					if (!map.has(title)) map.set(title, new Set());
					map.get(title)!.add(p);
				}
			}
	titleCache.set(ctx, map);
	return map;
}

function titledNamed(
	ctx: EnContext,
	question: string,
	event: string
): { question: string; event: string } {
	const m = /\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b(?! of\b)/.exec(question);
	if (!m || !TITLES.test(m[1])) return { question, event };
	const who = titledPersons(ctx).get(m[1]);
	if (!who || who.size !== 1) return { question, event };
	const p = [...who][0];
	if (question.includes(p.surname)) return { question, event };
	const re = new RegExp(`\\b[Tt]he ${m[1]}\\b(?! of\\b)`);
	return {
		question: question.replace(re, p.name),
		event: event.replace(re, p.name)
	};
}

/** A past participle, regular or not ("signed", "held"): "a meeting held in Berlin from …". */
const participleLike = (w: string) =>
	/ed$/.test(w) || (baseForm(w) !== null && !/^(?:was|were|had|did)$/.test(w));

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
	// "Heinrich von Srbik, in his two-volume biography of 1925, …": a place in a book, no office.
	if (/^(?:in|on|at|with) (?:his|her|its|their|a|an)\b/.test(rest)) return null;
	return {
		question: `When was ${s.person.name} ${rest}?`,
		since: `Since when had ${s.person.name} been ${rest}?`,
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
		/^(?:Crisis|Wars?|Revolution|Rising|Uprising|Rebellion|Battle|Siege|Campaign|Massacre)$/i,
		(x) => `When did ${x} take place?`,
		'took place'
	]
];

/** Prepositions between a verb and its noun phrase. */
const LINKS = new Set([
	'with',
	'by',
	'to',
	'into',
	'for',
	'from',
	'in',
	'on',
	'at',
	'after',
	'against'
]);

/** A lowercase event noun a name can end with: "the Bosnian crisis of 1908–1909". */
const EVENT_NOUN = /^(?:crisis|wars?|revolution|rising|uprising|rebellion|campaign|massacre)$/;

/**
 * A date that names an event rather than times a clause: "the 1975 Algiers Agreement", "the
 * Proclamation of 7 October 1763", "the Suez Crisis of 1956".
 */
/** "… on 1 July 1953 and Eisenhower on 11 July": a person and a date after the last date's "and". */
function gapped(ctx: EnContext, spans: Span[], k: number): boolean {
	const prev = spans[k - 1];
	const m = mentionAt(ctx, spans[k].from - 1);
	if (!prev || prev.from < 0 || !m || m.tokens[1] !== spans[k].from) return false;
	const and = m.tokens[0] - 1;
	return ctx.doc.tokens[and]?.text === 'and' && prev.to === and;
}

/** "in The Roman Revolution of 1939": a capital "The" inside a sentence opens a work's title. */
function workTitle(doc: Doc, from: number): boolean {
	return doc.tokens[from]?.text === 'The' && doc.firstWord[doc.tokens[from].sentence] !== from;
}

/** The first capitalised word of the name before "of <date>" ("Treaty of Paris of 1763"), or -1. */
function nameBeforeOf(doc: Doc, span: Span): number {
	const ts = doc.tokens;
	if (ts[span.from]?.text.toLowerCase() !== 'of' || !ts[span.from - 1]?.cap) return -1;
	let from = span.from - 1;
	while (from > 0 && (ts[from - 1].cap || (ts[from - 1].text === 'of' && ts[from - 2]?.cap)))
		from--;
	return from;
}

function namedEvent(ctx: EnContext, d: DateMention, span: Span): Told | null {
	const { doc } = ctx;
	const ts = doc.tokens;
	let from = -1;
	let to = -1;
	const prep = ts[span.from]?.text.toLowerCase();
	if (prep === 'of' && (ts[span.from - 1]?.cap || EVENT_NOUN.test(ts[span.from - 1]?.text ?? ''))) {
		// Back over "Treaty of Paris", "Suez Crisis", "the Bosnian crisis": capitalised words and
		// "of" between them, the event noun last.
		to = span.from;
		from = to - 1;
		while (from > 0 && (ts[from - 1].cap || (ts[from - 1].text === 'of' && ts[from - 2]?.cap)))
			from--;
		// "the war of 1914" alone names nothing a student could tell apart.
		if (!ts[from].cap) return null;
	} else if (/^\d{4}$/.test(ts[span.from]?.text ?? '') && ts[span.to]?.cap) {
		from = span.to;
		to = from;
		while (to < ts.length && ts[to].cap && ts[to].sentence === ts[from].sentence) to++;
	}
	if (from < 0 || to <= from) return null;
	const name = ts.slice(from, to).map((t) => t.text);
	const head = NAMED_HEADS.find(([re]) => re.test(name[name.length - 1]) || re.test(name[0]));
	if (!head || ctx.people.has(from)) return null;
	// "Syme, in The Roman Revolution of 1939, …": a capital "The" inside a sentence opens the
	// title of a work, not an event's name.
	if (workTitle(doc, from)) return null;
	const x = `the ${(name[0] === 'The' ? name.slice(1) : name).join(' ')}`;
	const c = clauseOf(doc, span.from);
	return {
		question: head[1](x),
		event: capFirst(`${x} ${head[2]}`),
		stop: c.to,
		clause: c,
		persons: []
	};
}

/**
 * "The convention signed by Izvolsky and Nicolson on 31 August 1907": only the passive's agent
 * (left out of the question) stands between the question's words and the date.
 */
function agentOnly(doc: Doc, stop: number, dateFrom: number): boolean {
	if (doc.tokens[stop]?.text !== 'by' || dateFrom - stop > 8) return false;
	for (let k = stop + 1; k < dateFrom; k++) {
		const w = doc.tokens[k].text;
		if (/^[,;:()]$/.test(w) || (/ed$/.test(w) && baseForm(w))) return false;
	}
	return true;
}

/**
 * "The talks lasted fifteen months, from June 1906 to August 1907.": a date after the comma that
 * ends the clause's words, with nothing after it, times the clause.
 */
function trailing(doc: Doc, e: Told, span: Span): boolean {
	if (doc.tokens[e.stop]?.text !== ',' || span.from !== e.stop + 1) return false;
	for (let k = span.to; k < e.clause.to; k++) if (doc.tokens[k].kind !== 'punct') return false;
	return true;
}

/**
 * "It had begun on 22 September 1980, when Saddam Hussein sent his army across the border": when
 * the clause of the date tells nothing, the ", when …" right after the date tells what happened.
 */
function whenClause(ctx: EnContext, span: Span, skip: (i: number) => boolean): Told | null {
	const ts = ctx.doc.tokens;
	if (ts[span.to]?.text !== ',' || ts[span.to + 1]?.text !== 'when' || !ts[span.to + 2])
		return null;
	const e = eventOf(ctx, { from: span.to + 2, to: span.to + 2 }, skip);
	return e && e.clause.from === span.to + 2 ? e : null;
}

/** "<Name> of <date>": the date is part of an event's name. */
const ofName = (doc: Doc, span: Span) => doc.tokens[span.from]?.text.toLowerCase() === 'of';

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

/** Tokens of the dates and their prepositions, and citation brackets: left out of questions. */
/** The dates (sorted by start, as the pack reads them) inside [from, to): a binary search. */
export function datesWithin(dates: DateMention[], from: number, to: number): DateMention[] {
	const out: DateMention[] = [];
	for (
		let k = partitionPoint(dates.length, (i) => dates[i].start < from);
		k < dates.length && dates[k].start < to;
		k++
	)
		if (dates[k].end <= to) out.push(dates[k]);
	return out;
}

export function dateSkip(
	doc: Doc,
	dates: DateMention[]
): { spans: Span[]; skip: (i: number) => boolean } {
	const spans = dates.map((d) => dateTokens(doc, d));
	const inDate = new Set<number>();
	for (const s of spans) for (let i = s.from; i < s.to; i++) inDate.add(i);
	// A time of day ("at 10 a.m.", "at 7 p.m.") is left out of questions like a date.
	const ts = doc.tokens;
	for (let i = 0; i + 4 < ts.length; i++)
		if (
			/^\d{1,2}(?:[:.]\d\d)?$/.test(ts[i].text) &&
			/^[ap]$/.test(ts[i + 1].text) &&
			ts[i + 2].text === '.' &&
			ts[i + 3].text === 'm' &&
			ts[i + 4].text === '.'
		)
			for (let k = ts[i - 1]?.text === 'at' ? i - 1 : i; k <= i + 4; k++) inDate.add(k);
	// "Henry himself died": the stress leaves the question with the date ("When did Henry die?").
	for (let i = 1; i < ts.length; i++)
		if (/^(?:himself|herself|themselves)$/i.test(ts[i].text) && ts[i - 1].cap) inDate.add(i);
	const skip = (i: number) =>
		inDate.has(i) || doc.tokens[i]?.text === '[' || doc.tokens[i]?.text === ']';
	return { spans, skip };
}

/**
 * A pronoun left as the subject asks nothing ("When did he also chair …?"), nor a question word
 * ("When did what the Constitution promise?"), nor half a bracket, nor a citation's emptied one
 * ("biographer ()").
 */
function asksNothing(q: string): boolean {
	if (/^When (?:did|was|were) (?:he|she|it|they|his|her|its|their|what|which|who)\b/i.test(q))
		return true;
	if ((q.match(/\(/g) ?? []).length !== (q.match(/\)/g) ?? []).length) return true;
	// A quotation mark left alone (the quote was someone's words): "When did " Mr. Rabin say?".
	if ((q.match(/["“”]/g) ?? []).length % 2 === 1) return true;
	// "… their hereditary stipends were?", "… a Europe at peace in?": a clause cut short.
	if (
		/\s(?:had|has|have|was|were|is|are|did|would|could|in|of|to|by|for|with|at|on|from|the|and)\?$/.test(
			q
		)
	)
		return true;
	// "When was the Norwegian sessions followed?": what followed is the answer, not asked.
	if (/\b(?:followed|preceded)\?$/.test(q)) return true;
	// "When did Mr. Rabin say?": a speech verb without what was said (not "to Port Said?").
	if (/\b(?:say|said|tell|told|write|wrote|declare|declared|add|added|remark|remarked)\?$/.test(q))
		return true;
	return /\(\s*\)/.test(q);
}

/**
 * "When did Duke of Alba arrive?" → "When did the Duke of Alba arrive?"; "this "Iconoclastic
 * Fury"" → "the "Iconoclastic Fury"" (the "this" pointed at the sentence before).
 */
function withArticles(text: string): string {
	return (
		text
			.replace(
				/(^|\s)(?<!the\s)(Duke|Duchess|Count|Countess|Earl|Marquis|Prince|Princess) of /gu,
				(_m, sp: string, t: string) => (sp === '' ? `The ${t} of ` : `${sp}the ${t} of `)
			)
			.replace(/(^|\s)[Tt]his (?=["“«\p{Lu}])/gu, (_m, sp: string) => (sp ? `${sp}the ` : 'The '))
			// "That handshake, on Sept. 13, 1993, sealed …": the subject's "that" points at the
			// sentence before, which the card does not show.
			.replace(/^(When (?:did|was|were) )(?:[Tt]hat|[Tt]his) (?=\p{Ll})/u, '$1the ')
			.replace(/^(?:That|This) (?=\p{Ll}+ \p{Ll})/u, 'The ')
			// "When was the 3rd Viscount Palmerston born?"
			.replace(
				/(^|\s)(?<!the\s)(\d+(?:st|nd|rd|th) (?:Viscount|Earl|Duke|Marquess|Marquis|Baron|Count))\b/gu,
				(_m, sp: string, t: string) => (sp === '' ? `The ${t}` : `${sp}the ${t}`)
			)
	);
}

const OTHER_CALENDAR = /\s*\(\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{3,4}\s*\)/gu;

/** Whether the next date of the sentence has its year written, in the same clause (no comma). */
function writtenAfter(doc: Doc, dates: DateMention[], spans: Span[], k: number): boolean {
	const next = spans[k + 1];
	if (!next || next.from < 0 || dates[k + 1].rule === 'relative' || !dates[k + 1].explicitYear)
		return false;
	for (let i = spans[k].to; i < next.from; i++)
		if (/^[,;:.]$/.test(doc.tokens[i].text)) return false;
	return doc.tokens[next.from].sentence === doc.tokens[spans[k].from].sentence;
}

/**
 * "elected consul for 205 BC": the year of a term, not when; "The consuls of 218 BC were
 * Publius Cornelius Scipio …", "the alliance of 1902 was due for renewal": the year names the
 * noun, and dates no deed ("the Treaty of 1930 was achieved …" does).
 */
/** "Pincus … described 1688 as "the first modern revolution"": a bare year a past verb takes. */
function yearAsObject(doc: Doc, d: DateMention, span: Span): boolean {
	const first = doc.tokens[span.from];
	if (!/^\d{3,4}$/.test(first?.text ?? '') || first.start !== d.start) return false;
	const prev = doc.tokens[span.from - 1];
	return !!prev && prev.kind === 'word' && /^\p{Ll}+$/u.test(prev.text) && !!baseForm(prev.text);
}

function termOrName(doc: Doc, span: Span): boolean {
	// (The span holds its preposition, when it has one.)
	const before = [span.from, span.from - 1]
		.map((i) => doc.tokens[i]?.text.toLowerCase())
		.find((x) => x === 'for' || x === 'of');
	const copula = /^(?:was|were)$/i.test(doc.tokens[span.to]?.text ?? '');
	const participle = /(?:ed|en)$/i.test(doc.tokens[span.to + 1]?.text ?? '');
	return before === 'for' || (before === 'of' && copula && !participle);
}

/** The question and statement of a told event in their last form: names, articles, no asides. */
function finish(ctx: EnContext, e: Told): void {
	const { doc } = ctx;
	// "When was the Congress of Berlin held in Berlin?": the place is in the name already.
	const place = / in ([A-Z][\p{L}-]+)\?$/u.exec(e.question);
	if (place && e.question.slice(0, place.index).includes(place[1]))
		e.question = e.question.slice(0, place.index) + '?';
	// "(30 Tir 1331)": the same day in another calendar, an aside the card does without.
	e.question = withArticles(e.question.replace(OTHER_CALENDAR, ''));
	e.event = withArticles(e.event.replace(OTHER_CALENDAR, ''));
	// "When did the President suffer a stroke?": the one person the text titles so, named.
	const titled = titledNamed(ctx, e.question, e.event);
	// "When did the war end?": the war the article named before ("the Hundred Years' War").
	const spelled = thingsNamed(
		doc.text,
		doc.tokens[e.clause.from].start,
		titled.question,
		titled.event
	);
	e.question = spelled.question;
	e.event = spelled.event;
}

export function dateFacts(ctx: EnContext, dates: DateMention[]): FactDraft[] {
	const { doc } = ctx;
	const { spans, skip } = dateSkip(doc, dates);
	const out: FactDraft[] = [];
	dates.forEach((d, k) => {
		const span = spans[k];
		if (span.from < 0) return;
		// "until 2002, when veterans met in Havana": a bound dates no clause, but its "when" does.
		const bounded = bound(doc, d, span);
		const sentence = doc.tokens[span.from].sentence;
		if (/\?["”]?$/.test(doc.sentences[sentence].text)) return;
		// "Fifteen days later, on 18 July": the explicit date tells it.
		if (
			d.rule === 'relative' &&
			[k - 3, k - 2, k - 1, k + 1, k + 2, k + 3].some(
				(j) =>
					j >= 0 &&
					j < dates.length &&
					dates[j].rule !== 'relative' &&
					dates[j].iso === d.iso &&
					doc.tokens[spans[j].from]?.sentence === sentence
			)
		)
			return;
		// "Ten years later his brother was tribune in 123 and again in 122 BC": the written year of
		// its clause tells it (the count from the last date would give another).
		if (d.rule === 'relative' && writtenAfter(doc, dates, spans, k)) return;
		// "Churchill approved it on 1 July 1953 and Eisenhower on 11 July": the verb is left out
		// after "and"; asked, the date would be Churchill's.
		if (gapped(ctx, spans, k)) return;
		// "Syme, in The Roman Revolution of 1939, turned this round": the year of a book is no event.
		if (workTitle(doc, nameBeforeOf(doc, span))) return;
		if (termOrName(doc, span) || yearAsObject(doc, d, span)) return;
		// "which led to the Bosnian crisis of 1908–1909": the date names the crisis, not the clause.
		const named = namedEvent(ctx, d, span);
		const fits = (x: Told | null): x is Told =>
			!!x &&
			x.question.length <= MAX_QUESTION &&
			(span.from <= x.stop || agentOnly(doc, x.stop, span.from) || trailing(doc, x, span));
		const first = bounded
			? whenClause(ctx, span, skip)
			: ((named && ofName(doc, span) ? named : null) ??
				nominalEvent(ctx, span) ??
				eventOf(ctx, span, skip) ??
				named ??
				whenClause(ctx, span, skip));
		// ("Few dates … carried as much weight as 9 April 1454, when the envoys … concluded peace
		// at Lodi": when the date's own clause cannot be asked, its ", when …" clause is.)
		const e = fits(first) ? first : bounded ? null : whenClause(ctx, span, skip);
		if (!fits(e)) return;
		finish(ctx, e);
		if (asksNothing(e.question)) return;
		const text = doc.text.slice(doc.tokens[e.clause.from].start, doc.tokens[e.clause.to - 1].end);
		const kind = kindOf(text);
		// "had led France since November 1917": the answer keeps "since".
		// (Not for a ", when …" clause after the date: it happened then, not since.)
		const viaWhen = doc.tokens[e.clause.from - 1]?.text === 'when';
		const since = /^since /.test(d.when) && !viaWhen;
		const cards: FactDraft['cards'] = [
			{
				deck: 'dates',
				front: since && e.since ? e.since : e.question,
				back: since ? d.when : d.label.replace(/^the /, ''),
				fact: { type: 'date', ask: 'date', date: d.iso, event: e.event }
			}
		];
		// "What happened since November 1917?" asks nothing one can answer.
		if (e.event.length <= MAX_ANSWER && !since)
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
