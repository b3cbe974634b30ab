// Wrong options for a multiple-choice question, taken from the same article's facts so that they
// are plausible: other dates of the same precision near the right one (made-up nearby dates only
// when the article has too few), other people of the same kind (sharing words of their offices),
// other offices of the same kind, other holders and stances. Never the right answer, never
// something that would also be right (an event inside the asked period, a person who held the
// asked office), no duplicates (compared as normalised text). Too few candidates → fewer options.
import type { Fact } from '../deck/types';
import { readFactDate, daysInMonth, type PartialDate } from '../answer/date';
import { isSurnameForm, personOf } from '../answer/name';
import { normalizeAnswer } from '../answer/text';
import { dateLabel, dateLabelEnglish } from './date-label';

export { personOf };
import { seededRandom, shuffled } from '../util/random';

export interface QuizCard {
	key: string;
	front: string;
	back: string;
	context?: string;
	fact: Fact;
}

interface PersonInfo {
	name: string;
	surname: string;
	stems: Set<string>;
	posts: string[];
}

interface Entry {
	text: string;
	/** What makes two entries the same thing (normalised text, a surname, an ISO date). */
	id: string;
	score: number;
}

/** Everything of one article the distractors are drawn from. */
export interface ArticleIndex {
	cards: QuizCard[];
	persons: Map<string, PersonInfo>;
	/** ISO date → the label a real card uses for it. */
	dateLabels: Map<string, string>;
	/** The deck's language as its questions show it: made-up dates are written in it. */
	lang: 'ru' | 'en';
}

// Options are compared as normalised text; the same texts come up for every question.
const NORMALIZED = new Map<string, string>();
function norm(text: string): string {
	let n = NORMALIZED.get(text);
	if (n === undefined) NORMALIZED.set(text, (n = normalizeAnswer(text)));
	return n;
}
/** Word stems of an office, for "same kind" comparisons: "нарком иностранных дел" → нарко, иност, дел. */
const STEMS = new Map<string, Set<string>>();

export function stems(text: string): Set<string> {
	let out = STEMS.get(text);
	if (!out) STEMS.set(text, (out = stemsOf(text)));
	return out;
}

