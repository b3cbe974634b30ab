// The author's thesis: what a journal article concludes. "Вместе с тем автор считает, что …",
// "По мнению автора, …", or, in a paper with citations, the opening sentence of its last
// paragraph (its conclusion). One card: "К какому выводу приходит автор статьи?" (RUBRIC.md: the
// author's thesis and main arguments are worth learning first). Encyclopedia entries, textbooks
// and the press state no author's view, and get no such card.

import type { FactDraft } from '../../facts';
import type { EventContext } from './events';
import { isPredicate } from './clauses';
import { upperFirst } from './phrases';

const SAYS =
	/(?:^|[\s,])(?:автор(?:ы)?(?:\s+статьи)?\s+(?:считает|считают|полагает|полагают|утверждает|приходит\s+к\s+выводу|приходят\s+к\s+выводу|делает\s+вывод)|мы\s+полагаем|мы\s+считаем),?\s+(?:что|о\s+том,\s+что)\s+/iu;
const OPINION = /(?:^|[\s,])по\s+мнению\s+автора,\s+/iu;

const MAX = 220;

export function thesisFacts(ctx: EventContext, raw: string): FactDraft[] {
	const { w } = ctx;
	const doc = w.doc;
	const candidates: { sentence: number; text: string }[] = [];
	for (const s of doc.sentences) {
		const m = SAYS.exec(s.text) ?? OPINION.exec(s.text);
		if (!m) continue;
		const text = s.text.slice(m.index + m[0].length).replace(/[.;:!?…\s]+$/u, '');
		if (text.length > 15 && text.length <= MAX) candidates.push({ sentence: s.index, text });
	}
	// A paper with citations ("[3, с. 45]") concludes in its last paragraph.
	if (!candidates.length && /\[\d+[,;\]]/.test(raw)) {
		// Its first plain statement there: no quotation, short enough to learn, with a verb.
		const last = doc.sentences[doc.sentences.length - 1]?.paragraph;
		const first = doc.sentences.find(
			(s) =>
				s.paragraph === last &&
				s.text.length <= MAX &&
				!/[«"“]/u.test(s.text) &&
				// a narrative sentence ("В апреле 1856 г. Горчаков сменил …") is no conclusion
				!/^\S+\s+(?:\S+\s+)?\d{4}/u.test(s.text) &&
				hasPredicate(ctx, s.index)
		);
		if (first)
			candidates.push({ sentence: first.index, text: first.text.replace(/[.;:!?…\s]+$/u, '') });
	}
	const t = candidates[candidates.length - 1];
	if (!t) return [];
	const s = doc.sentences[t.sentence];
	const back = upperFirst(t.text.replace(/^(?:таким образом|итак|следовательно),?\s+/iu, ''));
	return [
		{
			sentence: t.sentence,
			clause: [s.start, s.end],
			kind: 'thesis',
			weight: 3,
			persons: [],
			cards: [
				{
					deck: 'positions',
					front: 'К какому выводу приходит автор статьи?',
					back,
					fact: { type: 'stance', ask: 'stance', holder: 'автор', stance: back }
				}
			],
			key: `thesis|${s.start}`
		}
	];
}

function hasPredicate(ctx: EventContext, sentence: number): boolean {
	const [from, to] = ctx.w.doc.sentenceTokens[sentence];
	for (let i = from; i < to; i++) if (isPredicate(ctx.w, i)) return true;
	return false;
}
