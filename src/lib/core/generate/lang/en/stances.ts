// Stances: what a person, a state or historians thought, wanted or said, with what it was about.
// Three shapes of English carry most of them: a that-clause ("Metternich and Castlereagh feared
// that Russia would become too powerful" → "What did Metternich and Castlereagh fear about
// Russia?"), a naming ("Barthou called the treaty a provocation" → "What did Barthou call the
// treaty?") and a wish or refusal ("Alexander wanted to turn …" → "What did Alexander I want?").

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import { clauseOf, resolvePronoun, type Span } from './clauses';
import { dateSkip } from './events';
import { hedged } from './kinds';
import { capFirst, inside, subjectOf, VAGUE_OBJECT, words, type EnContext } from './phrases';
import { baseForm } from './verbs';

const THAT =
	/^(?:argued|argue|argues|insisted|believed|feared|suspected|claimed|maintained|recognised|recognized|warned|declared|concluded|contended|thought|knew|hoped|held|noted|stressed)$/;
const WISH =
	/^(?:wanted|hoped|sought|refused|wished|intended|planned|tried|demanded|promised|agreed)$/;
const MAX_ANSWER = 150;
const AUX = /^(?:have|has|had)$/;
const ADVERB = /^(?:\p{L}+ly|long|also|still|first|soon|however|now)$/u;

interface Stance {
	holder: string;
	front: string;
	back: string;
	topic?: string;
	clause: Span;
	persons: EnContext['persons'];
}

/** The words from k to the clause's end (a sentence's last stop left out), or null if too long. */
function tail(doc: Doc, k: number, end: number, skip: (i: number) => boolean): string | null {
	let z = end;
	for (let i = k; i < end; i++)
		if (
			/^[;:]$/.test(doc.tokens[i].text) ||
			(doc.tokens[i].text === ',' && doc.tokens[i + 1]?.text === 'and')
		) {
			z = i;
			break;
		}
	const s = words(doc, k, z, skip).replace(/[.,]$/, '');
	return s && s.length <= MAX_ANSWER ? s : null;
}

/** The stance verb of a clause after its subject: "feared", "have long argued", "called". */
function stanceVerb(doc: Doc, c: Span): number {
	for (let i = c.from + 1; i < c.to; i++) {
		const t = doc.tokens[i];
		if (t.cap || t.kind !== 'word') continue;
		const w = t.text.toLowerCase();
		if (THAT.test(w) || WISH.test(w) || w === 'called') return i;
		if (AUX.test(w) || ADVERB.test(w)) continue;
		if (baseForm(w) && !/^(?:who|which)$/.test(w)) return -1; // another verb came first
	}
	return -1;
}

