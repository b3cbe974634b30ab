// The ISO dates of date facts, with the precision the text gives: "1920", "1920-10",
// "1920-10-12", or an interval "1923-10-28/1923-11-05" (see DESIGN.md, the deck format). Years BC
// are ISO 8601 extended years, numbered astronomically: 1 BC is year 0 ("0000"), 44 BC is -43
// ("-0043-03-15"), so that years order and subtract as numbers.

export interface DatePoint {
	year: number;
	/** 1–12, absent for a year-only date. */
	month?: number;
	/** 1–31, absent for a year or a month. */
	day?: number;
}

export interface HistoryDate {
	start: DatePoint;
	/** Present for an interval. */
	end?: DatePoint;
}

const POINT = /^(-\d{4}|\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePoint(s: string): DatePoint | null {
	const m = POINT.exec(s.trim());
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null;
	return { year, month, day };
}

/** Parses a fact's ISO date; null when it is not one of the forms above. */
export function parseHistoryDate(iso: string): HistoryDate | null {
	const parts = iso.split('/');
	if (parts.length > 2) return null;
	const start = parsePoint(parts[0]);
	if (!start) return null;
	if (parts.length === 1) return { start };
	const end = parsePoint(parts[1]);
	if (!end || compareStart(end, start) < 0) return null;
	return { start, end };
}

/** Milliseconds of a UTC day; years 0–99 and BC taken as written (Date.UTC reads 0–99 as 19xx). */
function utc(year: number, month: number, day: number): number {
	const d = new Date(Date.UTC(2000, month, day));
	d.setUTCFullYear(year, month, day);
	return d.getTime();
}

function daysInMonth(year: number, month: number): number {
	return new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * Order of the starts: a year-only date sorts before the months of that year, a month before
 * its days ("1920" < "1920-01" < "1920-01-05").
 */
export function compareStart(a: DatePoint, b: DatePoint): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The days a date can mean, as [first, last] day numbers (days since 1970-01-01, UTC). */
export function daySpan(date: HistoryDate): [number, number] {
	const first = (p: DatePoint) => utc(p.year, (p.month ?? 1) - 1, p.day ?? 1) / 86_400_000;
	const last = (p: DatePoint) =>
		utc(p.year, (p.month ?? 12) - 1, p.day ?? daysInMonth(p.year, p.month ?? 12)) / 86_400_000;
	return [first(date.start), last(date.end ?? date.start)];
}

/**
 * Whether two dates are certainly in this order or the other: their spans of days do not
 * overlap. "1920" and "October 1920" overlap (the year may mean October); "1920" and "1921" do not.
 */
export function unambiguouslyOrdered(a: HistoryDate, b: HistoryDate): boolean {
	const [a0, a1] = daySpan(a);
	const [b0, b1] = daySpan(b);
	return a1 < b0 || b1 < a0;
}
