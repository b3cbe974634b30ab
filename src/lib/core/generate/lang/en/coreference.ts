// Whom "he", "him", "his" (and "she", "her") stand for, decided once per text in reading order,
// so that a pronoun can take the referent of an earlier pronoun. Three rules of written English
// do most of the work (no parser):
// - an object pronoun is not its own clause's subject ("Louis XVI named him Bishop" is not
//   Louis XVI);
// - the person a passage is about is carried by pronouns: a pronoun of the sentence before
//   passes its referent on ("Pius VI excommunicated him. In 1792 he went to London" is the man
//   excommunicated, not the Pope);
// - a biography's hero, the one person named far more often than anyone else, wins among the
//   candidates of a sentence ("Talleyrand persuaded him that …, and on 1 April he became head of a
//   provisional government").
// When the sentence names an unnamed role before the pronoun ("When the emperor learned of his
// intrigues he berated him"), a subject pronoun stays unresolved: a wrong name is worse than none.

import type { Doc } from '../../doc';
import type { Person } from '../person';
import { baseForm } from './verbs';

const SUBJECT = /^(?:he|she)$/i;
const OBJECT = /^him$/i;
const REFLEXIVE = /^(?:himself|herself)$/i;
const PRONOUN = /^(?:he|him|his|himself|she|her|hers|herself)$/i;
const FEMININE_PRONOUN = /^(?:she|her|hers|herself)$/i;
/** "the emperor", "the king": a person the text has not named standing before a pronoun. */
const ROLE =
	/^(?:emperor|empress|king|queen|tsar|tsarina|pope|sultan|shah|kaiser|president|chancellor|premier|prince|princess|duke|archduke|cardinal|general|admiral|marshal|ambassador|envoy)$/i;
const BOUNDARY = /^[,;:—–()]$/;

interface Candidate {
	person: Person;
	pronoun: boolean;
	/** A pronoun in the subject's form ("he", "she"). */
	subject: boolean;
	at: number;
}

const cache = new WeakMap<Map<number, Person>, Map<number, Person | null>>();

/** Token index of every personal pronoun → the person it stands for, or null. */
export function pronounReferents(doc: Doc, people: Map<number, Person>) {
	const hit = cache.get(people);
	if (hit) return hit;
	const out = new Map<number, Person | null>();
	const hero = heroOf(doc, people);
	const ts = doc.tokens;
	for (let k = 0; k < ts.length; k++) {
		if (ts[k].kind !== 'word' || !PRONOUN.test(ts[k].text)) continue;
		out.set(k, referent(doc, k, people, out, hero));
	}
	cache.set(people, out);
	return out;
}

/**
 * The person named at least four times and either named in the title (a biography) or twice as
 * often as anyone else, if there is one.
 */
export function heroOf(doc: Doc, people: Map<number, Person>): Person | null {
	const ranked = [...new Set(people.values())].sort(
		(a, b) => b.mentions.length - a.mentions.length
	);
	const [first, second] = ranked;
	if (!first || first.mentions.length < 4) return null;
	const titled = first.mentions.some((m) => doc.tokens[m.tokens[0]].sentence === 0);
	if (!titled && second && first.mentions.length < 2 * second.mentions.length) return null;
	return first;
}

/** The persons and resolved pronouns of `gender` in tokens [from, to), in order. */
function candidates(
	doc: Doc,
	from: number,
	to: number,
	people: Map<number, Person>,
	resolved: Map<number, Person | null>,
	female: boolean
): Candidate[] {
	const out: Candidate[] = [];
	for (let i = from; i < to; i++) {
		const named = people.get(i);
		const p = named ?? resolved.get(i) ?? null;
		if (!p || (p.gender === 'femn') !== female) continue;
		if (named && i > from && people.get(i - 1) === named) continue;
		out.push({
			person: p,
			pronoun: !named,
			subject: !named && SUBJECT.test(doc.tokens[i].text),
			at: i
		});
	}
	return out;
}

function referent(
	doc: Doc,
	k: number,
	people: Map<number, Person>,
	resolved: Map<number, Person | null>,
	hero: Person | null
): Person | null {
	const ts = doc.tokens;
	const w = ts[k].text;
	const female = FEMININE_PRONOUN.test(w);
	const s = ts[k].sentence;
	const [from] = doc.sentenceTokens[s];
	const kin = kinOf(doc, k, people);
	if (kin !== undefined) return kin;
	let here = candidates(doc, from, k, people, resolved, female);
	if (REFLEXIVE.test(w)) return here[here.length - 1]?.person ?? null;
	if (OBJECT.test(w)) here = notTheSubject(doc, here, k);
	if (SUBJECT.test(w) && roleBefore(doc, here, from, k)) return null;
	if (SUBJECT.test(w) && participleLead(doc, from, k)) here = [];
	if (SUBJECT.test(w) || /^his$/i.test(w)) here = subjectsFirst(doc, here);
	if (here.length) return pick(here, hero, false);
	for (let back = 1; back <= 2 && s - back >= 0; back++) {
		const [f, t] = doc.sentenceTokens[s - back];
		let before = candidates(doc, f, t, people, resolved, female);
		// "Napoleon's return from Elba undid much of this work. … he remained out of office": a
		// possessive is no centre a biography's "he" moves to.
		if (hero) before = before.filter((c) => c.pronoun || !possessive(doc, people, c));
		if (before.length) return pick(before, hero, true);
	}
	return null;
}

