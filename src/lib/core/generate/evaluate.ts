// Measuring generated decks against gold annotations (tests/articles/*.gold.json, format in
// tests/articles/README.md). Pure, so that the eval script and the quality test share one
// definition of "correct".
//
// Matching rules:
// - A gold item is located by its `anchor`, an exact substring of the raw article; a card covers
//   it when the card's source range (its sentence) overlaps an occurrence of the anchor.
// - Date: a card matches a gold date when fact.date equals it exactly (same ISO precision) and the
//   card covers its anchor. Recall counts the gold dates worth a card (core and detail); a card on
//   a `trivial` gold date is correct but counted apart, as a selection miss. A wrong year: a card
//   covering a gold date's anchor with the same month/day and precision but another year.
// - Person: the same nominative surname (ё = е, case and name particles ignored) and, when both
//   give a first name or initial, the same first letter. Recall counts gold persons worth a card
//   found on some card; every card person is checked against the gold (a form not in the gold is
//   a wrong nominative or not a person).
// - Post: the same person, and the posts equal after normalisation or one extends the other by
//   whole words ("нарком иностранных дел РСФСР" ⊇ "нарком иностранных дел").
// - Stance: a card covering the stance's anchor whose holder is the same (normalised equal, or
//   sharing a significant word stem, for holders that are not persons).
// - Precision per deck: dates — cards matching a gold date; actors — cards whose person is a gold
//   person; positions — post cards matching a gold post and stance cards matching a gold stance.

import type { CardFile, DeckFile } from '../deck/types';
import { yo } from '../text/fold';
import { collapseSpaces } from '../text/normalize';
import { NATIONALITIES } from './lang/en/names';

export type Worth = 'core' | 'detail' | 'trivial';

export interface Gold {
	article: string;
	style?: string;
	dates: { date: string; event: string; anchor: string; worth?: Worth }[];
	persons: { name: string; surname: string; worth?: Worth }[];
	nonPersons: string[];
	posts: { person: string; post: string; anchor: string; date?: string; worth?: Worth }[];
	stances: {
		holder: string;
		stance: string;
		anchor: string;
		topic?: string;
		date?: string;
		worth?: Worth;
	}[];
}

export interface Ratio {
	hit: number;
	total: number;
	missed: string[];
}

export interface Evaluation {
	dates: Ratio;
	wrongYears: string[];
	/** Cards on dates the gold calls trivial. */
	trivialDates: string[];
	persons: Ratio;
	nonPersons: string[];
	extraPersons: string[];
	posts: Ratio;
	stances: Ratio;
	precision: { dates: Ratio; actors: Ratio; positions: Ratio };
}

