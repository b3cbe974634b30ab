import { MONTH_GENITIVE, MONTH_NOMINATIVE } from '../months-ru';
import { MAX_FRONT } from './cards';
import { clauseAround, insideQuote } from './text';

// The month lists live in core/months-ru.ts; re-exported for the generator's other files.
export { MONTH_GENITIVE, MONTH_NOMINATIVE };
// A small grammar of Russian date expressions as history articles write them, and the running
// year of the narrative that fills in dates given without a year.

export type Precision = 'year' | 'month' | 'day';

export interface DateMention {
	/** Offsets of the expression in the sentence text. */
	start: number;
	end: number;
	/** ISO 8601: "1920", "1920-10", "1920-10-12" or an interval "a/b". */
	iso: string;
	/** How a reader says it, year included: "12 октября 1920 г.". */
	label: string;
	/** Whether the year was written in the expression (not taken from the narrative). */
	explicitYear: boolean;
	/** Whether the expression moves the narrative (a bare attributive year like "границы 1914 г." does not). */
	narrative: boolean;
}

const MONTH_STEMS = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
];
const MONTH_ADJECTIVE = [
	'январск',
	'февральск',
	'мартовск',
	'апрельск',
	'майск',
	'июньск',
	'июльск',
	'августовск',
	'сентябрьск',
	'октябрьск',
	'ноябрьск',
	'декабрьск'
];

const GEN = `(${MONTH_GENITIVE.join('|')})`;
// Any case of a month name: январь, января, январе, январём; май, мая, мае.
const ANY_MONTH =
	'((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ем))';
const YEAR = '(\\d{4})';
const YEAR_WORD = '\\s*(?:г\\.|года|году|год\\b|г(?![а-яё]))';
const DASH = '\\s*[–—-]\\s*';
const NOT_DIGIT_BEFORE = '(?<![\\d.,/])';

