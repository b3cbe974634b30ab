// Offices: who held which post, with the country and the years the text gives. Read where an
// office meets a name: before it ("the British Prime Minister David Lloyd George", "Chancellor
// Joseph Wirth"), in apposition after it ("Ago von Maltzan, head of the Eastern Department from
// 1921"; "Walther Rathenau, appointed Foreign Minister on 1 February 1922") or before it
// ("its Foreign Minister, Prince Klemens von Metternich"), and in "who was …", "as …".

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { Person, PersonMention } from '../person';
import { clauseOf, resolvePronoun } from './clauses';
import { datesWithin, type EnContext } from './events';
import { isoYearLabel } from './dates';
import { COUNTRIES, NATIONALITIES, PEERAGES } from './names';

/** Words that name an office (lower case). Ranks and honorifics alone are not offices. */
const OFFICE = new Set(
	`minister secretary secretary-general president premier chancellor commissar ambassador governor
	chief head commander commander-in-chief leader speaker king queen tsar czar emperor empress
	chairman director envoy consul mayor officer prime foreign state viceroy regent pope sultan shah
	kaiser general-secretary prefect lieutenant deputy vice representative delegate shogun amir emir
	councillor counsellor counselor adviser advisor attorney`
		.trim()
		.split(/\s+/u)
);
/** Office words that cannot stand alone as an office. */
const NOT_ALONE = new Set([
	'prime',
	'foreign',
	'state',
	'lieutenant',
	'deputy',
	'vice',
	'head',
	'chief'
]);
const MODIFIERS = new Set([
	'acting',
	'first',
	'second',
	'new',
	'former',
	'then',
	'young',
	'last',
	'late',
	'provisional',
	'permanent'
]);
const FUNCTION =
	/^(?:and|or|but|the|of|to|with|by|for|as|his|her|its|their|a|an|was|were|who|whose|that|which|in|on|at|when|after|before|while|since|until|once|if|then|although)$/;
const LINKS = new Set(['of', 'for', 'in', 'without', 'at', 'to']);
const DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const APPOINTED = /^(?:appointed|named|elected|made|re-elected|promoted)$/;
const HELD = /^(?:led|headed|held|served|ruled|governed|presided|chaired)$/;

interface Office {
	text: string;
	from: number;
	to: number;
}

const low = (doc: Doc, i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';

/** Words that end an office's tail; a count of time too ("Lord Mayor of West Berlin two days later"). */
/** Words an office's tail does not end on ("Speaker of the Majlis in [the summer of 1952]"); a
 * month is the date's, not the office's ("foreign minister in April 1993"). */
const TAIL_END = /^(?:the|of|in|at|on|for|by|with|as|a|an)$/i;
const TAIL_STOP =
	/^(?:from|and|who|which|on|since|until|to|was|were|one|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|months?|years?|later|earlier|summer|winter|spring|autumn|fall|beginning|end|middle|course|wake|aftermath)$/;
const MONTH_NAME =
	/^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec)\.?$/;

/**
 * The office phrase from token k on: "[the] [British] Prime Minister [of …]", "head of the Eastern
 * Department", "People's Commissar for Foreign Affairs", "lieutenant governor of Virginia".
 */
