// Stances: who stood for what, read where the text says it with a verb of position and its topic:
// "Франция выступала против пересмотра договора" → "Против чего выступала Франция?" →
// "пересмотра договора"; "Чехословакия сохраняла благожелательный нейтралитет в советско-польской
// войне" → "Какую позицию занимала Чехословакия в советско-польской войне?". The holder is a
// person, a state, or a body (government, party, historians); a stance without its topic is not
// asked (RUBRIC.md: "ambiguous").

import type { FactDraft } from '../../facts';
import type { Person } from '../person';
import { clauseOf, groups, isPredicate, render } from './clauses';
import { hedged } from './lexicon';
import stanceLexicon from './lexicon/stances.json';
import type { EventContext } from './events';
import { inflectPhrase, upperFirst } from './phrases';
import { yo, type Words } from './words';

interface Pattern {
	verb: string;
	prep?: string;
	case?: string;
	topic?: string;
	question: string;
}

const PATTERNS = stanceLexicon.patterns as Pattern[];
const GROUPS = new Set(stanceLexicon.groups);

interface Holder {
	name: string;
	from: number;
	to: number;
	person?: Person;
	plural: boolean;
}

/** The subject before a verb: a person, a state or a body in the nominative. */
function holderBefore(ctx: EventContext, from: number, verb: number): Holder | null {
	const { w } = ctx;
	const doc = w.doc;
	// The subject stands right before the verb, an adverb or two between ("Франция упорно выступала").
	for (let k = verb - 1; k >= from && k >= verb - 3; k--) {
		const p = ctx.people.get(k);
		if (p) {
			const m = p.mentions.find((x) => x.tokens[0] <= k && x.tokens[1] > k)!;
			// "во главе с Бухариным": only a name in the nominative is the subject.
			const last = doc.tokens[m.tokens[1] - 1].text;
			if (yo(last) !== yo(p.surname.split(' ').pop() ?? '')) return null;
			return { name: p.name, from: m.tokens[0], to: m.tokens[1], person: p, plural: false };
		}
		// "приехал в Берлин и добился": a conjunction ends the search (the dictionary also knows
		// "и" as a letter, a noun), and a noun after a preposition is no subject.
		const fn = w.info(k).analyses.some((a) => a.known && (a.pos === 'CONJ' || a.pos === 'PREP'));
		const afterPrep = w.info(k - 1)?.analyses.some((a) => a.known && a.pos === 'PREP');
		if (doc.tokens[k].kind === 'word' && (fn || afterPrep)) return null;
		if (
			doc.tokens[k].kind === 'word' &&
			!w.info(k).analyses.some((a) => a.known && (a.pos === 'ADVB' || a.pos === 'PRCL'))
		) {
			if (!w.info(k).analyses.some((a) => a.known && a.pos === 'NOUN' && a.case === 'nomn'))
				return null;
		}
		const t = doc.tokens[k];
		if (t.kind !== 'word') return null;
		const nom = w
			.info(k)
			.analyses.find(
				(a) =>
					a.known &&
					a.pos === 'NOUN' &&
					a.case === 'nomn' &&
					(a.tags.has('Geox') || a.tags.has('Orgn') || t.acronym || GROUPS.has(yo(a.lemma)))
			);
		if (nom) {
			// The holder with its adjectives ("советское правительство", "английская дипломатия").
			let a = k;
			while (a > from && w.info(a - 1).analyses.some((x) => x.pos === 'ADJF' && x.case === 'nomn'))
				a--;
			const name = inflectPhrase(w, a, k, k + 1, 'nomn') ?? doc.tokens[k].text;
			const keepCap = t.cap && (t.acronym || nom.tags.has('Geox') || nom.tags.has('Orgn'));
			return {
				name: keepCap || a < k ? capFirstIfProper(w, a, name) : name,
				from: a,
				to: k + 1,
				plural: nom.number === 'plur'
			};
		}
	}
	return null;
}