const KIN =
	/^(?:brother|sister|son|daughter|father|mother|uncle|aunt|nephew|niece|cousin|grandson|granddaughter)$/i;

/**
 * "Ten years later his younger brother Gaius Gracchus was tribune": a relative named with the
 * family's name is kin of the earlier person of that name (Tiberius Gracchus), not of whoever was
 * named last. The person, or undefined when the rule does not apply.
 */
function kinOf(doc: Doc, k: number, people: Map<number, Person>): Person | undefined {
	const ts = doc.tokens;
	if (!/^(?:his|her)$/i.test(ts[k].text)) return undefined;
	let i = k + 1;
	if (/^(?:younger|elder|older|eldest|youngest|half)$/i.test(ts[i]?.text ?? '')) i++;
	if (!KIN.test(ts[i]?.text ?? '')) return undefined;
	const named = people.get(i + 1);
	if (!named) return undefined;
	const [from] = doc.sentenceTokens[Math.max(0, ts[k].sentence - 3)];
	for (let j = k - 1; j >= from; j--) {
		const p = people.get(j);
		if (p && p !== named && p.surname === named.surname) return p;
	}
	return undefined;
}

/**
 * "Re-elected in 1871 against Porfirio Díaz and Sebastián Lerdo de Tejada, he faced a revolt": the
 * names in a leading participle's phrase are its objects; "he" is its subject, told before.
 */
function participleLead(doc: Doc, from: number, k: number): boolean {
	const ts = doc.tokens;
	const first = ts[doc.firstWord[ts[k].sentence]];
	if (!first || first.i >= k || first.i < from) return false;
	const word = first.text.replace(/^re-/i, '').toLowerCase();
	const participle = /ing$/.test(word) || (/(?:ed|en)$/.test(word) && !!baseForm(word));
	if (!participle) return false;
	return ts[k - 1]?.text === ',';
}

/** "Louis XVI named him": the clause's own subject (no comma between) is not "him". */
function notTheSubject(doc: Doc, here: Candidate[], k: number): Candidate[] {
	const last = here[here.length - 1];
	if (!last) return here;
	for (let i = last.at + 1; i < k; i++) if (BOUNDARY.test(doc.tokens[i].text)) return here;
	return here.filter((c) => c.person !== last.person);
}

/** "When the emperor learned …, he": an unnamed role after the last candidate. */
function roleBefore(doc: Doc, here: Candidate[], from: number, k: number): boolean {
	const start = here.length ? here[here.length - 1].at + 1 : from;
	for (let i = start + 1; i < k; i++)
		if (ROLE.test(doc.tokens[i].text) && /^the$/i.test(doc.tokens[i - 1].text)) return true;
	return false;
}

const OBLIQUE = /^(?:for|to|against|with|by|of|from|on|at|toward|towards|under|over)$/i;

/**
 * "Viscount Dundee raised the Highland clans for James; he was killed …": a "he" of the same
 * sentence goes back to a subject, not to a name after a preposition, however often the text
 * names that one.
 */
function subjectsFirst(doc: Doc, here: Candidate[]): Candidate[] {
	const oblique = (c: Candidate) => OBLIQUE.test(doc.tokens[c.at - 1]?.text ?? '');
	const direct = here.filter((c) => !oblique(c));
	return direct.length && direct.length < here.length ? direct : here;
}

/** The hero if among them; in an earlier sentence the referent its pronouns carry; else the first. */
function pick(cs: Candidate[], hero: Person | null, earlier: boolean): Person {
	if (hero && cs.some((c) => c.person === hero)) return hero;
	if (earlier) {
		const carried = cs.find((c) => c.pronoun && c.subject) ?? cs.find((c) => c.pronoun);
		if (carried) return carried.person;
	}
	return cs[0].person;
}

/** The candidate's name ends in "'s". */
function possessive(doc: Doc, people: Map<number, Person>, c: Candidate): boolean {
	let end = c.at;
	while (
		people.get(end + 1) === c.person &&
		doc.tokens[end + 1].sentence === doc.tokens[c.at].sentence
	)
		end++;
	return /['’]s$/.test(doc.tokens[end].text);
}
