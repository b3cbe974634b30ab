// Selection: what is worth learning. Every fact is scored by its kind (the language pack's
// weights: treaties, conferences, wars, decisions, appointments high; a single letter or remark
// low), by how central its persons are across the article, and by whether the text vouches for
// it; the best are the core, the rest details, the weakest are dropped. One fact is asked once:
// facts are deduplicated by their identity and by their question across all three decks.

import type { CardDraft, FactDraft } from './facts';
import type { Person } from './lang/person';
import { partitionPoint } from '../util/search';
import { yo } from '../text/fold';

export type Worth = 'core' | 'detail';

export interface Selected {
	fact: FactDraft;
	card: CardDraft;
	worth: Worth;
	score: number;
}

/** How central a person is: mentions across the article, on a log scale (0 for a single mention). */
function centrality(p: Person): number {
	return Math.log2(p.mentions.length);
}

export function score(f: FactDraft): number {
	const people = f.persons.length ? Math.max(...f.persons.map(centrality)) : 0;
	// A letter, remark or speech stays one, whoever made it: no bonus for its author's fame.
	const bonus = f.weight >= 1 ? Math.min(1.5, people / 2) : 0;
	return f.weight + bonus - (f.hedged ? 2 : 0);
}

/** Core from this score up; below DROP a fact is not worth a card (a letter or a remark). */
export const CORE = 3;
export const DROP = 1;

const norm = (s: string) =>
	yo(s)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/**
 * Whether the article dates anything else inside `outer` ("1918-03-03" inside "1918"; inside a span
 * by its start). Dates sorted once, each question a binary search: linear in the article.
 */
function datesInside(sorted: string[], outer: string): boolean {
	const [o, oz] = outer.split('/');
	const from = partitionPoint(sorted.length, (i) => sorted[i] < o);
	for (let k = from; k < sorted.length; k++) {
		const d = sorted[k];
		const inside = oz ? d <= oz + '\uffff' : d.startsWith(o);
		if (!inside) return false;
		if (d !== outer) return true;
	}
	return false;
}

/**
 * "Что произошло в 1918 г.?" cannot be answered when the article dates other facts inside 1918:
 * such date → event cards are left out (the event → date card of the same fact stays).
 */
function ambiguousByDate(facts: FactDraft[]): Set<CardDraft> {
	const dates = facts
		.flatMap((f) => f.cards.map((c) => (c.fact.type === 'date' ? c.fact.date : '')))
		.filter(Boolean)
		.sort();
	const out = new Set<CardDraft>();
	for (const f of facts)
		for (const c of f.cards)
			if (c.fact.type === 'date' && c.fact.ask === 'event' && datesInside(dates, c.fact.date))
				out.add(c);
	return out;
}

/**
 * "Когда договор был подписан?" beside "Когда был подписан Брестский мир?" on the same date: the
 * same event told twice, once without its name. The unnamed one (no capitalised word after its
 * first) goes.
 */
function unnamedTwins(facts: FactDraft[]): Set<FactDraft> {
	const named = (f: FactDraft) => /\s\p{Lu}/u.test(f.cards[0]?.front ?? '');
	const byDate = new Map<string, FactDraft[]>();
	for (const f of facts) {
		const c = f.cards[0];
		if (c?.fact.type !== 'date') continue;
		const k = `${c.fact.date}|${f.kind}`;
		const list = byDate.get(k);
		if (list) list.push(f);
		else byDate.set(k, [f]);
	}
	const out = new Set<FactDraft>();
	for (const list of byDate.values())
		if (list.length > 1 && list.some(named)) for (const f of list) if (!named(f)) out.add(f);
	return out;
}

/** Content-word stems of an event's text: words of four letters and more, cut to five. */
const stems = (s: string) =>
	new Set(
		norm(s)
			.split(' ')
			.filter((x) => x.length >= 4)
			.map((x) => x.slice(0, 5))
	);

/**
 * A textbook's "Основные даты" list repeats its chapter: "Когда произошло положение о
 * военно-полевых судах?" beside "Когда было издано положение о военно-полевых судах?", on the same
 * date. Of two events on one date whose words mostly agree, the weightier (else the longer) stays.
 */
