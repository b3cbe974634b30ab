// Phrases of an English clause for the question writers (events.ts, actors.ts): its subject
// (appositions and adverbials dropped, pronouns resolved, a person by their name), the words of
// its complement up to where a question must stop, and the context they share.

import { titleStop } from './sentences';
import type { Doc } from '../../doc';
import type { Person, PersonMention } from '../person';
import { resolvePronoun, type Span } from './clauses';
import { forcedCapital } from './casing';
import { baseForm } from './verbs';
import { PARTICLES } from './names';

export interface EnContext {
	doc: Doc;
	persons: Person[];
	people: Map<number, Person>;
	/** Token index → the mention that covers it (no search through a person's mentions). */
	mentionAt?: Map<number, PersonMention>;
}

/** The mention covering token i (a person's mentions grow with the text: never searched). */
export function mentionAt(ctx: EnContext, i: number): PersonMention | undefined {
	if (!ctx.mentionAt) {
		ctx.mentionAt = new Map();
		for (const p of ctx.persons)
			for (const m of p.mentions)
				for (let k = m.tokens[0]; k < m.tokens[1]; k++) ctx.mentionAt.set(k, m);
	}
	return ctx.mentionAt.get(i);
}

export const CONNECTOR =
	/^(?:then|meanwhile|however|instead|finally|thus|soon|later|eventually|also|still|so|yet|but|and|only|now|there|here)$/i;
export const PREPOSITION_START =
	/^(?:in|on|at|by|after|before|during|within|from|with|under|through|despite|for|following|as|to|since)$/i;
