// Russian date expressions as history articles, textbooks and the press write them, as a list of
// rules `{ id, example, apply }` (each example is its unit test, rules.test.ts), and the running
// year of the narrative that fills in dates written without one ("31 июля", "в ноябре"),
// resolves relative ones ("через два дня", "на следующий год") and orders a range's years.
// Rules run longest shapes first; a shorter rule never fires inside a longer match. Every
// pattern is a plain regex over the sentence (no nested quantifiers): linear in the text.

import {
	MONTH_GENITIVE,
	MONTH_NOMINATIVE,
	MONTH_PREPOSITIONAL,
	MONTH_STEMS
} from '../../../text/months';
import type { DateMention } from '../date';
import type { Rule } from '../../rules';

export interface DateContext {
	/** The narrative's year so far (0: none yet). */
	year: number;
	/** The last day-precise date, for "через два дня" (ISO), and month-precise, for "через месяц". */
	day?: string;
	month?: string;
	/** Spans of days the text gave with their year ("с 28 ноября по 1 декабря 1943 г."), ISO. */
	spans?: string[];
}

type Built = Omit<DateMention, 'start' | 'end' | 'rule'>;

export interface DateRule extends Rule<{ text: string; ctx: DateContext }, never> {
	re: RegExp;
	build(m: RegExpExecArray, ctx: DateContext): Built | null;
}

const GEN = `(${MONTH_GENITIVE.join('|')})`;
// Any case of a month name: январь, января, январе, январём; май, мая, мае.
const ANY_MONTH =
	'((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ем)|(?:янв|февр|апр|авг|сент|окт|нояб|дек)\\.)';
// A year of three digits only before its "г." or "года" ("2 сентября 911 г."): "5 мая 300 солдат"
// holds no year.
const YEAR = '(\\d{4}|\\d{3}(?=\\s*(?:г\\.|года|году|год(?![а-яё])|г(?![а-яё]))))';
const YEAR_WORD = '\\s*(?:г\\.|года|году|год(?![а-яё])|г(?![а-яё]))';
// A year's end in a day with two styles: its "г.", or a bare year before a comma, a bracket or a
// dash ("(17 (29) июня 1849, Тифлис — 28 февраля (13 марта) 1915, Петроград)").
const YEAR_END = `(?:${YEAR_WORD}|(?=\\s*[,;)—–]))`;
const YEARS_WORD = '\\s*(?:гг\\.|годы|годах|годов|годам|года|г\\.)';
const DASH = '\\s*[–—-]\\s*';
const NOT_DIGIT_BEFORE = '(?<![\\d.,/])';
const NOT_LETTER_BEFORE = '(?<![а-яёА-ЯЁ])';
// What may follow a year written without "г.": a stop, "и", a capital, or a past verb ("с 1757
// участвовала Россия", "в 1761 была истощена"); not a noun it counts ("в 1500 метрах").
const BARE_AFTER =
	'\\s*[,.;:)–—]|\\s+и\\s|\\s*$|\\s+[А-ЯЁ]|\\s+[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё])';

