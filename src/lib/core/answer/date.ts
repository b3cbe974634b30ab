// Typed dates: read what a student types ("12.10.1920", "12 октября 1920 г.", "1920-10-12",
// "в октябре 1920", "October 1920", "28 октября – 5 ноября 1923") and compare it with the card's
// fact date (ISO with the text's precision: "1920", "1920-10", "1920-10-12", "a/b" intervals).
//
// Grading (a suggestion; the student may pick another grade):
// - every part the fact gives (year, month, day) right → good (a more precise answer than the
//   text gives is fine: its extra parts cannot be checked and are ignored);
// - for a day-precise fact, year and month right but the day wrong or missing → hard: the event
//   was placed, only the day slipped;
// - anything else (wrong or missing year; wrong or missing month of a month-precise fact) → again:
//   what the card asks was not recalled;
// - an interval fact asks for the whole interval: both ends right → good; one end right → hard;
//   a single date inside the interval (at the interval's precision) → hard, marked "inside";
//   a single date outside it is graded against the nearer end, never above hard;
// - a range typed for a single date is right only in the parts both of its ends get right;
// - unreadable or impossible input ("31.02.1920", "13.13.1920") gets a message and no grade.
import { normalizeAnswer, type PartState, type SuggestedGrade } from './text';
import { MONTH_ENGLISH, MONTH_STEMS } from '../text/months';
import { DECADE_PARTS, YEAR_PARTS } from '../generate/lang/en/calendar';

export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date at some precision; a typed one may lack its year ("12 октября"). */
export interface PartialDate {
	year?: number;
	month?: number;
	day?: number;
}

export interface DateSpan {
	from: PartialDate;
	/** Present for an interval. */
	to?: PartialDate;
}

export type DateReadError = 'empty' | 'unreadable' | 'impossible';

export type DateRead = { ok: true; value: DateSpan } | { ok: false; error: DateReadError };

export interface DateParts {
	year: PartState;
	month?: PartState;
	day?: PartState;
}

export interface DateCheck {
	ok: true;
	/** The parts the fact gives, each right, wrong or missing in the answer. */
	parts: DateParts;
	/** Whether the answer has every part the card asks for (for an interval: both ends). */
	complete: boolean;
	/** A single date typed for an interval fact that lies inside the interval. */
	inside: boolean;
	grade: SuggestedGrade;
}

export type DateCheckResult = DateCheck | { ok: false; error: DateReadError };

const EN_MONTHS = MONTH_ENGLISH.map((m) => m.toLowerCase());

/** The month (1–12) a word names, in any case, Russian or English, or a 3+ letter abbreviation. */
export function monthOf(word: string): number | undefined {
	const w = word.replace(/\.$/, '');
	if (/^ма(?:й|я|е|ю|ем)$/.test(w)) return 5;
	for (let i = 0; i < 12; i++) {
		// май is matched whole above: its stem "ма" would take "март" and "мартовский" too.
		if (i === 4) continue;
		const stem = MONTH_STEMS[i];
		// A case form (stem + a short ending) or an abbreviation ("окт", "сент").
		if (w.startsWith(stem) && w.length - stem.length <= 3) return i + 1;
		if (w.length >= 3 && stem.startsWith(w)) return i + 1;
	}
	for (let i = 0; i < 12; i++) {
		const name = EN_MONTHS[i];
		if (w === name || (w.length >= 3 && name.startsWith(w))) return i + 1;
	}
	return undefined;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number | undefined, month: number): number {
	if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether the parts form a real calendar date (a missing year allows 29 February). A year is from
 * 1 on as typed; only an era makes it 0 or less (`counted`: 44 BC is -43).
 */
function possible(d: PartialDate, counted = false): boolean {
	if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
	if (d.day !== undefined) {
		if (d.month === undefined) return false;
		if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) return false;
	}
	return d.year === undefined || d.year >= 1 || counted;
}

// Words that carry no date: "в 1920 г.", "1920 года", "in October 1920", "с … по …".
const NOISE = new Set([
	'в',
	'во',
	'с',
	'со',
	'от',
	'г',
	'гг',
	'год',
	'года',
	'году',
	'годах',
	'годы',
	'н',
	'э',
	'in',
	'on',
	'of',
	'the',
	'from',
	'year'
]);

type Single = { ok: true; value: PartialDate } | { ok: false; error: DateReadError };

// Eras as students type them: "44 BC", "44 B.C.", "490 BCE", "AD 14", "44 г. до н. э.", "до нашей
// эры", "14 н. э.". Marked before the range separators are read ("до" is one of them).
const BC_MARK =
	/(?:(?<![a-zа-я])b\.?\s?c\.?(?:e\.?)?(?![a-zа-я])|до\s+н(?:\.|ашей)\s*э(?:\.|ры)?)/g;