function officeAt(doc: Doc, k: number, end: number, people: Map<number, Person>): Office | null {
	let i = k;
	while (i < end && DETS.has(low(doc, i))) i++;
	const start = i;
	let country = '';
	const words: string[] = [];
	let office = false;
	for (; i < end; i++) {
		const t = doc.tokens[i];
		const w = low(doc, i);
		if (t.kind !== 'word') break;
		// A title inside a person's mention is still an office ("President Ali Khamenei").
		if (people.has(i) && !OFFICE.has(w)) break;
		// "consul general", "attorney general", "governor general": a rank word after an office.
		if (OFFICE.has(w) || (office && w === 'general')) {
			office = true;
			words.push(t.text);
			continue;
		}
		if (office) break;
		// "acting Secretary-General", "first deputy premier" are offices; "former", "new" are not.
		if (
			!words.length &&
			(w === 'acting' || (w === 'first' && /^(?:deputy|vice)$/.test(low(doc, i + 1))))
		) {
			words.push(t.text);
			continue;
		}
		if (MODIFIERS.has(w) && !words.length) continue;
		if (NATIONALITIES[w] && !words.length && !country) {
			country = NATIONALITIES[w];
			continue;
		}
		// "People's Commissar", "Seneca leader", "militia officer": a word before the office word.
		if (words.length < 2 && OFFICE.has(low(doc, i + 1)) && !people.has(i) && !FUNCTION.test(w)) {
			words.push(t.text);
			continue;
		}
		break;
	}
	if (!office) return null;
	// "the shogun's chief minister" is the chief minister of the shogun.
	const owner = words.length > 1 && /^\p{Ll}+['’]s$/u.test(words[0]) ? words.shift()! : '';
	// "CIA Director John McCone": the director of the CIA.
	// ("In 215 BC King Philip V": an era is no body.)
	if (/^(?:BC|AD|BCE|CE)$/u.test(words[0] ?? '')) words.shift();
	const body = !owner && words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0]) ? words.shift()! : '';
	// "… of the Eastern Department", "… for Foreign Affairs", "… of the armed forces".
	let z = i;
	let tail = '';
	while (LINKS.has(low(doc, z)) && z + 1 < end) {
		let j = z + 1;
		const part: string[] = [doc.tokens[z].text];
		let lowerWords = 0;
		for (; j < end; j++) {
			const t = doc.tokens[j];
			const w = low(doc, j);
			if (t.kind !== 'word' || people.has(j) || MONTH_NAME.test(w)) break;
			if (w === 'the' || w === 'of' || t.cap) part.push(t.text);
			else if (
				lowerWords < 2 &&
				/^[a-z-]+$/.test(w) &&
				(!/(?:ed|ly)$/.test(w) || low(doc, j - 1) === 'the') &&
				!TAIL_STOP.test(w)
			) {
				lowerWords++;
				part.push(t.text);
			} else break;
		}
		while (part.length > 1 && TAIL_END.test(part[part.length - 1])) {
			part.pop();
			j--;
		}
		if (part.length < 2) break;
		tail += ' ' + part.join(' ');
		z = j;
	}
	// "head" and "chief" are offices with what they head ("head of the Eastern Department").
	if (words.length === 1 && NOT_ALONE.has(words[0].toLowerCase()) && !tail) return null;
	let text = words.join(' ') + tail;
	if (owner && !tail) text += ` of the ${owner.replace(/['’]s$/u, '')}`;
	if (body && !tail) text += ` of the ${body}`;
	// "the Russian ambassador in London" → "Ambassador of Russia in London".
	if (country && !/\bof\b/.test(tail))
		text = /^ (?:in|at) /.test(tail)
			? `${words.join(' ')} of ${country}${tail}`
			: `${text} of ${country}`;
	return { text: text.trim(), from: start, to: z };
}

/**
 * "President Woodrow Wilson of the United States", "King Frederick William III of Prussia": the
 * country written after the name (" of the United States"), or ''.
 */
function ofAfter(doc: Doc, mt: number, people: Map<number, Person>): string {
	if (low(doc, mt) !== 'of') return '';
	let j = mt + 1;
	const the = low(doc, j) === 'the' ? doc.tokens[j++].text.toLowerCase() + ' ' : '';
	const words: string[] = [];
	while (doc.tokens[j]?.cap && doc.tokens[j].kind === 'word' && !people.has(j) && words.length < 3)
		words.push(doc.tokens[j++].text);
	return words.length ? ` of ${the}${words.join(' ')}` : '';
}

interface Held {
	person: Person;
	post: string;
	sentence: number;
	span: [number, number];
	date?: DateMention;
}