export const CUT = new Set([
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
export const VAGUE_OBJECT = /^(?:it|them|they|this|these|those|there|such|same)$/i;

export const capFirst = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
// (Not the initial of "A. M. Kollontai".)
const DETERMINER_START = /^(?:The|A|An|His|Her|Its|Their)\b(?!\.)/u;
/** "The Genoa Conference" inside a question: "the Genoa Conference" (names keep their capital). */
export const inside = (s: string) =>
	s.replace(DETERMINER_START, (w) => (w === 'A' || w === 'An' ? 'the' : w.toLowerCase()));

export const words = (doc: Doc, from: number, to: number, skip: (i: number) => boolean) => {
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
	// Quotation marks hug their words: 'a direct "hotline"'.
	return (
		s
			.replace(/\s+/g, ' ')
			.replace(/(^|\s)(["“])\s+([^"”]*?)\s+(["”])/gu, '$1$2$3$4')
			// ("the recess (Abschied) of the diet": and brackets theirs.)
			.replace(/([([])\s+/gu, '$1')
			// ("3rd Viscount Palmerston": an ordinal is one word.)
			.replace(/\b(\d+) (st|nd|rd|th)\b/gu, '$1$2')
			.trim()
	);
};

/** Where the predicate's complement ends: at a comma, a relative, a conjunction with a verb. */
/** ", Javier Pérez de Cuéllar," inside a complement: the name in apposition, to keep. */
function appositionName(doc: Doc, k: number, to: number, ctx?: EnContext): number {
	const m = ctx && mentionAt(ctx, k + 1);
	if (m && m.tokens[0] !== k + 1) return -1;
	return m && m.tokens[1] < to && doc.tokens[m.tokens[1]].text === ',' ? m.tokens[1] + 1 : -1;
}

export function complementEnd(
	doc: Doc,
	from: number,
	to: number,
	passive: boolean,
	skip: (i: number) => boolean = () => false,
	ctx?: EnContext
): number {
	let k = from;
	let n = 0;
	for (; k < to; k++) {
		const t = doc.tokens[k];
		const w = t.text.toLowerCase();
		// A quotation cut in the middle ("replaced by a "troika"…") would leave the question open.
		// A quotation whole inside the clause is kept: 'agreed to set up a direct "hotline"'.
		if (/^["“]$/.test(w) && k > from) {
			let close = k + 1;
			while (close < to && !/^["”]$/.test(doc.tokens[close].text)) close++;
			if (close >= to || close - k > 6) return -1;
			n += close - k - 1;
			k = close;
			continue;
		}
		if (/^["“”]$/.test(w)) return -1;
		// A date's own tokens ("Sept.", "a.m.") are left out, never a cut.
		if (skip(k) && t.kind === 'punct' && w === '.') continue;
		const named = w === ',' ? appositionName(doc, k, to, ctx) : -1;
		if (named > 0) {
			k = named - 1;
			continue;
		}
		// "General John J. Pershing", "elect Mr. Mandela": an initial's or a title's stop ends nothing.
		if (titleStop(doc, k)) continue;
		if (CUT.has(w)) break;
		if (passive && w === 'by') break;
		// "signed in Berlin … extended the treaty": the clause's own verb ends a reduced relative.
		if (
			(passive || k - from <= 3) &&
			k > from &&
			!t.cap &&
			!skip(k) &&
			/ed$/.test(w) &&
			baseForm(w) &&
			!/^(?:the|a|an|his|her|its|their)$/i.test(doc.tokens[k - 1].text)
		)
			break;
		// ("… and in 1949 founded the National Front": past the date left out, a verb of its own.)
		let next = k + 1;
		while (w === 'and' && next < to && skip(next)) next++;
		if (w === 'and' && baseForm(doc.tokens[next]?.text ?? '') && !doc.tokens[next].cap) break;
		// "captured Fort Oswego in August 1756 and Fort William Henry on 9 August 1757": each object
		// has its own date; the complement ends with the first.
		if (w === 'and' && k > from && skip(k - 1)) break;
		if (!skip(k) && ++n > 14) return -1;
	}
	return k;
}

export interface Subject {
	text: string;
	person?: Person;
}

/** The comma parts of [from, to) that can hold a subject: dates, connectors, participles out. */
export function subjectParts(
	doc: Doc,
	from: number,
	to: number,
	skip: (i: number) => boolean
): Span[] {
	const parts: Span[] = [];
	let a = from;
	for (let i = from; i <= to; i++) {
		if (i < to && doc.tokens[i].text !== ',') continue;
		let f = a;
		while (f < i && (skip(f) || CONNECTOR.test(doc.tokens[f].text))) f++;
		// "Four years later the Treaty of Berlin": what follows a leading date.
		// (Not a date inside a noun phrase: "in her 1979 biography" is no subject "biography".)
		for (let k = f; k < i; k++) {
			if (/^(?:his|her|its|their)$/i.test(doc.tokens[k].text)) break;
			if (skip(k) && !skip(k + 1) && k + 1 < i) f = k + 1;
		}
		const t = doc.tokens[f];
		const participle =
			t && !t.cap && /(?:ing|ed)$/.test(t.text) && baseForm(t.text.replace(/ing$/, 'ed')) !== null;
		if (f < i && !participle && !/^(?:who|which|whose)$/i.test(t.text))
			parts.push({ from: f, to: i });
		a = i + 1;
	}
	return parts;
}

/**
 * Whether a comma part starting at i is an adverbial: a preposition ("On Friday"), or an adverb
 * before one ("Shortly after half past five on the afternoon of …, a tired American rose").
 */
const adverbialAt = (doc: Doc, i: number) =>
	PREPOSITION_START.test(doc.tokens[i].text) ||
	(/^\p{L}+ly$/u.test(doc.tokens[i].text) && PREPOSITION_START.test(doc.tokens[i + 1]?.text ?? ''));

/**
 * The words of [a, z) as written inside a question: "Elections to the new Assembly followed" →
 * "elections …" (determiners are inside()'s: "A treaty" → "the treaty").
 */
function midSentenceWords(ctx: EnContext, a: number, z: number, skip: (i: number) => boolean) {
	const text = words(ctx.doc, a, z, skip);
	return forcedCapital(ctx.doc, a) && !mentionAt(ctx, a) && !DETERMINER_START.test(text)
		? text.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
		: text;
}

/**
 * "his column" as "Braddock's column"; "Tiberius Sempronius Gracchus's younger brother Gaius
 * Gracchus" with the full name, where the surname alone would name the brother too.
 */
function possessed(ctx: EnContext, a: number, text: string): Subject | null {
	const p = resolvePronoun(ctx.doc, a, ctx.people, /^her/i.test(text));
	if (!p) return null;
	const rest = text.slice(text.indexOf(' ') + 1);
	return { text: `${rest.includes(p.surname) ? p.name : p.surname}'s ${rest}` };
}

/**
 * "Polk, angered by Trist's insubordination, nonetheless received …": an adverb and a participle
 * with its agent between the name and the verb are no subject; taken off the end of `parts`.
 */
function dropAsides(doc: Doc, parts: Span[]): void {
	const t = doc.tokens;
	const ADVERBS =
		/^(?:\p{Ll}+ly|nonetheless|nevertheless|however|also|then|still|thus|therefore)$/u;
	const aside = (p: Span) =>
		(p.to - p.from === 1 && ADVERBS.test(t[p.from].text)) ||
		(/ed$|^led$/.test(t[p.from].text) && t[p.from + 1]?.text === 'by');
	while (parts.length > 1 && aside(parts[parts.length - 1])) parts.pop();
}

/** Whether the last comma part ends a list the parts make: the subject is all of them. */
function listOf(doc: Doc, parts: Span[], pick: Span, hasPerson: (p: Span) => boolean): boolean {
	// "The treaties between France and Britain, the Dutch Republic, Portugal, Prussia and Savoy
	// were signed": the last part ends a list the first part opened; the subject is the whole.
	const listed =
		pick === parts[parts.length - 1] &&
		parts.length >= 3 &&
		/^(?:the|these|those)$/i.test(doc.tokens[parts[0].from].text) &&
		Array.from({ length: pick.to - pick.from }, (_, k) => doc.tokens[pick.from + k]).some(
			(t) => t.text === 'and'
		) &&
		parts.slice(1).every((p) => doc.tokens[p.from].cap || /^the$/i.test(doc.tokens[p.from].text)) &&
		!parts.some((p) => hasPerson(p));
	// "Britain, Spain and France replied": a list of names, all of it.
	const names = (p: Span) =>
		Array.from({ length: p.to - p.from }, (_, k) => doc.tokens[p.from + k]).every(
			(t) => t.cap || /^(?:and|of|the)$/.test(t.text)
		);
	const namesListed =
		pick === parts[parts.length - 1] &&
		parts.length >= 2 &&
		/ and /.test(` ${words(doc, pick.from, pick.to, () => false)} `) &&
		parts.every((p) => names(p) && p.to - p.from <= 8);
	return listed || namesListed;
}

/** The subject in [from, to): appositions and leading adverbials dropped, pronouns resolved. */
export function subjectOf(
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
	dropAsides(doc, parts);
	pick = parts[parts.length - 1];
	// "On Friday, a long letter from Khrushchev reached …": an adverbial before is no name.
	const adverbial = (p?: Span) => !!p && adverbialAt(doc, p.from);
	const det =
		(/^(?:a|an)$/i.test(doc.tokens[pick.from].text) && !adverbial(parts[parts.length - 2])) ||
		(PREPOSITION_START.test(doc.tokens[pick.from].text) && parts.length > 1);
	// "France, the defeated power, was represented …": the name, not its description.
	const prev = parts[parts.length - 2];
	// (Particles inside a name are no lower-case words: "Cosimo de' Medici".)
	const bareName = (p: Span) =>
		Array.from({ length: p.to - p.from }, (_, k) => doc.tokens[p.from + k]).every(
			(t) => t.cap || PARTICLES.has(t.text) || /^['’]$/.test(t.text)
		);
	const described = !!prev && /^the$/i.test(doc.tokens[pick.from].text) && bareName(prev);
	// "Lord Lansdowne, Foreign Secretary from 1900 to 1905, concluded …": the person, not the office.
	const officeOf = !!prev && bareName(prev) && hasPerson(prev);
	if (parts.length > 1 && (det || described || officeOf) && !hasPerson(pick)) pick = prev;
	while (
		PREPOSITION_START.test(doc.tokens[pick.from].text) &&
		parts.indexOf(pick) < parts.length - 1
	)
		pick = parts[parts.indexOf(pick) + 1];
	const listed = listOf(doc, parts, pick, hasPerson);
	if (listed) pick = { from: parts[0].from, to: pick.to };
	const z = pick.to;
	const a = afterPlace(ctx, pick.from, z);
	if (PREPOSITION_START.test(doc.tokens[a].text)) return null;
	let text = midSentenceWords(ctx, a, z, skip);
	// "he also chaired": the adverb before the verb is no part of the subject.
	text = text.replace(
		/(?: (?:also|then|later|soon|still|finally|again|already|only|once|now|thus|never|first))+$/,
		''
	);
	if (!text || text.split(' ').length > (listed ? 16 : 12)) return null;
	const w = text.toLowerCase();
	if (w === 'he' || w === 'she') {
		const p = resolvePronoun(doc, a, ctx.people, w === 'she');
		return p ? { text: p.name, person: p } : null;
	}
	// "Seamus Mallon, deputy leader of the SDLP, famously dismissed …": an adverb is no subject.
	if (/^(?:it|they|this|these|those|there|which|who|that|we|i|you|one|some|many|most|all)$/.test(w))
		return null;
	if (/^\p{Ll}+ly$/u.test(text)) return null;
	// "his column" is Braddock's column.
	if (/^(?:his|her) /.test(w)) return possessed(ctx, a, text);
	// "the Soviet leader Nikita Khrushchev": the name without the office before it.
	const last = ctx.people.get(z - 1);
	const lm0 = mentionAt(ctx, z - 1);
	const lm = lm0 && lm0.tokens[1] === z ? lm0 : undefined;
	if (
		last &&
		lm &&
		lm.tokens[0] > a &&
		Array.from({ length: lm.tokens[0] - a }, (_, k) => doc.tokens[a + k]).every(
			(t) =>
				t.kind === 'word' &&
				baseForm(t.text) === null &&
				!/ing$/.test(t.text) &&
				!/^(?:and|or|to|with|of|by|for|in|on|at|from)$/.test(t.text)
		)
	)
		return { text: last.name, person: last };
	// "General Hans von Seeckt" is asked by his name: "Hans von Seeckt".
	const person = ctx.people.get(a);
	const m0 = mentionAt(ctx, a);
	const m = m0 && m0.tokens[1] >= z ? m0 : undefined;
	if (person && m) return { text: m.rule === 'surname' ? text : person.name, person };
	return { text };
}

// ("After Tilsit he left …": a pronoun starts it too.)
const SUBJECT_START = /^(?:the|a|an|his|her|its|their|he|she|they)$/;

/**
 * "In London the Conservative government resigned": a leading place ("In London", "At Vienna")
 * before the subject is an adverbial; the subject starts at the determiner or the person after it.
 * Returns `from` when no such place leads.
 */
function afterPlace(ctx: EnContext, start: number, to: number): number {
	const ts = ctx.doc.tokens;
	// "After Tilsit he left …": the subordinator already taken off is the place's preposition.
	const from =
		/^(?:after|before|since)$/i.test(ts[start - 1]?.text ?? '') &&
		ts[start].cap &&
		!mentionAt(ctx, start)
			? start - 1
			: start;
	// "Against all expectation they defeated …": a leading phrase of lower-case words before a
	// pronoun.
	// "After the February Revolution she returned": after a subordinator taken off, capitals too.
	const lead = /^(?:after|before|since)$/i.test(ts[start - 1]?.text ?? '') ? start - 1 : from;
	if (
		PREPOSITION_START.test(ts[lead].text) ||
		/^(?:against|despite|amid|without)$/i.test(ts[lead].text)
	)
		for (let k = lead + 1; k < Math.min(to, lead + 6); k++) {
			if (/^(?:he|she|they)$/.test(ts[k].text)) return k;
			if (ts[k].kind !== 'word' || (ts[k].cap && lead === from) || mentionAt(ctx, k)) break;
		}
	// "As a reward William founded …", "As a deputy in the Majlis he opposed …": a role or reason
	// with "as" before the subject, no comma.
	// ("As a result the treaty was signed": a determiner after no preposition starts the subject.)
	const as = /^as$/i.test(ts[start - 1]?.text ?? '') ? start - 1 : from;
	if (/^as$/i.test(ts[as].text) && /^(?:a|an)$/i.test(ts[as + 1]?.text ?? ''))
		for (let k = as + 3; k < Math.min(to, as + 9); k++) {
			if (/^(?:he|she|they)$/.test(ts[k].text) || mentionAt(ctx, k)?.tokens[0] === k) return k;
			if (/^(?:the|a|an)$/i.test(ts[k].text) && !PREPOSITION_START.test(ts[k - 1].text)) return k;
			// (A name the text gives no person for, right before its verb: "As a reward William founded".)
			if (ts[k].cap && ts[k + 1] && !ts[k + 1].cap && baseForm(ts[k + 1].text) !== null) return k;
			if (ts[k].kind !== 'word') break;
		}
	if (!/^(?:in|at|after|before|since)$/i.test(ts[from].text) || !ts[from + 1]?.cap) return start;
	let k = from + 1;
	while (k < to && k - from <= 3 && ts[k].cap && !mentionAt(ctx, k)) k++;
	if (k >= to) return start;
	return SUBJECT_START.test(ts[k].text) || mentionAt(ctx, k)?.tokens[0] === k ? k : start;
}

/** The first `word` token of the sentence of `at`, from `at` on (or `at` when there is none). */
function tokenAfter(ctx: EnContext, at: number, word: string): number {
	const [, end] = ctx.doc.sentenceTokens[ctx.doc.tokens[at].sentence];
	let k = at;
	while (k < end && ctx.doc.tokens[k].text !== word) k++;
	return k < end ? k : at;
}

/**
 * "appointed him" → "appointed Dag Hammarskjöld"; null when "him" has no one to stand for.
 * "Wellington took his place" → "took Lord Castlereagh's place" when "his" is someone other than
 * the clause's named subject (the subject's own "his" stays: "Carter sent his envoy").
 */
export function objectNamed(
	ctx: EnContext,
	rest: string,
	at: number,
	subject?: Person
): string | null {
	if (/\bhis\b/.test(rest)) {
		const p = resolvePronoun(ctx.doc, tokenAfter(ctx, at, 'his'), ctx.people, false);
		// Only beside a named subject: "the chancellor submitted his resignation" is his own.
		if (p && subject && p !== subject && !rest.includes(p.surname))
			rest = rest.replace(/\bhis\b/, `${p.name}'s`);
	}
	// "Chicherin sent her to Mexico": an object "her" named as "him" is (unresolved, the card
	// goes); a possessive one ("married her cousin") as "his" is.
	const her = /\bher\b(?: (\S+))?/.exec(rest);
	if (her) {
		const p = resolvePronoun(ctx.doc, tokenAfter(ctx, at, 'her'), ctx.people, true);
		const object =
			!her[1] ||
			PREPOSITION_START.test(her[1]) ||
			/^(?:above|over|into|onto|again|back|away|off|out|up|down|home|and|or|but)$|ly$/.test(her[1]);
		if (object && (!p || p === subject)) return null;
		if (p && p !== subject && !rest.includes(p.surname))
			rest = rest.replace(/\bher\b/, object ? p.name : `${p.name}'s`);
	}
	if (!/\bhim\b/.test(rest)) return rest;
	// The "him" itself: its referent is never the subject of the verb at `at`.
	const p = resolvePronoun(ctx.doc, tokenAfter(ctx, at, 'him'), ctx.people, false);
	return p ? rest.replace(/\bhim\b/, p.name) : null;
}