function stemsOf(text: string): Set<string> {
	return new Set(
		norm(text)
			.split(/[^а-яa-z0-9]+/)
			.filter((w) => w.length >= 3 || /^[а-я]{2,}$/.test(w))
			.map((w) => w.slice(0, 5))
	);
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
/** One office names the other ("министр иностранных дел" in "министр иностранных дел Польши"). */
const covers = (a: Set<string>, b: Set<string>) => within(a, b) || within(b, a);

/** Capitalises like the right answer, so that no option stands out by its first letter. */
function caseLike(text: string, model: string): string {
	const upper = model[0] !== undefined && model[0] === model[0].toUpperCase();
	return (upper ? text[0].toUpperCase() : text[0].toLowerCase()) + text.slice(1);
}

export function articleIndex(cards: QuizCard[]): ArticleIndex {
	const persons = new Map<string, PersonInfo>();
	const person = (name: string, surname: string) => {
		const id = norm(surname);
		let p = persons.get(id);
		if (!p) persons.set(id, (p = { name, surname, stems: new Set(), posts: [] }));
		return p;
	};
	const dateLabels = new Map<string, string>();
	for (const c of cards) {
		const f = c.fact;
		if (f.type === 'person') person(f.person, f.surname);
		else if (f.type === 'post') {
			const p = person(f.person, f.surname);
			p.posts.push(f.post);
			for (const s of stems(f.post)) p.stems.add(s);
		} else if (f.type === 'stance') {
			const h = personOf(f.holder);
			if (h) person(h.name, h.surname);
		} else if (
			f.type === 'date' &&
			f.ask === 'date' &&
			!dateLabels.has(f.date) &&
			// A list ("9 и 14 августа") names more than this one date: not its label.
			!/\d\s*(?:и|,)\s*\d/.test(c.back)
		)
			dateLabels.set(f.date, c.back);
	}
	// An English deck's questions have no Cyrillic; made-up dates must not give themselves away.
	const lang = cards.some((c) => /\p{Script=Cyrillic}/u.test(c.front)) ? 'ru' : 'en';
	return { cards, persons, dateLabels, lang };
}

// ---- dates -------------------------------------------------------------------------------

/** Day numbers good enough to order and overlap dates ("31 days a month"). */
const startOf = (d: PartialDate) => d.year! * 372 + ((d.month ?? 1) - 1) * 31 + (d.day ?? 1) - 1;
const endOf = (d: PartialDate) =>
	d.day !== undefined ? startOf(d) : d.month !== undefined ? startOf(d) + 30 : d.year! * 372 + 371;

const SPANS = new Map<string, [number, number] | null>();

function span(iso: string): [number, number] | null {
	let s = SPANS.get(iso);
	if (s === undefined) {
		const f = readFactDate(iso);
		SPANS.set(iso, (s = f ? [startOf(f.from), endOf(f.to ?? f.from)] : null));
	}
	return s;
}

/** "day", "month", "year", "day/day"…: dates are compared only with their own shape. */
function shapeOf(iso: string): string {
	return iso
		.split('/')
		.map((p) => ['', 'year', 'month', 'day'][p.replace(/^-/, '').split('-').length])
		.join('/');
}

/** ISO at the date's precision; a year BC as an extended year ("-0043"). */
const isoYear = (y: number) => (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
const iso = (d: PartialDate) =>
	[isoYear(d.year!), d.month, d.day]
		.filter((x) => x !== undefined)
		.map((x, i) => (i ? String(x).padStart(2, '0') : x))
		.join('-');

function shiftMonths(d: PartialDate, k: number): PartialDate {
	if (d.month === undefined) return { year: d.year! + k };
	const n = d.year! * 12 + d.month - 1 + k;
	const year = Math.floor(n / 12);
	const month = (((n % 12) + 12) % 12) + 1; // n < 0 before year 0
	return d.day === undefined
		? { year, month }
		: { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Made-up dates near the right one, of its precision, nearest first. */
function nearbyDates(right: string): string[] {
	const f = readFactDate(right);
	if (!f) return [];
	const out: string[] = [];
	const add = (from: PartialDate, to?: PartialDate) =>
		out.push(to ? `${iso(from)}/${iso(to)}` : iso(from));
	const { from, to } = f;
	if (to) {
		for (const k of [1, -1, 2, -2, 3, -3]) add(shiftMonths(from, k), shiftMonths(to, k));
	} else if (from.day !== undefined) {
		const last = daysInMonth(from.year, from.month!);
		for (const k of [3, -3, 7, -7]) {
			const day = from.day + k;
			if (day >= 1 && day <= last) add({ ...from, day });
		}
		for (const k of [1, -1, 2, -2]) add(shiftMonths(from, k));
	} else {
		for (const k of [1, -1, 2, -2, 3, -3, 4, -4]) add(shiftMonths(from, k));
	}
	return out;
}

function dateOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const right = (card.fact as { date: string }).date;
	const rightSpan = span(right);
	if (!rightSpan) return [];
	const yearOf = (date: string) => readFactDate(date)?.from.year ?? 0;
	const decade = Math.floor(yearOf(right) / 10);
	const shape = shapeOf(right);
	const candidates = new Map<string, Entry>();
	const consider = (date: string, invented: boolean) => {
		const s = span(date);
		if (!s || date === right || shapeOf(date) !== shape || candidates.has(date)) return;
		const distance = Math.abs(s[0] - rightSpan[0]);
		const sameDecade = Math.floor(yearOf(date) / 10) === decade;
		// The article's own dates first, then nearer ones; other decades last.
		const score = (invented ? 0 : 10_000) + (sameDecade ? 100_000 : 0) - Math.min(distance, 9_999);
		candidates.set(date, {
			text:
				index.dateLabels.get(date) ??
				(index.lang === 'en' ? dateLabelEnglish(date) : dateLabel(date)),
			id: date,
			score: score + random()
		});
	};
	for (const c of index.cards) if (c.fact.type === 'date') consider(c.fact.date, false);
	for (const d of nearbyDates(right)) consider(d, true);
	return [...candidates.values()];
}

function eventOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const right = (card.fact as { date: string }).date;
	const rightSpan = span(right);
	if (!rightSpan) return [];
	const out: Entry[] = [];
	for (const c of index.cards) {
		if (c.fact.type !== 'date' || c.fact.ask !== 'event') continue;
		const s = span(c.fact.date);
		// An event of the asked period would be a right answer too ("в 1920 г." and "в июле 1920 г.").
		if (!s || (s[0] <= rightSpan[1] && rightSpan[0] <= s[1])) continue;
		const distance = Math.abs(s[0] - rightSpan[0]);
		out.push({
			text: c.back,
			id: norm(c.back),
			score: -Math.min(distance, 9_999) + 300 * random()
		});
	}
	return out;
}

// ---- people, offices, stances ------------------------------------------------------------

/** Whether the text shows the surname in any case (its words given normalised). */
function mentionedIn(words: Set<string>, surname: string): boolean {
	for (const w of words) if (isSurnameForm(w, surname)) return true;
	return false;
}

/** Normalised words of a text that could be a surname (capitalised in the text). */
function capitalWords(text: string): Set<string> {
	return new Set((text.match(/(?<![\p{L}-])\p{Lu}[\p{L}-]+/gu) ?? []).map((w) => w.toLowerCase()));
}

function personOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const f = card.fact as Extract<Fact, { type: 'person' | 'post' }>;
	const rightId = norm(f.surname);
	const me = index.persons.get(rightId);
	const asked = f.type === 'post' ? stems(f.post) : (me?.stems ?? new Set<string>());
	const shown = capitalWords(card.front);
	const out: Entry[] = [];
	for (const [id, p] of index.persons) {
		if (id === rightId) continue;
		// Someone who held the asked office (or one naming it) would be right too.
		if (f.type === 'post' && p.posts.some((post) => covers(stems(post), asked))) continue;
		// People of the same kind: sharing words of their offices; officials before the rest.
		let score = 10 * shared(asked, p.stems) + (p.posts.length ? 5 : 0) + 4 * random();
		// A name the question itself shows gives the answer away.
		if (mentionedIn(shown, p.surname)) score -= 1000;
		out.push({ text: p.name, id, score });
	}
	return out;
}

function postOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const f = card.fact as Extract<Fact, { type: 'post' }>;
	const asked = stems(f.post);
	const own = index.persons.get(norm(f.surname))?.posts.map(stems) ?? [asked];
	const out: Entry[] = [];
	for (const c of index.cards) {
		if (c.fact.type !== 'post') continue;
		const s = stems(c.fact.post);
		// Any office this person held, or one naming the same office, would be right too.
		if (norm(c.fact.surname) === norm(f.surname) || own.some((o) => covers(o, s))) continue;
		out.push({
			text: caseLike(c.fact.post, card.back),
			id: norm(c.fact.post),
			score: 10 * shared(asked, s) + 4 * random()
		});
	}
	return out;
}

