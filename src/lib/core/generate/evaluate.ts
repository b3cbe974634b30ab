// Measuring generated decks against gold annotations (tests/articles/*.gold.json). Pure, so that
// the eval script and the quality test share one definition of "correct".
//
// Matching rules:
// - A gold item is located by its `anchor`, an exact substring of the raw article; a card "covers"
//   it when the card's source range overlaps an occurrence of the anchor.
// - Date: a card matches a gold date when fact.date equals it exactly (same ISO precision) and the
//   card covers its anchor. A wrong year: a card covering a gold date's anchor with the same
//   month/day part and precision but another year.
// - Person: found when some card's fact.person equals the gold name exactly. A non-person
//   false positive: a card person whose name or surname equals an entry of `nonPersons`.
// - Post: same person, and the posts equal after normalisation or one extends the other by
//   whole words ("нарком иностранных дел РСФСР" ⊇ "нарком иностранных дел").
// - Stance: a card covering the stance's anchor whose holder is the same (normalised equal, or
//   sharing a significant word stem, for holders that are not persons).
// - Precision: dates — cards matching a gold date; actors — cards whose person is a gold person;
//   positions — post cards matching a gold post and stance cards matching a gold stance.

import type { CardFile, DeckFile } from '../deck/types';

export interface Gold {
	article: string;
	dates: { date: string; event: string; anchor: string }[];
	persons: { name: string; surname: string }[];
	nonPersons: string[];
	posts: { person: string; post: string; anchor: string }[];
	stances: { holder: string; stance: string; anchor: string; date?: string }[];
}

export interface Ratio {
	hit: number;
	total: number;
	missed: string[];
}

export interface Evaluation {
	dates: Ratio;
	wrongYears: string[];
	persons: Ratio;
	nonPersons: string[];
	extraPersons: string[];
	posts: Ratio;
	stances: Ratio;
	precision: { dates: Ratio; actors: Ratio; positions: Ratio };
}

const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[«»“”"().,;:–—-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

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

export function postMatches(a: string, b: string): boolean {
	const x = norm(a);
	const y = norm(b);
	return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ');
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

function ratio(hit: number, total: number, missed: string[] = []): Ratio {
	return { hit, total, missed };
}

export function evaluate(gold: Gold, raw: string, decks: DeckFile[]): Evaluation {
	const cards = decks.flatMap((d) => d.cards);
	const dateCards = cards.filter((c) => c.fact?.type === 'date');
	const postCards = cards.filter((c) => c.fact?.type === 'post');
	const stanceCards = cards.filter((c) => c.fact?.type === 'stance');
	const personCards = cards.filter((c) => c.fact?.type === 'person' || c.fact?.type === 'post');

	const dateOcc = gold.dates.map((g) => occurrences(raw, g.anchor));
	const dateHit = (c: CardFile, i: number) =>
		c.fact?.type === 'date' && c.fact.date === gold.dates[i].date && covers(c, dateOcc[i]);
	const datesMissed: string[] = [];
	let datesFound = 0;
	gold.dates.forEach((g, i) => {
		if (dateCards.some((c) => dateHit(c, i))) datesFound++;
		else datesMissed.push(`${g.date} «${g.anchor.replace(/\s+/g, ' ')}»`);
	});
	const wrongYears: string[] = [];
	for (const c of dateCards) {
		if (c.fact?.type !== 'date') continue;
		const date = c.fact.date;
		gold.dates.forEach((g, i) => {
			if (!covers(c, dateOcc[i]) || g.date === date) return;
			const strip = (d: string) => d.replace(/\d{4}/g, 'YYYY');
			if (strip(g.date) === strip(date) && /-/.test(date))
				wrongYears.push(`${date} for ${g.date} «${g.anchor.replace(/\s+/g, ' ')}»`);
		});
	}
	const datePrecisionMiss = dateCards.filter((c) => !gold.dates.some((_, i) => dateHit(c, i)));

	const names = new Set(
		personCards.map((c) => (c.fact && 'person' in c.fact ? c.fact.person : ''))
	);
	const personsMissed = gold.persons.filter((p) => !names.has(p.name)).map((p) => p.name);
	const goldNames = new Set(gold.persons.map((p) => p.name));
	const nonPersonSet = new Set(gold.nonPersons.map(norm));
	const nonPersons: string[] = [];
	const extraPersons: string[] = [];
	for (const n of [...names].sort()) {
		const surname = n.split(' ').pop() ?? n;
		if (nonPersonSet.has(norm(n)) || nonPersonSet.has(norm(surname))) nonPersons.push(n);
		else if (!goldNames.has(n)) extraPersons.push(n);
	}

	const postOk = (c: CardFile) =>
		c.fact?.type === 'post' &&
		gold.posts.some(
			(g) =>
				g.person === (c.fact as { person: string }).person &&
				postMatches((c.fact as { post: string }).post, g.post)
		);
	const postsMissed: string[] = [];
	let postsFound = 0;
	for (const g of gold.posts) {
		if (
			postCards.some(
				(c) =>
					c.fact?.type === 'post' && c.fact.person === g.person && postMatches(c.fact.post, g.post)
			)
		)
			postsFound++;
		else postsMissed.push(`${g.person}: ${g.post}`);
	}

	const stanceOcc = gold.stances.map((g) => occurrences(raw, g.anchor));
	const stanceHit = (c: CardFile, i: number) =>
		c.fact?.type === 'stance' &&
		holderMatches(c.fact.holder, gold.stances[i].holder) &&
		covers(c, stanceOcc[i]);
	const stancesMissed: string[] = [];
	let stancesFound = 0;
	gold.stances.forEach((g, i) => {
		if (stanceCards.some((c) => stanceHit(c, i))) stancesFound++;
		else stancesMissed.push(`${g.holder}: «${g.anchor.replace(/\s+/g, ' ')}»`);
	});

	const byKind = (kind: string) => decks.find((d) => d.kind === kind)?.cards ?? [];
	const actorCards = byKind('actors');
	const actorsWrong = actorCards.filter(
		(c) => !(c.fact && 'person' in c.fact && goldNames.has(c.fact.person))
	);
	const positionCards = byKind('positions');
	const positionsWrong = positionCards.filter((c) =>
		c.fact?.type === 'post'
			? !postOk(c)
			: c.fact?.type === 'stance'
				? !gold.stances.some((_, i) => stanceHit(c, i))
				: true
	);
	const label = (c: CardFile) => `${c.front} → ${c.back}`;

	return {
		dates: ratio(datesFound, gold.dates.length, datesMissed),
		wrongYears,
		persons: ratio(gold.persons.length - personsMissed.length, gold.persons.length, personsMissed),
		nonPersons,
		extraPersons,
		posts: ratio(postsFound, gold.posts.length, postsMissed),
		stances: ratio(stancesFound, gold.stances.length, stancesMissed),
		precision: {
			dates: ratio(
				dateCards.length - datePrecisionMiss.length,
				dateCards.length,
				datePrecisionMiss.map(label)
			),
			actors: ratio(
				actorCards.length - actorsWrong.length,
				actorCards.length,
				actorsWrong.map(label)
			),
			positions: ratio(
				positionCards.length - positionsWrong.length,
				positionCards.length,
				positionsWrong.map(label)
			)
		}
	};
}

export const pct = (r: Ratio) => (r.total ? (100 * r.hit) / r.total : 100);
