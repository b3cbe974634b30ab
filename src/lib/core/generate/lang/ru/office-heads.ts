// An office told as leading a body: "Советскую делегацию возглавлял Адольф Иоффе", "Берия
// возглавил объединённое МВД", "Посольский приказ возглавил Артамон Матвеев", "он руководил
// Госпланом". The holder is "глава" (or "руководитель") of the body, in the genitive: "глава
// советской делегации", "глава Посольского приказа". A body with nothing to tell it apart
// ("министерство", "новую делегацию") names no office: "глава министерства" of what?

import type { DateMention } from '../date';
import type { Person } from '../person';
import { complementEnd, officeAt, type Office } from './office-at';
import type { EventContext } from './events';
import { inflectPhrase } from './phrases';
import type { Words } from './words';

/** Bodies one leads: a delegation, an embassy, a ministry, a chancery, a government, a party … */
const BODY =
	/^(?:делегаци|посольств|миссi|мисси|приказ|наркомат|министерств|ведомств|правительств|кабинет|палат|комисси|комитет|совет|управлени|департамент|отдел|служб|парти|канцеляри|коллеги|секретариат|академи|институт|университет|банк|центробанк|госплан|союз|движени|фронт|организаци|блок|конференци|съезд|сенат|синод|дум)/iu;

const LEAD: Record<string, { post: string; ablt: string; case: string }> = {
	возглавить: { post: 'глава', ablt: 'главой', case: 'accs' },
	возглавлять: { post: 'глава', ablt: 'главой', case: 'accs' },
	руководить: { post: 'руководитель', ablt: 'руководителем', case: 'ablt' }
};

/** The leading verb's entry at token i, or null. */
function leadAt(w: Words, i: number) {
	const a = w.info(i).analyses.find((x) => x.known && x.pos === 'VERB' && x.lemma in LEAD);
	return a ? LEAD[a.lemma] : null;
}

/** Whether the word at i, by its likeliest reading, is an adverb or a particle ("тогда", "вновь"). */
function adverb(w: Words, i: number): boolean {
	const a = w.info(i).analyses.find((x) => x.known);
	return !!a && (a.pos === 'ADVB' || a.pos === 'PRCL');
}

/**
 * The body's noun phrase in `c` around its head noun: adjectives agreeing before it (from `from`
 * on), its genitive complement after it. Null when the head is no body or nothing tells it apart.
 */
