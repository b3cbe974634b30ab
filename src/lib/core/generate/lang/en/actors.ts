// Actors: who did what. A clause whose subject is one named person and whose verb is a deed
// ("Khomeini appointed …", "Wolfe's army defeated …" is not one) is asked "Who appointed …?";
// a passive with a named agent is asked the same way ("The Soviet delegation was led by Georgy
// Chicherin" → "Who led the Soviet delegation?"). Saying and judging ("argued", "called") are
// stances, not deeds; "was" is an office.

import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import { dateSkip, datesWithin } from './events';
import type { Person } from '../person';
import { heroOf } from './coreference';
import { clauseOf, predicateIn, type Predicate, type Span } from './clauses';
import { hedged, kindOf } from './kinds';
import { isoYearLabel } from './dates';
import { storyYear } from '../../story-date';
import { partitionPoint } from '../../../util/search';
import { baseForm, participleOnly } from './verbs';
import {
	complementEnd,
	inside,
	mentionAt,
	objectNamed,
	subjectOf,
	VAGUE_OBJECT,
	words,
	type EnContext
} from './phrases';

const brackets = (doc: EnContext['doc']) => (i: number) =>
	/^[[\]]$/.test(doc.tokens[i]?.text ?? '');

/** Verbs of saying and judging: the stances' (stances.ts). */
const SAYING =
	/^(?:argued|insisted|feared|said|believed|called|protested|dismissed|condemned|accused|claimed|declared|told|wrote|thought|saw|hoped|wanted|refused|resented|suspected|denied|praised|criticised|criticized|warned|replied|answered|agreed|favored|favoured|preferred)$/;
const MAX_QUESTION = 150;
// ("Who upset both plans?", "Who had held his post?", "Who exploited the division?": the deed
// points back to what the sentence before told.)
const VAGUE_DEED =
	/\b(?:that|this|both|these|those) (?:post|office|position|role|job|title|seat|plans?|offers?|ideas?|steps?|sides?|powers?|men)\b|^(?:the|an?|his|her|their) (?:post|office|position|role|job|title|same|enemy|friend|mistake|choice|decision|promise|speech|statement|step|move|career|division|situation|opportunity|matter|question|issue|plan)$/i;
const VAGUE_TIME =
	/^(?:(?:a few|several|some|many|two|three|four|five|ten) \p{L}+ (?:later|earlier|afterwards)|soon after(?:wards)?|later|afterwards)$/u;

interface Deed {
	person: Person;
	question: string;
	clause: Span;
}

