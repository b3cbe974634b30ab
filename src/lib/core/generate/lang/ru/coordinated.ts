// A date that times the second of two predicates joined by "и", with their one subject before
// the first: "Русская армия перешла Балканы и 20 января 1878 г. заняла Адрианополь", "Юрий
// Дмитриевич разгромил племянника под Ростовом и 31 марта 1434 г. вступил в Москву". The clause's
// first predicate is nearer another date (or none), so the statement reader leaves this one; the
// card is the subject with the second predicate: "Когда русская армия заняла Адрианополь?".

import type { DateMention } from '../date';
import type { Person } from '../person';
import { clauseOf, isPredicate, render } from './clauses';
import type { EventContext } from './events';
import type { Words } from './words';

/** The subject before the first predicate `p1`: a person, or a nominative noun with its adjectives. */
function subjectBefore(
	ctx: EventContext,
	from: number,
	p1: number,
	dated: (i: number) => boolean
): { from: number; to: number; person: Person | null } | null {
	const { w } = ctx;
	let k = p1 - 1;
	const top = (i: number) => w.info(i).analyses.find((a) => a.known);
	while (k >= from && (dated(k) || top(k)?.pos === 'ADVB' || top(k)?.pos === 'PRCL')) k--;
	if (k < from) return null;
	const person = ctx.people.get(k) ?? null;
	if (person) {
		const m = person.mentions.find((x) => x.tokens[0] <= k && x.tokens[1] > k)!;
		return { from: m.tokens[0], to: m.tokens[1], person };
	}
	const noun = w.info(k).analyses.find((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn');
	// (A capitalised word that is no known person is a name the card cannot write in: none.)
	if (!noun || w.doc.tokens[k].kind !== 'word' || w.doc.tokens[k].cap) return null;
	let a = k;
	while (
		a - 1 >= from &&
		w
			.info(a - 1)
			.analyses.some((x) => x.known && x.pos === 'ADJF' && x.case === 'nomn' && x.lemma !== 'сам')
	)
		a--;
	return { from: a, to: k + 1, person: null };
}

/**
 * The subject agrees with the second verb ("армия … заняла"; not "армия под командованием Голицына
 * … заняла" read as Голицын): its gender, or its number, and a person named in the nominative.
 */
function agrees(
	w: Words,
	s: { from: number; to: number; person: Person | null },
	verb: { gender?: string; number?: string }
): boolean {
	const doc = w.doc;
	if (s.person) {
		const last = doc.tokens[s.to - 1].text;
		// Named in the nominative: the mention ends on a word of the nominative name.
		if (!s.person.name.split(' ').includes(last)) return false;
		return verb.number === 'plur' || verb.gender === (s.person.gender === 'femn' ? 'femn' : 'masc');
	}
	const noun = w
		.info(s.to - 1)
		.analyses.find((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn');
	if (!noun) return false;
	if (noun.number === 'plur' || verb.number === 'plur') return noun.number === verb.number;
	return noun.gender === verb.gender;
}

/** "Когда <subject> <second predicate …>?" for the date at tokens [df, dt), or null. */
export function secondOfTwo(
	ctx: EventContext,
	dates: DateMention[],
	df: number,
	dt: number
): { text: string; clause: [number, number]; persons: Person[]; tokens: [number, number] } | null {
	const { w } = ctx;
	const doc = w.doc;
	if (doc.tokens[df - 1]?.text !== 'и') return null;
	const c = clauseOf(w, df, dt);
	let p1 = -1;
	for (let i = c.from; i < df - 1 && p1 < 0; i++) if (isPredicate(w, i)) p1 = i;
	let p2 = -1;
	for (let i = dt; i < c.to && p2 < 0; i++) if (isPredicate(w, i)) p2 = i;
	if (p1 < 0 || p2 < 0) return null;
	// A finite past deed ("заняла"), not the present of a note ("даты приводятся") nor a participle
	// whose "был" stays with the first ("был схвачен … и 16 февраля ослеплён").
	const verb = w.info(p2).analyses.find((a) => a.known && a.pos === 'VERB' && a.tags.has('past'));
	if (!verb) return null;
	// The words between the date and the second verb are its own ("во второй раз"); nothing else.
	for (let i = dt; i < p2; i++) if (doc.tokens[i].kind === 'punct') return null;
	const dated = (i: number) =>
		dates.some((x) => doc.tokens[i].start >= x.start && doc.tokens[i].end <= x.end);
	const s = subjectBefore(ctx, c.from, p1, dated);
	if (!s || !agrees(w, s, verb)) return null;
	const rest = render(doc, dt, c.to);
	// A pronoun or another date in what is asked points outside the card.
	if (/(?:^|\s)(?:его|её|ее|их|им|ему|ей|он|она|они|этот|эта|это|этом|этой)(?:\s|$)/iu.test(rest))
		return null;
	for (let i = dt; i < c.to; i++) if (dated(i)) return null;
	const subject = render(doc, s.from, s.to);
	const lead = s.person ? s.person.name : subject.charAt(0).toLowerCase() + subject.slice(1);
	const text = `${lead} ${rest}`.replace(/[,;:.]+$/u, '');
	if (text.split(' ').length < 3) return null;
	return {
		text,
		clause: [doc.tokens[c.from].start, doc.tokens[c.to - 1].end],
		persons: s.person ? [s.person] : [],
		tokens: [dt, c.to]
	};
}
