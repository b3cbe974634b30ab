// ISO fact dates as a reader writes them: "12 октября 1920 г." / "12 October 1920",
// "апрель 1922 г." / "April 1922", "28 октября – 5 ноября 1923 г." / "28 October – 5 November 1923".
import {
	MONTH_ENGLISH as EN_MONTHS,
	MONTH_GENITIVE as RU_MONTHS_GEN,
	MONTH_NOMINATIVE as RU_MONTHS
} from '../text/months';
import { parseHistoryDate, type DatePoint } from './history-date';

export type DateLang = 'ru' | 'en';

/** The day and month of a point, without the year ("12 октября", "апрель", ""). */
function dayMonth(p: DatePoint, lang: DateLang): string {
	if (p.month === undefined) return '';
	const i = p.month - 1;
	if (lang === 'ru') return p.day ? `${p.day} ${RU_MONTHS_GEN[i]}` : RU_MONTHS[i];
	return p.day ? `${p.day} ${EN_MONTHS[i]}` : EN_MONTHS[i];
}

function withYear(text: string, year: number, lang: DateLang, plural = false): string {
	const y = lang === 'ru' ? `${year} ${plural ? 'гг.' : 'г.'}` : String(year);
	return text ? `${text} ${y}` : y;
}

/** A fact's ISO date in readable words; an unreadable date is shown as written. */
export function formatHistoryDate(iso: string, lang: DateLang): string {
	const date = parseHistoryDate(iso);
	if (!date) return iso;
	const { start, end } = date;
	if (!end) return withYear(dayMonth(start, lang), start.year, lang);
	if (start.month === undefined && end.month === undefined) {
		// "1920–1923 гг."
		return lang === 'ru' ? `${start.year}–${end.year} гг.` : `${start.year}–${end.year}`;
	}
	if (start.year !== end.year || start.month === undefined || end.month === undefined) {
		return `${withYear(dayMonth(start, lang), start.year, lang)} – ${withYear(dayMonth(end, lang), end.year, lang)}`;
	}
	if (start.month === end.month && start.day && end.day) {
		// "9–14 августа 1920 г."
		return withYear(`${start.day}–${dayMonth(end, lang)}`, end.year, lang);
	}
	return withYear(`${dayMonth(start, lang)} – ${dayMonth(end, lang)}`, end.year, lang);
}