const AD_MARK =
	/(?:(?<![a-zа-я])a\.?\s?d\.?(?![a-zа-я])|(?<![a-zа-я])c\.?e\.?(?![a-zа-я])|(?<![а-я])н(?:\.|ашей)\s*э(?:\.|ры)?)/g;

/** Marks the eras "‹bc›" and "‹ad›"; the marks are read by readSingle. */
const markEras = (s: string) => s.replace(BC_MARK, ' ‹bc› ').replace(AD_MARK, ' ‹ad› ');

/**
 * A year with an era is the side's last number, however short ("44 BC", "15 March 44 BC"): written
 * out to four digits so the readers below take it as the year, then counted astronomically.
 */
function withEra(text: string, era: 'bc' | 'ad' | undefined, read: (s: string) => Single): Single {
	const bc = /‹bc›/.test(text) || era === 'bc';
	const marked = bc || /‹ad›/.test(text);
	let s = text.replace(/‹(?:bc|ad)›/g, ' ');
	if (marked) s = s.replace(/(\d{1,4})(?!.*\d)/, (y) => y.padStart(4, '0'));
	const r = read(s);
	if (!r.ok || !bc || r.value.year === undefined) return r;
	return { ok: true, value: { ...r.value, year: 1 - r.value.year } };
}

const bad = (error: DateReadError): { ok: false; error: DateReadError } => ({ ok: false, error });

/**
 * One date. `partial` allows what only the left end of a range may be: a bare day ("28" in
 * "28–31 октября 1923") or a month without a year ("январь – май 1923").
 */
function readSingle(text: string, partial: boolean): Single {
	let s = text
		.replace(/(\d)-?(?:го|е|ое|ого|й|st|nd|rd|th)(?![а-яa-z])/g, '$1')
		.replace(/(\d)(?=[а-яa-z])/g, '$1 ')
		.replace(/(?<=[а-яa-z])(?=\d)/g, ' ');
	const words = s.split(/[\s,]+/).filter((w) => w && !NOISE.has(w.replace(/\.+$/, '')));
	s = words
		.join(' ')
		.replace(/\s*([./-])\s*/g, '$1')
		.replace(/\.$/, '');
	if (!s) return bad('unreadable');

	const check = (d: PartialDate): Single =>
		possible(d) ? { ok: true, value: d } : bad('impossible');
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s)))
		return check({ year: +m[1], month: +m[2], day: m[3] ? +m[3] : undefined });
	if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{3,4})$/.exec(s)))
		return check({ year: +m[3], month: +m[2], day: +m[1] });
	if ((m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(s)))
		return check({ year: +m[1], month: +m[2], day: +m[3] });
	if ((m = /^(\d{1,2})[./](\d{3,4})$/.exec(s))) return check({ year: +m[2], month: +m[1] });
	if ((m = /^(\d{1,2})[./](\d{1,2})$/.exec(s)) && partial)
		return check({ month: +m[2], day: +m[1] });
	if ((m = /^(\d{3,4})$/.exec(s))) return check({ year: +m[1] });
	// A bare day is checked once the right end has lent it a month.
	if ((m = /^(\d{1,2})$/.exec(s)))
		return partial && +m[1] >= 1 && +m[1] <= 31
			? { ok: true, value: { day: +m[1] } }
			: bad('unreadable');

	// Words: a day, a month name and a year in any order ("12 октября 1920", "October 12, 1920").
	const d: PartialDate = {};
	for (const w of s.split(/[\s.]+/).filter(Boolean)) {
		if (/^\d{1,2}$/.test(w) && d.day === undefined) d.day = +w;
		else if (/^\d{3,4}$/.test(w) && d.year === undefined) d.year = +w;
		else {
			const month = monthOf(w);
			if (month === undefined || d.month !== undefined) return bad('unreadable');
			d.month = month;
		}
	}
	if (d.month === undefined) return bad('unreadable');
	return check(d);
}

const order = (d: PartialDate) => (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);

/**
 * Longer than any date a student types ("между 28 октября 1923 г. и 5 ноября 1923 г." is 42):
 * not read. The range search below reads both sides at every separator, so a pasted page would
 * take time quadratic in its length (34 KB took 5 s; issue 9).
 */
const MAX_TYPED = 120;

/**
 * English coarse dates, as the English decks write them: "the 1920s", "the early 1920s", "early
 * 1754", "the summer of 1988" (the same spans the generator gives them, lang/en/calendar.ts).
 */