const pad = (n: number) => String(n).padStart(2, '0');
/** "в начале", but "во второй половине": "во" before в/ф and a consonant. */
const inPrep = (rest: string) =>
	(/^[вфВФ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]/u.test(rest) ? 'во ' : 'в ') + rest;
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m + 1)}`;
const dayLabel = (y: number, m: number, d: number) => `${d} ${MONTH_GENITIVE[m]} ${y} г.`;
const monthLabel = (y: number, m: number) => `${MONTH_NOMINATIVE[m]} ${y} г.`;
const monthWhen = (y: number, m: number) => `в ${MONTH_PREPOSITIONAL[m]} ${y} г.`;

const MONTH_ABBR = [
	'янв',
	'февр',
	'мар',
	'апр',
	'',
	'июн',
	'июл',
	'авг',
	'сент',
	'окт',
	'нояб',
	'дек'
];

export function monthIndex(word: string): number {
	const w = word.toLowerCase();
	// "ма" alone would take "март"; май's forms are "май", "мая", "мае", "маю", "маем".
	if (/^ма[йяеюё]/.test(w)) return 4;
	// The encyclopedia's abbreviations: "в дек. 1899", "окт. 1899 – февр. 1900".
	const abbr = MONTH_ABBR.indexOf(w.replace(/\.$/u, ''));
	if (abbr >= 0) return abbr;
	return MONTH_STEMS.findIndex((s, i) => i !== 4 && w.startsWith(s));
}

/**
 * The year of a date written without one ("7 сентября"): the narrative's, except when the last
 * day- or month-precise date is of another year and within half a year of this month ("…17 августа
 * 1998 г. … [в 1996 году он …] … ещё 7 сентября" is still 1998): a year mentioned in passing is a
 * look back, not the story's time.
 */
function yearFor(month: number, ctx: DateContext, dayOfMonth?: number): number {
	const framed = spanYear(month, dayOfMonth, ctx.spans);
	if (framed) return framed;
	if (!ctx.month) return ctx.year;
	const [py, pm] = ctx.month.split('-').map(Number);
	if (py === ctx.year) return ctx.year;
	// The next year, and a month that would go back in the last one: the story went on
	// ("…14 (25) августа 1758 г. … в кампанию 1759 г. … 12 (23) июля" is July 1759). A year further
	// ahead is a look forward ("…к концу 1994 года"; "13 февраля" after February 1990 is 1990).
	if (ctx.year === py + 1 && month < pm - 1) return ctx.year;
	const diff = month - (pm - 1);
	return Math.abs(diff) <= 6 ? py : ctx.year;
}

/** Spans longer than this frame nothing: a war's four years are no conference's days. */
const FRAME_DAYS = 92;

/**
 * The year of a span told before that holds this day (or month): "Конференция работала с 28 ноября
 * по 1 декабря 1943 г. … 30 ноября Черчилль дал ужин" is 1943 though a look ahead to May 1944 and a
 * look back to 1941 came between. The latest such span wins.
 */
function spanYear(month: number, dayOfMonth: number | undefined, spans?: string[]): number {
	for (let i = (spans?.length ?? 0) - 1; i >= 0; i--) {
		const [a, b] = spans![i].split('/');
		if ((Date.parse(b) - Date.parse(a)) / 86_400_000 > FRAME_DAYS) continue;
		for (const y of new Set([a.slice(0, 4), b.slice(0, 4)])) {
			const m = `${y}-${pad(month + 1)}`;
			const inside = dayOfMonth
				? `${m}-${pad(dayOfMonth)}` >= a && `${m}-${pad(dayOfMonth)}` <= b
				: m >= a.slice(0, 7) && m <= b.slice(0, 7);
			if (inside) return Number(y);
		}
	}
	return 0;
}

function day(
	yearText: string | undefined,
	monthText: string,
	d: number,
	ctx: DateContext
): Built | null {
	const m = monthIndex(monthText);
	const y = yearText ? Number(yearText) : yearFor(m, ctx, d);
	if (!y || m < 0 || d < 1 || d > 31) return null;
	const label = dayLabel(y, m, d);
	return { iso: isoDay(y, m, d), label, when: label, explicitYear: !!yearText };
}

/**
 * A date the text gives in both styles keeps both on the card, as the text writes it: "12 (24) июня
 * 1812 г."; the ISO date is the new style.
 */
function both(b: Built | null, written: string): Built | null {
	if (!b) return null;
	const y = b.iso.slice(0, 4);
	const label = /\d{4}/.test(written) ? `${written} г.` : `${written} ${y} г.`;
	return { ...b, label, when: label };
}

function yearSpan(a: number, b: number): Built | null {
	if (b < a || b - a > 200) return null;
	return { iso: `${a}/${b}`, label: `${a}–${b} гг.`, when: `в ${a}–${b} гг.`, explicitYear: true };
}

/**
 * Of a day given in both styles, the new one: the later by 10–13 days. `a` is the bracketed one,
 * the new style by convention ("19 февраля (3 марта)"); some texts write it first ("7 июля (25
 * июня)"). Across a new year read without one ("20 декабря (1 января)"), the convention holds.
 */
function later(a: Built | null, b: Built | null): Built | null {
	if (!a || !b) return a ?? b;
	const days = (Date.parse(b.iso) - Date.parse(a.iso)) / 86_400_000;
	return days > 0 && days <= 14 ? b : a;
}

/** A span of days, [year, month, day] to [year, month, day], said as `label`. */
function daySpan(
	[y1, m1, d1]: [number, number, number],
	[y2, m2, d2]: [number, number, number],
	label: string,
	explicitYear: boolean
): Built {
	return { iso: `${isoDay(y1, m1, d1)}/${isoDay(y2, m2, d2)}`, label, when: label, explicitYear };
}

const rule = (
	id: string,
	example: { text: string; iso: string[] },
	re: RegExp,
	build: DateRule['build']
): DateRule => ({ id, example, re, build, apply: () => undefined as never });

/** "в XVIII веке", "в начале XVII века": a century's years (a part of it for начало/конец). */
function century(roman: string, part: string | undefined, bc = false): Built | null {
	const n = romanValue(roman);
	if (!n || n > 21) return null;
	// "V в. до н. э." is 500–401 BC: astronomically -499 to -400.
	const first = bc ? 1 - n * 100 : (n - 1) * 100 + 1;
	const [a, b] = partOf(first, first + 99, part);
	const era = bc ? ' до н. э.' : '';
	const label = `${part ? partLabel(part) + ' ' : ''}${roman} в.${era}`;
	const when = inPrep(part ? `${partWhen(part)} ${roman} в.${era}` : `${roman} в.${era}`);
	const iso = (y: number) => (y > 0 ? String(y) : isoBC(1 - y));
	return { iso: `${iso(a)}/${iso(b)}`, label, when, explicitYear: true, coarse: true };
}

function romanValue(r: string): number {
	const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
	let n = 0;
	for (let i = 0; i < r.length; i++) {
		const c = v[r[i]];
		const next = v[r[i + 1]] ?? 0;
		n += c < next ? -c : c;
	}
	return n;
}

/**
 * Part of a period for "начало", "середина", "конец": a decade's first four years, middle three and
 * last three ("начало 1920-х" → 1920–1923, "конец 1930-х" → 1937–1939); a century's thirds.
 */
function partOf(a: number, b: number, part: string | undefined): [number, number] {
	if (!part) return [a, b];
	const len = b - a + 1;
	if (/^перв/u.test(part)) return [a, a + Math.floor(len / 2) - 1];
	if (/^втор/u.test(part)) return [a + Math.floor(len / 2), b];
	const head = len <= 10 ? 4 : Math.round(len / 3);
	const tail = len <= 10 ? 3 : Math.round(len / 3);
	if (/^нач/u.test(part)) return [a, a + head - 1];
	if (/^сер/u.test(part)) return [a + head, b - tail];
	return [b - tail + 1, b];
}
const partWhen = (p: string) =>
	/^перв/u.test(p)
		? 'первой половине'
		: /^втор/u.test(p)
			? 'второй половине'
			: /^нач/u.test(p)
				? 'начале'
				: /^сер/u.test(p)
					? 'середине'
					: 'конце';
const partLabel = (p: string) =>
	/^перв/u.test(p)
		? 'первая половина'
		: /^втор/u.test(p)
			? 'вторая половина'
			: /^нач/u.test(p)
				? 'начало'
				: /^сер/u.test(p)
					? 'середина'
					: 'конец';

/** The months of a part of a year (partLabel's words). */
const YEAR_PARTS: Record<string, [number, number]> = {
	начало: [1, 4],
	середина: [5, 8],
	конец: [9, 12],
	'первая половина': [1, 6],
	'вторая половина': [7, 12]
};

const NUMBER_WORDS: Record<string, number> = {
	один: 1,
	одну: 1,
	одного: 1,
	два: 2,
	две: 2,
	двух: 2,
	три: 3,
	трёх: 3,
	трех: 3,
	четыре: 4,
	четырёх: 4,
	четырех: 4,
	пять: 5,
	пяти: 5,
	шесть: 6,
	шести: 6,
	семь: 7,
	семи: 7,
	восемь: 8,
	десять: 10,
	десяти: 10,
	полтора: 1.5,
	полторы: 1.5
};

function addDays(iso: string, n: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const t = new Date(Date.UTC(y, m - 1, d + n));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function fromIso(iso: string): Built {
	const [y, m, d] = iso.split('-').map(Number);
	if (d)
		return { iso, label: dayLabel(y, m - 1, d), when: dayLabel(y, m - 1, d), explicitYear: false };
	if (m)
		return { iso, label: monthLabel(y, m - 1), when: monthWhen(y, m - 1), explicitYear: false };
	return { iso: String(y), label: `${y} г.`, when: `в ${y} г.`, explicitYear: false };
}

/** "через два дня", "спустя неделю", "на следующий день", "через месяц", "на следующий год". */
function relative(count: string | undefined, unit: string, ctx: DateContext): Built | null {
	const n = count ? (NUMBER_WORDS[count.toLowerCase()] ?? Number(count)) : 1;
	if (!n || n !== Math.floor(n)) return null;
	if (/^(?:д[не])/u.test(unit)) return ctx.day ? fromIso(addDays(ctx.day, n)) : null;
	if (/^недел/u.test(unit)) return ctx.day ? fromIso(addDays(ctx.day, 7 * n)) : null;
	if (/^месяц/u.test(unit)) {
		const base = ctx.month ?? ctx.day?.slice(0, 7);
		if (!base) return null;
		const [y, m] = base.split('-').map(Number);
		const k = y * 12 + (m - 1) + n;
		return fromIso(isoMonth(Math.floor(k / 12), k % 12));
	}
	if (/^(?:год|лет)/u.test(unit)) return ctx.year ? fromIso(String(ctx.year + n)) : null;
	return null;
}

// Years BC: "44 г. до н. э.", "до нашей эры"; ISO 8601 extended years, astronomically (44 BC is
// "-0043", 1 BC is "0000"), as the deck format writes them.
const BC = '\\s*(?:гг\\.|г\\.|годах|годы|года|году|год)?\\s*до\\s+(?:н\\.\\s*э\\.?|нашей\\s+эры)';
const isoBC = (n: number) => (n === 1 ? '0000' : `-${String(n - 1).padStart(4, '0')}`);

const BC_RULES: DateRule[] = [
	rule(
		'day-bc',
		{ text: '15 марта 44 г. до н. э. был убит Цезарь', iso: ['-0043-03-15'] },
		new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}\\s+(\\d{1,4})${BC}`, 'giu'),
		(m) => {
			const mi = monthIndex(m[2]);
			const label = `${+m[1]} ${MONTH_GENITIVE[mi]} ${+m[3]} г. до н. э.`;
			return {
				iso: `${isoBC(+m[3])}-${pad(mi + 1)}-${pad(+m[1])}`,
				label,
				when: label,
				explicitYear: true
			};
		}
	),
	rule(
		'years-bc',
		{ text: 'в 431–404 гг. до н. э. шла война', iso: ['-0430/-0403'] },
		new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,4})${DASH}(\\d{1,4})${BC}`, 'giu'),
		(m) => {
			// Years BC count down: the first is the larger.
			if (+m[1] <= +m[2]) return null;
			const label = `${+m[1]}–${+m[2]} гг. до н. э.`;
			return {
				iso: `${isoBC(+m[1])}/${isoBC(+m[2])}`,
				label,
				when: `в ${label}`,
				explicitYear: true
			};
		}
	),
	rule(
		'century-bc',
		{ text: 'в V в. до н. э. Афины', iso: ['-0499/-0400'] },
		new RegExp(
			`(?<![а-яё])(?:(начале|середине|конце|первой\\s+половине|второй\\s+половине)\\s+)?([IVXLХ]{1,6})\\s+(?:века|веке|век|в\\.|вв\\.)${BC}`,
			'gu'
		),
		(m) => century(m[2].replace(/Х/g, 'X'), m[1], true)
	),
	rule(
		'year-bc',
		{ text: 'В 490 г. до н. э. персы высадились при Марафоне', iso: ['-0489'] },
		new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,4})${BC}`, 'giu'),
		(m) => {
			const label = `${+m[1]} г. до н. э.`;
			return { iso: isoBC(+m[1]), label, when: `в ${label}`, explicitYear: true };
		}
	)
];

