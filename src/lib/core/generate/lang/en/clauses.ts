// Clauses of an English sentence as the question writers see them: the part of a sentence a token
// belongs to (split at ";", ", and", ", but", a leading "When …," clause), its subject and its
// predicate. Token ranges over Doc.tokens; no parser, a few rules of written English.

import type { Doc, Token } from '../../doc';
import type { Person } from '../person';
import { pronounReferents } from './coreference';
import { baseForm, BE } from './verbs';

export interface Span {
	from: number;
	to: number;
}

const SUBORDINATORS =
	/^(?:When|After|Before|Although|Though|While|As|Since|Once|Because|If|Until)$/;
const BREAKERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** Subordinators that open a clause after a comma: "…, when Egypt bought arms in 1955". */
const INNER_SUBORDINATORS = /^(?:when|after|before|because|although|though|whereas|once|until|as)$/;
const MONTH_WORD =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** ", when X did Y": a subordinate clause after a comma (not ", until 1907", a date's bound). */
function innerSubordinate(doc: Doc, i: number): boolean {
	const ts = doc.tokens;
	if (ts[i]?.text !== ',' || !INNER_SUBORDINATORS.test(ts[i + 1]?.text ?? '')) return false;
	const next = ts[i + 2];
	if (!next || /^\d/.test(next.text) || MONTH_WORD.test(next.text)) return false;
	// "Rouen, after a siege of nearly six months, surrendered": a preposition's noun phrase set off
	// by commas, no verb in it, is an aside of the clause, not a clause of its own.
	if (
		/^(?:after|before|until)$/.test(ts[i + 1].text) &&
		/^(?:a|an|the|his|her|its|their)$/i.test(next.text)
	) {
		let close = i + 2;
		while (close < ts.length && ts[close].sentence === ts[i].sentence && ts[close].text !== ',')
			close++;
		if (ts[close]?.text === ',' && !hasVerb(doc, i + 2, close) && isVerbAt(ts[close + 1]))
			return false;
	}
	return true;
}

/**
 * The clause of token k: split at ";" and ":", at ", and"/", but", at ", when …" (a subordinate
 * after a comma is a clause of its own), and a leading "When …,".
 */
export function clauseOf(doc: Doc, k: number): Span {
	const [sf, st] = doc.sentenceTokens[doc.tokens[k].sentence];
	let from = sf;
	let to = st;
	// From k itself: the "and" of ", and" (where a caller's next clause starts) opens the clause after it.
	for (let i = k; i >= sf; i--) {
		const t = doc.tokens[i].text;
		if (i < k && (t === ';' || t === ':')) {
			from = i + 1;
			break;
		}
		if (BREAKERS.has(t) && doc.tokens[i - 1]?.text === ',') {
			from = i + 1;
			break;
		}
		// "The crisis deepened in 1956, when Egypt bought arms in September 1955": September is
		// Egypt's; the subordinator itself is no part of the clause.
		if (innerSubordinate(doc, i - 1) && i - 1 >= sf) {
			from = i + 1;
			const comma = findTok(doc, from, st, ',');
			if (comma > k) return { from, to: comma };
			break;
		}
	}
	for (let i = k + 1; i < st; i++) {
		const t = doc.tokens[i].text;
		if (t === ';' || t === ':' || (t === ',' && BREAKERS.has(doc.tokens[i + 1]?.text ?? ''))) {
			to = i;
			break;
		}
		if (innerSubordinate(doc, i)) {
			// "In October 1956, when Israel attacked, Eden sent troops": the leading date is the
			// main clause's, after the subordinate.
			const close = findTok(doc, i + 2, st, ',');
			if (close > 0 && !hasVerb(doc, from, i)) return clauseAfter(doc, close + 1, st);
			to = i;
			break;
		}
	}
	// "When Trygve Lie resigned in November 1952, the members …": the date is the subordinate's.
	if (SUBORDINATORS.test(doc.tokens[from]?.text ?? '')) {
		const comma = findTok(doc, from, to, ',');
		if (comma > k) return { from: from + 1, to: comma };
		if (comma >= 0 && comma < k) from = comma + 1;
	}
	return { from, to };
}

const hasVerb = (doc: Doc, from: number, to: number) =>
	doc.tokens.slice(from, to).some((t) => isVerbAt(t));

/** The clause that starts at `from`: up to the next ";", ":", ", and", ", but" or ", when". */
function clauseAfter(doc: Doc, from: number, st: number): Span {
	for (let i = from; i < st; i++) {
		const t = doc.tokens[i].text;
		if (t === ';' || t === ':' || innerSubordinate(doc, i)) return { from, to: i };
		if (t === ',' && BREAKERS.has(doc.tokens[i + 1]?.text ?? '')) return { from, to: i };
	}
	return { from, to: st };
}

export function findTok(doc: Doc, from: number, to: number, text: string): number {
	for (let i = from; i < to; i++) if (doc.tokens[i].text === text) return i;
	return -1;
}

const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'his',
	'her',
	'its',
	'their',
	'this',
	'that',
	'our'
]);
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
const ADVERB =
	/^(?:\p{L}+ly|then|also|not|never|still|soon|later|finally|first|again|already|only|once|now|thus|at once|just|even|ever|long)$/u;