function readCoarse(s: string): DateSpan | null {
	const decade = /^(?:in\s+)?(?:the\s+)?(?:(early|mid|late)[-\s]+)?(\d{3})0s$/.exec(s);
	if (decade) {
		const base = Number(decade[2]) * 10;
		const [a, b] = decade[1] ? DECADE_PARTS[decade[1]] : [0, 9];
		return { from: { year: base + a }, to: { year: base + b } };
	}
	const century = readCentury(s);
	if (century) return century;
	const part =
		/^(?:in\s+)?(?:the\s+)?(early|mid|late|spring|summer|autumn|fall|first half|second half)(?:[-\s]+of)?[-\s]+(\d{4})$/.exec(
			s
		);
	if (!part) return null;
	const [a, b] = YEAR_PARTS[part[1]];
	const year = Number(part[2]);
	return { from: { year, month: a }, to: { year, month: b } };
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
const roman = (r: string) =>
	[...r].reduce((n, c, i) => {
		const v = ROMAN[c];
		return ROMAN[r[i + 1]] > v ? n - v : n + v;
	}, 0);

/**
 * A century: "the 5th century BC", "5th century", "V в. до н. э.", "XX век" (as the English decks
 * and the Russian texts write them), in the years it spans, astronomically.
 */
function readCentury(s: string): DateSpan | null {
	const m =
		/^(?:in\s+|в\s+)?(?:the\s+)?(\d{1,2}(?:st|nd|rd|th|-?[йм]|-?го)?|[ivxl]+)\s*(?:century|в\.?|век[ea]?)\s*(bce?|b\.c\.(?:e\.)?|ad|ce|до\s+н\.?\s*э\.?|до\s+нашей\s+эры|н\.?\s*э\.?)?$/.exec(
			s
		);
	if (!m) return null;
	const n = /^\d/.test(m[1]) ? parseInt(m[1], 10) : roman(m[1]);
	if (!n || n > 21) return null;
	if (/^(?:b|до)/.test(m[2] ?? ''))
		return { from: { year: 1 - n * 100 }, to: { year: -(n - 1) * 100 } };
	return { from: { year: (n - 1) * 100 + 1 }, to: { year: n * 100 } };
}

/** Reads a typed date or range. */
export function readTypedDate(text: string): DateRead {
	const s = normalizeAnswer(text)
		.replace(/^(?:между|between)\s+/, '')
		.replace(/[«»"“”]/g, '');
	if (!s) return bad('empty');
	if (s.length > MAX_TYPED) return bad('unreadable');
	const coarse = readCoarse(s);
	if (coarse) return { ok: true, value: coarse };
	const e = markEras(s);
	const single = withEra(e, undefined, (x) => readSingle(x, false));
	if (single.ok) return { ok: true, value: { from: single.value } };

	// A range: try each separator, the right end must be a full date; the left end takes the
	// year and month it lacks from the right one ("28 октября – 5 ноября 1923", "28–31 октября").
	let impossible = single.error === 'impossible';
	const sep = /\s*[–/]\s*|\s+-\s+|-|\s+(?:по|до|и|to|until|and)\s+/g;
	for (const m of e.matchAll(sep)) {
		const rightText = e.slice(m.index + m[0].length);
		const right = withEra(rightText, undefined, (x) => readSingle(x, false));
		// "490–479 BC": the left end takes the right one's era unless it names its own.
		const leftText = e.slice(0, m.index).replace(/^\s*(?:с|со|от|from)\s+/, '');
		const leftEra = /‹bc›/.test(rightText) && !/‹ad›/.test(leftText) ? 'bc' : undefined;
		const left = withEra(leftText, leftEra, (x) => readSingle(x, true));
		if (!left.ok || !right.ok) {
			impossible ||=
				(!left.ok && left.error === 'impossible') || (!right.ok && right.error === 'impossible');
			continue;
		}
		const to = right.value;
		const from = { ...left.value };
		if (from.year === undefined) {
			from.year = to.year;
			if (from.month === undefined && from.day !== undefined) from.month = to.month;
		}
		// "5 ноября – 28 октября 1923": an end before its start is no range.
		if (!possible(from, true) || order(from) > order(to)) {
			impossible = true;
			continue;
		}
		return { ok: true, value: { from, to } };
	}
	return bad(impossible ? 'impossible' : 'unreadable');
}

/**
 * The fact's date: "1920", "1920-10", "1920-10-12" or "a/b"; years BC as ISO extended years,
 * astronomically ("-0043" is 44 BC). Null for anything else.
 */
export function readFactDate(iso: string): { from: PartialDate; to?: PartialDate } | null {
	const one = (p: string): PartialDate | null => {
		const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p.trim());
		if (!m) return null;
		return { year: +m[1], month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
	};
	const [a, b, ...rest] = iso.split('/');
	const from = one(a);
	if (!from || rest.length) return null;
	if (b === undefined) return { from };
	const to = one(b);
	return to ? { from, to } : null;
}

export function precisionOf(d: PartialDate): DatePrecision {
	return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

const state = (typed: number | undefined, fact: number): PartState =>
	typed === undefined ? 'missing' : typed === fact ? 'right' : 'wrong';

function partsOf(answer: PartialDate, fact: PartialDate): DateParts {
	const parts: DateParts = { year: state(answer.year, fact.year!) };
	if (fact.month !== undefined) parts.month = state(answer.month, fact.month);
	if (fact.day !== undefined) parts.day = state(answer.day, fact.day);
	return parts;
}

/** Both answers' parts must be right for the part to be right; wrong beats missing. */
function bothParts(a: DateParts, b: DateParts): DateParts {
	const join = (x?: PartState, y?: PartState): PartState | undefined =>
		x === undefined || y === undefined
			? (x ?? y)
			: x === 'right' && y === 'right'
				? 'right'
				: x === 'wrong' || y === 'wrong'
					? 'wrong'
					: 'missing';
	const out: DateParts = { year: join(a.year, b.year)! };
	const month = join(a.month, b.month);
	const day = join(a.day, b.day);
	if (month) out.month = month;
	if (day) out.day = day;
	return out;
}

function gradeOf(parts: DateParts): SuggestedGrade {
	const all = [parts.year, parts.month, parts.day].filter((p) => p !== undefined);
	if (all.every((p) => p === 'right')) return 'good';
	if (parts.day !== undefined && parts.year === 'right' && parts.month === 'right') return 'hard';
	return 'again';
}

const RANK: Record<SuggestedGrade, number> = { again: 0, hard: 1, good: 2 };
const min = (a: SuggestedGrade, b: SuggestedGrade) => (RANK[a] <= RANK[b] ? a : b);
const rightCount = (p: DateParts) => [p.year, p.month, p.day].filter((x) => x === 'right').length;

/** Truncates a date to a precision, for "inside the interval" comparisons. */
function at(d: PartialDate, p: DatePrecision): PartialDate {
	return {
		year: d.year,
		month: p === 'year' ? undefined : d.month,
		day: p === 'day' ? d.day : undefined
	};
}

/** Checks a typed answer against the fact's ISO date. */
export function checkDate(typed: string, factIso: string): DateCheckResult {
	const fact = readFactDate(factIso);
	if (!fact) return bad('unreadable');
	const read = readTypedDate(typed);
	if (!read.ok) return read;
	const answer = read.value;
	const precision = precisionOf(fact.from);
	const completeFor = (a: PartialDate, f: PartialDate) =>
		a.year !== undefined &&
		(f.month === undefined || a.month !== undefined) &&
		(f.day === undefined || a.day !== undefined);

	if (!fact.to) {
		const parts = answer.to
			? bothParts(partsOf(answer.from, fact.from), partsOf(answer.to, fact.from))
			: partsOf(answer.from, fact.from);
		const complete =
			completeFor(answer.from, fact.from) && (!answer.to || completeFor(answer.to, fact.from));
		return { ok: true, parts, complete, inside: false, grade: gradeOf(parts) };
	}

	const to = fact.to;
	if (answer.to) {
		const a = partsOf(answer.from, fact.from);
		const b = partsOf(answer.to, to);
		const ga = gradeOf(a);
		const gb = gradeOf(b);
		const grade =
			ga === 'good' && gb === 'good'
				? 'good'
				: ga === 'good' || gb === 'good' || (ga === 'hard' && gb === 'hard')
					? 'hard'
					: 'again';
		const complete = completeFor(answer.from, fact.from) && completeFor(answer.to, to);
		return { ok: true, parts: bothParts(a, b), complete, inside: false, grade };
	}

	// A single date for an interval: right only as far as it goes.
	const single = answer.from;
	const a = partsOf(single, fact.from);
	const b = partsOf(single, to);
	const endPrecision = precisionOf(to).length > precision.length ? precisionOf(to) : precision;
	const inside =
		completeFor(single, fact.from) &&
		order(at(single, precision)) >= order(fact.from) &&
		order(at(single, endPrecision)) <= order(to);
	// Each part is right if it matches either end ("29 октября 1923": October is the start's month).
	const parts: DateParts = { year: a.year === 'right' || b.year === 'right' ? 'right' : a.year };
	if (a.month !== undefined)
		parts.month = a.month === 'right' || b.month === 'right' ? 'right' : a.month;
	if (a.day !== undefined) parts.day = a.day === 'right' || b.day === 'right' ? 'right' : a.day;
	const nearer = rightCount(a) >= rightCount(b) ? a : b;
	const grade = inside ? 'hard' : min('hard', gradeOf(nearer));
	return { ok: true, parts, complete: false, inside, grade };
}