// "15.3.1848", "26–27.2.1849", "с 15.3.1848 по 4.10.1849": the numeric dates of encyclopedias
// (БРЭ, БСЭ write them so). Day first, month second, a four-digit year.
const NUM_DAY =
	'(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])(?:\\s*(?:г\\.|года|году|год)(?![а-яё]))?';
const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** "в начале 1611 г.": a part of year `y` as its months (thirds and halves), as the text says it. */
function yearPart(y: number | string, word: string, explicitYear: boolean) {
	const part = partLabel(word.toLowerCase());
	const [a, b] = YEAR_PARTS[part];
	return {
		iso: `${y}-${pad(a)}/${y}-${pad(b)}`,
		label: `${part} ${y} г.`,
		when: `в ${partWhen(word.toLowerCase())} ${y} г.`,
		explicitYear
	};
}

/** "14 (25) марта 1756 г.": an old-style day in words, its new-style one in brackets. */
function numericStyles(
	[od, om, oy]: number[],
	[nd, nm, ny]: number[],
	label: string
): Built | null {
	if (!valid(od, om) || !valid(nd, nm)) return null;
	// The new style runs 10–13 days ahead: anything else is no pair of styles.
	const gap = (Date.UTC(ny, nm - 1, nd) - Date.UTC(oy, om - 1, od)) / 86_400_000;
	if (gap < 10 || gap > 13) return null;
	return { iso: isoDay(ny, nm - 1, nd), label, when: label, explicitYear: true };
}