/** The office phrase that ends right before token k (read back to its determiner). */
function officeBefore(
	doc: Doc,
	k: number,
	from: number,
	people: Map<number, Person>
): Office | null {
	for (let a = Math.max(from, k - 9); a < k; a++) {
		const opens =
			DETS.has(low(doc, a)) ||
			a === from ||
			/^[,;(]$/.test(doc.tokens[a - 1]?.text ?? '') ||
			// "with Prime Minister Patrice Lumumba": a capitalised title opens its phrase.
			// "and CIA Director John McCone": so does a capitalised word before an office word.
			(doc.tokens[a].cap &&
				(OFFICE.has(low(doc, a)) || !!NATIONALITIES[low(doc, a)] || OFFICE.has(low(doc, a + 1))) &&
				!doc.tokens[a - 1]?.cap);
		if (!opens) continue;
		const o = officeAt(doc, a, k, people);
		if (o && o.to === k) return o;
		// "became King of Spain as Philip II": the office, then the name he took it under.
		if (o && o.to === k - 1 && low(doc, k - 1) === 'as') return o;
	}
	return null;
}

/** "Britain sent its Foreign Secretary": the country "its" stands for. */
function possessor(doc: Doc, k: number, from: number): string {
	// Only a sentence that opens on its subject: "Britain sent …", "Austria was represented by …".
	const first = doc.tokens[from];
	const next = doc.tokens[from + 1];
	const opens =
		first?.cap &&
		!DETS.has(first.text.toLowerCase()) &&
		next &&
		!next.cap &&
		next.kind === 'word' &&
		!/^(?:of|and|the)$/.test(next.text);
	for (let i = k - 1; i >= from; i--)
		if (low(doc, i) === 'its') {
			// "…, and France its Foreign Minister William Waddington": the country of its own clause.
			for (let j = i - 1; j > from; j--)
				if (doc.tokens[j].cap) {
					// "Austria-Hungary" is three tokens.
					const hyphen = doc.tokens[j - 1]?.text === '-' && doc.tokens[j - 2]?.cap;
					const name = hyphen
						? doc.text.slice(doc.tokens[j - 2].start, doc.tokens[j].end)
						: doc.tokens[j].text;
					if (COUNTRIES.has(name.toLowerCase())) return name;
					break;
				}
			// (Not a pronoun: "She also persuaded … its foreign minister" is no minister of "She".)
			return opens &&
				!/^(?:On|In|At|By|After|When|During|He|She|It|They|We|This|That|These|Those)$/.test(
					first.text
				)
				? first.text
				: '';
		}
	return '';
}

/**
 * "Britain was represented by the Prime Minister Benjamin Disraeli", "The Russian delegation was
 * led by the Chancellor Alexander Gorchakov": the agent's office is of the subject's country; so is
 * an office in a sentence that opens on its country.
 */
function agentOf(doc: Doc, k: number, from: number): string {
	// "In Britain the former Prime Minister William Gladstone published …".
	if (low(doc, from) === 'in' && COUNTRIES.has(low(doc, from + 1)) && k <= from + 4)
		return doc.tokens[from + 1].text;
	let by = k - 1;
	if (low(doc, by) === 'the') by--;
	if (low(doc, by) !== 'by') return '';
	// The subject only: "Texas, independent of Mexico since 1836, was annexed … signed by
	// President John Tyler" is no President of Mexico.
	for (let i = from; i < by; i++) {
		const w = low(doc, i);
		if (/^(?:was|were|,)$/.test(w)) break;
		if (NATIONALITIES[w]) return NATIONALITIES[w];
		const subject = i === from || (i === from + 1 && low(doc, from) === 'the');
		if (COUNTRIES.has(w) && doc.tokens[i].cap && subject) return doc.tokens[i].text;
	}
	return '';
}

function datesIn(
	dates: DateMention[],
	doc: Doc,
	from: number,
	to: number
): DateMention | undefined {
	const a = doc.tokens[from]?.start ?? 0;
	const z = doc.tokens[to - 1]?.end ?? 0;
	return datesWithin(dates, a, z)[0];
}

/** The one date of a day, month or year (not a span) in tokens [from, to). */
function pointIn(
	dates: DateMention[],
	doc: Doc,
	from: number,
	to: number
): DateMention | undefined {
	const a = doc.tokens[from]?.start ?? 0;
	const z = doc.tokens[to - 1]?.end ?? 0;
	const ds = datesWithin(dates, a, z);
	return ds.length === 1 && !ds[0].iso.includes('/') ? ds[0] : undefined;
}

/** The end of the comma part that starts at k (the next comma, stop or clause end). */
function partEnd(doc: Doc, k: number, end: number): number {
	for (let i = k; i < end; i++) if (/^[,;:.!?]$/.test(doc.tokens[i].text)) return i;
	return end;
}

function officesOfMention(
	ctx: EnContext,
	p: Person,
	m: PersonMention,
	dates: DateMention[]
): Held[] {
	const { doc, people } = ctx;
	const [mf, mt] = m.tokens;
	const sentence = doc.tokens[mf].sentence;
	const [sf, st] = doc.sentenceTokens[sentence];
	const out: Held[] = [];
	const add = (post: string, from: number, to: number, date?: DateMention) =>
		out.push({ person: p, post, sentence, span: [from, to], date });
	// After the name: its relative clause may date the office ("…, who led the government from …").
	const after = doc.tokens[mt]?.text === ',' ? mt + 1 : -1;
	const relEnd = after > 0 ? partEnd(doc, after, st) : -1;
	const heldDate =
		after > 0 && low(doc, after) === 'who' && HELD.test(low(doc, after + 1))
			? datesIn(dates, doc, after, relEnd)
			: undefined;
	// Before the name, or its title: "the British Prime Minister David Lloyd George".
	let nameStart = mf;
	while (nameStart < mt && doc.tokens[nameStart].cap && !mentionStartsName(p, doc, nameStart))
		nameStart++;
	// "Foreign Minister Count Gyula Andrássy": the office before the peer's title.
	const peer = PEERAGES.has(low(doc, nameStart - 1)) && nameStart - 1 > mf;
	const titled =
		officeBefore(doc, nameStart, sf, people) ??
		(peer ? officeBefore(doc, nameStart - 1, sf, people) : null) ??
		officeBefore(doc, mf, sf, people);
	// "In 1753 the governor of New France, the Marquis Duquesne, ordered …": a title or apposition
	// of the clause's subject is held on the clause's own date (not a "former" one).
	const c = clauseOf(doc, mf);
	const clauseDate = (o: Office) =>
		heldDate ??
		(/^(?:former|late|future|later)$/.test(low(doc, o.from - 1)) ||
		/^(?:former|late|future)$/.test(low(doc, o.from)) ||
		o.from < c.from
			? undefined
			: pointIn(dates, doc, c.from, c.to));
	if (titled) {
		let post = titled.text;
		// "King Frederick William III of Prussia".
		if (!/\bof\b/.test(post)) post += ofAfter(doc, mt, people);
		const its = possessor(doc, titled.from, sf) || agentOf(doc, titled.from, sf);
		if (its && !/\bof\b/.test(post)) post += ` of ${its}`;
		add(post, titled.from, mt, clauseDate(titled));
	}
	// "<office>, <Name>": "its Foreign Minister, Prince Klemens von Metternich", "the governor of
	// New France, the Marquis Duquesne".
	const comma =
		doc.tokens[mf - 1]?.text === ','
			? mf - 1
			: low(doc, mf - 1) === 'the' && doc.tokens[mf - 2]?.text === ','
				? mf - 2
				: -1;
	if (comma > sf) {
		const o = officeBefore(doc, comma, sf, people);
		if (o) {
			const its = possessor(doc, o.from, sf);
			add(o.text + (its && !/\bof\b/.test(o.text) ? ` of ${its}` : ''), o.from, mt, clauseDate(o));
		}
	}
	// "<Name>, head of the Eastern Department from 1921", "<Name>, appointed Foreign Minister on …".
	if (after > 0) {
		const appointed = APPOINTED.test(low(doc, after));
		const o = officeAt(doc, appointed ? after + 1 : after, relEnd, people);
		// "Khomeini appointed the speaker …, Rafsanjani, acting commander-in-chief": the clause's date.
		const named = [...Array(Math.max(0, mf - sf)).keys()].some((k) =>
			APPOINTED.test(low(doc, sf + k))
		);
		const date =
			datesIn(dates, doc, o?.from ?? after, relEnd) ??
			(named ? datesIn(dates, doc, sf, mf) : undefined);
		if (o && (o.from === after || o.from === after + 1 || appointed)) add(o.text, mf, relEnd, date);
		// "Hjalmar Hammarskjöld, who was Prime Minister of Sweden from 1914 to 1917", "Pérez de
		// Cuéllar, the Peruvian diplomat who was Secretary-General from 1982 to 1991".
		for (let k = after; k < Math.min(relEnd, after + 5); k++) {
			if (low(doc, k) !== 'who' || !/^(?:was|became)$/.test(low(doc, k + 1))) continue;
			const w = officeAt(doc, k + 2, relEnd, people);
			if (w && w.from <= k + 3) add(w.text, mf, relEnd, datesIn(dates, doc, w.from, relEnd));
		}
	}
	// "<Name> was state secretary in the Ministry of Finance", "<Name> became …".
	if (/^(?:was|became)$/.test(low(doc, mt))) {
		const end = partEnd(doc, mt + 1, st);
		// ("Scipio was elected consul for 205 BC": the office is "consul".)
		const at = APPOINTED.test(low(doc, mt + 1)) ? mt + 2 : mt + 1;
		const o = officeAt(doc, at, end, people);
		if (o && o.from <= mt + 3) add(o.text, mf, end, datesIn(dates, doc, sf, end));
	}
	return out;
}

/** Whether the name proper (not its title) starts at token i of the mention. */
function mentionStartsName(p: Person, doc: Doc, i: number): boolean {
	const first = p.name.split(' ')[0];
	return doc.tokens[i].text === first || doc.tokens[i].text.startsWith(first);
}

/** "with his friend Friedrich von Gentz as its secretary": the person after "with" holds it. */
function withAs(doc: Doc, i: number, people: Map<number, Person>): Person | null {
	const p = people.get(i - 1);
	if (!p) return null;
	let k = i - 1;
	while (k > 0 && people.get(k - 1) === p) k--;
	for (let back = 1; back <= 3; back++) {
		const t = doc.tokens[k - back];
		if (!t || t.kind !== 'word') return null;
		if (low(doc, k - back) === 'with') return p;
	}
	return null;
}

/** Verbs whose object the "as" phrase describes: "recognizing the PLO as the representative". */
const OBJECT_AS =
	/^(?:recogni[sz](?:e|es|ed|ing)|regard(?:s|ed|ing)?|accept(?:s|ed|ing)?|appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|proclaim(?:s|ed|ing)?|cho(?:se|ose|oses|osing)|install(?:s|ed|ing)?|confirm(?:s|ed|ing)?)$/;

/**
 * "Rabin answered by recognizing the PLO as the representative of the Palestinian people": after
 * such a verb and its object, the office is the object's: that person, or 'thing' (no person's
 * office); null when no such verb comes right before.
 */
function complementedObject(
	doc: Doc,
	i: number,
	people: Map<number, Person>
): Person | 'thing' | null {
	for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
		const t = doc.tokens[j];
		if (t.kind !== 'word') return null;
		if (!OBJECT_AS.test(low(doc, j))) continue;
		// ("was appointed as ambassador": a passive has no object; the subject holds it.)
		if (/^(?:was|were|been|be|is|are|being)$/.test(low(doc, j - 1))) return null;
		return people.get(i - 1) ?? 'thing';
	}
	return null;
}