function toldTwice(facts: FactDraft[]): Set<FactDraft> {
	const byDate = new Map<string, { f: FactDraft; date: string; words: Set<string> }[]>();
	for (const f of facts) {
		const c = f.cards[0]?.fact;
		if (c?.type !== 'date') continue;
		// By year: a dates list's "1433 — битва на реке Клязьме" repeats "25 апреля 1433 г. на реке
		// Клязьме войска Юрия разбили Василия II" of the chapter.
		const key = c.date.slice(0, 4);
		const list = byDate.get(key) ?? [];
		// Not the persons' names: "Caesar was named dictator" and "Caesar was stabbed" that year share
		// "Gaius Julius Caesar" and nothing else.
		const names = stems(f.persons.map((p) => p.name).join(' '));
		const words = new Set([...stems(c.event)].filter((x) => !names.has(x)));
		list.push({ f, date: c.date, words });
		byDate.set(key, list);
	}
	const out = new Set<FactDraft>();
	for (const list of byDate.values()) {
		if (list.length < 2 || list.length > 12) continue; // a busy date is compared no further
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i], list[j]];
				// The same date, or one the other's more precise form ("1433" and "1433-04-25").
				if (!a.date.startsWith(b.date) && !b.date.startsWith(a.date)) continue;
				const shared = [...a.words].filter((x) => b.words.has(x)).length;
				if (shared < 2 || shared < 0.6 * Math.min(a.words.size, b.words.size)) continue;
				// The more precise date stays, then the weightier, then the longer.
				const keepA =
					a.date.length !== b.date.length
						? a.date.length > b.date.length
						: a.f.weight > b.f.weight ||
							(a.f.weight === b.f.weight && a.words.size >= b.words.size);
				out.add(keepA ? b.f : a.f);
			}
	}
	return out;
}

/**
 * "Кто в 1665 году был назначен воеводой в Псков?" beside "Кто был воеводой в Пскове в 1665 г.?":
 * an appointment asked in the actors deck and again as the office. The positions deck keeps it
 * (it also asks the office back); the actors card goes when its sentence and person are the office's
 * and its words hold the office's head word.
 */
function officeAsDeed(facts: FactDraft[]): Set<FactDraft> {
	const posts = facts.flatMap((f) =>
		f.cards
			.filter((c) => c.fact.type === 'post')
			.map((c) => ({ f, fact: c.fact as Extract<CardDraft['fact'], { type: 'post' }> }))
	);
	const out = new Set<FactDraft>();
	for (const f of facts) {
		const c = f.cards[0];
		if (c?.deck !== 'actors' || c.fact.type !== 'person') continue;
		const role = norm(c.fact.role).split(' ');
		const { person } = c.fact;
		if (
			posts.some(
				(p) =>
					p.fact.person === person &&
					p.f.sentence === f.sentence &&
					role.some((w) => w.length > 3 && w.slice(0, 5) === norm(p.fact.post).slice(0, 5))
			)
		)
			out.add(f);
	}
	return out;
}

/** Stems of an event's names (capitalised words, after `from` words): "Василия I" → "васил". */
const nameStems = (event: string, from = 0) =>
	new Set(
		event
			.split(/\s+/u)
			.slice(from)
			.filter((x) => /^\p{Lu}\p{Ll}{3,}/u.test(x))
			.map((x) => yo(x.toLowerCase()).slice(0, 5))
	);

/**
 * A textbook's "Запомните даты" asks the chapter again in other words: "Когда произошла смерть
 * Василия I? → 1425" beside "Когда умер великий князь Василий I? → 27 февраля 1425 г.". A
 * "произошла …" fact whose year a told event of the same year and a shared name already asks, at
 * the same date or a more precise one, goes.
 */
function listRepeats(facts: FactDraft[]): Set<FactDraft> {
	const told = facts.flatMap((f) => {
		const c = f.cards[0]?.fact;
		return c?.type === 'date' && !/^Произош/u.test(c.event)
			? [{ f, date: c.date, names: nameStems(c.event) }]
			: [];
	});
	const out = new Set<FactDraft>();
	for (const f of facts) {
		const c = f.cards[0]?.fact;
		if (c?.type !== 'date' || !/^Произош/u.test(c.event)) continue;
		const names = nameStems(c.event, 1); // after "Произошла"
		const common = (t: { names: Set<string> }) => [...names].filter((n) => t.names.has(n)).length;
		// The same day and a name in common: "5 марта 1953 г. — смерть И. В. Сталина" after "умер
		// И. В. Сталин" that day.
		if (!/^\d{4}$/u.test(c.date)) {
			if (names.size && told.some((t) => t.f !== f && t.date === c.date && common(t) >= 1))
				out.add(f);
			continue;
		}
		// Two names in common when it has two ("освобождение Москвы Вторым ополчением" is more than
		// a battle "под Москвой" that year).
		const need = Math.min(2, names.size);
		if (need && told.some((t) => t.date.startsWith(c.date) && common(t) >= need)) out.add(f);
	}
	return out;
}