function monthIndex(word: string): number {
	// Month names are lowercase: "Августом II" is a king.
	if (/^[А-ЯЁ]/.test(word)) return -1;
	const w = word.toLowerCase();
	for (let i = 0; i < 12; i++) {
		if (i === 4) {
			if (/^ма[йяе]/.test(w)) return 4;
			continue;
		}
		if (w.startsWith(MONTH_STEMS[i])) return i;
	}
	return -1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m + 1)}`;
const labelDay = (y: number, m: number, d: number) => `${d} ${MONTH_GENITIVE[m]} ${y} г.`;
const labelMonth = (y: number, m: number) => `${MONTH_NOMINATIVE[m]} ${y} г.`;

interface Rule {
	re: RegExp;
	build: (m: RegExpExecArray, year: number) => Omit<DateMention, 'start' | 'end'> | null;
}

const y = (s: string | undefined, running: number) => (s ? Number(s) : running);

/** A single day "<day> <month> [<year>]": the rules below differ only in where these groups sit. */
function oneDay(yearText: string | undefined, monthText: string, day: number, running: number) {
	const yr = y(yearText, running);
	const mo = monthIndex(monthText);
	return {
		iso: isoDay(yr, mo, day),
		label: labelDay(yr, mo, day),
		explicitYear: !!yearText,
		narrative: true
	};
}

// Ordered from the longest shapes to the shortest; a shorter rule never fires inside a longer match.
const RULES: Rule[] = [
	{
		// Old and new style: "19 февраля (3 марта) 1878 г." — the new style in brackets counts.
		re: new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}\\s*\\((\\d{1,2})\\s+${GEN}\\)(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		build: (m, run) => oneDay(m[5], m[4], +m[3], run)
	},
	{
		// "19 (31) января 1878 г."
		re: new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*\\((\\d{1,2})\\)\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		build: (m, run) => oneDay(m[4], m[3], +m[2], run)
	},
	{
		// 28 октября – 5 ноября 1923 г.
		re: new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}${DASH}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		build: (m, run) => {
			const yr = y(m[5], run);
			const a = monthIndex(m[2]);
			const b = monthIndex(m[4]);
			const y1 = a > b ? yr - 1 : yr;
			return {
				iso: `${isoDay(y1, a, +m[1])}/${isoDay(yr, b, +m[3])}`,
				label: `${m[1]} ${MONTH_GENITIVE[a]} – ${m[3]} ${MONTH_GENITIVE[b]} ${yr} г.`,
				explicitYear: !!m[5],
				narrative: true
			};
		}
	},
	{
		// 5–7 мая 1921 г.
		re: new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})${DASH}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		build: (m, run) => {
			const yr = y(m[4], run);
			const mo = monthIndex(m[3]);
			return {
				iso: `${isoDay(yr, mo, +m[1])}/${isoDay(yr, mo, +m[2])}`,
				label: `${m[1]}–${m[2]} ${MONTH_GENITIVE[mo]} ${yr} г.`,
				explicitYear: !!m[4],
				narrative: true
			};
		}
	},
	{
		// 12 октября 1920 г., 31 июля
		re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`, 'giu'),
		build: (m, run) => {
			const d = +m[1];
			return d < 1 || d > 31 ? null : oneDay(m[3], m[2], d, run);
		}
	},
	{
		// в январе – мае 1923 г., в январе-мае
		re: new RegExp(
			`(?<![а-яё])${ANY_MONTH}${DASH}${ANY_MONTH}(?:\\s+${YEAR}${YEAR_WORD})?(?![а-яё])`,
			'giu'
		),
		build: (m, run) => {
			const yr = y(m[3], run);
			const a = monthIndex(m[1]);
			const b = monthIndex(m[2]);
			if (a < 0 || b < 0) return null;
			return {
				iso: `${isoMonth(a > b ? yr - 1 : yr, a)}/${isoMonth(yr, b)}`,
				label: `${MONTH_NOMINATIVE[a]} – ${MONTH_NOMINATIVE[b]} ${yr} г.`,
				explicitYear: !!m[3],
				narrative: true
			};
		}
	},
	{
		// в апреле 1922 г., в декабре 1920 года
		re: new RegExp(`(?<![а-яё])${ANY_MONTH}\\s+${YEAR}${YEAR_WORD}`, 'giu'),
		build: (m) => {
			const mo = monthIndex(m[1]);
			if (mo < 0) return null;
			const yr = Number(m[2]);
			return {
				iso: isoMonth(yr, mo),
				label: labelMonth(yr, mo),
				explicitYear: true,
				narrative: true
			};
		}
	},
	{
		// Июльские (1920 г.) записи
		re: new RegExp(
			`(?<![а-яё])(${MONTH_ADJECTIVE.join('|')})[а-яё]*\\s*\\(${YEAR}${YEAR_WORD}\\)`,
			'giu'
		),
		build: (m) => {
			const mo = MONTH_ADJECTIVE.findIndex((s) => m[1].toLowerCase() === s);
			const yr = Number(m[2]);
			return {
				iso: isoMonth(yr, mo),
				label: labelMonth(yr, mo),
				explicitYear: true,
				narrative: true
			};
		}
	},
	{
		// в ноябре (year from the narrative). Only after a preposition: "май" is also a word.
		re: new RegExp(
			`(?<![а-яё])(?:в|во|с|до|к|по|от|между|начале|конце|середине)\\s+${ANY_MONTH}(?![а-яё])`,
			'giu'
		),
		build: (m, run) => {
			const mo = monthIndex(m[1]);
			if (mo < 0) return null;
			return {
				iso: isoMonth(run, mo),
				label: labelMonth(run, mo),
				explicitYear: false,
				narrative: true
			};
		}
	},
	{
		// "в том же году", "того же года": the running year.
		re: /(?<![а-яё])(?<!(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*\s)(?:(?:в|во)\s+)?(?:том\s+же\s+году|того\s+же\s+года)(?![а-яё])/giu,
		build: (_m, run) => ({
			iso: String(run),
			label: `${run} г.`,
			explicitYear: false,
			narrative: true
		})
	},
	{
		// 1920 – 1923 гг.
		re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}${DASH}${YEAR}\\s*(?:гг\\.|годы|годах|годов)`, 'giu'),
		build: (m) => ({
			iso: `${m[1]}/${m[2]}`,
			label: `${m[1]} – ${m[2]} гг.`,
			explicitYear: true,
			narrative: false
		})
	},
	{
		// в 1921 г.; события 1920 г.
		re: new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}${YEAR_WORD}`, 'giu'),
		build: (m) => ({ iso: m[1], label: `${m[1]} г.`, explicitYear: true, narrative: true })
	}
];

/**
 * The date expressions of one sentence, left to right. `running` fills in missing years.
 * Decades ("1920-е гг."), centuries and seasons are not dates of events and are skipped.
 */