const norm = (s: string) => collapseSpaces(yo(s).replace(/[«»“”"().,;:–—-]/g, ' '));

const PARTICLES =
	/^(?:фон|де|ван|дер|ди|да|дю|ла|ле|аль|эль|ибн|бен|бин|von|van|de|der|den|di|da|du|la|le|al|el|ibn|ben|bin|zu)\s+/u;

/** A surname compared without case, ё, hyphen spacing or leading particles. */
export function surnameKey(s: string): string {
	let n = norm(s);
	while (PARTICLES.test(n)) n = n.replace(PARTICLES, '');
	return n;
}

/** The first letter of the first given name or initial of a full name, '' if none. */
function firstInitial(name: string, surname: string): string {
	const rest = norm(name).replace(surnameKey(surname), '').trim();
	return rest ? rest[0] : '';
}

export function samePerson(
	a: { name: string; surname: string },
	b: { name: string; surname: string }
): boolean {
	if (surnameKey(a.surname) !== surnameKey(b.surname)) return false;
	const x = firstInitial(a.name, a.surname);
	const y = firstInitial(b.name, b.surname);
	return !x || !y || x === y;
}

function occurrences(raw: string, anchor: string): [number, number][] {
	const out: [number, number][] = [];
	for (let i = raw.indexOf(anchor); i >= 0; i = raw.indexOf(anchor, i + 1))
		out.push([i, i + anchor.length]);
	return out;
}

function covers(card: CardFile, occ: [number, number][]): boolean {
	const s = card.source;
	return !!s && occ.some(([a, b]) => a < s.end && b > s.start);
}

/**
 * An English office written either way is one office: "Iraqi foreign minister" is "foreign
 * minister of Iraq"; "the" is left out ("Secretary-General of the United Nations").
 */
function english(post: string): string {
	const words = post.split(' ').filter((w) => w !== 'the');
	const country = NATIONALITIES[words[0]];
	if (country && words.length > 1)
		words.push(
			'of',
			...norm(country)
				.split(' ')
				.filter((w) => w !== 'the')
		);
	return (country && words.length > 1 ? words.slice(1) : words).join(' ');
}

/**
 * Same office: equal, or the same head word and every word of the shorter one in the longer
 * ("посланник на Кубе" ~ "посланник СССР на Кубе"; "нарком иностранных дел" ~ "… РСФСР").
 */
export function postMatches(a: string, b: string): boolean {
	const x = english(norm(a)).split(' ');
	const y = english(norm(b)).split(' ');
	if (x.join(' ') === y.join(' ')) return true;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	const head = (ws: string[]) =>
		ws.find(
			(w) =>
				!/^(?:первый|первого|генеральный|постоянный|временный|новый|first|acting|former|new)$/u.test(
					w
				)
		);
	if (head(short) !== head(long)) return false;
	const words = new Set(long);
	return short.every((w) => words.has(w));
}

const STOP = new Set(['некоторые', 'большинство', 'советские', 'германские', 'польские']);

export function holderMatches(a: string, b: string): boolean {
	const x = norm(a);
	const y = norm(b);
	if (x === y) return true;
	const stems = (s: string) =>
		s
			.split(' ')
			.filter((w) => w.length >= 4 && !STOP.has(w))
			.map((w) => w.slice(0, 5));
	const sx = new Set(stems(x));
	return stems(y).some((w) => sx.has(w));
}

const ratio = (hit: number, total: number, missed: string[] = []): Ratio => ({
	hit,
	total,
	missed
});
const worthy = (w?: Worth) => w !== 'trivial';
const label = (c: CardFile) => `${c.front} → ${c.back}`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function evaluateDates(gold: Gold, raw: string, cards: CardFile[]) {
	const dateCards = cards.filter((c) => c.fact?.type === 'date');
	const occ = gold.dates.map((g) => occurrences(raw, g.anchor));
	const hit = (c: CardFile, i: number) =>
		c.fact?.type === 'date' && c.fact.date === gold.dates[i].date && covers(c, occ[i]);
	const missed: string[] = [];
	let found = 0;
	let total = 0;
	gold.dates.forEach((g, i) => {
		if (!worthy(g.worth)) return;
		total++;
		if (dateCards.some((c) => hit(c, i))) found++;
		else missed.push(`${g.date} «${oneLine(g.anchor)}»`);
	});
	const wrongYears: string[] = [];
	const strip = (d: string) => d.replace(/\d{4}/g, 'YYYY');
	for (const c of dateCards) {
		const date = c.fact?.type === 'date' ? c.fact.date : '';
		gold.dates.forEach((g, i) => {
			if (covers(c, occ[i]) && g.date !== date && strip(g.date) === strip(date) && /-/.test(date))
				wrongYears.push(`${date} for ${g.date} «${oneLine(g.anchor)}»`);
		});
	}
	const wrong = dateCards.filter((c) => !gold.dates.some((_, i) => hit(c, i)));
	const trivial = dateCards
		.filter(
			(c) =>
				gold.dates.some((g, i) => !worthy(g.worth) && hit(c, i)) &&
				!gold.dates.some((g, i) => worthy(g.worth) && hit(c, i))
		)
		.map(label);
	return {
		dates: ratio(found, total, missed),
		wrongYears,
		trivialDates: trivial,
		precision: ratio(dateCards.length - wrong.length, dateCards.length, wrong.map(label))
	};
}

function personOf(c: CardFile): { name: string; surname: string } | null {
	const f = c.fact;
	return f && (f.type === 'person' || f.type === 'post')
		? { name: f.person, surname: f.surname }
		: null;
}

type Named = { name: string; surname: string };

function evaluatePersons(gold: Gold, cards: CardFile[]) {
	const people = cards.map(personOf).filter((p): p is Named => !!p);
	const missed = gold.persons
		.filter((g) => worthy(g.worth) && !people.some((p) => samePerson(p, g)))
		.map((g) => g.name);
	const total = gold.persons.filter((g) => worthy(g.worth)).length;
	const nonPersonSet = new Set(gold.nonPersons.map(norm));
	const nonPersons: string[] = [];
	const extraPersons: string[] = [];
	for (const n of [...new Set(people.map((p) => `${p.name}|${p.surname}`))].sort()) {
		const [name, surname] = n.split('|');
		if (gold.persons.some((g) => samePerson({ name, surname }, g))) continue;
		if (nonPersonSet.has(norm(name)) || nonPersonSet.has(norm(surname))) nonPersons.push(name);
		else extraPersons.push(name);
	}
	return { persons: ratio(total - missed.length, total, missed), nonPersons, extraPersons };
}

/** The gold person a gold post names (or one made from its name). */
function holderOf(gold: Gold, person: string): Named {
	return (
		gold.persons.find((p) => p.name === person) ?? {
			name: person,
			surname: person.split(' ').pop()!
		}
	);
}

function postCardMatches(c: CardFile, g: { person: string; post: string }, gold: Gold): boolean {
	const f = c.fact;
	return (
		f?.type === 'post' &&
		samePerson({ name: f.person, surname: f.surname }, holderOf(gold, g.person)) &&
		postMatches(f.post, g.post)
	);
}

function evaluatePosts(gold: Gold, cards: CardFile[]): Ratio {
	const postCards = cards.filter((c) => c.fact?.type === 'post');
	const goldPosts = gold.posts.filter((g) => worthy(g.worth));
	const missed = goldPosts
		.filter((g) => !postCards.some((c) => postCardMatches(c, g, gold)))
		.map((g) => `${g.person}: ${g.post}`);
	return ratio(goldPosts.length - missed.length, goldPosts.length, missed);
}

function evaluateStances(gold: Gold, raw: string, cards: CardFile[]): Ratio {
	const stanceCards = cards.filter((c) => c.fact?.type === 'stance');
	const goldStances = gold.stances.filter((g) => worthy(g.worth));
	const missed = goldStances
		.filter((g) => !stanceCards.some((c) => stanceMatches(c, g, raw)))
		.map((g) => `${g.holder}: «${oneLine(g.anchor)}»`);
	return ratio(goldStances.length - missed.length, goldStances.length, missed);
}

function stanceMatches(c: CardFile, g: { holder: string; anchor: string }, raw: string): boolean {
	return (
		c.fact?.type === 'stance' &&
		holderMatches(c.fact.holder, g.holder) &&
		covers(c, occurrences(raw, g.anchor))
	);
}

/**
 * A treaty's terms ("Что предусматривал Прутский мирный договор?", lang/ru/terms.ts) are not
 * annotated in the gold (format v2 has no terms); they are left out of positions precision rather
 * than counted wrong. Rating rounds judge them.
 */
const TERMS = /^Что предусматривал[аои]? /u;

function positionsPrecision(gold: Gold, raw: string, all: CardFile[]): Ratio {
	const positions = all.filter((c) => !TERMS.test(c.front));
	const ok = (c: CardFile) =>
		c.fact?.type === 'post'
			? gold.posts.some((g) => postCardMatches(c, g, gold))
			: c.fact?.type === 'stance'
				? gold.stances.some((g) => stanceMatches(c, g, raw))
				: false;
	const wrong = positions.filter((c) => !ok(c));
	return ratio(positions.length - wrong.length, positions.length, wrong.map(label));
}

export function evaluate(gold: Gold, raw: string, decks: DeckFile[]): Evaluation {
	const cards = decks.flatMap((d) => d.cards);
	const d = evaluateDates(gold, raw, cards);
	const p = evaluatePersons(gold, cards);
	const byKind = (kind: string) => decks.find((x) => x.kind === kind)?.cards ?? [];
	const actors = byKind('actors');
	const actorsWrong = actors.filter((c) => {
		const who = personOf(c);
		return !who || !gold.persons.some((g) => samePerson(who, g));
	});
	return {
		dates: d.dates,
		wrongYears: d.wrongYears,
		trivialDates: d.trivialDates,
		...p,
		posts: evaluatePosts(gold, cards),
		stances: evaluateStances(gold, raw, cards),
		precision: {
			dates: d.precision,
			actors: ratio(actors.length - actorsWrong.length, actors.length, actorsWrong.map(label)),
			positions: positionsPrecision(gold, raw, byKind('positions'))
		}
	};
}

export const pct = (r: Ratio) => (r.total ? (100 * r.hit) / r.total : 100);
