// English persons: one canonical person per individual, however the text names them. A name is
// found where a title or rank stands before it ("General Hans von Seeckt", "Lord Castlereagh"),
// where it opens with a given name ("Walther Rathenau", "John F. Kennedy"), after an office in
// lower case ("the Seneca leader Tanaghrisson"), or as a monarch ("Alexander I"); the surname
// is what the text itself later calls them by ("Jumonville" for "Joseph Coulon de Villiers de
// Jumonville", "Lloyd George" for "David Lloyd George"), and every bare or possessive use of it
// ("Chicherin's note") is a mention of that person. One pass over the tokens, then one more to
// link the bare surnames: linear in the article.

import { sentenceInitial, type Doc, type Token } from '../../doc';
import type { Person } from '../person';
import {
	CHINESE_FAMILY,
	JAPANESE_FAMILY,
	FEMININE,
	GIVEN,
	KEPT_TITLES,
	NON_PERSON_HEADS,
	PARTICLES,
	PEERAGES,
	COUNTRIES,
	HONORIFIC_AFTER,
	PLACE_PREFIX,
	SINGLE_NAMES,
	TITLES
} from './names';
import { MONTH_ENGLISH } from '../../../text/months';

/** Words that make a title of the title after them ("Prime Minister", "Field Marshal"). */
const TITLE_MODIFIERS = new Set(['prime', 'foreign', 'vice', 'deputy', 'grand', 'crown', 'chief']);
/** Offices in lower case before a bare name: "the Seneca leader Tanaghrisson". */
const OFFICE_BEFORE = new Set([
	'leader',
	'minister',
	'premier',
	'president',
	'king',
	'queen',
	'general',
	'commander',
	'chancellor',
	'envoy',
	'ambassador',
	'governor',
	'chief',
	'secretary',
	'diplomat',
	'officer',
	'historian',
	'scholar',
	'economist',
	'commissar',
	'admiral',
	'emperor',
	'tsar',
	'chairman',
	'prophet',
	'explorer',
	'writer'
]);
const SCHOLAR_VERBS =
	/^(?:argues|argued|writes|wrote|notes|noted|claims|claimed|suggests|suggested|contends|contended|maintains|maintained|concludes|concluded|observes|observed)$/;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;
const ROMANCE = new Set(['de', 'da', 'di', 'del', 'della', 'dos', 'das', 'y']);
const MONTH_SET = new Set(MONTH_ENGLISH.map((m) => m.toLowerCase()));

