// Related cards ("siblings") and holding them back, as Anki buries siblings: once a card has been
// reviewed today, the new and review cards it would give away wait until the next study day.
// Nothing is stored: what is held back follows from today's review log, so an undo brings the
// cards back and the next day frees them by itself.
//
// Two cards are related when they share
// - a note (the forward and reverse cards of a two-way note, the gaps c1, c2 … of one cloze);
// - a fact, asked either way ("Когда был подписан договор?" and "Что произошло 16 апреля 1922 г.?",
//   "Какую должность занимал Копп?" and "Кто был представителем НКИД?"), in the decks of one article;
// - the source sentence shown on the back (a cloze made from a sentence and the generated card of
//   that sentence), in one article;
// - a person, when one card's answer is the person the other asks about ("Кто провёл переговоры в
//   Варшаве?" → Копп, and "Какую должность занимал Копп?"), in one article; unless that person is
//   in so many of the article's cards (the hero of a biography) that the name gives nothing away.
// Pure: the caller reads the cards and today's reviews.
import type { Fact } from '../deck/types';
import { foldCase } from '../text/normalize';

/** What a card's relations are read from (a stored card row has all of it). */
export interface SiblingCard {
	key: string;
	/** The card's article: its deck's source key (decks of one article share it). */
	article: string;
	noteId?: string;
	fact?: Fact;
	front: string;
	context?: string;
	source?: { start: number; end: number };
}

/** A card's relations: it holds back every card whose `own` meets its `buries`. */
export interface Ties {
	own: string[];
	buries: string[];
}

/** A person named in more of the article's cards than this is no give-away. */
export const PERSON_TIE_MAX = 8;

/** Lower case, ё as е, letters and digits only: "В. Л. Копп" and "в.л. копп" compare equal. */
function fold(text: string): string {
	return foldCase(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** A person's key in an article: the surname, else the name's last word ("Н. И. Бухарин"). */
function personKey(surname: string | undefined, name: string): string {
	return fold(surname || name.split(/\s+/).pop() || name);
}

function factKey(f: Fact): string {
	switch (f.type) {
		case 'date':
			return `d ${f.date} ${fold(f.event)}`;
		case 'person':
			return `p ${personKey(f.surname, f.person)} ${fold(f.role)}`;
		case 'post':
			return `o ${personKey(f.surname, f.person)} ${fold(f.post)}`;
		case 'stance':
			return `s ${fold(f.holder)} ${fold(f.stance)}`;
	}
}

/** The person a card's answer is, and the person its question asks about. */
function persons(f: Fact | undefined): { answers?: string; asks?: string } {
	if (!f || f.type === 'date') return {};
	if (f.type === 'stance') {
		const p = personKey(undefined, f.holder);
		return f.ask === 'holder' ? { answers: p } : { asks: p };
	}
	const p = personKey(f.surname, f.person);
	return f.ask === 'person' ? { answers: p } : { asks: p };
}

/**
 * The person a card names (its answer or its subject), as the article's person key: how many of an
 * article's cards name each person decides whether that person ties cards (PERSON_TIE_MAX).
 */
export function personNamed(f: Fact | undefined): string | undefined {
	const p = persons(f);
	return p.answers ?? p.asks;
}

/** A cloze card shows its gap as "[…]" (or "[hint]"); its context is the filled-in sentence. */
const isCloze = (front: string) => /\[[^\]]*\]/.test(front);

/** How many of an article's cards name a person (personNamed). */
export type NamedCount = (article: string, person: string) => number;

/**
 * The relations of each card, keyed by card key. `named`: how many of each article's cards name a
 * person; absent, `cards` are every card of their articles and are counted.
 */
export function siblingTies(cards: readonly SiblingCard[], named?: NamedCount): Map<string, Ties> {
	const count = named ?? countNamed(cards);
	const out = new Map<string, Ties>();
	for (const c of cards) {
		const a = c.article;
		const both: string[] = [];
		if (c.noteId) both.push(`n\n${c.noteId}`);
		if (c.fact) both.push(`f\n${a}\n${factKey(c.fact)}`);
		if (c.source) both.push(`o\n${a}\n${c.source.start}`);
		const sentence = c.context && (c.source || isCloze(c.front)) ? fold(c.context) : '';
		if (sentence) both.push(`c\n${a}\n${sentence}`);
		const own = [...both];
		const buries = [...both];
		const p = persons(c.fact);
		const who = p.answers ?? p.asks;
		if (who && count(a, who) <= PERSON_TIE_MAX) {
			// The answer "Копп" holds back the questions about Копп, and the other way round.
			const answers = `a\n${a}\n${who}`;
			const asks = `q\n${a}\n${who}`;
			own.push(p.answers ? answers : asks);
			buries.push(p.answers ? asks : answers);
		}
		out.set(c.key, { own, buries });
	}
	return out;
}

/** How many of `cards` name each person, per article. */
function countNamed(cards: readonly SiblingCard[]): NamedCount {
	const named = new Map<string, number>();
	for (const c of cards) {
		const who = personNamed(c.fact);
		if (who) named.set(`${c.article}\n${who}`, (named.get(`${c.article}\n${who}`) ?? 0) + 1);
	}
	return (article, who) => named.get(`${article}\n${who}`) ?? 0;
}

/**
 * The candidates held back today: those related to a card reviewed today. A card reviewed today
 * itself is never held back (it is in learning, or done for the day).
 */
export function heldBack(
	ties: ReadonlyMap<string, Ties>,
	reviewedToday: Iterable<string>,
	candidates: Iterable<string>
): Set<string> {
	const reviewed = new Set(reviewedToday);
	const buried = new Set<string>();
	for (const key of reviewed) for (const k of ties.get(key)?.buries ?? []) buried.add(k);
	const held = new Set<string>();
	if (!buried.size) return held;
	for (const key of candidates) {
		if (reviewed.has(key)) continue;
		if (ties.get(key)?.own.some((k) => buried.has(k))) held.add(key);
	}
	return held;
}