function stanceOf(ctx: EnContext, c: Span, v: number, skip: (i: number) => boolean): Stance | null {
	const { doc } = ctx;
	let subjEnd = v;
	while (
		subjEnd > c.from &&
		(AUX.test(doc.tokens[subjEnd - 1].text) || ADVERB.test(doc.tokens[subjEnd - 1].text))
	)
		subjEnd--;
	const s = subjectOf(ctx, c.from, subjEnd, skip);
	if (!s) return null;
	const holder = s.person?.name ?? s.text;
	const h = inside(holder);
	const verb = doc.tokens[v].text.toLowerCase();
	const base = baseForm(verb) ?? verb.replace(/s$/, '');
	const next = doc.tokens[v + 1]?.text.toLowerCase() ?? '';
	const persons = s.person ? [s.person] : [];
	if (THAT.test(verb) && next === 'that') {
		const back = tail(doc, v + 2, c.to, skip);
		// The that-clause's subject is its topic: "… feared that Russia would …" is about Russia.
		const subj = subjectOf(ctx, v + 2, Math.min(c.to, v + 8), skip);
		const head =
			subj?.text.split(
				/ (?:was|were|had|has|have|would|should|could|did|is|are|will|might|must) /
			)[0] ?? '';
		const topic = /^(?:[A-Z]|the )/.test(head) && head.split(' ').length <= 5 ? head : '';
		if (!back || !topic || VAGUE_OBJECT.test(topic)) return null;
		// "This article argues that …": the author's thesis, asked as such.
		const paper = /^(?:this|the present) (?:article|paper|essay|chapter|study)$/i.exec(holder);
		return {
			holder: paper ? 'the author' : holder,
			front: paper
				? `What does the author ${base} about ${inside(topic)}?`
				: `What did ${h} ${base} about ${inside(topic)}?`,
			back: capFirst(back),
			topic,
			clause: c,
			persons
		};
	}
	if (verb === 'called') {
		// "called the treaty a provocation": the object, then what it was called.
		let k = v + 1;
		const from = k;
		while (k < c.to && !/^(?:a|an)$/i.test(doc.tokens[k].text) && k - from < 6) k++;
		if (k === from || k >= c.to || !/^(?:a|an)$/i.test(doc.tokens[k].text)) return null;
		// ("called the agreement "a brave gamble …."": the quotation marks are the quote's, not the
		// object's or the answer's.)
		let object = words(doc, from, k, skip).replace(/\s*["“]$/u, '');
		const back = tail(doc, k, c.to, skip)
			?.replace(/[\s.,]*["”]$/u, '')
			.replace(/[.,]$/u, '');
		// "Contemporaries called him a traitor": asked of the person "him" stands for, or not at all.
		if (/^(?:her|him)$/i.test(object)) {
			const p = resolvePronoun(doc, from, ctx.people, /^her$/i.test(object));
			if (!p || p.name === holder) return null;
			object = p.name;
		}
		if (!back || VAGUE_OBJECT.test(object) || /^them$/i.test(object)) return null;
		return {
			holder,
			front: `What did ${h} call ${inside(object)}?`,
			back,
			topic: object,
			clause: c,
			persons
		};
	}
	if (WISH.test(verb) && /^(?:to|for)$/.test(next)) {
		const back = tail(doc, v + 1, c.to, skip);
		if (!back || back.split(' ').length < 2) return null;
		// "The powers tried to settle …": "What did the powers try to do?", not "… try?".
		const todo =
			next === 'to' && /^(?:tried|sought|intended|planned|refused|promised|agreed)$/.test(verb);
		const front = `What did ${h} ${base}${todo ? ' to do' : ''}?`;
		return { holder, front, back, clause: c, persons };
	}
	return null;
}

export function stanceFacts(ctx: EnContext, dates: DateMention[] = []): FactDraft[] {
	const { doc } = ctx;
	const { skip } = dateSkip(doc, dates);
	const out: FactDraft[] = [];
	const seen = new Set<number>();
	for (const [sf, st] of doc.sentenceTokens)
		for (let k = sf; k < st;) {
			const c = clauseOf(doc, k);
			k = Math.max(k + 1, c.to + 1);
			if (seen.has(c.from)) continue;
			seen.add(c.from);
			const v = stanceVerb(doc, c);
			const s = v > 0 ? stanceOf(ctx, c, v, skip) : null;
			if (!s) continue;
			const text = doc.text.slice(doc.tokens[c.from].start, doc.tokens[c.to - 1].end);
			out.push({
				sentence: doc.tokens[c.from].sentence,
				clause: [doc.tokens[c.from].start, doc.tokens[c.to - 1].end],
				kind: 'stance',
				weight: 2,
				persons: s.persons,
				cards: [
					{
						deck: 'positions',
						front: s.front,
						back: s.back,
						fact: {
							type: 'stance',
							ask: 'stance',
							holder: s.holder,
							stance: s.back,
							...(s.topic ? { topic: s.topic } : {})
						}
					}
				],
				key: `stance|${doc.tokens[c.from].start}|${s.holder}`,
				hedged: hedged(text)
			});
		}
	return out;
}