/** "Who appointed the speaker of parliament …?" from an active clause of one named subject. */
function activeDeed(
	ctx: EnContext,
	c: Span,
	p: Predicate,
	skip: (i: number) => boolean
): Deed | null {
	const { doc } = ctx;
	const s = subjectOf(ctx, c.from, p.aux ?? p.verb, skip);
	if (!s?.person) return null;
	const verb = doc.tokens[p.verb].text;
	if (SAYING.test(verb.toLowerCase())) return null;
	// "Santa Anna, beaten by the Americans, …": a participle alone is no deed of the name's.
	if (p.aux === undefined && participleOnly(verb)) return null;
	// "Santa Anna did not forget": what someone did not do is no deed to learn.
	if (/^(?:not|never|n't)$/i.test(doc.tokens[p.verb - 1]?.text ?? '')) return null;
	// The complement keeps its dates ("left the island on 26 February 1815").
	const stop = complementEnd(doc, p.verb + 1, c.to, false, brackets(doc), ctx);
	if (stop < 0) return null;
	// "supported Louis-Philippe and, at seventy-six, went …": the deed ends before the "and";
	// "suspended and later excommunicated him" has none of its own.
	const rest = objectNamed(ctx, words(doc, p.verb + 1, stop, brackets(doc)), p.verb, s.person)
		?.replace(/,? (?:and|or)$/, '')
		// 'with a "Punitive Expedition."': the sentence's full stop inside the quote is not the question's.
		.replace(/[.,](["”])$/u, '$1');
	if (
		!rest ||
		/^(?:and|or|but)\b/.test(rest) ||
		/^(?:that|those) of\b/.test(rest) ||
		rest.split(' ').length < 2 ||
		rest.split(' ').some((x) => VAGUE_OBJECT.test(x))
	)
		return null;
	// "Charles V, long occupied by wars with France, moved …": an "-ed" verb with its agent is a
	// participle set off after the name, not his deed ("Who occupied by wars …?"); "responded by
	// sending" is one.
	if (p.aux === undefined && /ed$/.test(verb) && /^by (?!\S+ing\b)/.test(rest)) return null;
	// "Who understood that Begin had?": a clause cut short.
	if (/\s(?:had|has|have|was|were|is|are|did|would|could)$/.test(rest)) return null;
	// "Who died a few days later?": a time that is no date leaves nothing to tell the deed by.
	if (VAGUE_TIME.test(rest)) return null;
	if (rest.includes(s.person.surname)) return null; // the answer in the question
	// "Who held the post?", "Who took both that office and …?", "Who made an enemy?": an object
	// that points back or names nothing in particular.
	if (VAGUE_DEED.test(rest) || /^(?:not|never)\b/i.test(rest)) return null;
	// "Who described his own role?": the object is the answer's own and tells nothing.
	if (/^(?:his|her|its|their) own\b/.test(rest)) return null;
	// "Jennifer Siegel has shown how …": the auxiliary stays ("Who has shown …?").
	const aux = p.aux !== undefined ? doc.tokens[p.aux].text.toLowerCase() + ' ' : '';
	return { person: s.person, question: `Who ${aux}${verb} ${rest}?`, clause: c };
}

/** "The Soviet delegation was led by Georgy Chicherin" → "Who led the Soviet delegation?". */
function agentDeed(
	ctx: EnContext,
	c: Span,
	p: Predicate,
	skip: (i: number) => boolean
): Deed | null {
	const { doc } = ctx;
	const by = p.participle! + 1;
	if (doc.tokens[by]?.text !== 'by') return null;
	// "was led by the Chancellor Alexander Gorchakov": the title's article comes first.
	const at = doc.tokens[by + 1]?.text === 'the' && ctx.people.has(by + 2) ? by + 2 : by + 1;
	const agent = ctx.people.get(at);
	const m0 = mentionAt(ctx, at);
	const m = m0 && m0.tokens[0] === at ? m0 : undefined;
	if (!agent || !m) return null;
	const after = doc.tokens[m.tokens[1]];
	if (after && !/^[,.;]$/.test(after.text)) return null;
	// "… by Benjamin Disraeli, Earl of Beaconsfield, and by Lord Salisbury": not his alone.
	const end = doc.sentenceTokens[doc.tokens[by].sentence][1];
	for (let k = m.tokens[1]; k + 1 < end; k++)
		if (doc.tokens[k].text === 'and' && doc.tokens[k + 1].text === 'by') return null;
	const s = subjectOf(ctx, c.from, p.aux ?? p.verb, skip);
	if (!s || s.person) return null;
	return {
		person: agent,
		question: `Who ${doc.tokens[p.participle!].text} ${inside(s.text)}?`,
		clause: c
	};
}

/**
 * "Who took the oath of office three days later?" reads "… on 10 April 1953?": a relative or
 * yearless date in the question is written out as the date it stands for.
 */
function resolvedDates(
	text: string,
	q: string,
	dates: DateMention[],
	from: number,
	to: number
): string {
	for (const d of dates) {
		if (d.start < from || d.end > to) continue;
		const written = text.slice(d.start, d.end);
		// (A count the clause restates as a date, dates.ts: restated, is read as that date: "died
		// less than two months later, on 21 October 1422" asks "Who died on 21 October 1422?".)
		if (d.explicitYear && d.rule !== 'relative') continue;
		q = d.rule === 'relative' ? q.replace(written, d.when) : q.replace(written, d.label);
	}
	return q;
}

/**
 * Words that turn the story's time ("Later …", "had been", "for nine years") or give the clause
 * a time of its own ("when", "until"): the year just told is not the deed's.
 */
const TIME_TURN =
	/\b(?:later|afterwards?|subsequently|eventually|earlier|previously|before|after|then|soon|once|when|while|until|till|since|always|never|often|gradually|increasingly|again|meanwhile|years|decades|months|weeks|days|lifetime|life|childhood|youth|had|would|'d)\b/i;

const NOT_A_NOUN =
	/^(?:he|she|it|they|we|i|who|which|that|was|were|is|are|been|be|had|has|have|and|or|also|then|later|finally|first|soon|only)$/i;

/**
 * "Höfði, a house built in 1909": a participle after a noun describes a thing's past; its year is
 * not the story's ("He resigned in 1890", "Bismarck resigned in 1890" tell the story).
 */
function described(doc: EnContext['doc'], d: DateMention): boolean {
	const toks = doc.tokens;
	let j = partitionPoint(toks.length, (i) => toks[i].start < d.start);
	const prep = /^(?:in|on|by|around|about|circa|c)$/i;
	if (prep.test(toks[j]?.text ?? '')) j++;
	const part = prep.test(toks[j - 1]?.text ?? '') ? j - 2 : j - 1;
	const prev = toks[part - 1];
	if (part < 1 || !baseForm(toks[part].text) || !prev || prev.kind !== 'word') return false;
	return !prev.cap && !NOT_A_NOUN.test(prev.text);
}

/**
 * "Who became Imperial Chancellor?" fits every chancellor: a clause without a date of its own
 * takes the year the story has reached (story-date.ts), unless its sentence turns the time.
 */
function withStoryYear(
	ctx: EnContext,
	question: string,
	story: { dates: DateMention[]; told: ReadonlySet<DateMention> },
	c: Span,
	p: Predicate
): string {
	const { doc } = ctx;
	const t = doc.tokens[c.from];
	// "had seen", "would sign": another time; "Richard Hall has shown": the historian's present.
	if (p.aux !== undefined && /^(?:had|would|has|have)$/i.test(doc.tokens[p.aux].text))
		return question;
	const year = storyYear(doc, story.dates, t.start, {
		yearOf: (d) => (described(doc, d) ? undefined : isoYearLabel(d.iso)),
		told: story.told
	});
	if (!year || TIME_TURN.test(doc.sentences[t.sentence].text)) return question;
	return question.replace(/\?$/, ` in ${year}?`);
}

/**
 * Of the person the article is about (coreference.ts: heroOf) only the weightiest deed, as the
 * Russian pack does (ru/actors.ts): every "Who …?" of a biography would have its hero for the
 * answer, and the dates deck asks those deeds already. (Others keep every deed: "Who crossed the
 * Rubicon in January 49 BC?" is one of several of Caesar's worth asking.)
 */
function perPerson(facts: FactDraft[], ctx: EnContext): FactDraft[] {
	const hero = heroOf(ctx.doc, ctx.people);
	const by = new Map<Person, FactDraft[]>();
	for (const f of facts) by.set(f.persons[0], [...(by.get(f.persons[0]) ?? []), f]);
	const keep = new Set<FactDraft>();
	for (const [p, own] of by)
		[...own]
			.sort((a, b) => b.weight - a.weight)
			.forEach((f, i) => (i === 0 || p !== hero) && keep.add(f));
	return facts.filter((f) => keep.has(f));
}

export function actorFacts(
	ctx: EnContext,
	dates: DateMention[],
	told: ReadonlySet<DateMention> = new Set()
): FactDraft[] {
	const { doc } = ctx;
	const { skip } = dateSkip(doc, dates);
	const out: FactDraft[] = [];
	const seen = new Set<number>();
	for (const [sf, st] of doc.sentenceTokens) {
		for (let k = sf; k < st;) {
			const c = clauseOf(doc, k);
			k = Math.max(k + 1, c.to + 1);
			if (seen.has(c.from)) continue;
			seen.add(c.from);
			const p = predicateIn(doc, c.from, c.to, skip);
			if (!p) continue;
			const deed =
				p.kind === 'active'
					? activeDeed(ctx, c, p, skip)
					: p.kind === 'passive'
						? agentDeed(ctx, c, p, skip)
						: null;
			if (!deed || deed.question.length > MAX_QUESTION) continue;
			const text = doc.text.slice(doc.tokens[c.from].start, doc.tokens[c.to - 1].end);
			const kind = kindOf(text);
			// The clause's date stays in the question: "Who … in June 1988?".
			const a = doc.tokens[c.from].start;
			const z = doc.tokens[c.to - 1].end;
			// A date before the verb is not in the complement: "In 1951 he entered …" asks "Who
			// entered … in 1951?".
			const v = doc.tokens[p.verb].start;
			const near = datesWithin(dates, a, z);
			const d = near.find((x) => x.end <= v);
			const inRest = near.some((x) => x.start >= v);
			if (d && p.kind === 'active' && !inRest)
				deed.question = deed.question.replace(/\?$/, ` ${d.when}?`);
			deed.question = resolvedDates(doc.text, deed.question, dates, v, z);
			if (!near.length) deed.question = withStoryYear(ctx, deed.question, { dates, told }, c, p);
			const role = deed.question.replace(/^Who /, '').replace(/\?$/, '');
			out.push({
				sentence: doc.tokens[c.from].sentence,
				clause: [doc.tokens[c.from].start, doc.tokens[c.to - 1].end],
				kind: kind.kind,
				weight: kind.weight,
				persons: [deed.person],
				cards: [
					{
						deck: 'actors',
						front: deed.question,
						back: deed.person.name,
						fact: {
							type: 'person',
							ask: 'person',
							person: deed.person.name,
							surname: deed.person.surname,
							role
						}
					}
				],
				key: `actor|${doc.tokens[c.from].start}|${deed.person.name}`,
				hedged: hedged(text)
			});
		}
	}
	return perPerson(out, ctx);
}