function capFirstIfProper(w: Words, a: number, name: string): string {
	return w.doc.tokens[a].cap && w.doc.firstWord[w.doc.tokens[a].sentence] !== a
		? name
		: name.charAt(0).toLowerCase() + name.slice(1);
}

/** The topic phrase after token k: up to the end of the clause, a comma or a new verb. */
function phraseAfter(w: Words, k: number, to: number): [number, number] {
	const doc = w.doc;
	let z = k;
	let joined = false;
	while (z < to && z - k < (joined ? 16 : 10)) {
		const t = doc.tokens[z];
		if (t.kind === 'punct' && t.text !== '-' && t.text !== '«' && t.text !== '»') break;
		// "требовал свободы рук и сближения с Францией": "и" joins a second object in the first's case.
		if (z > k && t.text === 'и' && !joined && sameCaseAfterAnd(w, k, z)) {
			joined = true;
			z++;
			continue;
		}
		if (
			z > k &&
			(isPredicate(w, z) || /^(?:и|а|но|что|чтобы|который|которая|которые)$/iu.test(t.text))
		)
			break;
		z++;
	}
	return [k, z];
}

/** Whether the noun after "и" at `and` is in the case of the phrase's first noun (from `k`). */
function sameCaseAfterAnd(w: Words, k: number, and: number): boolean {
	const nounCases = (i: number) =>
		new Set(
			w
				.info(i)
				.analyses.filter((a) => a.known && a.pos === 'NOUN' && a.case)
				.map((a) => a.case)
		);
	let first = k;
	while (first < and && !nounCases(first).size) first++;
	const next = and + 1;
	if (first >= and || isPredicate(w, next)) return false;
	const a = nounCases(first);
	return [...nounCases(next)].some((c) => a.has(c));
}

/**
 * What a colon right after the stance spells out, to the sentence's end: "иной план: развивать
 * наступление в Италии, действовать на Балканах и втянуть в войну Турцию". Null when there is no
 * colon, or what follows is a quotation or longer than a card's answer should be.
 */