const NUMERIC_RULES: DateRule[] = [
	rule(
		'numeric-old-new-style-years',
		{ text: '31.12.1756 (11.1.1757) Россия присоединилась', iso: ['1757-01-11'] },
		new RegExp(`${NOT_DIGIT_BEFORE}${NUM_DAY}\\s*\\(${NUM_DAY}\\)`, 'giu'),
		(m) => {
			const [od, om, oy, nd, nm, ny] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
			const label = `${dayLabel(oy, om - 1, od)} (${dayLabel(ny, nm - 1, nd)})`;
			return numericStyles([od, om, oy], [nd, nm, ny], label);
		}
	),
	rule(
		'numeric-old-new-style-months',
		{ text: '28.9(9.10).1760 заняли Берлин', iso: ['1760-10-09'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\.(\\d{1,2})\\s*\\((\\d{1,2})\\.(\\d{1,2})\\)\\.(\\d{4})(?![\\d])`,
			'giu'
		),
		(m) => {
			const [od, om, nd, nm, y] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
			const label = `${od} ${MONTH_GENITIVE[om - 1]} (${nd} ${MONTH_GENITIVE[nm - 1]}) ${y} г.`;
			return numericStyles([od, om, y], [nd, nm, y], label);
		}
	),
	rule(
		'numeric-old-new-style-days',
		{ text: '19(30).8.1757 при Гросс-Егерсдорфе', iso: ['1757-08-30'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*\\((\\d{1,2})\\)\\.(\\d{1,2})\\.(\\d{4})(?![\\d])`,
			'giu'
		),
		(m) => {
			const [od, nd, mo, y] = [m[1], m[2], m[3], m[4]].map(Number);
			const label = `${od} (${nd}) ${MONTH_GENITIVE[mo - 1]} ${y} г.`;
			return numericStyles([od, mo, y], [nd, mo, y], label);
		}
	),
	rule(
		'numeric-from-to',
		{ text: 'Продолжалась с 15.3.1848 по 4.10.1849.', iso: ['1848-03-15/1849-10-04'] },
		new RegExp(`${NOT_LETTER_BEFORE}с\\s+${NUM_DAY}\\s+(?:по|до)\\s+${NUM_DAY}`, 'giu'),
		(m) => {
			const [d1, m1, y1, d2, m2, y2] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
			if (!valid(d1, m1) || !valid(d2, m2)) return null;
			const label = `${dayLabel(y1, m1 - 1, d1)} – ${dayLabel(y2, m2 - 1, d2)}`;
			const built = daySpan([y1, m1 - 1, d1], [y2, m2 - 1, d2], label, true);
			return { ...built, when: `с ${dayLabel(y1, m1 - 1, d1)} по ${dayLabel(y2, m2 - 1, d2)}` };
		}
	),
	rule(
		'numeric-day-range',
		{ text: '26–27.2.1849 Виндишгрец разбил венгров', iso: ['1849-02-26/1849-02-27'] },
		new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})${DASH}${NUM_DAY}`, 'giu'),
		(m) => {
			const [a, b, mo, y] = [m[1], m[2], m[3], m[4]].map(Number);
			if (!valid(a, mo) || !valid(b, mo) || a >= b) return null;
			const label = `${a}–${b} ${MONTH_GENITIVE[mo - 1]} ${y} г.`;
			return daySpan([y, mo - 1, a], [y, mo - 1, b], label, true);
		}
	),
	rule(
		'numeric-day',
		{ text: '3.3.1848 на заседании собрания', iso: ['1848-03-03'] },
		new RegExp(`${NOT_DIGIT_BEFORE}${NUM_DAY}`, 'giu'),
		(m) => {
			const [d, mo, y] = [m[1], m[2], m[3]].map(Number);
			if (!valid(d, mo)) return null;
			const label = dayLabel(y, mo - 1, d);
			return { iso: isoDay(y, mo - 1, d), label, when: label, explicitYear: true };
		}
	)
];

// Ordered from the longest shapes to the shortest.
export const DATE_RULES: DateRule[] = [
	...BC_RULES,
	...NUMERIC_RULES,
	rule(
		'day-old-new-style',
		{ text: '19 февраля (3 марта) 1878 г. в Сан-Стефано', iso: ['1878-03-03'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}\\s*\\((\\d{1,2})\\s+${GEN}\\)(?:\\s+${YEAR}${YEAR_END})?`,
			'giu'
		),
		// The new style is the later day, whichever the text puts in brackets ("7 июля (25 июня)").
		(m, ctx) =>
			both(
				later(day(m[5], m[4], +m[3], ctx), day(m[5], m[2], +m[1], ctx)),
				`${m[1]} ${m[2].toLowerCase()} (${m[3]} ${m[4].toLowerCase()})`
			)
	),
	rule(
		'day-old-new-style-years',
		// Also "20 декабря 1904 г. (2 января 1905 г.) Стессель сдал Порт-Артур".
		{ text: 'возобновились 27 декабря 1917 (9 января 1918) года', iso: ['1918-01-09'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}\\s+${YEAR}(?:${YEAR_WORD})?\\s*\\((\\d{1,2})\\s+${GEN}\\s+${YEAR}(?:${YEAR_WORD})?\\)(?:${YEAR_WORD})?`,
			'giu'
		),
		(m, ctx) => {
			const b = both(
				day(m[6], m[5], +m[4], ctx),
				`${m[1]} ${m[2].toLowerCase()} ${m[3]} (${m[4]} ${m[5].toLowerCase()} ${m[6]})`
			);
			// Written with "г." in both halves, the card says it so.
			if (!b || !/\d{4}\s*г/u.test(m[0].slice(0, m[0].indexOf('(')))) return b;
			const label = `${m[1]} ${m[2].toLowerCase()} ${m[3]} г. (${m[4]} ${m[5].toLowerCase()} ${m[6]} г.)`;
			return { ...b, label, when: label };
		}
	),
	rule(
		'day-old-new-style-short',
		{ text: '19 (31) января 1878 г. было подписано', iso: ['1878-01-31'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*\\((\\d{1,2})\\)\\s+${GEN}(?:\\s+${YEAR}${YEAR_END})?`,
			'giu'
		),
		(m, ctx) =>
			both(
				later(day(m[4], m[3], +m[2], ctx), day(m[4], m[3], +m[1], ctx)),
				`${m[1]} (${m[2]}) ${m[3].toLowerCase()}`
			)
	),
	rule(
		'day-range-two-months',
		{ text: '28 октября – 5 ноября 1923 г. Копп провёл', iso: ['1923-10-28/1923-11-05'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?${DASH}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		(m, ctx) => {
			const y2 = m[6] ? +m[6] : ctx.year;
			const a = monthIndex(m[2]);
			const b = monthIndex(m[5]);
			const y1 = m[3] ? +m[3] : a > b ? y2 - 1 : y2;
			if (!y2 || a < 0 || b < 0) return null;
			const label = `${m[1]} ${MONTH_GENITIVE[a]}${y1 !== y2 ? ` ${y1} г.` : ''} – ${m[4]} ${MONTH_GENITIVE[b]} ${y2} г.`;
			return daySpan([y1, a, +m[1]], [y2, b, +m[4]], label, !!m[6]);
		}
	),
	rule(
		'day-range-old-new-style',
		{ text: '4–6 (16–18) августа 1812 г. произошло', iso: ['1812-08-16/1812-08-18'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})${DASH}(\\d{1,2})\\s*\\((\\d{1,2})${DASH}(\\d{1,2})\\)\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		(m, ctx) => {
			const mo = monthIndex(m[5]);
			const y = m[6] ? +m[6] : yearFor(mo, ctx);
			if (!y || mo < 0) return null;
			const label = `${m[1]}–${m[2]} (${m[3]}–${m[4]}) ${MONTH_GENITIVE[mo]} ${y} г.`;
			return daySpan([y, mo, +m[3]], [y, mo, +m[4]], label, !!m[6]);
		}
	),
	rule(
		'day-range-from-to',
		{
			text: 'с 5 по 7 мая 1921 г.; с 28 октября по 5 ноября',
			iso: ['1921-05-05/1921-05-07', '1920-10-28/1920-11-05']
		},
		new RegExp(
			`${NOT_LETTER_BEFORE}с\\s+(\\d{1,2})(?:\\s+${GEN})?\\s+по\\s+(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		(m, ctx) => {
			const y = m[5] ? +m[5] : ctx.year;
			const b = monthIndex(m[4]);
			const a = m[2] ? monthIndex(m[2]) : b;
			if (!y || a < 0 || b < 0) return null;
			const y1 = a > b ? y - 1 : y;
			const label = `${m[1]}${a !== b ? ' ' + MONTH_GENITIVE[a] : ''} – ${m[3]} ${MONTH_GENITIVE[b]} ${y} г.`;
			const when = `с ${m[1]}${a !== b ? ' ' + MONTH_GENITIVE[a] : ''} по ${m[3]} ${MONTH_GENITIVE[b]} ${y} г.`;
			return { ...daySpan([y1, a, +m[1]], [y, b, +m[3]], label, !!m[5]), when };
		}
	),
	rule(
		'day-range',
		{ text: 'конференция 5–7 мая 1921 г.', iso: ['1921-05-05/1921-05-07'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})${DASH}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		(m, ctx) => {
			const y = m[4] ? +m[4] : ctx.year;
			const mo = monthIndex(m[3]);
			if (!y || mo < 0 || +m[1] >= +m[2]) return null;
			const label = `${m[1]}–${m[2]} ${MONTH_GENITIVE[mo]} ${y} г.`;
			return daySpan([y, mo, +m[1]], [y, mo, +m[2]], label, !!m[4]);
		}
	),
	rule(
		'month-range-from-to',
		{ text: 'с сентября 1998 по май 1999 г. правительство', iso: ['1998-09/1999-05'] },
		new RegExp(
			`${NOT_LETTER_BEFORE}с\\s+${ANY_MONTH}(?:\\s+${YEAR}${YEAR_WORD}?)?\\s+(?:по|до)\\s+${ANY_MONTH}(?:\\s+${YEAR}${YEAR_WORD}?)?`,
			'giu'
		),
		(m, ctx) => {
			const a = monthIndex(m[1]);
			const b = monthIndex(m[3]);
			const y2 = m[4] ? +m[4] : ctx.year;
			const y1 = m[2] ? +m[2] : a > b ? y2 - 1 : y2;
			if (!y2 || a < 0 || b < 0) return null;
			const label = `${MONTH_NOMINATIVE[a]} ${y1} г. – ${MONTH_NOMINATIVE[b]} ${y2} г.`;
			return {
				iso: `${isoMonth(y1, a)}/${isoMonth(y2, b)}`,
				label,
				when: `с ${MONTH_GENITIVE[a]} ${y1} по ${MONTH_NOMINATIVE[b]} ${y2} г.`,
				explicitYear: !!(m[2] || m[4])
			};
		}
	),
	rule(
		'year-range-from-to',
		{ text: 'с 1982 по 1991 год он был генеральным секретарём', iso: ['1982/1991'] },
		new RegExp(
			`${NOT_LETTER_BEFORE}с\\s+${YEAR}(?:${YEAR_WORD})?\\s+(?:по|до)\\s+${YEAR}(?:${YEAR_WORD}|${YEARS_WORD})?`,
			'giu'
		),
		(m) => {
			const s = yearSpan(+m[1], +m[2]);
			return s && { ...s, when: `с ${m[1]} по ${m[2]} г.` };
		}
	),
	rule(
		'month-range',
		// "в ноябре 1772 — марте 1773 года": the first month may carry its own year.
		{ text: 'Переписка в январе – мае 1923 г. показала', iso: ['1923-01/1923-05'] },
		new RegExp(
			// (The year word may be left out, as an encyclopedia's period does: "(нояб. 1900 – май 1902)".)
			`${NOT_LETTER_BEFORE}${ANY_MONTH}(?:\\s+${YEAR}(?:${YEAR_WORD})?)?${DASH}${ANY_MONTH}(?:\\s+${YEAR}(?:${YEAR_WORD}|(?![\\d.,])))?(?![а-яё])`,
			'giu'
		),
		(m, ctx) => {
			const y = m[4] ? +m[4] : ctx.year;
			const a = monthIndex(m[1]);
			const b = monthIndex(m[3]);
			const y1 = m[2] ? +m[2] : a > b ? y - 1 : y;
			if (!y || a < 0 || b < 0 || (a === b && y1 === y) || y1 > y) return null;
			const label =
				y1 !== y
					? `${MONTH_NOMINATIVE[a]} ${y1} г. – ${MONTH_NOMINATIVE[b]} ${y} г.`
					: `${MONTH_NOMINATIVE[a]} – ${MONTH_NOMINATIVE[b]} ${y} г.`;
			return {
				iso: `${isoMonth(y1, a)}/${isoMonth(y, b)}`,
				label,
				when:
					y1 !== y
						? `в ${MONTH_PREPOSITIONAL[a]} ${y1} – ${MONTH_PREPOSITIONAL[b]} ${y} г.`
						: `в ${MONTH_PREPOSITIONAL[a]} – ${MONTH_PREPOSITIONAL[b]} ${y} г.`,
				explicitYear: !!(m[2] || m[4])
			};
		}
	),
	rule(
		'day',
		{ text: 'Подписание 12 октября 1920 г. договора', iso: ['1920-10-12'] },
		new RegExp(
			`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+${GEN}(?:\\s+${YEAR}(?:${YEAR_WORD}|-?го(?![а-яё]))?)?`,
			'giu'
		),
		(m, ctx) => day(m[3], m[2], +m[1], ctx)
	),
	rule(
		'month-parts-range',
		{ text: 'в конце сентября — начале октября 1925 г. он посетил', iso: ['1925-09/1925-10'] },
		new RegExp(
			`${NOT_LETTER_BEFORE}(начале|конце|середине)\\s+${ANY_MONTH}${DASH}(начале|конце|середине)\\s+${ANY_MONTH}(?:\\s+${YEAR}${YEAR_WORD})?`,
			'giu'
		),
		(m, ctx) => {
			const a = monthIndex(m[2]);
			const b = monthIndex(m[4]);
			const y = m[5] ? +m[5] : yearFor(b, ctx);
			if (!y || a < 0 || b < 0) return null;
			const when = `в ${m[1].toLowerCase()} ${MONTH_GENITIVE[a]} — ${m[3].toLowerCase()} ${MONTH_GENITIVE[b]} ${y} г.`;
			return {
				iso: `${isoMonth(a > b ? y - 1 : y, a)}/${isoMonth(y, b)}`,
				label: when.slice(2),
				when,
				explicitYear: !!m[5]
			};
		}
	),
	rule(
		'month-part',
		{ text: 'в начале октября 1925 г. Чичерин', iso: ['1925-10'] },
		new RegExp(
			`${NOT_LETTER_BEFORE}(начале|конце|середине)\\s+${ANY_MONTH}(?:\\s+${YEAR}(?:${YEAR_WORD}|-?го(?![а-яё]))?)?(?![а-яё])`,
			'giu'
		),
		(m, ctx) => {
			const mo = monthIndex(m[2]);
			const y = m[3] ? +m[3] : yearFor(mo, ctx);
			if (!y || mo < 0) return null;
			// "в начале октября 1925 г.": the card says it as the text does.
			const when = `в ${m[1].toLowerCase()} ${MONTH_GENITIVE[mo]} ${y} г.`;
			return { iso: isoMonth(y, mo), label: monthLabel(y, mo), when, explicitYear: !!m[3] };
		}
	),
	rule(
		'month-year',
		{ text: 'в апреле 1999-го НАТО начало', iso: ['1999-04'] },
		new RegExp(
			`${NOT_LETTER_BEFORE}${ANY_MONTH}\\s+${YEAR}(?:${YEAR_WORD}|-?го(?![а-яё]))?`,
			'giu'
		),
		(m) => {
			const mo = monthIndex(m[1]);
			if (mo < 0) return null;
			const y = +m[2];
			return {
				iso: isoMonth(y, mo),
				label: monthLabel(y, mo),
				when: monthWhen(y, mo),
				explicitYear: true
			};
		}
	),
	rule(
		'month-adjective',
		{ text: 'Июльские (1920 г.) записи', iso: ['1920-07'] },
		/(?<![а-яё])(январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|октябрьск|ноябрьск|декабрьск)[а-яё]*\s*\((\d{4})\s*(?:г\.|года)\)/giu,
		(m) => {
			const adj = [
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
			const mo = adj.indexOf(m[1].toLowerCase());
			const y = +m[2];
			return {
				iso: isoMonth(y, mo),
				label: monthLabel(y, mo),
				when: monthWhen(y, mo),
				explicitYear: true
			};
		}
	),
	rule(
		'season',
		{ text: 'весной 1918 года армия', iso: ['1918-03/1918-05'] },
		// Also after a preposition: "с лета 1903 г.", "к лету 1905 г.", "до весны 1905 г.".
		/(?<![а-яё])(весной|летом|осенью|весна|лето|осень|весны|лета|осени|весне|лету)\s+(?:(\d{4})(?:\s*(?:г\.|года|-?го(?![а-яё])))?|(того\s+же|этого|следующего)\s+года)/giu,
		(m, ctx) => {
			const y = m[2] ? +m[2] : ctx.year + (/^след/iu.test(m[3] ?? '') ? 1 : 0);
			if (!y) return null;
			const [a, b] = /^вес/iu.test(m[1]) ? [2, 4] : /^лет/iu.test(m[1]) ? [5, 7] : [8, 10];
			const adverb = ['весной', 'летом', 'осенью'][
				/^вес/iu.test(m[1]) ? 0 : /^лет/iu.test(m[1]) ? 1 : 2
			];
			const label = `${adverb} ${y} г.`;
			return {
				iso: `${isoMonth(y, a)}/${isoMonth(y, b)}`,
				label,
				when: label,
				explicitYear: true,
				coarse: true
			};
		}
	),
	rule(
		'month',
		{ text: 'В ноябре Копп и Мальцан', iso: ['1920-11'] },
		new RegExp(
			`(?<![а-яё])(?:в|во|с|до|к|по|от|между|начале|конце|середине)\\s+${ANY_MONTH}(?:\\s+(того\\s+же|этого|следующего|прошлого)\\s+года)?(?![а-яё])`,
			'giu'
		),
		(m, ctx) => {
			const mo = monthIndex(m[1]);
			if (!ctx.year || mo < 0) return null;
			const y =
				(m[2] ? ctx.year : yearFor(mo, ctx)) +
				(/^след/iu.test(m[2] ?? '') ? 1 : /^прош/iu.test(m[2] ?? '') ? -1 : 0);
			return {
				iso: isoMonth(y, mo),
				label: monthLabel(y, mo),
				when: monthWhen(y, mo),
				explicitYear: false
			};
		}
	),
	rule(
		'year-part-same',
		{
			text: 'В апреле 1955 г. … В конце того же года Булганин',
			iso: ['1955-04', '1955-09/1955-12']
		},
		// "в конце того же года": a part of the narrative's year (or the next, the last one).
		/(?<![а-яё])(?:(?:в|во)\s+)?(начале|середине|конце|первой\s+половине|второй\s+половине)\s+(того\s+же|этого|следующего|прошлого)\s+года(?![а-яё])/giu,
		(m, ctx) => {
			if (!ctx.year) return null;
			const y = ctx.year + (/^след/iu.test(m[2]) ? 1 : /^прош/iu.test(m[2]) ? -1 : 0);
			return yearPart(y, m[1], false);
		}
	),
	rule(
		'same-year',
		{ text: 'В том же году Австрия вступила', iso: ['1920'] },
		/(?<![а-яё])(?:(?:в|во)\s+)?(?:том\s+же\s+году|того\s+же\s+года)(?![а-яё])/giu,
		(_m, ctx) => (ctx.year ? fromIso(String(ctx.year)) : null)
	),
	rule(
		'same-day',
		{ text: 'В тот же день ЦК проголосовал', iso: ['1920-04-16'] },
		// Also "в тот же вечер", "в ту же ночь", "тем же вечером": a part of that day.
		/(?<![а-яё])(?:(?:в\s+)?(?:тот\s+же|этот\s+же|тот)\s+(?:день|вечер)|в\s+ту\s+же\s+ночь|тем\s+же\s+(?:утром|вечером|днём|днем))(?![а-яё])/giu,
		(_m, ctx) => (ctx.day ? fromIso(ctx.day) : null)
	),
	rule(
		'days-before',
		{ text: 'Двумя днями ранее Германия подписала', iso: ['1920-04-14'] },
		/(?<![а-яё\d])(?:(\d{1,2}|двумя|тремя)\s+днями|(днём|днем))\s+(ранее|раньше|позже|позднее)(?![а-яё])/giu,
		(m, ctx) => {
			const word = (m[1] ?? m[2]).toLowerCase();
			const n =
				({ двумя: 2, тремя: 3, днём: 1, днем: 1 } as Record<string, number>)[word] ?? Number(word);
			if (!n || !ctx.day) return null;
			return fromIso(addDays(ctx.day, /^ран/iu.test(m[3]) ? -n : n));
		}
	),
	rule(
		'relative',
		{ text: 'через два дня после этого', iso: ['1920-04-18'] },
		/(?<![а-яё])(?:через|спустя)\s+(?:(\d{1,2}|[а-яё]+)\s+)?(дн[яей]+|день|недел[юиь]+|месяц[аев]*|год[а]?|лет)(?:\s+спустя)?(?![а-яё])|(?<![а-яё])(\d{1,2}|два|две|три|пять|несколько)?\s*(дн[яей]+|недел[юиь]+|месяц[аев]*|год[а]?|лет)\s+спустя(?![а-яё])/giu,
		(m, ctx) => relative(m[1] ?? m[3], m[2] ?? m[4], ctx)
	),
	rule(
		'next',
		{ text: 'на следующий год', iso: ['1921'] },
		/(?<![а-яё])(?:на\s+)?следующ(?:ий|его|ем)\s+(дн[яею]|день|год[ау]?|месяц[ае]?)(?![а-яё])(?!\s+после)|(?<![а-яё])(годом|днём|днем|месяцем)\s+позже(?![а-яё])/giu,
		(m, ctx) =>
			relative(undefined, (m[1] ?? m[2]).replace(/^дн[её]м$/u, 'день').replace(/ом$/u, ''), ctx)
	),
	rule(
		'century-range',
		{ text: 'в конце XX – начале XXI вв. историки', iso: ['1968/2033'] },
		/(?<![а-яё])(?:(начале|середине|конце|начала|середины|конца)\s+)?([IVXLХ]{1,6})\s*[–—-]\s*(?:(начале|середине|конце|начала|середины|конца)\s+)?([IVXLХ]{1,6})\s+(?:вв\.|веков|веках|века)(?![а-яё])/gu,
		(m) => {
			const a = century(m[2].replace(/Х/g, 'X'), m[1]);
			const b = century(m[4].replace(/Х/g, 'X'), m[3]);
			if (!a || !b) return null;
			const label = `${a.label.replace(/ в\.$/, '')} – ${b.label.replace(/ в\.$/, '')} вв.`;
			const when = `${a.when.replace(/ в\.$/, '')} – ${b.when.replace(/^в(?:о)? | в\.$/g, '')} вв.`;
			return {
				iso: `${a.iso.split('/')[0]}/${b.iso.split('/')[1]}`,
				label,
				when,
				explicitYear: true,
				coarse: true
			};
		}
	),
	rule(
		'century-by',
		{ text: 'К началу XVIII в. старая система', iso: ['1701/1733'] },
		// "к началу XVIII в.": by a part of a century; the card keeps the "к", as for a decade.
		/(?<![а-яё])к\s+(началу|середине|концу)\s+([IVXLХ]{1,6})\s+(?:века|в\.)(?![а-яё])/giu,
		(m) => {
			const roman = m[2].replace(/Х/g, 'X');
			const built = century(roman, m[1].toLowerCase());
			return built && { ...built, when: `к ${m[1].toLowerCase()} ${roman} в.` };
		}
	),
	rule(
		'century',
		{ text: 'в начале XVII века', iso: ['1601/1633'] },
		/(?<![а-яё])(?:(начале|середине|конце|начала|середины|конца|первой\s+половине|второй\s+половине|первой\s+половины|второй\s+половины)\s+)?([IVXLХ]{1,6})\s+(?:века|веке|век|в\.|вв\.)(?![а-яё])/gu,
		// PDFs often write the numeral with the Cyrillic "Х".
		(m) => century(m[2].replace(/Х/g, 'X'), m[1])
	),
	rule(
		'decade-by',
		{ text: 'к началу 1970-х гг. были исчерпаны', iso: ['1970/1973'] },
		// "к началу 1970-х гг.": by a part of a decade; the card keeps the "к" (no "Что произошло").
		/(?<![а-яё])к\s+(началу|середине|концу)\s+(\d{3}0)-(?:х|ых)(?:\s*(?:гг\.|годов))?/giu,
		(m) => {
			const a = +m[2];
			const [x, y] = partOf(a, a + 9, m[1]);
			const label = `${partLabel(m[1])} ${m[2]}-х гг.`;
			return {
				iso: `${x}/${y}`,
				label,
				when: `к ${m[1]} ${m[2]}-х гг.`,
				explicitYear: true,
				coarse: true
			};
		}
	),
	rule(
		'decade-range',
		{ text: 'В 1830–40-х гг. в Венгрии сложилось', iso: ['1830/1849'] },
		// Two decades as one span ("1830–40-х гг.", "в 1860–1870-е годы"): the second written short
		// takes the first's century.
		/(?<![\d.,/])(\d{2})(\d0)\s*[–—-]\s*(\d{2})?(\d0)-(?:е|х|ые|ых)(?:\s*(?:гг\.|годы|годах|годов|годам))?/giu,
		(m) => {
			const [a, b] = [+(m[1] + m[2]), +((m[3] ?? m[1]) + m[4])];
			if (b <= a) return null;
			const label = `${a}–${b}-х гг.`;
			return {
				iso: `${a}/${b + 9}`,
				label,
				when: inPrep(`${a}–${b}-е гг.`),
				explicitYear: true,
				coarse: true
			};
		}
	),
	rule(
		'decade',
		{ text: 'в начале 1920-х гг.', iso: ['1920/1923'] },
		/(?<![\d.,/])(?:(начале|середине|конце|начала|середины|конца|первой\s+половине|второй\s+половине|первой\s+половины|второй\s+половины)\s+)?(\d{3}0)-(?:е|х|ые|ых)(?:\s*(?:гг\.|годы|годах|годов|годам))?/giu,
		(m) => {
			const a = +m[2];
			const [x, y] = partOf(a, a + 9, m[1]);
			const label = `${m[1] ? partLabel(m[1]) + ' ' : ''}${m[2]}-х гг.`;
			const when = inPrep(m[1] ? `${partWhen(m[1])} ${m[2]}-х гг.` : `${m[2]}-е гг.`);
			return { iso: `${x}/${y}`, label, when, explicitYear: true, coarse: true };
		}
	),
	rule(
		'year-part',
		{ text: 'в начале 1611 г. собралось Первое ополчение', iso: ['1611-01/1611-04'] },
		new RegExp(
			`(?<![а-яё])(начале|середине|конце|нач\\.|сер\\.|кон\\.|первой\\s+половине|второй\\s+половине)\\s+${YEAR}(?:${YEAR_WORD}|(?![\\d.,–—-]))`,
			'giu'
		),
		// The card says the part as the text does ("в начале 1611 г."); its date is that part of
		// the year, in thirds and halves as the gold reads a season ("early 1754" → 1754-01/1754-04).
		(m) => {
			const y = m[2];
			return yearPart(y, m[1], true);
		}
	),
	rule(
		'year-range',
		{ text: 'в 1971—1982 годах он руководил', iso: ['1971/1982'] },
		new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}${DASH}${YEAR}(?:${YEARS_WORD}|(?=\\)))`, 'giu'),
		(m) => yearSpan(+m[1], +m[2])
	),
	rule(
		'year',
		{
			text: 'В 1921 г. начались контакты; в 1999-м; в апреле 1999-го',
			iso: ['1921', '1999', '1999-04']
		},
		new RegExp(`${NOT_DIGIT_BEFORE}${YEAR}(?:${YEAR_WORD}|-?(?:го|м|й)(?![а-яё]))`, 'giu'),
		(m) => ({ iso: m[1], label: `${m[1]} г.`, when: `в ${m[1]} г.`, explicitYear: true })
	),
	rule(
		'bare-year-range',
		{ text: 'утраченной Австрией в 1740–42. Кампании 1758–60.', iso: ['1740/1742', '1758/1760'] },
		// Encyclopedias write spans without "гг." ("канцлер (1744–58)"); the second year written
		// short takes the first's century. Only before a stop, "и", a capital or a past verb: not
		// a count ("1500–2000 человек").
		new RegExp(
			`${NOT_DIGIT_BEFORE}(1[0-9]\\d{2}|20\\d{2})${DASH}(\\d{2}|\\d{4})(?![\\d.,]\\d)(?=${BARE_AFTER})`,
			'gu'
		),
		(m) => {
			const [a, b] = [+m[1], +(m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2])];
			return b > a && b - a <= 100 ? yearSpan(a, b) : null;
		}
	),
	rule(
		'bare-year',
		{ text: 'Он вернулся в 1973, а затем; до 1762 управлялась', iso: ['1973', '1762'] },
		// Not "i": the capital of a following subject must stay a capital ("В 1973 Громыко стал").
		new RegExp(
			`(?<![а-яёА-ЯЁ])(?:[вВ]|[сС]|[дД]о|[кК]|[пП]осле|[оО]коло|[оО]т|[мМ]ежду)\\s+(1[0-9]\\d{2}|20\\d{2})(?=${BARE_AFTER})`,
			'gu'
		),
		(m) => ({ iso: m[1], label: `${m[1]} г.`, when: `в ${m[1]} г.`, explicitYear: true })
	),
	rule(
		'year-after-noun',
		{ text: 'дипломатической революцией 1756. Кампания 1761 и выход', iso: ['1756', '1761'] },
		// "революцией 1756": an encyclopedia's year after its noun, before a stop or "и"; not after
		// a word of counting ("численностью 1500,"), nor after a month: "(17 (29) июня 1849, Тифлис —
		// …)" is a life's span the day rules leave.
		/(?<=[а-яёА-ЯЁ]\s)(?<!(?:численностью|около|свыше|более|менее|всего|лишь|только|из|до|от|на|по|за|тыс\.?|млн\.?|чел\.?|примерно|приблизительно|номер|ст\.|с|№|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s)(1[0-9]\d{2}|20\d{2})(?=\s*[,.;:)]|\s+и\s)/gu,
		(m) => ({ iso: m[1], label: `${m[1]} г.`, when: `в ${m[1]} г.`, explicitYear: true })
	)
];

