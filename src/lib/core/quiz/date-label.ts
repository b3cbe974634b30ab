// Dates as the shipped decks' backs say them ("в 1920 г.", "в феврале 1920 г.", "31 июля 1920 г.",
// "28 октября – 5 ноября 1923 г."), for made-up distractors that look like the real answers.
import { readFactDate, type PartialDate } from '../answer/date';
import { formatHistoryDate } from '../history/format-date';
import {
	MONTH_ENGLISH as ENGLISH,
	MONTH_GENITIVE as GENITIVE,
	MONTH_PREPOSITIONAL as PREPOSITIONAL
} from '../text/months';

const dayMonth = (d: PartialDate) => `${d.day} ${GENITIVE[d.month! - 1]}`;

/** The label of an ISO fact date; the ISO itself if it is not one. */
export function dateLabel(iso: string): string {
	const f = readFactDate(iso);
	if (!f) return iso;
	// Years BC: as the history views write them ("15 марта 44 г. до н. э.").
	if (f.from.year! <= 0) return formatHistoryDate(iso, 'ru');
	const { from, to } = f;
	if (!to) {
		if (from.day !== undefined) return `${dayMonth(from)} ${from.year} г.`;
		if (from.month !== undefined) return `в ${PREPOSITIONAL[from.month - 1]} ${from.year} г.`;
		return `в ${from.year} г.`;
	}
	if (from.day !== undefined && to.day !== undefined) {
		if (from.year !== to.year)
			return `${dayMonth(from)} ${from.year} г. – ${dayMonth(to)} ${to.year} г.`;
		if (from.month === to.month) return `${from.day}–${dayMonth(to)} ${to.year} г.`;
		return `${dayMonth(from)} – ${dayMonth(to)} ${to.year} г.`;
	}
	if (from.month !== undefined && to.month !== undefined) {
		const a = PREPOSITIONAL[from.month - 1];
		const b = PREPOSITIONAL[to.month - 1];
		return from.year === to.year
			? `в ${a} – ${b} ${to.year} г.`
			: `в ${a} ${from.year} г. – ${b} ${to.year} г.`;
	}
	return `в ${from.year} – ${to.year} гг.`;
}

/** The same for an English deck, as the English generator writes its backs ("16 April 1922"). */
export function dateLabelEnglish(iso: string): string {
	const f = readFactDate(iso);
	if (!f) return iso;
	if (f.from.year! <= 0) return formatHistoryDate(iso, 'en'); // "15 March 44 BC"
	const one = (d: PartialDate) =>
		[d.day, d.month !== undefined ? ENGLISH[d.month - 1] : '', d.year].filter(Boolean).join(' ');
	return f.to ? `${one(f.from)} – ${one(f.to)}` : one(f.from);
}