/**
 * "Кто весной 1962 г. предложил руководству страны «подбросить ежа…»?" → Хрущёв beside "Что
 * предложил Хрущёв?" → "руководству страны «подбросить ежа…»": one proposal asked in the actors and
 * the positions deck. The positions deck is where a stance is asked; the actors card goes when it
 * holds the words of its person's stance.
 */
function deedAsStance(facts: FactDraft[]): Set<FactDraft> {
	const stances = facts.flatMap((f) =>
		f.cards.flatMap((c) =>
			c.fact.type === 'stance' && c.fact.ask === 'stance'
				? [{ holder: c.fact.holder, words: norm(c.back) }]
				: []
		)
	);
	const out = new Set<FactDraft>();
	for (const f of facts)
		for (const c of f.cards)
			if (
				c.deck === 'actors' &&
				c.fact.type === 'person' &&
				stances.some(
					(x) =>
						x.holder === (c.fact as { person: string }).person && norm(c.front).includes(x.words)
				)
			)
				out.add(f);
	return out;
}

/**
 * "Кто 22 августа 1996 г. подписал соглашение о прекращении огня?" beside the dates deck's "Что
 * произошло 22 августа 1996 г.?" → "Лебедь и Масхадов подписали соглашение …": the same cue and
 * the same answer (raters' most common duplicate in both languages). Where the actors deck asks
 * who did a dated deed, the dates deck keeps its event → date card and gives up its date → event
 * card, so the fact is asked from two sides, each once.
 */
function reverseAsDeed(facts: FactDraft[]): Set<CardDraft> {
	const deeds = facts.filter((f) =>
		f.cards.some((c) => c.deck === 'actors' && c.fact.type === 'person')
	);
	const out = new Set<CardDraft>();
	for (const f of facts)
		for (const c of f.cards) {
			if (c.fact.type !== 'date' || c.fact.ask !== 'event') continue;
			const asked = deeds.some(
				(d) =>
					d.sentence === f.sentence &&
					d.clause[0] < f.clause[1] &&
					f.clause[0] < d.clause[1] &&
					d.persons.some((p) => f.persons.includes(p))
			);
			if (asked) out.add(c);
		}
	return out;
}

export function select(facts: FactDraft[]): Selected[] {
	const asStance = deedAsStance(facts);
	facts = facts.filter((f) => !asStance.has(f));
	const twins = unnamedTwins(facts);
	const twice = toldTwice(facts);
	const appointed = officeAsDeed(facts);
	const repeats = listRepeats(facts);
	facts = facts.filter(
		(f) => !twins.has(f) && !twice.has(f) && !appointed.has(f) && !repeats.has(f)
	);
	const vague = ambiguousByDate(facts);
	const scored = facts
		.map((f) => ({ f, s: score(f) }))
		.filter((x) => x.s >= DROP)
		.sort((a, b) => b.s - a.s || a.f.clause[0] - b.f.clause[0]);
	const asked = reverseAsDeed(scored.map((x) => x.f));
	// A question with several right answers in this article ("Что произошло в 1922 г.?" when two
	// events of 1922 are asked) is ambiguous: none of its cards is kept.
	const answers = new Map<string, Set<string>>();
	for (const { f } of scored)
		for (const c of f.cards) {
			const cue = `${c.deck}|${norm(c.front)}`;
			answers.set(cue, (answers.get(cue) ?? new Set()).add(norm(c.back)));
		}
	const keys = new Set<string>();
	const fronts = new Set<string>();
	const out: Selected[] = [];
	for (const { f, s } of scored) {
		if (keys.has(f.key)) continue;
		keys.add(f.key);
		for (const card of f.cards) {
			const q = norm(card.front) + '→' + norm(card.back);
			const cue = `${card.deck}|${norm(card.front)}`;
			if (fronts.has(q) || fronts.has(cue) || answers.get(cue)!.size > 1 || vague.has(card))
				continue;
			// (Given up only when its event → date card was kept: otherwise it is the fact's one card.)
			if (asked.has(card) && out.some((x) => x.fact === f)) continue;
			fronts.add(q);
			fronts.add(cue);
			out.push({ fact: f, card, worth: s >= CORE && !f.hedged ? 'core' : 'detail', score: s });
		}
	}
	return out;
}
