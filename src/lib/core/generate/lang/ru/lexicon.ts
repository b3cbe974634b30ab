// The Russian pack's lexicons, read once from their JSON files, as the sets the rules ask.
import events from './lexicon/events.json';
import speech from './lexicon/speech-verbs.json';
import { yo } from '../../../text/fold';

export interface EventKind {
	kind: string;
	weight: number;
}

const NOUN_KIND = new Map<string, EventKind>();
const VERB_KIND = new Map<string, EventKind>();
for (const [kind, k] of Object.entries(events.kinds)) {
	for (const n of k.nouns) if (!NOUN_KIND.has(n)) NOUN_KIND.set(yo(n), { kind, weight: k.weight });
	for (const v of k.verbs) if (!VERB_KIND.has(v)) VERB_KIND.set(yo(v), { kind, weight: k.weight });
}

const NOMINALIZATIONS = new Map<string, string[]>(Object.entries(events.nominalizations));
/** "подписание" → ["подписан", "подписана", "подписано", "подписаны"]. */
/** Lemmas before "что" that make what follows a report or a claim ("сообщили, что …"). */
const REPORTING = new Set([...speech.verbs, ...speech.claims].map(yo));
export const reporting = (lemma: string) => REPORTING.has(yo(lemma));

export const nominalization = (lemma: string) => NOMINALIZATIONS.get(yo(lemma));

export const nounKind = (lemma: string) => NOUN_KIND.get(yo(lemma));
export const verbKind = (lemma: string) => VERB_KIND.get(yo(lemma));

// Compiled once: longest first, so "тем не менее" is cut whole before "тем".
const CONNECTIVES = [...events.connectives]
	.sort((a, b) => b.length - a.length)
	.map((c) => new RegExp(`^${c}(?:,\\s*|\\s+)`, 'iu'));
const HEDGE_RES = events.hedges.map((h) => new RegExp(`(?<![а-яё])${h}(?![а-яё])`, 'iu'));

// (Also "Спустя три с небольшим месяца": the "с небольшим" before its unit.)
const RELATIVE_LEAD =
	/^(?:(?:не\s+)?(?:менее|более|меньше|больше)\s+чем\s+)?(?:через|спустя|за)\s+(?:[а-яё\d]+\s+){0,2}(?:с\s+(?:небольшим|лишним)\s+)?(?:дн[яейь]+|день|сутки|суток|недел[яиюь]|неделе|месяц[аев]*|год[аы]?|лет)(?:\s+с\s+(?:небольшим|лишним))?(?:\s+(?:до|после)\s+[^,]+)?(?:,\s*|\s+)/iu;

/** Cuts opening connectives ("Так,", "Вместе с тем,", "Вскоре") from the start of a phrase. */
export function stripConnectives(s: string): string {
	let out = s;
	for (let again = true; again;) {
		again = false;
		for (const re of CONNECTIVES) {
			if (re.test(out)) {
				out = out.replace(re, '');
				again = true;
				break;
			}
		}
	}
	// "двадцать пять лет назад": time counted from the article's writing, not a fact's. "Через два
	// дня", "спустя девять дней", "за два дня до падения стены", "в тот же день": time counted from
	// another fact, which the answer's date already says.
	return (
		out
			.replace(/^(?:[а-яё]+\s+){1,3}(?:лет|года?|месяцев)\s+назад,?\s*/iu, '')
			// "Десять лет спустя", "Два дня спустя": the same count, written after its noun.
			.replace(
				/^(?:[а-яё\d]+\s+){1,2}(?:лет|года?|месяц(?:а|ев)?|недел[иь]|дн(?:я|ей)|день|сутки|суток)\s+спустя,?\s*/iu,
				''
			)
			.replace(RELATIVE_LEAD, '')
			// "По воспоминаниям коллег, …", "по словам дипломатов, …": the source, not the deed.
			.replace(
				/^по\s+(?:(?:позднейшим|его|её|их|собственным)\s+)?(?:воспоминаниям|словам|мнению|данным|оценкам|свидетельству|признанию)(?:\s+[^\s,]+){0,3},\s*/iu,
				''
			)
			.replace(
				/^(?:в\s+)?(?:тот|том|то)\s+же(?:\s+(?:день|дня|году|год|месяце|время|вечер))?,?\s+/iu,
				''
			)
			.replace(/^[,;:–—\s]+/u, '')
			// "Нестеров позднее был уличён", "почти одновременно в Тяньцзине Путятин подписал": time
			// told against the story, which the card's date replaces. (Not before a participle:
			// "позже ставшего Движением …" is when it became so.)
			.replace(NARRATIVE_TIME, '')
	);
}

const NARRATIVE_TIME =
	/(?<=^|\s)(?:[Пп]озднее|[Пп]озже|[Вв]последствии|[Пп]очти\s+одновременно|[Тт]огда\s+же)(?:,\s*|\s+)(?=(?:был[аио]?|стал[аио]?|в|во|на|\p{Lu}\S*|\S+(?:л|ла|ло|ли|лся|лась|лось|лись))(?:\s|$))/gu;

/** Whether a phrase reports something the text does not vouch for ("якобы", "по слухам", "подложный"). */
export function hedged(s: string): boolean {
	return HEDGE_RES.some((re) => re.test(s));
}