function bodyPhrase(
	w: Words,
	head: number,
	c: string,
	stop: number
): { from: number; to: number } | null {
	const doc = w.doc;
	const h = w.info(head).analyses.find((a) => a.known && a.pos === 'NOUN' && a.case === c);
	const t = doc.tokens[head];
	if (!t || t.kind !== 'word') return null;
	if (!(t.acronym || (h && BODY.test(h.lemma)))) return null;
	let from = head;
	while (from > 0 && doc.tokens[from - 1].sentence === t.sentence) {
		const agrees = w
			.info(from - 1)
			.analyses.some(
				(a) =>
					(a.pos === 'ADJF' || a.pos === 'PRTF') && a.case === c && (!h || a.number === h.number)
			);
		if (!agrees || /^(?:нов|эт|т[оуа]|сво|ег|е[её]|их)/iu.test(doc.tokens[from - 1].text)) break;
		from--;
	}
	// Its complement as an office's: "иностранных дел", "на переговорах в Портсмуте", "при ООН".
	let to = complementEnd(w, head + 1, stop);
	// A quoted name goes with it: "блок «Отечество — Вся Россия»".
	if (/^[«"]$/u.test(doc.tokens[to]?.text ?? '')) {
		let q = to + 1;
		while (q < doc.tokens.length && q < to + 10 && !/^[»"]$/u.test(doc.tokens[q].text)) q++;
		if (q < doc.tokens.length && /^[»"]$/u.test(doc.tokens[q].text)) to = q + 1;
	}
	// Told apart by an adjective ("советскую"), a capital ("Посольский приказ", "МВД") or its
	// complement ("Наркомат иностранных дел").
	const named = from < head || to > head + 1 || t.cap;
	return named ? { from, to } : null;
}

/** The office "X возглавил Y" / "Y возглавил X" tells of the person named at tokens [a, b). */
export function headOffice(
	ctx: EventContext,
	p: Person,
	a: number,
	b: number,
	dates: DateMention[]
): Office | null {
	const { w } = ctx;
	const doc = w.doc;
	const same = (i: number) =>
		i >= 0 && i < doc.tokens.length && doc.tokens[i].sentence === doc.tokens[a].sentence;
	// "Берия (вновь) возглавил объединённое МВД": the name, then the verb, then the body.
	let v = b;
	if (same(v) && adverb(w, v)) v++;
	let lead = same(v) ? leadAt(w, v) : null;
	let head = -1;
	let span: { from: number; to: number } | null = null;
	if (lead) {
		let k = v + 1;
		while (same(k) && k < v + 4 && !span) {
			span = bodyPhraseAt(w, k, lead.case);
			if (!span) k++;
			else head = k;
		}
	} else {
		// "Советскую делегацию возглавлял Адольф Иоффе": the body, the verb, then the name.
		v = a - 1;
		if (same(v - 1) && adverb(w, v) && leadAt(w, v - 1)) v--;
		lead = same(v) ? leadAt(w, v) : null;
		if (!lead) return null;
		const k = same(v - 1) && adverb(w, v - 1) ? v - 2 : v - 1;
		// The complement may stand between the head and the verb: "Наркомат иностранных дел возглавил".
		for (let j = k; j >= 0 && j > k - 8 && same(j) && !span; j--) {
			const s = bodyPhraseAt(w, j, lead.case);
			if (s && s.to === k + 1) {
				span = s;
				head = j;
			}
		}
	}
	if (!span || !lead) return null;
	// A subject of its own before the verb ("Хрущёв возглавил делегацию, Громыко …") is checked by
	// the name itself standing by the verb: nothing else to test here.
	const ministry = ministryPost(w, head, span.to);
	const gen = ministry ? null : inflectPhrase(w, span.from, head, span.to, 'gent');
	if (!ministry && !gen) return null;
	const body = gen ? lowerUnlessName(doc, span.from, gen) : '';
	return officeAt(
		ctx,
		p,
		{
			from: span.from,
			head,
			to: span.to,
			post: ministry ? ministry.post : `${lead.post} ${body}`,
			postAblt: ministry ? ministry.ablt : `${lead.ablt} ${body}`
		},
		dates,
		'heads'
	);
}

/**
 * "возглавил Наркомат иностранных дел" is "нарком иностранных дел", "возглавил Министерство
 * внутренних дел" is "министр внутренних дел", as a teacher names the office (an adjective of the
 * ministry's, "объединённое", is no part of it). Null for any other body, or a ministry with no field.
 */
function ministryPost(w: Words, head: number, to: number): { post: string; ablt: string } | null {
	const lemma = w.info(head).analyses.find((a) => a.known && a.pos === 'NOUN')?.lemma;
	const title =
		lemma === 'наркомат'
			? ['нарком', 'наркомом']
			: lemma === 'министерство'
				? ['министр', 'министром']
				: null;
	if (!title || to <= head + 1) return null;
	const field = w.doc.tokens
		.slice(head + 1, to)
		.map((t) => t.text)
		.join(' ');
	return { post: `${title[0]} ${field}`, ablt: `${title[1]} ${field}` };
}

function bodyPhraseAt(w: Words, k: number, c: string) {
	return bodyPhrase(w, k, c, Math.min(w.doc.tokens.length, k + 8));
}

/** "Советскую делегацию" at a sentence's start is "советской делегации"; "Посольский приказ" keeps its capital. */
function lowerUnlessName(doc: Words['doc'], from: number, s: string): string {
	const [sFrom] = doc.sentenceTokens[doc.tokens[from].sentence];
	if (from !== sFrom) return s;
	const second = doc.tokens[from + 1];
	// A body whose name is capitalised in the text beyond its first word stays as written.
	if (second?.cap) return s;
	return s.charAt(0).toLowerCase() + s.slice(1);
}