/** "… as foreign minister", "…, who as Secretary of State directed …": the clause's person. */
function asOffices(ctx: EnContext, dates: DateMention[]): Held[] {
	const { doc, people } = ctx;
	const out: Held[] = [];
	for (let i = 0; i < doc.tokens.length; i++) {
		if (doc.tokens[i].text !== 'as') continue;
		const s = doc.tokens[i].sentence;
		const [sf, st] = doc.sentenceTokens[s];
		const end = partEnd(doc, i + 1, st);
		const o = officeAt(doc, i + 1, end, people);
		if (!o || o.from > i + 3) continue;
		// "as its secretary": secretary of what the card cannot say.
		if (/^(?:its|their)$/.test(low(doc, i + 1)) && !o.text.includes(' ')) continue;
		const object = complementedObject(doc, i, people);
		if (object === 'thing') continue;
		let who: Person | null = object ?? withAs(doc, i, people);
		// The clause's own subject: "Izvolsky succeeded Lamsdorf as Foreign Minister, and Nicolson
		// arrived as British ambassador" — the ambassador is Nicolson.
		const cf = Math.max(sf, clauseOf(doc, i).from);
		for (let k = i - 1; k >= cf && !who; k--) {
			if (low(doc, k) === 'who') who = people.get(k - 1) ?? people.get(k - 2) ?? null;
			if (/^[;]$/.test(doc.tokens[k].text)) break;
		}
		// Else the clause's subject: the first person or "he"/"she" not after "of" or "by".
		for (let k = cf; k < i && !who; k++) {
			if (/^(?:of|by|with|to)$/.test(low(doc, k - 1))) continue;
			// "at Napoleon's own wish, he went to Paris as ambassador": a possessor is no subject.
			if (/['’]s$/.test(doc.tokens[k].text)) continue;
			if (/^(?:he|she)$/.test(low(doc, k)))
				who = resolvePronoun(doc, k, people, low(doc, k) === 'she');
			else who = people.get(k) ?? null;
		}
		if (!who) continue;
		// "In 1803 he was transferred to Berlin as minister to Prussia": the clause's date before
		// "as" dates the office when none follows it.
		// (A date that opens the clause, or one with no comma after it: not "which sat from 1814 to
		// 1815, with his friend Gentz as its secretary".)
		const opens = doc.tokens[Math.min(cf + 2, i)].start;
		const before = datesWithin(dates, doc.tokens[cf].start, doc.tokens[i].start).filter(
			(d) => d.start <= opens || !doc.text.slice(d.end, doc.tokens[i].start).includes(',')
		);
		out.push({
			person: who,
			post: o.text,
			sentence: s,
			span: [i, end],
			date: datesIn(dates, doc, i, end) ?? before[before.length - 1]
		});
	}
	return out;
}

const capFirst = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** "from 1918 to 1930" stays; a day or month of an appointment is asked by its year. */
// (A year BC as the reader writes it: "in 59 BC", not "in -005".)
const yearsOf = (d: DateMention) => (d.iso.includes('/') ? d.when : `in ${isoYearLabel(d.iso)}`);

export function officeFacts(ctx: EnContext, dates: DateMention[]): FactDraft[] {
	const { doc } = ctx;
	const held: Held[] = [];
	for (const p of ctx.persons)
		for (const m of p.mentions) held.push(...officesOfMention(ctx, p, m, dates));
	held.push(...asOffices(ctx, dates));
	const seen = new Map<string, Held>();
	for (const h of held) {
		const key = `${h.person.name}|${h.post.toLowerCase()}`;
		const was = seen.get(key);
		if (!was || (!was.date && h.date)) seen.set(key, h);
	}
	const offices = [...seen.values()];
	const postsOf = new Map<Person, number>();
	const holders = new Map<string, Set<Person>>();
	for (const o of offices) {
		postsOf.set(o.person, (postsOf.get(o.person) ?? 0) + 1);
		const k = o.post.toLowerCase();
		holders.set(k, (holders.get(k) ?? new Set()).add(o.person));
	}
	const out: FactDraft[] = [];
	for (const o of offices) {
		const years = o.date ? ' ' + yearsOf(o.date) : '';
		const fact = (ask: 'post' | 'person') => ({
			type: 'post' as const,
			ask,
			person: o.person.name,
			surname: o.person.surname,
			post: o.post,
			...(o.date ? { date: o.date.iso } : {})
		});
		const cards: FactDraft['cards'] = [];
		if (postsOf.get(o.person) === 1 || o.date)
			cards.push({
				deck: 'positions',
				front: `What office did ${o.person.name} hold${years}?`,
				back: capFirst(o.post),
				fact: fact('post')
			});
		// "Who was chief of the Army Command from 1920 to 1926?": one holder here, a place, years.
		if (
			holders.get(o.post.toLowerCase())!.size === 1 &&
			o.post.split(' ').length >= 2 &&
			/\b(?:of|for|in|to)\b/.test(o.post) &&
			o.date
		)
			cards.push({
				deck: 'positions',
				front: `Who was ${o.post}${years}?`,
				back: o.person.name,
				fact: fact('person')
			});
		if (!cards.length) continue;
		const [a, z] = o.span;
		out.push({
			sentence: o.sentence,
			clause: [doc.tokens[a].start, doc.tokens[Math.max(a, z - 1)].end],
			kind: 'office',
			weight: 2.5,
			persons: [o.person],
			cards,
			key: `post|${o.person.name}|${o.post.toLowerCase()}`
		});
	}
	return out;
}