// Only "never": "did not ratify", "failed to" often tell an event (the Senate's vote), "never" tells
// there was none.
const NEGATION = /^never$/;

export interface Predicate {
	/** The verb (or "was" of a passive or copula). */
	verb: number;
	kind: 'active' | 'passive' | 'copula';
	/** The participle of a passive ("signed" in "was signed"). */
	participle?: number;
	/** "had signed": the auxiliary before the verb. */
	aux?: number;
}

// "twin-engined", "so-called", "long-awaited": a hyphenated word is an adjective, not a verb.
const isVerbAt = (t: Token | undefined) =>
	!!t && t.kind === 'word' && !t.cap && !t.text.includes('-') && baseForm(t.text) !== null;

/** The first predicate in [from, to) outside `skip`: "was signed", "opened", "was … Prime Minister". */
export function predicateIn(
	doc: Doc,
	from: number,
	to: number,
	skip: (i: number) => boolean
): Predicate | null {
	const ts = doc.tokens;
	for (let i = from; i < to; i++) {
		if (skip(i)) continue;
		const t = ts[i];
		const w = t.text.toLowerCase();
		if (t.kind !== 'word') continue;
		if (RELATIVES.has(w) && i > from) return null; // a relative clause before any predicate
		// "he never joined the party": a denied act is no fact to learn.
		if (NEGATION.test(w)) return null;
		if (w === 'had' || w === 'has' || w === 'have') {
			// "Díaz had him arrested": a causative tells someone else's deed.
			if (/^(?:him|her|them|it)$/.test(ts[i + 1]?.text ?? '')) return null;
			let j = i + 1;
			while (j < to && ADVERB.test(ts[j].text)) j++;
			if (ts[j]?.text === 'been' && isVerbAt(ts[j + 1]))
				return { verb: j, kind: 'passive', participle: j + 1, aux: i };
			// "who had been First Secretary since 1953": a copula of the perfect.
			if (ts[j]?.text === 'been') return { verb: j, kind: 'copula', aux: i };
			if (isVerbAt(ts[j])) return { verb: j, kind: 'active', aux: i };
			continue;
		}
		if (w === 'was' || w === 'were') {
			let j = i + 1;
			while (j < to && ADVERB.test(ts[j].text)) j++;
			if (isVerbAt(ts[j]) && !DETERMINERS.has(ts[j].text))
				return { verb: i, kind: 'passive', participle: j };
			return { verb: i, kind: 'copula' };
		}
		if (w === 'been' && isVerbAt(ts[i + 1])) return { verb: i, kind: 'passive', participle: i + 1 };
		// "20 November is celebrated as Revolution Day": the present tells a custom, no event.
		if ((w === 'is' || w === 'are') && isVerbAt(ts[i + 1]) && /ed$/.test(ts[i + 1].text))
			return null;
		if (BE.test(w)) continue;
		const prev = ts[i - 1]?.text.toLowerCase() ?? '';
		// "about two hundred nobles, led by Hendrik van Brederode, presented …": a participle
		// with its agent between commas describes the subject; the verb comes after.
		// ("Laurens, captured at sea and held in the Tower, played …", "St John, created Viscount
		// Bolingbroke in July, sent …": so does one right after a name's comma.)
		const agent = ts[i + 1]?.text === 'by';
		if (prev === ',' && /ed$|^led$/.test(w) && (agent || ts[i - 2]?.cap)) {
			const close = closingComma(ts, i + 2, to);
			// (Without the agent, only when the clause's verb follows that comma at once and is no
			// participle with an agent itself: "Savir joined the sessions, followed … by Singer".)
			const next = ts[close + 1];
			const own =
				agent ||
				(!!next &&
					isVerbAt(next) &&
					!(/ed$/.test(next.text) && ts.slice(close + 2, close + 6).some((x) => x.text === 'by')));
			if (close > 0 && own && predicateIn(doc, close + 1, to, skip)) {
				i = close;
				continue;
			}
		}
		if (isVerbAt(t) && !DETERMINERS.has(prev)) return { verb: i, kind: 'active' };
	}
	return null;
}

/** The comma closing a part that opens at `from`, before `to` (no other punctuation), or -1. */
function closingComma(ts: Doc['tokens'], from: number, to: number): number {
	for (let k = from; k < to; k++) {
		if (ts[k].text === ',') return k;
		if (ts[k].kind === 'punct' && ts[k].text !== '.') return -1;
	}
	return -1;
}

/**
 * The person the pronoun at `k` stands for (see coreference.ts); for any other token, the first
 * person named earlier in its sentence, else in the two sentences before.
 */
export function resolvePronoun(
	doc: Doc,
	k: number,
	people: Map<number, Person>,
	female: boolean
): Person | null {
	const referents = pronounReferents(doc, people);
	if (referents.has(k)) return referents.get(k) ?? null;
	const s = doc.tokens[k].sentence;
	for (let back = 0; back <= 2 && s - back >= 0; back++) {
		const [from, to] = doc.sentenceTokens[s - back];
		for (let i = from; i < (back ? to : k); i++) {
			const p = people.get(i);
			if (p && (p.gender === 'femn') === female) return p;
		}
	}
	return null;
}