function holderId(holder: string): string {
	const p = personOf(holder);
	return p ? norm(p.surname) : norm(holder);
}

function holderOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const f = card.fact as Extract<Fact, { type: 'stance' }>;
	const rightId = holderId(f.holder);
	const rightIsPerson = personOf(f.holder) !== null;
	const sameStance = new Set<string>();
	for (const c of index.cards)
		if (c.fact.type === 'stance' && norm(c.fact.stance) === norm(f.stance))
			sameStance.add(holderId(c.fact.holder));
	const out: Entry[] = [];
	const add = (text: string, isPerson: boolean, bonus: number) => {
		const id = isPerson ? norm(personOf(text)?.surname ?? text) : norm(text);
		if (id === rightId || sameStance.has(id)) return;
		out.push({ text, id, score: (isPerson === rightIsPerson ? 100 : 0) + bonus + 4 * random() });
	};
	for (const c of index.cards)
		if (c.fact.type === 'stance') add(c.fact.holder, personOf(c.fact.holder) !== null, 10);
	// People who took no stance in the article are still people of the article.
	if (rightIsPerson) for (const p of index.persons.values()) add(p.name, true, 0);
	return out;
}

const quoted = (s: string) => /^[«"“„]/.test(s.trim());

function stanceOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const f = card.fact as Extract<Fact, { type: 'stance' }>;
	const rightHolder = holderId(f.holder);
	const year = f.date ? +f.date.slice(0, 4) : undefined;
	const out: Entry[] = [];
	for (const c of index.cards) {
		if (c.fact.type !== 'stance' || holderId(c.fact.holder) === rightHolder) continue;
		const y = c.fact.date ? +c.fact.date.slice(0, 4) : undefined;
		const near = year !== undefined && y !== undefined ? 10 - Math.min(10, Math.abs(year - y)) : 0;
		const text = c.fact.ask === 'stance' ? c.back : caseLike(c.fact.stance, card.back);
		// A quotation among paraphrases (or the other way round) would stand out.
		const alike = quoted(text) === quoted(card.back) ? 20 : 0;
		out.push({ text, id: norm(c.fact.stance), score: alike + near + 4 * random() });
	}
	// An article with one or two stances: the deeds the article tells of others ("возглавил
	// делегацию", an event's phrase) are the nearest wrong answers, ranked below real stances.
	if (out.length < 3)
		for (const c of index.cards) {
			const text =
				c.fact.type === 'person'
					? c.fact.role
					: c.fact.type === 'date' && c.fact.ask === 'event'
						? c.back
						: '';
			if (!text || text.length > 120 || norm(text) === norm(card.back)) continue;
			out.push({ text: caseLike(text, card.back), id: norm(text), score: -100 + random() });
		}
	return out;
}