/** The word without a possessive ending: "Chicherin's" → "Chicherin". */
export const bare = (w: string) => w.replace(/['’]s?$/u, '');
const possessive = (w: string) => /['’]s?$/u.test(w);
const lower = (w: string) => bare(w).toLowerCase();
const isGiven = (w: string) => w.split(/[-‐]/u).every((p) => GIVEN.has(p.toLowerCase()));

interface Found {
	/** Kept title ("Lord"), or '' . */
	title: string;
	/** Name words as written (possessive stripped), titles left out. */
	words: string[];
	from: number;
	to: number;
	rule: string;
	/** How a ruler known by his first name is named ("Philip, landgrave of Hesse"). */
	styled?: string;
}

/** A capitalised word that can be part of a name; a month only inside one ("Karl August"). */
function isNameWord(t: Token | undefined, inside = false): boolean {
	if (!t || t.kind !== 'word' || !t.cap || t.acronym) return false;
	const w = lower(t.text);
	return (
		!NON_PERSON_HEADS.has(w) && (inside || !MONTH_SET.has(w)) && !TITLES.has(w) && !COUNTRIES.has(w)
	);
}

/** The capitalised head of an institution's name follows ("John Hopkins University"). */
const headFollows = (t: Token | undefined) => !!t && t.cap && NON_PERSON_HEADS.has(lower(t.text));

/** The name that starts at token i: name words, particles, initials, a final roman numeral. */
function nameRun(doc: Doc, i: number, titled = false): { words: string[]; to: number } {
	const ts = doc.tokens;
	const words: string[] = [];
	let k = i;
	const sentence = ts[i]?.sentence;
	while (k < ts.length && ts[k].sentence === sentence) {
		const t = ts[k];
		const next = ts[k + 1];
		// "The Marquis de Montcalm": after a title a particle may open the name.
		if (
			t.kind === 'word' &&
			PARTICLES.has(t.text) &&
			isNameWord(next) &&
			(words.length || titled)
		) {
			words.push(t.text);
			k++;
			continue;
		}
		// "Cosimo de' Medici": the particle's apostrophe is its own token.
		if (
			words.length &&
			t.text === 'de' &&
			/^['’]$/.test(next?.text ?? '') &&
			next.start === t.end &&
			isNameWord(ts[k + 2])
		) {
			words.push(`de${next.text}`);
			k += 2;
			continue;
		}
		// A nickname in quotes: 'Francisco "Pancho" Villa' is Francisco Villa.
		if (
			words.length &&
			/^["“]$/.test(t.text) &&
			isNameWord(next) &&
			/^["”]$/.test(ts[k + 2]?.text ?? '') &&
			isNameWord(ts[k + 3], true)
		) {
			k += 3;
			continue;
		}
		// An initial: "F." in "John F. Kennedy".
		if (
			t.kind === 'word' &&
			/^\p{Lu}$/u.test(t.text) &&
			next?.text === '.' &&
			words.length &&
			isNameWord(ts[k + 2])
		) {
			words.push(t.text + '.');
			k += 2;
			continue;
		}
		if (words.length && ROMAN.test(t.text)) {
			words.push(t.text);
			k++;
			break;
		}
		if (!isNameWord(t, words.length > 0) && !/^(?:al|el|ad|as|an)-\p{Lu}/u.test(t.text)) break;
		// "rule of Porfirio Díaz November 20, 1910: …": a month before a day ends the name.
		if (MONTH_SET.has(lower(t.text)) && next?.kind === 'number') break;
		words.push(bare(t.text));
		k++;
		if (possessive(t.text) || apart(doc, k - 1)) break;
	}
	return { words, to: k };
}

/**
 * Whether token k and the next lie in different sentences or lines: a heading "Imperial
 * Chancellor" and the paragraph "At home Bismarck …" below it make no "Chancellor At".
 */
const apart = (doc: Doc, k: number) =>
	doc.tokens[k].gap.includes('\n') || doc.tokens[k + 1]?.sentence !== doc.tokens[k].sentence;

/** Title words before a name, ending on a title: "Prime Minister", "General", "Lord". */
function titleRun(doc: Doc, i: number): number {
	let k = i;
	let last = -1;
	while (k < doc.tokens.length) {
		const t = doc.tokens[k];
		if (t.kind !== 'word' || !t.cap) break;
		const w = t.text.toLowerCase();
		if (TITLES.has(w)) last = k;
		else if (!TITLE_MODIFIERS.has(w)) break;
		k++;
		if (apart(doc, k - 1)) break;
	}
	return last + 1 || i;
}

function afterPlace(doc: Doc, i: number): boolean {
	const p = doc.tokens[i - 1];
	return !!p && PLACE_PREFIX.has(p.text.toLowerCase().replace(/\.$/, ''));
}

/** Family name first: "Itō Hirobumi", "Saigō Takamori" (a macron in the first marks a Japanese name). */
const japanese = (ws: string[]) =>
	!isGiven(ws[0]) && (JAPANESE_FAMILY.has(ws[0].toLowerCase()) || /[ōūŌŪ]/.test(ws[0]));

/** The name found at token i, if one starts there. */
function findAt(doc: Doc, i: number): Found | null {
	const ts = doc.tokens;
	const t = ts[i];
	if (t.kind !== 'word' || !t.cap || afterPlace(doc, i)) return null;
	const titled = titleRun(doc, i);
	if (titled > i && apart(doc, titled - 1)) return null;
	if (titled > i) {
		const title = ts[titled - 1].text;
		// "Duke of Wellington": a peer named by his place.
		if (
			PEERAGES.has(title.toLowerCase()) &&
			ts[titled]?.text === 'of' &&
			isNameWord(ts[titled + 1])
		)
			return {
				title: `${title} of`,
				words: [bare(ts[titled + 1].text)],
				from: i,
				to: titled + 2,
				rule: 'peer'
			};
		const run = nameRun(doc, titled, true);
		if (!run.words.length || headFollows(ts[run.to])) return null;
		// "the Lord Chief Justice", "Lord Privy Seal", "Lord Treasurer": an office, no one's name.
		if (/^lord$/i.test(title) && run.words.every((w) => LORD_OFFICE.test(w))) return null;
		// "Lord Curzon", "Count Witte", "Marquis de Montcalm" keep the title; "Count Pyotr Shuvalov" is named without it.
		const kept =
			(KEPT_TITLES.has(title.toLowerCase()) ||
				(PEERAGES.has(title.toLowerCase()) &&
					run.words.filter((w) => !PARTICLES.has(w)).length === 1)) &&
			!isGiven(run.words[0]);
		return { title: kept ? title : '', words: run.words, from: i, to: run.to, rule: 'title' };
	}
	const run = nameRun(doc, i);
	if (!run.words.length) return null;
	const heads = headFollows(ts[run.to]);
	const first = run.words[0];
	const n = run.words.length;
	const found = (rule: string): Found => ({
		title: '',
		words: run.words,
		from: i,
		to: run.to,
		rule
	});
	if (heads) return null;
	// "When Charles II died …": a conjunction opening the sentence is no part of the name after it.
	if (n >= 2 && OPENERS.test(first)) return null;
	if (n >= 2 && isGiven(first)) return found('given-surname');
	if (n >= 2 && ROMAN.test(run.words[n - 1]) && !NOT_MONARCH.test(first)) return found('monarch');
	if (n === 2 && CHINESE_FAMILY.has(first.toLowerCase())) return found('chinese');
	if (n === 2 && japanese(run.words)) return found('japanese');
	if (n === 2 && first === 'U') return found('burmese');
	const before = ts[i - 1];
	if (before?.kind === 'word' && !before.cap && OFFICE_BEFORE.has(before.text))
		return found('office');
	if (n === 1 && SINGLE_NAMES.has(first.toLowerCase())) return found('single');
	const ruler = n === 1 && isGiven(first) ? rulerByFirstName(doc, i, run.to) : null;
	if (ruler) return ruler;
	// "As Anderson argues": a scholar cited by name.
	// (Not "Calhoun of South Carolina argued": a place's last word.)
	if (
		n === 1 &&
		SCHOLAR_VERBS.test(ts[run.to]?.text ?? '') &&
		!sentenceInitial(doc, i) &&
		!before?.cap &&
		before?.text !== 'of'
	)
		return found('scholar');
	return null;
}

interface Draft {
	found: Found[];
	words: string[];
	title: string;
	/** "Earl of Danby" after "Thomas Osborne,": the peerage the person is known by. */
	peer?: Found;
}

/** How many leading words are given names or initials (at least one word is left). */
function givenCount(words: string[]): number {
	let g = 0;
	while (g < words.length - 1 && (isGiven(words[g]) || /^\p{Lu}\.$/u.test(words[g]))) g++;
	return g;
}

/** Whether the text uses some words as a name of their own, and how many times. */
type Standalone = ReturnType<typeof standaloneIndex>;

/** The surname: a suffix the text uses alone, else the particle name, else the last word. */
function surnameOf(words: string[], title: string, alone: Standalone, titled = false): string {
	const n = words.length;
	if (ROMAN.test(words[n - 1]) || n === 1) return words.join(' ');
	if (n === 2 && (CHINESE_FAMILY.has(words[0].toLowerCase()) || words[0] === 'U'))
		return words.join(' ');
	if (n === 2 && japanese(words)) return words[0]; // "Itō Hirobumi" is Itō
	const g = title ? 0 : givenCount(words);
	// "Osman Pasha", "Alexander Karatheodori Pasha": the honorific goes with the name before it.
	if (n >= 2 && HONORIFIC_AFTER.has(words[n - 1].toLowerCase()))
		return words.slice(n - 2).join(' ');
	// "Prime Minister Lloyd George": after a title, a name without a given name is all surname
	// when the text writes it so again; "General Zachary Taylor", named once or with "Taylor"
	// alone, is Taylor.
	if (titled && g === 0 && !words.some((w) => PARTICLES.has(w))) {
		const last = words[n - 1];
		const compound = COMPOUND_SURNAMES.has(words.join(' ').toLowerCase());
		return n === 2 && !compound && (alone([last]) || alone.times(words) < 2)
			? last
			: words.join(' ');
	}
	const rest = words.slice(g);
	// "Metternich-Winneburg", named "Metternich" elsewhere: the surname the text uses.
	const first = /^(\p{Lu}[\p{L}’']+)-\p{Lu}/u.exec(words[n - 1])?.[1];
	if (first && g > 0 && alone([first])) return first;
	// Shortest first: "Jumonville" before "Coulon de Villiers de Jumonville".
	for (let k = rest.length - 1; k >= 0; k--) {
		const suffix = rest.slice(k);
		if (PARTICLES.has(suffix[0])) continue;
		if ((k > 0 || g > 0) && alone(suffix)) return suffix.join(' ');
	}
	const p = rest.findIndex((w) => PARTICLES.has(w));
	if (title && p >= 0) return rest.slice(p + 1).join(' ');
	// A Romance compound keeps the word before its particle ("Coulon de Villiers", "Pérez de
	// Cuéllar"); a German one starts at it ("Leberecht von Blücher" → "von Blücher").
	if (p > 0 && ROMANCE.has(rest[p])) return rest.slice(p - 1).join(' ');
	if (p >= 0) return rest.slice(p).join(' ');
	return rest[rest.length - 1];
}

/** Every place the text uses `words` as a name of its own (not inside a longer name). */
function standaloneIndex(doc: Doc) {
	const seen = new Map<string, number>();
	const ts = doc.tokens;
	for (let i = 0; i < ts.length; i++) {
		if (!isNameWord(ts[i])) continue;
		if (isNameWord(ts[i - 1]) || PARTICLES.has(ts[i - 1]?.text ?? '')) continue;
		let key = '';
		for (let k = i; k < Math.min(ts.length, i + 5); k++) {
			const w = ts[k].kind === 'word' ? bare(ts[k].text) : '';
			if (!w || (!isNameWord(ts[k]) && !PARTICLES.has(w))) break;
			key = key ? `${key} ${w}` : w;
			if (!isNameWord(ts[k + 1]) && !PARTICLES.has(ts[k + 1]?.text ?? ''))
				seen.set(key, (seen.get(key) ?? 0) + 1);
			if (possessive(ts[k].text)) break;
		}
	}
	const times = (ws: string[]) => seen.get(ws.join(' ')) ?? 0;
	return Object.assign((ws: string[]) => times(ws) > 0, { times });
}

function toPerson(d: Draft, alone: Standalone, ts: Token[]): Person {
	const titled = d.found.some((f) => f.rule === 'title') && !isGiven(d.words[0]);
	// A peer is named by his name and peerage and called by its place ("Danby").
	// ("William of Orange" is called so whole, as a monarch is with his numeral.)
	const house = d.words.length === 3 && d.words[1] === 'of';
	const surname = d.peer
		? d.peer.words.join(' ')
		: house
			? d.words.join(' ')
			: surnameOf(d.words, d.title, alone, titled);
	const styled = d.words.length === 1 ? d.found.find((f) => f.styled)?.styled : undefined;
	const own = styled ?? [d.title, ...d.words].filter(Boolean).join(' ');
	const name = d.peer ? `${own}, ${peerKey(d.peer)}` : own;
	const given = d.words[0] !== surname.split(' ')[0] ? d.words[0] : undefined;
	return {
		name,
		surname,
		...(given && isGiven(given) ? { given } : {}),
		gender: (given && FEMININE.has(given.toLowerCase())) || womansTitle(d, ts) ? 'femn' : 'masc',
		mentions: d.found.map((f) => ({
			start: ts[f.from].start,
			end: ts[f.to - 1].end,
			tokens: [f.from, f.to] as [number, number],
			rule: f.rule
		}))
	};
}

/** "Duchess of Dino", "Queen Victoria": a title only a woman bears. */
const WOMANS_TITLE =
	/^(?:queen|empress|tsarina|duchess|archduchess|princess|countess|marchioness|baroness|lady|madame|mme|mrs|miss|ms|dame|sister)\b/i;
function womansTitle(d: Draft, ts: Token[]): boolean {
	// (The title as written: "Countess Eleonore von Kaunitz" is named without it.)
	return d.found.some((f) => WOMANS_TITLE.test(f.title || ts[f.from].text));
}

/** Two-word surnames written without a hyphen, which no rule can tell from a given name and a surname. */
const COMPOUND_SURNAMES = new Set(['lloyd george', 'duff cooper', 'bonar law', 'vaughan williams']);

/** "Article X", "Chapter II", "But I", "Today I": a capital word and a numeral that are no monarch. */
const NOT_MONARCH =
	/^(?:Articles?|Chapters?|Sections?|Parts?|Volumes?|Books?|Titles?|Acts?|Annex(?:es)?|Protocols?|Phases?|Stages?|Rounds?|Appendix|Schedule|World|Vatican|Class|Type|Grade|But|And|Today|Then|So|Now|When|If|As|Yet|Here|There|What|Perhaps|Still|Later|Once|Tonight|Yesterday|Since|Because|Although|Before|After|Where|Why|How|Sometimes|Finally|Again|This|That|Do|Did|Can|Could|Would|Should|May|Must|Might|Shall|Will|Have|Had|Yes|No|Well|Sir|Madam)$/;

/** Ranks a ruler known by his first name is given in apposition ("Maurice, duke of Saxony"). */
const RULER_RANK =
	/^(?:duke|duchess|elector|electress|king|queen|landgrave|margrave|emperor|empress|archduke|archduchess|prince|princess|count|countess|regent)$/i;

/**
 * "William of Orange", "Louis of Nassau": a first name and the house or land he is known by; and
 * "his cousin Maurice, duke of Saxony", "Philip, landgrave of Hesse": a first name a rank of a
 * land follows. Rulers the text names so are persons by that first name ("Maurice did not
 * live to see it"); otherwise null.
 */
function rulerByFirstName(doc: Doc, i: number, to: number): Found | null {
	const ts = doc.tokens;
	const word = ts[i].text.replace(/['’]s$/u, '');
	if (ts[to]?.text === 'of' && isNameWord(ts[to + 1]) && !isGiven(ts[to + 1].text))
		return {
			title: '',
			words: [word, 'of', ts[to + 1].text.replace(/['’]s$/u, '')],
			from: i,
			to: to + 2,
			rule: 'of-house'
		};
	const ranked =
		ts[to]?.text === ',' &&
		RULER_RANK.test(ts[to + 1]?.text ?? '') &&
		ts[to + 2]?.text === 'of' &&
		!!ts[to + 3]?.cap;
	if (!ranked) return null;
	const styled = `${word}, ${ts[to + 1].text.toLowerCase()} of ${ts[to + 3].text}`;
	return { title: '', words: [word], from: i, to, rule: 'ruler', styled };
}

const LORD_OFFICE =
	/^(?:Chancellor|Treasurer|Chief|Justice|Privy|Seal|President|Protector|Lieutenant|Mayor|Chamberlain|Keeper|Admiral|Steward|Advocate|High|Great|Lord|Warden|Marshal|Provost|Rector|Commissioner)$/;

const OPENERS =
	/^(?:When|If|As|Since|Because|Although|Though|Before|After|Once|Where|While|Until|Whereas|Then|But|And|So|Yet|Meanwhile|Later|Thus|Hence)$/;

/** Two names of one person: one's words end the other's ("von Seeckt" in "Hans von Seeckt"). */
function sameIndividual(a: string[], b: string[]): boolean {
	// "Dag Hammarskjöld" and "Dag Hjalmar Agne Carl Hammarskjöld"; "Klemens von Metternich" and
	// "Klemens Wenzel Lothar von Metternich-Winneburg".
	const [la, lb] = [a[a.length - 1], b[b.length - 1]];
	const lastSame = la === lb || la.startsWith(`${lb}-`) || lb.startsWith(`${la}-`);
	if (a.length > 1 && b.length > 1 && a[0] === b[0] && lastSame) return true;
	// "Charles-Maurice de Talleyrand" and "Charles-Maurice de Talleyrand-Périgord".
	if (
		a.length === b.length &&
		a.length > 1 &&
		a.slice(0, -1).join(' ') === b.slice(0, -1).join(' ')
	) {
		const [x, y] = [a[a.length - 1], b[b.length - 1]];
		if (x.startsWith(`${y}-`) || y.startsWith(`${x}-`)) return true;
	}
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	const tail = l.slice(l.length - s.length);
	// ("Metternich" ends "Klemens Wenzel Lothar von Metternich-Winneburg" too.)
	const [ls, lt] = [s[s.length - 1], tail[tail.length - 1]];
	return (
		s.slice(0, -1).join(' ') === tail.slice(0, -1).join(' ') &&
		(ls === lt || lt.startsWith(`${ls}-`))
	);
}

/** "Emperor Francis" after "Francis II": the one monarch of that name the text numbers. */
function monarchOf(drafts: Draft[], f: Found): Draft | undefined {
	// ("Philip, duke of Anjou" beside "Philip V" too.)
	if ((f.rule !== 'title' && f.rule !== 'ruler') || f.words.length !== 1) return undefined;
	const numbered = drafts.filter(
		(x) => x.words.length === 2 && x.words[0] === f.words[0] && ROMAN.test(x.words[1])
	);
	return numbered.length === 1 ? numbered[0] : undefined;
}

export function findPersons(doc: Doc): Person[] {
	const ts = doc.tokens;
	const drafts: Draft[] = [];
	for (let i = 0; i < ts.length; i++) {
		const f = findAt(doc, i);
		if (!f) continue;
		if (peerOfName(drafts, f, ts)) {
			i = f.to - 1;
			continue;
		}
		const same = drafts.filter(
			(x) =>
				sameIndividual(x.words, f.words) &&
				(x.words[0] === f.words[0] || !isGiven(x.words[0]) || !isGiven(f.words[0]))
		);
		// "President Wilson" is the Wilson the text titled so ("President Woodrow Wilson"), not
		// the first Wilson named.
		const titledSo = (x: Draft) =>
			f.rule === 'title' &&
			x.found.some((y) => y.rule === 'title' && ts[y.from].text === ts[f.from].text);
		const d = same.find(titledSo) ?? same[0] ?? monarchOf(drafts, f);
		if (d) {
			d.found.push(f);
			// The fullest form, except a string of middle names: "Dag Hammarskjöld" is how the text
			// (and the reader) names "Dag Hjalmar Agne Carl Hammarskjöld".
			// ("Klemens von Metternich" too, for "Klemens Wenzel Lothar von Metternich-Winneburg".)
			const middle = (a: string[], b: string[]) =>
				a.length >= 2 &&
				b.length - a.length >= 2 &&
				a[0] === b[0] &&
				a.every(
					(w, k) => b.includes(w) || (k === a.length - 1 && b[b.length - 1].startsWith(`${w}-`))
				);
			if (f.words.length > d.words.length && !middle(d.words, f.words)) d.words = f.words;
			else if (middle(f.words, d.words)) d.words = f.words;
			if (f.title && !d.title && !isGiven(d.words[0])) d.title = f.title;
		} else drafts.push({ found: [f], words: f.words, title: f.title });
		i = f.to - 1;
	}
	const alone = standaloneIndex(doc);
	for (const d of drafts) if (d.peer && !calledByPeerage(doc.text, d)) d.peer = undefined;
	rulersToMonarchs(drafts);
	const persons = drafts.map((d) => toPerson(d, alone, ts));
	linkSurnames(doc, persons);
	return persons;
}

/**
 * Whether the text goes on calling the peer by his peerage's place ("Danby became …") rather than
 * by his own surname ("Talleyrand-Périgord, Prince of Benevento" is "Talleyrand" after).
 */
function calledByPeerage(text: string, d: Draft): boolean {
	const count = (w: string) =>
		text.match(
			new RegExp(`(?<![\\p{L}-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu')
		)?.length ?? 0;
	const own = d.words[d.words.length - 1];
	const ownCount = Math.max(count(own), count(own.split('-')[0]));
	return ownCount < 2 || count(d.peer!.words.join(' ')) > ownCount;
}

/** "Philip, duke of Anjou" told before "Philip V": the one monarch of that first name. */
function rulersToMonarchs(drafts: Draft[]): void {
	for (let k = drafts.length - 1; k >= 0; k--) {
		const d = drafts[k];
		if (d.words.length !== 1 || !d.found.every((f) => f.rule === 'ruler')) continue;
		const numbered = drafts.filter(
			(x) => x.words.length === 2 && x.words[0] === d.words[0] && ROMAN.test(x.words[1])
		);
		if (numbered.length !== 1) continue;
		numbered[0].found.push(...d.found);
		numbered[0].found.sort((a, b) => a.from - b.from);
		drafts.splice(k, 1);
	}
}

const peerKey = (f: Found) => `${f.title} ${f.words.join(' ')}`;

/**
 * "Thomas Osborne, Earl of Danby": a peerage in apposition right after a full name is that
 * person's, and so is every later mention of the peerage ("the Earl of Danby", "Danby"); a draft
 * the peerage alone made before joins them. Whether it did (the found is taken).
 */
function peerOfName(drafts: Draft[], f: Found, ts: Token[]): boolean {
	const key = peerKey(f);
	if (f.rule !== 'peer') return false;
	const known = drafts.find((d) => d.peer && peerKey(d.peer) === key);
	if (known) {
		known.found.push(f);
		return true;
	}
	const prev = drafts.find((d) => d.found.some((x) => x.to === f.from - 1));
	if (ts[f.from - 1]?.text !== ',' || !prev || prev.peer || prev.words.length < 2) return false;
	// ("Otto von Bismarck, Prince of Bismarck": a peerage of his own surname adds nothing.)
	if (!isGiven(prev.words[0]) || f.words.some((w) => prev.words.includes(w))) return false;
	prev.peer = f;
	prev.found.push(f);
	// ("the Duke of Alba" told before "Fernando Álvarez de Toledo, Duke of Alba".)
	const alone = drafts.findIndex(
		(d) => d !== prev && !d.peer && d.found.every((x) => x.rule === 'peer' && peerKey(x) === key)
	);
	if (alone >= 0) prev.found.push(...drafts.splice(alone, 1)[0].found);
	return true;
}

/** "After Waterloo Talleyrand served": a place after a leading preposition, then the name. */
function placeThen(doc: Doc, i: number): boolean {
	const ts = doc.tokens;
	return (
		i - 2 === doc.sentenceTokens[ts[i].sentence][0] &&
		/^(?:After|At|In|From|Since|Before)$/.test(ts[i - 2].text) &&
		!isGiven(ts[i - 1].text)
	);
}

/** Given name → the one person the text gives it (a given name two persons share names no one). */
function givenIndex(persons: Person[], bySurname: Map<string, Person>): Map<string, Person> {
	const out = new Map<string, Person | null>();
	for (const p of persons)
		if (p.given && !bySurname.has(p.given)) out.set(p.given, out.has(p.given) ? null : p);
	return new Map([...out].filter((e): e is [string, Person] => e[1] !== null));
}

/** Bare and possessive surnames ("Rathenau", "Chicherin's") are mentions of their person. */
function linkSurnames(doc: Doc, persons: Person[]) {
	const ts = doc.tokens;
	const taken = new Set<number>();
	for (const p of persons)
		for (const m of p.mentions) for (let k = m.tokens[0]; k < m.tokens[1]; k++) taken.add(k);
	// The first person named with a surname keeps it ("Hammarskjöld" is Dag, not his father).
	const bySurname = new Map<string, Person>();
	for (const p of persons) {
		const key = p.surname.split(' ')[0];
		if (!bySurname.has(key)) bySurname.set(key, p);
		// A monarch is also called by his first name alone ("Alexander wanted …").
		if (ROMAN.test(p.surname.split(' ').pop()!) && !bySurname.has(p.surname.split(' ')[0]))
			bySurname.set(p.surname.split(' ')[0], p);
	}
	const byGiven = givenIndex(persons, bySurname);
	for (let i = 0; i < ts.length; i++) {
		if (taken.has(i) || !isNameWord(ts[i]) || afterPlace(doc, i)) continue;
		if (isNameWord(ts[i - 1]) && !placeThen(doc, i)) continue;
		const w = bare(ts[i].text);
		// "Klemens married Countess Eleonore": a biography calls its hero by his given name.
		const g = bySurname.has(w) ? undefined : byGiven.get(w);
		if (g && !isNameWord(ts[i + 1])) {
			g.mentions.push({ start: ts[i].start, end: ts[i].end, tokens: [i, i + 1], rule: 'given' });
			continue;
		}
		const p = bySurname.get(w);
		if (!p) continue;
		const parts = p.surname.split(' ');
		const monarchFirst = ROMAN.test(parts[parts.length - 1]);
		const n = monarchFirst ? 1 : parts.length;
		const words = ts.slice(i, i + n).map((t) => bare(t.text));
		if (words.join(' ') !== (monarchFirst ? parts[0] : p.surname)) continue;
		const to = i + n;
		if (headFollows(ts[to])) continue;
		if (!possessive(ts[to - 1].text) && isNameWord(ts[to])) continue;
		p.mentions.push({ start: ts[i].start, end: ts[to - 1].end, tokens: [i, to], rule: 'surname' });
		i = to - 1;
	}
	for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
}

/** Token index → the person whose mention covers it. */
export function personIndex(persons: Person[]): Map<number, Person> {
	const out = new Map<number, Person>();
	for (const p of persons)
		for (const m of p.mentions) for (let k = m.tokens[0]; k < m.tokens[1]; k++) out.set(k, p);
	return out;
}
