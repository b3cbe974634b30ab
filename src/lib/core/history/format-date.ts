// ISO fact dates as a reader writes them: "12 октября 1920 г." / "12 October 1920",
// "апрель 1922 г." / "April 1922", "28 октября – 5 ноября 1923 г." / "28 October – 5 November 1923";
// years BC (ISO "-0043", astronomical) as "15 марта 44 г. до н. э." / "15 March 44 BC".
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

/** An astronomical year as a reader writes it: 1920; 44 BC (year -43) is "44 BC", "44 до н. э.". */
export function formatYear(year: number, lang: DateLang): string {
	if (year > 0) return String(year);
	return lang === 'ru' ? `${1 - year} до н. э.` : `${1 - year} BC`;
}

/** "1920 г.", "44 г. до н. э.", "1920", "44 BC"; `ad` marks an AD year after a BC one. */
function yearWords(year: number, lang: DateLang, plural = false, ad = false): string {
	const bc = year <= 0;
	const n = bc ? 1 - year : year;
	if (lang === 'ru') return `${n} ${plural ? 'гг.' : 'г.'}${bc ? ' до н. э.' : ad ? ' н. э.' : ''}`;
	return bc ? `${n} BC` : ad ? `AD ${n}` : String(n);
}

function withYear(text: string, year: number, lang: DateLang, plural = false, ad = false): string {
	const y = yearWords(year, lang, plural, ad);
	return text ? `${text} ${y}` : y;
}

/** A fact's ISO date in readable words; an unreadable date is shown as written. */
export function formatHistoryDate(iso: string, lang: DateLang): string {
	const date = parseHistoryDate(iso);
	if (!date) return iso;
	const { start, end } = date;
	if (!end) return withYear(dayMonth(start, lang), start.year, lang);
	// "27 BC – AD 14": an interval across the eras names both.
	const across = start.year <= 0 && end.year > 0;
	if (start.month === undefined && end.month === undefined && !across) {
		// "1920–1923 гг.", "490–479 BC" (years BC count down).
		const [a, b] = [start.year, end.year].map((y) => (y <= 0 ? 1 - y : y));
		const era = end.year <= 0 ? (lang === 'ru' ? ' до н. э.' : ' BC') : '';
		return lang === 'ru' ? `${a}–${b} гг.${era}` : `${a}–${b}${era}`;
	}
	if (start.year !== end.year || start.month === undefined || end.month === undefined) {
		return `${withYear(dayMonth(start, lang), start.year, lang)} – ${withYear(dayMonth(end, lang), end.year, lang, false, across)}`;
	}
	if (start.month === end.month && start.day && end.day) {
		// "9–14 августа 1920 г."
		return withYear(`${start.day}–${dayMonth(end, lang)}`, end.year, lang);
	}
	return withYear(`${dayMonth(start, lang)} – ${dayMonth(end, lang)}`, end.year, lang);
}
