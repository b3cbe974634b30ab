// The year a story has reached when a clause names none. A card asked "Кто вступил на престол?"
// or "Who became Imperial Chancellor?" fits every reign and every chancellor; the sentence before
// it usually dates it ("1 марта 1881 г. народовольцы убили императора Александра II. На престол
// вступил его сын Александр III"), so the question can carry that year. The same for every
// language: the caller says which words turn the story's time (a flashback, "later") and writes
// the year in its own words.

import type { Doc } from './doc';
import type { DateMention } from './lang/date';
import type { FactDraft } from './facts';
import { partitionPoint } from '../util/search';

/**
 * Whether offset `at` stands inside brackets opened after `from`, nested ones counted: "(17 (29)
 * июня 1849, Тифлис — 28 февраля (13 марта) 1915, Петроград)" holds its second day too, a reign's
 * or a life's span.
 */
export function bracketedAt(text: string, at: number, from = Math.max(0, at - 300)): boolean {
	let depth = 0;
	for (let i = from; i < at; i++)
		if (text[i] === '(') depth++;
		else if (text[i] === ')') depth = Math.max(0, depth - 1);
	return depth > 0;
}

/**
 * The year, as the language writes it (`yearOf`), of the last date before `at` (a clause's
 * start) in its sentence or the one before it, when both are in one paragraph: a point (not a
 * range), with a year, not coarse (a decade or "в начале XX в."), not in brackets, and a date some
 * date fact was made of (`told`, see toldDates). None when those sentences name two different
 * years: which one goes on is not sure.
 */
export function storyYear(
	doc: Doc,
	dates: DateMention[],
	at: number,
	lang: { yearOf: (d: DateMention) => string | undefined; told: ReadonlySet<DateMention> }
): string | undefined {
	const here =
		doc.sentences[partitionPoint(doc.sentences.length, (i) => doc.sentences[i].end <= at)];
	if (!here || here.start > at) return undefined;
	const before = doc.sentences[here.index - 1];
	const from = before && before.paragraph === here.paragraph ? before.start : here.start;
	const lo = partitionPoint(dates.length, (i) => dates[i].start < from);
	const seen: DateMention[] = [];
	for (let k = lo; k < dates.length && dates[k].end <= at; k++) seen.push(dates[k]);
	const last = seen[seen.length - 1];
	if (!last || last.coarse || last.iso.includes('/') || !/^-?\d{3,4}/.test(last.iso))
		return undefined;
	if (!lang.told.has(last) || bracketedAt(doc.text, last.start)) return undefined;
	const year = lang.yearOf(last);
	if (seen.some((d) => !d.coarse && lang.yearOf(d) !== year)) return undefined;
	return year;
}

/**
 * The dates some date fact was made of: the story's time is what it tells as events ("Höfði, a
 * house built in 1909 for the French consul" tells a house's age, not the story's year).
 */
export function toldDates(
	facts: readonly FactDraft[],
	dates: readonly DateMention[]
): Set<DateMention> {
	const told = new Set<DateMention>();
	for (const f of facts) {
		const [kind, , iso] = f.key.split('|');
		if (kind !== 'date') continue;
		const lo = partitionPoint(dates.length, (i) => dates[i].start < f.clause[0]);
		for (let k = lo; k < dates.length && dates[k].start < f.clause[1]; k++)
			if (dates[k].iso === iso) told.add(dates[k]);
	}
	return told;
}
