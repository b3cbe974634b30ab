// Cards of the stances found in the article: "who held this view?" and, where the holder has only
// one stance in that year, "what view did X hold?". Phrasings that stay grammatical whatever the
// holder's gender and number: "Кто" takes the masculine, the verb "занимал" agrees with the
// number the text's own verb shows.

import type { Fact } from '../deck/types';
import { GAP, leaksSurname } from './cards';
import { masculine, occupied } from './holders';
import type { Person } from './names';
import type { Sentence } from './sentences';
import type { LocalMention, StanceFind } from './stances';
import { capitalize, ellipsize } from './text';

export interface StanceDraft {
	st: StanceFind;
	person?: Person;
	/** The holder as written mid-sentence: a person's name, or a lower-cased common noun phrase. */
	holder: string;
	year?: string;
	sentence: Sentence;
	mentions: LocalMention[];
}

export interface StanceCard {
	front: string;
	back: string;
	fact: Fact;
	sentence: Sentence;
}

const ASKABLE_VERB =
	/^(?:на)?(?:писал|заявил|сказал|говорил|сообщил|ответил|заметил|подчеркнул|отметил|констатировал|напомнил|приписал|советовал|предлагал|предложил|требовал|потребовал|считал|утверждал|обещал)/iu;

const stems = (s: string) =>
	s
		.toLowerCase()
		.replace(/ё/g, 'е')
		.split(/[^а-яa-z-]+/)
		.filter((w) => w.length >= 4)
		.map((w) => w.slice(0, 5));

/** Whether a non-person holder shows on the front (any case: the stems of its words). */
function leaksHolder(front: string, holder: string): boolean {
	const f = new Set(stems(front));
	return stems(holder.replace(/\([^)]*\)/g, ' ')).some((w) => f.has(w));
}

/** The stance with the holder's own mentions hidden: "… и Александр II с ним согласился". */
function hideOwn(d: StanceDraft, stance: string): string {
	if (!d.person) return stance;
	let out = stance;
	for (const m of d.mentions) {
		if (m.person !== d.person) continue;
		const written = d.sentence.text.slice(m.start, m.end);
		out = out.split(written).join(GAP);
	}
	return out;
}

function leaks(front: string, d: StanceDraft): boolean {
	return d.person ? leaksSurname(front, d.person.surname) : leaksHolder(front, d.holder);
}

const PAST_VERB = /(?<![а-яё])[а-яё]{2,}(?:ла|ли|лась|лись)(?![а-яё])/u;

export function stanceCards(drafts: StanceDraft[]): StanceCard[] {
	const out: StanceCard[] = [];
	const perYear = new Map<string, number>();
	for (const d of drafts) {
		const k = `${d.holder}|${d.year ?? ''}`;
		perYear.set(k, (perYear.get(k) ?? 0) + 1);
	}
	const seen = new Set<string>();
	for (const d of drafts) {
		const { st } = d;
		const key = `${d.holder}|${st.stance}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const when = d.year ? ` (${d.year} г.)` : '';
		const stance = ellipsize(st.stance, 200);
		const verb = (st.pre ? st.pre + ' ' : '') + st.verb.toLowerCase();
		const fact = (ask: 'holder' | 'stance'): Fact => ({
			type: 'stance',
			ask,
			holder: d.holder,
			stance: st.stance,
			...(d.year ? { date: d.year } : {})
		});
		const back = d.person ? d.person.name : capitalize(d.holder);

		// Ask the holder.
		const holderFront = (text: string): string => {
			if (st.question) {
				const q = ellipsize(st.question.replace(/[?.]$/, ''), 236 - when.length);
				return /^(?:Кто|Чь|Что|Как)/u.test(q) ? `${q}${when}?` : `${q}${when}.`;
			}
			if (st.link && verb)
				return `Кто ${masculine(verb)}${when}${st.link === 'что' ? ', что' : ':'} ${text}?`;
			if (st.quoted)
				return verb ? `Кто ${masculine(verb)}${when}: ${text}?` : `Чьи это слова${when}: ${text}?`;
			if (verb && !PAST_VERB.test(text.replace(/^не\s+/u, '')))
				return `Кто ${masculine(verb)} ${text}${when}?`.replace(/\s+\(/u, ' (');
			return `Чья это позиция${when}: ${verb ? verb + ' ' : ''}${text}?`;
		};
		// Fronts stay within about 250 characters: the stance is shortened, never the question.
		const fit = (text: string): string => {
			const f = holderFront(text);
			return f.length <= 250 || st.question
				? f
				: holderFront(ellipsize(text, Math.max(60, text.length - (f.length - 250))));
		};
		let front = fit(stance);
		if (leaks(front, d)) front = fit(hideOwn(d, stance));
		if (!leaks(front, d)) out.push({ front, back, fact: fact('holder'), sentence: d.sentence });

		// Ask the stance, when the holder and the year make it unique.
		if (st.question || (perYear.get(`${d.holder}|${d.year ?? ''}`) ?? 0) > 1) continue;
		const during = d.year ? ` в ${d.year} г.` : '';
		const q =
			(st.quoted || st.link) && verb && ASKABLE_VERB.test(verb)
				? `Что ${verb} ${d.holder}${during}?`
				: `Какую позицию ${occupied(st.number, d.holder)} ${d.holder}${during}?`;
		const answer =
			st.quoted || st.link ? capitalize(stance) : capitalize(`${verb} ${stance}`.trim());
		if (q.length > 250) continue;
		out.push({ front: q, back: answer, fact: fact('stance'), sentence: d.sentence });
	}
	return out;
}