/** Opening words that belong to the expression: "в ноябре", "с 1982 по 1991 год". */
const STYLE_MARK = /^\s*\((?:н\.\s*ст\.|ст\.\s*ст\.|по\s+(?:новому|старому)\s+стилю)\)/u;

const LEAD =
	/(?<![а-яё])(?:в|во|в\s+ночь\s+(?:на|с)|в\s+(?:ночь|полночь)\s+с\s+\d{1,2}\s+на|в\s+полночь\s+на|к\s+утру|(?:поздно|рано)\s+(?:утром|вечером|ночью)|утром|вечером|ночью|к|ко|вплоть\s+до|до|под|не\s+позднее|(?<!сравнению\s)с|со)\s+$/iu;

function inParentheses(text: string, at: number, from: number): boolean {
	const open = text.lastIndexOf('(', at);
	return open >= from && text.indexOf(')', open) > at;
}

/** Whether a bare year is attributive ("к границе 1914 г.") rather than a time adverbial ("в 1921 г."). */
function attributive(text: string, start: number): boolean {
	return !/(?:^|[\s(])(?:в|во|с|до|к|по|от|после|около|конца|начала|середины|осенью|летом|весной|зимой)\s+$/iu.test(
		text.slice(Math.max(0, start - 12), start)
	);
}

/**
 * Every date expression of a sentence [from, to) of `text`, left to right, and the context moved
 * on by them. A year in brackets, a coarse period, or an attributive year behind the narrative
 * ("по Парижскому миру 1856 г.") does not move the narrative year.
 */
export function sentenceDates(
	text: string,
	from: number,
	to: number,
	ctx: DateContext
): DateMention[] {
	const s = text.slice(from, to);
	const taken = new Uint8Array(s.length);
	// First, which rule reads which span (longest shapes first); then each is built in text
	// order, so that "6 июля …; … на следующий день" counts from the date just before it.
	const found: { r: DateRule; m: RegExpExecArray; start: number; end: number }[] = [];
	const probe: DateContext = {
		year: ctx.year || 2000,
		day: ctx.day ?? '2000-01-01',
		month: ctx.month ?? '2000-01'
	};
	for (const r of DATE_RULES) {
		r.re.lastIndex = 0;
		for (let m = r.re.exec(s); m; m = r.re.exec(s)) {
			let start = m.index;
			let end = m.index + m[0].replace(/\s+$/u, '').length;
			// "8 июня 1905 г. (н. ст.)": the style mark belongs to the date, not an aside.
			const style = STYLE_MARK.exec(s.slice(end, end + 24));
			if (style) end += style[0].length;
			// "24 января 1722 г. (4 февраля по новому стилю)": the bracket is the same day.
			const alt = NEW_STYLE_AFTER.exec(s.slice(end, end + 48));
			if (alt) end += alt[0].length;
			if (taken.subarray(start, end).some(Boolean) || !r.build(m, probe)) continue;
			const prep = LEAD.exec(s.slice(Math.max(0, start - 24), start));
			// "в ноябре" takes its "в"; "в ночь на 24 июня" its whole phrase; "12 октября" nothing;
			// "К 5 ноября …", "вплоть до 1762 г." their preposition (or the question keeps a stray "к").
			const long = !!prep && prep[0].length > 4;
			const by = !!prep && /^(?:к|ко|до|с|со)\s/iu.test(prep[0]);
			if (prep && (long || by || (!/^\d{1,2}\s/u.test(m[0]) && !/^(?:в|во|с)\s/iu.test(m[0]))))
				start -= prep[0].length;
			taken.fill(1, start, end);
			found.push({ r, m, start, end });
		}
	}
	found.sort((a, b) => a.start - b.start);
	const out: DateMention[] = [];
	for (const [k, f] of found.entries()) {
		if (restated(s, f, found[k + 1])) continue;
		// "В 1771 году … 14 (25) июня": a year the same sentence has just given dates what follows
		// in it, though the last month told was July 1770.
		const year = out.length ? out[out.length - 1] : null;
		if (
			year &&
			/^\d{4}$/u.test(year.iso) &&
			ctx.year === Number(year.iso) &&
			ctx.month?.slice(0, 4) !== year.iso
		) {
			ctx.month = undefined;
			ctx.day = undefined;
		}
		let built = f.r.build(f.m, ctx);
		if (!built) continue;
		built = newStyle(s.slice(f.start, f.end), turnOfYear(s, f, built, ctx));
		const d: DateMention = { start: from + f.start, end: from + f.end, rule: f.r.id, ...built };
		// "К 1608 г. положение стало отчаянным": the card answers as the text says it, "к 1608 г.".
		// "С августа 1941 г. в Иране стояли …": since then, "с августа 1941 г.".
		const by = /^(к|ко|вплоть\s+до|до|не\s+позднее|с|со)\s/iu.exec(s.slice(f.start, f.end));
		if (by && /^\d{4}(?:-\d\d-\d\d)?$/.test(built.iso))
			d.when = `${by[1].toLowerCase()} ${built.label}`;
		else if (by && f.r.id === 'season') {
			// "с лета 1903 г.": a season in the case its preposition asks, as written.
			const raw = s.slice(f.start, f.end).replace(/\s+/gu, ' ');
			d.when = raw.charAt(0).toLowerCase() + raw.slice(1);
		} else if (by && /^\d{4}-\d\d$/.test(built.iso)) {
			// "до апреля 1907 г.", "к октябрю": a month in the case its preposition asks, as written.
			const raw = s.slice(f.start, f.end).replace(/\s+/gu, ' ');
			d.when = /\d{4}/.test(raw)
				? raw.charAt(0).toLowerCase() + raw.slice(1)
				: `${raw.toLowerCase()} ${built.iso.slice(0, 4)} г.`;
		}
		out.push(d);
		advance(ctx, d, text, from);
	}
	return out;
}

const NEW_STYLE_AFTER = /^\s*\((\d{1,2})\s+(\p{L}+)\s+(?:по\s+новому\s+стилю|н\.\s*ст\.)\)/u;

/**
 * "24 января 1722 г. (4 февраля по новому стилю)": the day is the new style's, said as the text
 * gives both ("24 января (4 февраля) 1722 г.").
 */
function newStyle(raw: string, built: Built): Built {
	const m = /\((\d{1,2})\s+(\p{L}+)\s+(?:по\s+новому\s+стилю|н\.\s*ст\.)\)$/u.exec(raw);
	if (!m || !/^\d{4}-\d\d-\d\d$/u.test(built.iso)) return built;
	const month = monthIndex(m[2]);
	if (month < 0) return built;
	const [y, om, od] = built.iso.split('-').map(Number);
	// (Old style 20 December is new style 1 January of the next year.)
	const year = month < om - 1 ? y + 1 : y;
	const both = `${od} ${MONTH_GENITIVE[om - 1]} (${m[1]} ${MONTH_GENITIVE[month]}) ${y} г.`;
	return { ...built, iso: isoDay(year, month, +m[1]), label: both, when: both };
}

/** A yearless day or month whose year is not the story's (sentenceDates). */
function turnOfYear(
	s: string,
	f: { r: DateRule; m: RegExpExecArray; start: number },
	built: Built,
	ctx: DateContext
): Built {
	const prev = ctx.month ?? ctx.day?.slice(0, 7);
	if (built.explicitYear || !prev || built.iso.slice(0, 4) !== prev.slice(0, 4)) return built;
	const year = (y: number) =>
		f.r.build(f.m, { year: y, month: undefined, day: undefined }) ?? built;
	// "12 января 1610 г. … лагерь к тому времени развалился: ещё в конце декабря самозванец
	// бежал": "ещё" with a later month than the story's goes back to the year before.
	if (
		built.iso.slice(0, 7) > prev &&
		/(?:^|\s)ещё\s+$/iu.test(s.slice(Math.max(0, f.start - 6), f.start))
	)
		return year(ctx.year - 1);
	// "Уже в октябре 1653 г. … послы прибыли в конце 1653 г., а гетман подъехал лишь 6 января":
	// a month more than half a year before the story's, with no "ещё", is the next year's.
	if (
		/^\d{4}-\d\d/u.test(built.iso) &&
		Number(prev.slice(5, 7)) - Number(built.iso.slice(5, 7)) > 6
	)
		return year(ctx.year + 1);
	return built;
}

const RELATIVE_RULES = new Set(['relative', 'next', 'days-before']);

/**
 * "Через две недели после событий в Петербурге, 29 декабря, …": a relative date the text gives
 * again as a date, set off by a comma right after it, is that date; the count (from the last
 * date told, 13 декабря) would be a guess.
 */
function restated(
	s: string,
	f: { r: DateRule; end: number },
	next?: { r: DateRule; start: number; end: number }
) {
	if (!next || !RELATIVE_RULES.has(f.r.id) || RELATIVE_RULES.has(next.r.id)) return false;
	// ("на следующий год …, с 1629 по 1640 год, установил": a span after it is how long, not when.)
	if (/[–—-]|\sпо\s/u.test(s.slice(next.start, next.end))) return false;
	const between = s.slice(f.end, next.start);
	return between.length <= 60 && /,\s*$/u.test(between) && !/[.;:!?()«»]/u.test(between);
}

const PARTICIPLE_BEFORE =
	/[а-яё]+(?:нн|вш|ющ|ащ|ящ|енн|анн|т)(?:ый|ая|ое|ые|ой|ого|ую|ым|ых|ом|ей)\s+(?:[а-яё]+\s+){0,2}(?:в|во)\s*$/iu;

/** Moves the narrative on by one date (see sentenceDates). */
function advance(ctx: DateContext, d: DateMention, text: string, from: number): void {
	// A year BC frames nothing the narrative's dates without a year could take.
	if (d.iso.startsWith('-') || d.iso.startsWith('0')) return;
	// A span of days with its year frames the days told later, in brackets or not (spanYear).
	if (d.explicitYear && /^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/.test(d.iso))
		ctx.spans = [...(ctx.spans ?? []).slice(-7), d.iso];
	const y = Number(d.iso.slice(0, 4));
	// A season ("летом 1944 года") moves the year; a decade or a century does not.
	const aside = inParentheses(text, d.start, from) || (d.coarse && d.rule !== 'season');
	// Only a bare year can be a reference behind the narrative; a day or month always moves it.
	// ("В 1812 году армия …" holds its "В" in its own span: that is no attribute.)
	const behind =
		ctx.year &&
		y < ctx.year &&
		/^\d{4}$/.test(d.iso) &&
		!/^(?:в|во|с|со|до|к|по|от|после|около)\s/iu.test(text.slice(d.start, d.end)) &&
		attributive(text, d.start);
	// "в брошюре, изданной в 1823 г.": a year inside a participle phrase is an aside in time.
	const participle =
		/^\d{4}$/.test(d.iso) &&
		PARTICIPLE_BEFORE.test(text.slice(Math.max(from, d.start - 40), d.start));
	if (participle) return;
	// "Если бы Англия к 1 ноября 1807 г. не согласилась…": a deadline is no step of the story, and
	// "через два дня" after it counts from the last event, not from the deadline.
	if (
		/(?:^|[\s(])(?:к|ко|до|не\s+позднее)\s+(?:(?:весны|лета|осени|зимы|начала|конца|середины)\s+)?$/iu.test(
			text.slice(Math.max(from, d.start - 24), d.start)
		) ||
		/^(?:к|ко|вплоть\s+до|до|не\s+позднее)\s/iu.test(text.slice(d.start, d.end))
	)
		return;
	// "после неудачной высадки в заливе Свиней в апреле 1961 года в Москве не сомневались" (told in
	// 1962): an earlier date inside "после …" is what came before the story, not a step of it.
	if (
		ctx.year &&
		y < ctx.year &&
		/(?:^|[\s,(])после\s+[^,;.:()]*$/iu.test(text.slice(Math.max(from, d.start - 80), d.start))
	)
		return;
	// A date far from the story mid-sentence is a look back or ahead ("Примаков, … а с января
	// 1996-го глава МИД, …" told in 1998); only at a sentence's start does it move the story there.
	const opening = d.start - from < 25;
	// "Ещё в декабре 1984 года … сказала" (told in 1985): "ещё" marks a look back even at the
	// sentence's start.
	const still = /(?:^|\s)ещё\s+(?:во?\s+)?$/iu.test(
		text.slice(Math.max(from, d.start - 10), d.start)
	);
	if (
		ctx.year &&
		d.explicitYear &&
		((!opening && (y < ctx.year - 1 || (/^\d{4}$/.test(d.iso) && y > ctx.year + 10))) ||
			(still && y < ctx.year))
	) {
		// "…визит короля в Париж в мае 1903 г. … Уже в июле президент нанёс ответный визит": the
		// look back's month is what a month told next without a year goes on from (yearFor keeps
		// the story's year for a month more than half a year away).
		// A look back decades away ("тридцатью годами раньше, в июле 1955-го") dates no month after it.
		if (/^\d{4}-\d{2}/.test(d.iso) && !d.iso.includes('/') && y >= ctx.year - 3) {
			ctx.month = d.iso.slice(0, 7);
			ctx.day = d.iso.length === 10 ? d.iso : undefined;
		}
		return;
	}
	// "Весной 1962 г. Хрущёв предложил …; 24 мая Президиум утвердил": a sentence that opens on a
	// new year moves the story there; the month of the year before no longer tells a yearless
	// date's year (a season's own months do).
	if (opening && d.explicitYear && ctx.month && ctx.month.slice(0, 4) !== String(y)) {
		if (d.rule === 'season') {
			ctx.month = d.iso.slice(0, 7);
			ctx.day = undefined;
		} else if (/^\d{4}$/.test(d.iso)) {
			ctx.month = undefined;
			ctx.day = undefined;
		}
	}
	// A span ("в 1971—1982 годах") frames the narrative without moving it.
	if (d.explicitYear && !aside && !behind && (!d.iso.includes('/') || d.rule === 'season'))
		ctx.year = y;
	if (/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) {
		ctx.day = d.iso;
		ctx.month = d.iso.slice(0, 7);
		if (!aside) ctx.year = y;
	} else if (/^\d{4}-\d{2}$/.test(d.iso)) ctx.month = d.iso;
}