function colonTail(w: Words, z: number): string | null {
	const doc = w.doc;
	if (doc.tokens[z]?.text !== ':') return null;
	const [, end] = doc.sentenceTokens[doc.tokens[z].sentence];
	let last = end;
	while (last > z + 1 && doc.tokens[last - 1].kind === 'punct') last--;
	const words = doc.tokens.slice(z + 1, last);
	if (!words.length || words.length > 18) return null;
	if (words.some((t) => /^[«»"„“;:()]$/u.test(t.text))) return null;
	return render(doc, z + 1, last);
}

export function stanceFacts(ctx: EventContext): FactDraft[] {
	const { w } = ctx;
	const doc = w.doc;
	const out: FactDraft[] = [];
	for (let i = 0; i < doc.tokens.length; i++) {
		const t = doc.tokens[i];
		if (t.kind !== 'word' || t.cap) continue;
		const verbs = w.info(i).analyses.filter((a) => a.known && a.pos === 'VERB');
		const p = PATTERNS.find((x) => verbs.some((a) => a.lemma === x.verb));
		if (!p) continue;
		const c = clauseOf(w, i, i + 1);
		const { quotes } = groups(doc, c.from, c.to);
		if (quotes.some(([a, b]) => i > a && i < b)) continue;
		const holder = holderBefore(ctx, c.from, i);
		if (!holder) continue;
		let k = i + 1;
		if (p.prep) {
			if (doc.tokens[k]?.text.toLowerCase() !== p.prep) continue;
			k++;
		}
		const [a, z] = phraseAfter(w, k, c.to);
		if (z - a < 1 || z - a > 15) continue;
		let topic = '';
		let stanceTo = z;
		if (p.topic) {
			// "нейтралитет в советско-польской войне": the stance, then "в" and its topic.
			const at = doc.tokens.slice(a, z).findIndex((x) => x.text.toLowerCase() === p.topic);
			if (at <= 0) continue;
			stanceTo = a + at;
			topic = render(doc, a + at, z);
		}
		// "Черчилль предлагал иной план: развивать наступление в Италии, …": the plan is what follows.
		const tail = p.topic ? null : colonTail(w, z);
		const stance = render(doc, a, stanceTo) + (tail ? `: ${tail}` : '');
		const words = stance.split(' ').length;
		if (!stance || words > (tail ? 24 : / и /u.test(stance) ? 14 : 8)) continue;
		const verb = verbForm(w, i, p, holder);
		const front = upperFirst(
			p.question
				.replace(/\{verb(?::[^}]*)?\}/u, verb)
				.replace('{holder}', holder.name)
				.replace(' {topic}', topic ? ` ${topic}` : '')
		);
		// "На чём настаивал Беннигсен?" → "на новом сражении": a prepositional answer keeps its
		// preposition, or it is a phrase in no case a student would say.
		const answer = p.topic
			? (nominative(w, a, stanceTo) ?? stance)
			: p.prep
				? `${p.prep} ${stance}`
				: stance;
		// "отвергло его", "гарантий того, что …": a pronoun or a correlative is no answer.
		if (
			front.includes(answer) ||
			/(?:^|\s)(?:его|её|ее|их|него|неё|них|того|том|тем|это|этого)$/iu.test(answer)
		)
			continue;
		if (!agreesWithHolder(w, i, holder)) continue;
		out.push({
			sentence: t.sentence,
			clause: [doc.tokens[c.from].start, doc.tokens[c.to - 1].end],
			kind: 'stance',
			weight: 2,
			persons: holder.person ? [holder.person] : [],
			cards: [
				{
					deck: 'positions',
					front,
					back: answer,
					fact: {
						type: 'stance',
						ask: 'stance',
						holder: holder.name,
						stance: `${doc.tokens[i].text} ${p.prep ? p.prep + ' ' : ''}${stance}`,
						...(topic ? { topic } : {})
					}
				}
			],
			key: `stance|${doc.tokens[c.from].start}|${holder.name}`,
			hedged: hedged(doc.text.slice(doc.tokens[c.from].start, doc.tokens[c.to - 1].end))
		});
	}
	return out;
}

/** The verb's number and gender fit the holder ("выступала" is not Бухарин's). */
function agreesWithHolder(w: Words, i: number, h: Holder): boolean {
	const forms = w.info(i).analyses.filter((a) => a.known && a.pos === 'VERB');
	if (!forms.some((a) => a.tags.has('past'))) return true;
	return forms.some((a) =>
		h.plural
			? a.number === 'plur'
			: a.number !== 'plur' && (!h.person || !a.gender || a.gender === h.person.gender)
	);
}

/** The verb as written, or the pattern's own form ("занимал"), agreeing with the holder. */
function verbForm(w: Words, i: number, p: Pattern, h: Holder): string {
	const own = /\{verb:([^}]+)\}/u.exec(p.question)?.[1];
	if (!own) return w.doc.tokens[i].text;
	const g = h.plural ? 'и' : h.person?.gender === 'femn' ? 'а' : '';
	// The holder's grammatical gender decides for states and bodies ("Чехословакия занимала").
	const fem = !h.person && /[ая]$/u.test(h.name.split(' ').pop() ?? '') && !h.plural;
	return own + (g || (fem ? 'а' : ''));
}

/** "благожелательный нейтралитет" from "благожелательный нейтралитет" in any case. */
function nominative(w: Words, a: number, z: number): string | null {
	for (let h = z - 1; h >= a; h--) {
		if (w.info(h).analyses.some((x) => x.known && x.pos === 'NOUN'))
			return inflectPhrase(w, a, h, h + 1, 'nomn');
	}
	return null;
}