function roleOptions(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const f = card.fact as Extract<Fact, { type: 'person' }>;
	const out: Entry[] = [];
	for (const c of index.cards)
		if (c.fact.type === 'person' && norm(c.fact.surname) !== norm(f.surname))
			out.push({ text: caseLike(c.fact.role, card.back), id: norm(c.fact.role), score: random() });
	return out;
}

function candidates(card: QuizCard, index: ArticleIndex, random: () => number): Entry[] {
	const f = card.fact;
	switch (f.type) {
		case 'date':
			return f.ask === 'date'
				? dateOptions(card, index, random)
				: eventOptions(card, index, random);
		case 'person':
			return f.ask === 'person'
				? personOptions(card, index, random)
				: roleOptions(card, index, random);
		case 'post':
			return f.ask === 'person'
				? personOptions(card, index, random)
				: postOptions(card, index, random);
		case 'stance':
			return f.ask === 'holder'
				? holderOptions(card, index, random)
				: stanceOptions(card, index, random);
	}
}

/**
 * Up to `count` wrong options for a card, best first. Reproducible: the same card, index and
 * seed give the same options.
 */
export function chooseDistractors(
	card: QuizCard,
	index: ArticleIndex,
	seed: number,
	count = 3
): string[] {
	const random = seededRandom(seed);
	const right = norm(card.back);
	const seenIds = new Set<string>();
	const seenTexts = new Set<string>([right]);
	const out: string[] = [];
	const sorted = candidates(card, index, random).sort((a, b) => b.score - a.score);
	for (const e of sorted) {
		const text = norm(e.text);
		if (!text || seenIds.has(e.id) || seenTexts.has(text)) continue;
		seenIds.add(e.id);
		seenTexts.add(text);
		out.push(e.text);
		if (out.length === count) break;
	}
	return shuffled(out, random);
}