export function findDates(text: string, running: number): DateMention[] {
	const taken: boolean[] = new Array(text.length).fill(false);
	const out: DateMention[] = [];
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
			let start = m.index;
			// "в ноябре", "в 1921 г.": the preposition belongs to the expression, so that a cloze
			// gap replaces "в ноябре" whole and the answer reads "в ноябре 1920 г.".
			const lead = /^(?:с|до|к|по|от|между|начале|конце|середине)\s+/iu.exec(m[0]);
			const prep = /(?<![а-яё])(?:в|во)\s+$/iu.exec(text.slice(0, start));
			if (lead) start += lead[0].length;
			else if (prep && !/^\d{1,2}\s/.test(m[0])) start = prep.index;
			const end = m.index + m[0].replace(/\s+$/, '').length;
			if (taken.slice(start, end).some(Boolean)) continue;
			const built = rule.build(m, running);
			if (!built) continue;
			for (let i = start; i < end; i++) taken[i] = true;
			out.push({ start, end, ...built });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Lists "9 и 14 августа": the bare day numbers before a dated day of the same list. */
export function expandLists(text: string, dates: DateMention[]): DateMention[] {
	const out: DateMention[] = [];
	for (const d of dates) {
		const m = /^(\d{1,2}) /.exec(text.slice(d.start, d.end));
		if (m && !d.iso.includes('/')) {
			const before = text.slice(0, d.start);
			const list = /(?<![\d.,])((?:\d{1,2},\s*)*\d{1,2})\s+и\s+$/.exec(before);
			if (list) {
				const [yy, mm] = d.iso.split('-');
				for (const day of list[1].split(/,\s*/)) {
					const n = Number(day);
					if (n < 1 || n > 31) continue;
					out.push({
						...d,
						start: list.index,
						iso: `${yy}-${mm}-${pad(n)}`,
						label: `${n} ${MONTH_GENITIVE[Number(mm) - 1]} ${yy} г.`
					});
				}
				out.push({ ...d, start: list.index });
				continue;
			}
		}
		out.push(d);
	}
	return out;
}

/** "9 и 14 августа" as one answer: the list of days with its month and year, or undefined. */
export function listLabel(text: string, d: DateMention): string | undefined {
	const m = /^((?:\d{1,2},\s*)*\d{1,2}\s+и\s+\d{1,2})\s+([а-яё]+)/u.exec(
		text.slice(d.start, d.end)
	);
	return m ? `${m[1]} ${m[2]} ${d.iso.slice(0, 4)} г.` : undefined;
}

/**
 * The part of a sentence a date's card shows: the clause around the date, and when another date of
 * the sentence falls in it, only the coordinate clause of this date ("2 декабря Австрия заключила
 * …, а в январе 1855 г. к коалиции присоединилось …" gives two segments).
 */
export function dateSegment(
	text: string,
	d: DateMention,
	all: DateMention[],
	quotes: [number, number][]
): [number, number] {
	let [a, z] = clauseAround(text, d.start, d.end, MAX_FRONT);
	const cuts: [number, number][] = [];
	const re = /,\s+(?=(?:а|и|но|однако|затем)\s)|;\s+/gu;
	for (let m = re.exec(text); m; m = re.exec(text))
		if (!insideQuote(quotes, m.index)) cuts.push([m.index, m.index + m[0].length]);
	for (const o of all) {
		if (o.start === d.start || o.end <= a || o.start >= z) continue;
		if (o.start >= d.end) {
			const c = cuts.filter(([x]) => x >= d.end && x < o.start).pop();
			if (c) z = Math.min(z, c[0]);
		} else if (o.end <= d.start) {
			const c = cuts.find(([x, y]) => x >= o.end && y <= d.start);
			if (c) a = Math.max(a, c[1]);
		}
	}
	return [a, z];
}

/** Nouns of events: "восстание 1876 г." is an event even when the narrative is past it. */
export const EVENT_NOUN =
	/(?:восстани|войн|революци|кризис|договор|мир[аеу]?|конгресс|конференци|переворот|соглашени|кампани|выбор|съезд|реформ|конвенци|трактат|битв|сражени|осад|поход|манифест|указ|закон|уни[ияю]|пакт|перемири|капитуляци|мятеж|бунт|посольств|раздел)[а-яё]*\s+$/iu;

/** Whether a bare year is attributive ("к границе 1914 г.") rather than a time adverbial ("в 1921 г."). */
export function isBareYear(text: string, d: DateMention): boolean {
	if (!/^\d{4}$/.test(d.iso) || /^(?:в|во)\s/iu.test(text.slice(d.start, d.end))) return false;
	return !/(?:^|[\s(])(?:в|во|с|до|к|по|от|после|около|конца|начала|середины)\s+$/iu.test(
		text.slice(0, d.start)
	);
}
