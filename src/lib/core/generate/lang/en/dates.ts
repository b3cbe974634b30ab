// English dates: a small hand grammar, linear in the text. Each rule is one regular expression
// with its example (checked by dates.test.ts); every rule scans a sentence once, the matches are
// taken longest-first without overlaps, and then read in text order so that a date without its
// year ("on 1 March") or a relative one ("two days later") is resolved from the dates before it.
// Why not chrono-node: it is built for "next Friday at 5 pm" relative to now; history needs
// intervals ("from 1982 to 1991", "the 1920s", "early 1754") read as one ISO interval, BC years and
// yearless dates resolved from the text's own story, which would all be written around it anyway.
// This grammar is about 4 KB gzipped and linear (one pass per rule per sentence).

import type { Rule } from '../../rules';
import type { DateMention } from '../date';
import { centuryNumber, DECADE_PARTS, monthNumber, NUMBER_WORDS, YEAR_PARTS } from './calendar';
import { MONTH_ENGLISH as MONTHS } from '../../../text/months';

/** A calendar point; `y` < 0 is a year BC (44 BC is -44). */
export interface Point {
	y: number;
	m?: number;
	d?: number;
}

export interface DateContext {
	/** The last date the text gave, at its precision. */
	last?: Point;
	/**
	 * The year of the last date written with its year, a look back included: "that year" points at
	 * it ("Keynes, who had resigned in June 1919, published … in December of that year").
	 */
	mentioned?: number;
	/** The text writes three-digit years ("in August 843"): read them (earlyYears). */
	early?: boolean;
}

interface Read {
	from: Point;
	to?: Point;
	/** How a reader says it ("early 1754", "the 1920s"); absent: made from the points. */
	label?: string;
	coarse?: boolean;
	explicitYear: boolean;
	/** A look back ("two days earlier"): the story stays where it was. */
	back?: boolean;
}

type DateRule = Rule<{ m: RegExpExecArray; ctx: DateContext }, Read | null> & { re: RegExp };

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const ERA = '(?:BCE|BC|B\\.C\\.|AD|A\\.D\\.|CE)';
// A year: four digits, or one to four with an era ("44 BC", "AD 9").
const YEAR = `(?:(?:AD|A\\.D\\.)\\s\\d{1,4}|\\d{1,4}\\s?${ERA}(?![\\p{L}])|\\d{4}(?![\\d\\p{L}]))`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// "Friday, October 26": the day of the week is part of the date.
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const DASH = '\\s*[–—-]\\s*';
const POINT = `(?:${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|${MONTH}(?:\\s+${DAY}(?!\\d))?(?:,?\\s+${YEAR})?|${YEAR})`;
// Number words, capitalised too ("Nine days later").
const NUMBER = `(?:${Object.keys(NUMBER_WORDS)
	.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
	.join('|')}|\\d{1,2})`;

/** "44 BC" → -44, "AD 9" → 9, "1922" → 1922. */
export function yearOf(s: string): number {
	const n = Number(/\d+/.exec(s)![0]);
	return /B\.?C/.test(s) ? -n : n;
}

const dayOf = (s: string) => Number(/\d+/.exec(s)![0]);

/** One point of a "from … to …" range: "May 1921", "16 April", "April 16, 1922", "1982". */
export function readPoint(s: string): { y?: number; m?: number; d?: number } {
	const month = new RegExp(MONTH, 'u').exec(s);
	const year = new RegExp(`${YEAR}$`, 'u').exec(s.trim());
	const out: { y?: number; m?: number; d?: number } = {};
	if (year) out.y = yearOf(year[0]);
	if (month) {
		out.m = monthNumber(month[0]);
		const rest = (s.slice(0, month.index) + ' ' + s.slice(month.index + month[0].length)).replace(
			year?.[0] ?? '\u0000',
			''
		);
		const day = /\d{1,2}/.exec(rest);
		if (day) out.d = Number(day[0]);
	}
	return out;
}

const lastYear = (ctx: DateContext) => ctx.last?.y;

function rule(
	id: string,
	source: string,
	example: { text: string; iso: string[] },
	apply: DateRule['apply']
): DateRule {
	return { id, re: new RegExp(source, 'gu'), example, apply };
}

const RANGE_RULES: DateRule[] = [
	rule(
		'day-range-month-year',
		`\\b(${DAY})(?:${DASH}|\\s+(?:to|and)\\s+)(${DAY})\\s+(${MONTH}),?\\s+(${YEAR})`,
		{
			text: 'On the night of 17–18 September 1961 the aircraft crashed.',
			iso: ['1961-09-17/1961-09-18']
		},
		({ m }) => {
			const y = yearOf(m[4]);
			const mo = monthNumber(m[3]);
			return {
				from: { y, m: mo, d: dayOf(m[1]) },
				to: { y, m: mo, d: dayOf(m[2]) },
				explicitYear: true
			};
		}
	),
	rule(
		'day-range-month',
		// "between 1 and 10 October": days of one month, the year the story's.
		`\\b(${DAY})(?:${DASH}|\\s+(?:and|to)\\s+)(${DAY})\\s+(${MONTH})(?![\\d\\p{L}]|,?\\s*\\d)`,
		{
			text: 'The occupation was to take place between 1 and 10 October.',
			iso: ['1920-10-01/1920-10-10']
		},
		({ m, ctx }) => {
			const y = lastYear(ctx);
			const mo = monthNumber(m[3]);
			const [a, b] = [dayOf(m[1]), dayOf(m[2])];
			if (y === undefined || a >= b) return null;
			return { from: { y, m: mo, d: a }, to: { y, m: mo, d: b }, explicitYear: false };
		}
	),
	rule(
		'month-day-range-year',
		`\\b(${MONTH})\\s+(${DAY})(?:${DASH}|\\s+(?:to|and)\\s+)(${DAY}),?\\s+(${YEAR})`,
		{
			text: 'The four days of February 22 to 25, 1986, ended his rule.',
			iso: ['1986-02-22/1986-02-25']
		},
		({ m }) => {
			const y = yearOf(m[4]);
			const mo = monthNumber(m[1]);
			const [a, b] = [dayOf(m[2]), dayOf(m[3])];
			return a < b
				? { from: { y, m: mo, d: a }, to: { y, m: mo, d: b }, explicitYear: true }
				: null;
		}
	),
	rule(
		'day-month-range-year',
		`\\b(${DAY})\\s+(${MONTH})${DASH}(${DAY})\\s+(${MONTH}),?\\s+(${YEAR})`,
		{ text: 'The talks lasted from 28 October – 5 November 1923.', iso: ['1923-10-28/1923-11-05'] },
		({ m }) => {
			const y = yearOf(m[5]);
			return {
				from: { y, m: monthNumber(m[2]), d: dayOf(m[1]) },
				to: { y, m: monthNumber(m[4]), d: dayOf(m[3]) },
				explicitYear: true
			};
		}
	),
	rule(
		'until-death',
		`\\b[Ff]rom\\s+(${YEAR})\\s+until\\s+(?:his|her)\\s+death\\s+in\\s+(${YEAR})`,
		{ text: 'He served from 1953 until his death in 1961.', iso: ['1953/1961'] },
		({ m }) => ({ from: { y: yearOf(m[1]) }, to: { y: yearOf(m[2]) }, explicitYear: true })
	),
	rule(
		'from-to',
		`\\b(?:[Ff]rom|[Bb]etween)\\s+(${POINT})\\s+(?:to|until|till|through|and)\\s+(${POINT})`,
		{ text: 'He was Secretary-General from 1982 to 1991.', iso: ['1982/1991'] },
		({ m, ctx }) => {
			const a = readPoint(m[1]);
			const b = readPoint(m[2]);
			// "between June and August 1754": the first end takes the second's year.
			const by = b.y ?? a.y ?? lastYear(ctx);
			const ay = a.y ?? by;
			if (ay === undefined || by === undefined) return null;
			if (!a.m && b.m && a.y === undefined) return null;
			return {
				from: { ...a, y: ay },
				to: { ...b, y: by },
				explicitYear: a.y !== undefined || b.y !== undefined
			};
		}
	),
	rule(
		'month-range-year',
		`\\b(${MONTH})(?:${DASH}|\\s+(?:and|to)\\s+)(${MONTH}),?\\s+(${YEAR})`,
		{ text: 'Delegates met in June and July 1754 at Albany.', iso: ['1754-06/1754-07'] },
		({ m }) => {
			const y = yearOf(m[3]);
			return {
				from: { y, m: monthNumber(m[1]) },
				to: { y, m: monthNumber(m[2]) },
				explicitYear: true
			};
		}
	),
	rule(
		'year-range',
		// (Not a page range, "pp. 1920–1923".)
		`(?<![\\d.,])(?<!pp?\\.\\s)(\\d{4})${DASH}(\\d{4}|\\d{2})(?![\\d\\p{L}])`,
		{ text: 'Ruhr crisis (1920–1923) began.', iso: ['1920/1923'] },
		({ m }) => {
			const a = Number(m[1]);
			const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
			return b > a ? { from: { y: a }, to: { y: b }, explicitYear: true } : null;
		}
	),
	rule(
		'from-to-bc',
		// "consul every year from 104 to 100 BC": the era written once, after the second year.
		`\\b(?:[Ff]rom|[Bb]etween)\\s+(\\d{1,4})\\s+(?:to|until|and)\\s+(\\d{1,4})\\s?(?:BCE|BC|B\\.C\\.)(?![\\p{L}])`,
		{ text: 'Caesar governed Gaul from 58 to 50 BC.', iso: ['-0057/-0049'] },
		({ m }) => {
			const [a, b] = [Number(m[1]), Number(m[2])];
			return a > b ? { from: { y: -a }, to: { y: -b }, explicitYear: true } : null;
		}
	),
	rule(
		'and-again-bc',
		// "tribune in 123 and again in 122 BC": one office two years running, read as the two years.
		`\\b[Ii]n\\s+(\\d{1,4})\\s+and\\s+(?:again\\s+)?in\\s+(\\d{1,4})\\s?(?:BCE|BC|B\\.C\\.)(?![\\p{L}])`,
		{ text: 'He was tribune in 123 and again in 122 BC.', iso: ['-0122/-0121'] },
		({ m }) => {
			const [a, b] = [Number(m[1]), Number(m[2])];
			return a === b + 1 ? { from: { y: -a }, to: { y: -b }, explicitYear: true } : null;
		}
	),
	rule(
		'year-range-bc',
		`(?<![\\d.,])(\\d{1,4})(?:\\s?(?:BCE|BC|B\\.C\\.))?${DASH}(\\d{1,4})\\s?(?:BCE|BC|B\\.C\\.)(?![\\p{L}])`,
		{ text: 'The Peloponnesian War of 431–404 BC ended.', iso: ['-0430/-0403'] },
		({ m }) => {
			// Years BC count down: the first is the larger.
			const a = Number(m[1]);
			const b = Number(m[2]);
			return a > b ? { from: { y: -a }, to: { y: -b }, explicitYear: true } : null;
		}
	)
];

const POINT_RULES: DateRule[] = [
	rule(
		'day-both-styles',
		// Russian dates before 1918 in both calendars, Old Style first: the New Style is the date.
		`\\b(${DAY})\\s*\\((${DAY})\\)\\s+(${MONTH}),?\\s+(${YEAR})`,
		{ text: 'Bloody Sunday fell on 9 (22) January 1905 in the capital.', iso: ['1905-01-22'] },
		({ m }) => {
			const y = yearOf(m[4]);
			const mo = monthNumber(m[3]);
			const d = dayOf(m[2]);
			// "31 December (12 January)" crosses a month; only the plain case is read.
			return dayOf(m[1]) < d ? { from: { y, m: mo, d }, explicitYear: true } : null;
		}
	),
	rule(
		'month-day-both-styles',
		// The same, the month written first: "May 16 (28), 1858".
		`\\b(${MONTH})\\s+(${DAY})\\s*\\((${DAY})\\),?\\s+(${YEAR})`,
		{ text: 'The Treaty of Aigun of May 16 (28), 1858 gave Russia the bank.', iso: ['1858-05-28'] },
		({ m }) => {
			const d = dayOf(m[3]);
			return dayOf(m[2]) < d
				? { from: { y: yearOf(m[4]), m: monthNumber(m[1]), d }, explicitYear: true }
				: null;
		}
	),
	rule(
		'day-month-year',
		`\\b${WEEKDAY}(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH}),?\\s+(${YEAR})`,
		{ text: 'The treaty was signed on 16 April 1922 at Rapallo.', iso: ['1922-04-16'] },
		({ m }) => ({
			from: { y: yearOf(m[3]), m: monthNumber(m[2]), d: dayOf(m[1]) },
			explicitYear: true
		})
	),
	rule(
		'month-day-year',
		`\\b${WEEKDAY}(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})`,
		{ text: 'The treaty was signed on April 16, 1922 at Rapallo.', iso: ['1922-04-16'] },
		({ m }) => ({
			from: { y: yearOf(m[3]), m: monthNumber(m[1]), d: dayOf(m[2]) },
			explicitYear: true
		})
	),
	rule(
		'month-year',
		`\\b(${MONTH})(?:\\s+of)?,?\\s+(${YEAR})`,
		{ text: 'The conference opened in April 1922.', iso: ['1922-04'] },
		({ m }) => ({ from: { y: yearOf(m[2]), m: monthNumber(m[1]) }, explicitYear: true })
	),
	rule(
		'month-that-year',
		`\\b(${MONTH})\\s+of\\s+(?:that|the\\s+same)\\s+year\\b`,
		{ text: 'He published it in December of that year.', iso: ['1920-12'] },
		({ m, ctx }) => {
			const y = ctx.mentioned ?? lastYear(ctx);
			return y === undefined ? null : { from: { y, m: monthNumber(m[1]) }, explicitYear: false };
		}
	),
	rule(
		'part-of-year',
		`\\b(?:(?:the\\s+)?(early|mid|late)(?:[-\\s]|\\s+in\\s+)|(?:the\\s+)?(spring|summer|autumn|fall|winter|first half|second half)\\s+of\\s+|(spring|summer|autumn|fall|winter)\\s+)(${YEAR})(?:[–—-](\\d{2})(?!\\d))?`,
		{ text: 'In early 1754 Dinwiddie dispatched a small party.', iso: ['1754-01/1754-04'] },
		({ m }) => {
			const part = (m[1] ?? m[2] ?? m[3]).toLowerCase();
			const [a, b] = YEAR_PARTS[part];
			const y = yearOf(m[4]);
			// "the winter of 1948–49": December to February.
			if (m[5] && part === 'winter' && (y + 1) % 100 === Number(m[5]))
				return {
					from: { y, m: 12 },
					to: { y: y + 1, m: 2 },
					label: `the winter of ${m[4]}–${m[5]}`,
					coarse: true,
					explicitYear: true
				};
			if (m[5]) return null;
			const label = m[1] ? `${part} ${m[4]}` : `the ${part} of ${m[4]}`;
			return { from: { y, m: a }, to: { y, m: b }, label, coarse: !m[1], explicitYear: true };
		}
	),
	rule(
		'that-month',
		// "the Convention indicted him that December", "Reappointed that month", "which opened that
		// autumn": a month or season of the year last written.
		`\\b[Tt]hat\\s+(${MONTH}|spring|summer|autumn|fall|winter|month)\\b`,
		{
			text: 'In 1792 he went to London; the Convention indicted him that December.',
			iso: ['1792', '1792-12']
		},
		({ m, ctx }) => {
			const y = lastYear(ctx);
			if (y === undefined) return null;
			const w = m[1].toLowerCase();
			if (w === 'month')
				return ctx.last?.m ? { from: { y: ctx.last.y, m: ctx.last.m }, explicitYear: false } : null;
			if (w in YEAR_PARTS) {
				const [a, b] = YEAR_PARTS[w];
				return {
					from: { y, m: a },
					to: { y, m: b },
					label: `the ${w} of ${y}`,
					coarse: true,
					explicitYear: false
				};
			}
			return { from: { y, m: monthNumber(m[1]) }, explicitYear: false };
		}
	),
	rule(
		'decade',
		`\\b(?:the\\s+)?(?:(early|mid|late)[-\\s])?(\\d{3})0s\\b`,
		{ text: 'Cooperation went on through the 1920s.', iso: ['1920/1929'] },
		({ m }) => {
			const base = Number(m[2]) * 10;
			const [a, b] = m[1] ? DECADE_PARTS[m[1].toLowerCase()] : [0, 9];
			const label = `the ${m[1] ? m[1].toLowerCase() + ' ' : ''}${base}s`;
			return {
				from: { y: base + a },
				to: { y: base + b },
				label,
				coarse: true,
				explicitYear: true
			};
		}
	),
	rule(
		'century',
		`\\b(?:the\\s+)?([a-z]+(?:-[a-z]+)?|\\d{1,2}(?:st|nd|rd|th))[-\\s]century(?:\\s+(BCE|BC|AD|CE))?`,
		{ text: 'Trade grew in the eighteenth century.', iso: ['1701/1800'] },
		({ m }) => {
			const n = centuryNumber(m[1]);
			if (!n) return null;
			const bc = /^BC/.test(m[2] ?? '');
			const from = bc ? -(n * 100) : (n - 1) * 100 + 1;
			const to = bc ? -((n - 1) * 100 + 1) : n * 100;
			const label = `the ${m[1]} century${m[2] ? ' ' + m[2] : ''}`;
			return { from: { y: from }, to: { y: to }, label, coarse: true, explicitYear: true };
		}
	),
	rule(
		'day-month',
		`\\b${WEEKDAY}(?:(${DAY})\\s+(${MONTH})|(${MONTH})\\s+(${DAY}))(?![\\d\\p{L}]|,?\\s*\\d)`,
		{ text: 'He landed in France on 1 March.', iso: ['1920-03-01'] },
		({ m, ctx }) => {
			const y = lastYear(ctx);
			if (y === undefined) return null;
			const d = dayOf(m[1] ?? m[4]);
			return { from: { y, m: monthNumber(m[2] ?? m[3]), d }, explicitYear: false };
		}
	),
	rule(
		'month',
		// The preposition is looked behind, not taken: "in June and July 1754" is read by the range rule.
		`(?<=\\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-)\\s+(?:early\\s+|late\\s+)?)(${MONTH})(?![\\p{L}]|,?\\s*\\d)`,
		{ text: 'In April Iraqi forces retook the Fao peninsula.', iso: ['1920-04'] },
		({ m, ctx }) => {
			const y = lastYear(ctx);
			return y === undefined ? null : { from: { y, m: monthNumber(m[1]) }, explicitYear: false };
		}
	),
	rule(
		'year-before-bc',
		// "tribune in 123 and again in 122 BC", "at Aquae Sextiae in 102 and … in 101 BC": a bare year
		// before a later year BC of its sentence is BC too, when it is the larger (years BC count down).
		`(?<=\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil)\\s)(\\d{1,3})(?![\\d\\p{L}]|\\s?${ERA})(?=[^.;]{1,120}?\\b(\\d{1,4})\\s?(?:BCE|BC|B\\.C\\.)(?![\\p{L}]))`,
		{ text: 'He won at Aquae Sextiae in 102 and at Vercellae in 101 BC.', iso: ['-0101', '-0100'] },
		({ m }) => {
			const [a, b] = [Number(m[1]), Number(m[2])];
			return a > b && a - b < 50 ? { from: { y: -a }, explicitYear: true } : null;
		}
	),
	rule(
		'year',
		`(?<![\\d.,/-])${YEAR}`,
		{ text: 'In 1933 he received a doctorate; Caesar died in 44 BC.', iso: ['1933', '-0043'] },
		({ m }) => {
			const y = yearOf(m[0]);
			// A bare four-digit number is a year in the historian's range.
			if (/^\d{4}$/.test(m[0]) && (y < 1000 || y > 2100)) return null;
			// "(28 Mordad 1332)": a day and a month of another calendar (Persian, Islamic) before it.
			const before = /\b\d{1,2}\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(
				m.input.slice(Math.max(0, m.index - 24), m.index)
			);
			if (before && !new RegExp(`^${MONTH}$`, 'u').test(before[1])) return null;
			return { from: { y }, explicitYear: true };
		}
	),
	rule(
		'relative',
		`\\b(?:(?:(?:less|more)\\s+than|nearly|almost|about|some|barely|just)\\s+)?(?:(${NUMBER})\\s+(day|week|month|year)s?\\s+(later|afterwards?|after\\s+that|earlier|before)|[Tt]he\\s+(next|following|same|previous)\\s+(day|morning|afternoon|evening|night|week|month|year)|[Tt]hat\\s+(?:same\\s+)?(morning|afternoon|evening|night|day)|(?:[Ll]ater|[Ee]arlier)\\s+that\\s+(month|year)|[Tt]hat\\s+same\\s+(month|year)|(?:[Ii]n\\s+)?the\\s+same\\s+(month|year))\\b`,
		{
			text: 'Napoleon entered Paris on 20 March 1815, and two days later he spoke.',
			iso: ['1815-03-20', '1815-03-22']
		},
		({ m, ctx }) => {
			// "the next morning", "that evening": a part of a day counts as its day.
			// "later that month", "that same year": the month or year of the last date.
			const same = m[7] ?? m[8] ?? m[9];
			if (same) {
				if (!ctx.last || (same === 'month' && !ctx.last.m)) return null;
				const p =
					same === 'month' ? { y: ctx.last.y, m: ctx.last.m } : { y: ctx.mentioned ?? ctx.last.y };
				return { from: p, explicitYear: false };
			}
			const unit = (m[2] ?? m[5] ?? m[6])
				.toLowerCase()
				.replace(/^(?:morning|afternoon|evening|night)$/, 'day');
			if (m[4] === 'same' || m[6])
				return ctx.last && unit === 'day' && ctx.last.d
					? { from: ctx.last, explicitYear: false }
					: null;
			// "two days earlier", "the previous evening": back from the last date.
			const back = /^(?:earlier|before)$/.test(m[3] ?? '') || m[4] === 'previous';
			const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
			const r = relative(ctx.last, back ? -n : n, unit);
			return r && back ? { ...r, back } : r;
		}
	)
];

/** All rules, longest forms first where two read the same place. */
export const DATE_RULES: DateRule[] = [...RANGE_RULES, ...POINT_RULES];

// Early medieval texts write three-digit years ("in August 843", "at Worms in 829", "the war of
// 840–843"). Where the text dates a month so, a three-digit number after a month, a preposition
// or a dash is a year too (not "of 300 knights").
const YEAR_EARLY = `(?:${YEAR}|(?<=(?:\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|of|to|and|c\\.|${MONTH})\\s|[–—-]))\\d{3}(?![\\d\\p{L}])(?!\\s+(?:\\p{Ll}+s|men|people)\\b))`;
// The same rules with that year ("840–843" for the year range too).
const EARLY_RULES: DateRule[] = DATE_RULES.map((r) => ({
	...r,
	re: new RegExp(
		r.re.source
			.split(YEAR)
			.join(YEAR_EARLY)
			.replaceAll('(\\d{4})', '(\\d{3,4})')
			.replaceAll('(\\d{4}|', '(\\d{3,4}|'),
		'gu'
	)
}));
const EARLY_TEXT = new RegExp(`\\b${MONTH}\\s+\\d{3}(?![\\d\\p{L}])`, 'u');

/** Whether the text writes years of three digits after a month ("in August 843"). */
export const earlyYears = (text: string) => EARLY_TEXT.test(text);

const DAY_MS = 86_400_000;

/** "two days later" from the last date; the unit must not be finer than what the text gave. */
function relative(last: Point | undefined, n: number, unit: string): Read | null {
	if (!last || n === 0) return null;
	if (unit === 'year') return { from: { y: last.y + n }, explicitYear: false };
	if (unit === 'month') {
		if (!last.m) return null;
		const k = last.m - 1 + n;
		return { from: { y: last.y + Math.floor(k / 12), m: (k % 12) + 1 }, explicitYear: false };
	}
	if (!last.d || !last.m || last.y < 1) return null;
	const t = Date.UTC(last.y, last.m - 1, last.d) + (unit === 'week' ? 7 * n : n) * DAY_MS;
	const dt = new Date(t);
	return {
		from: { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() },
		explicitYear: false
	};
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO 8601 at the point's precision; BC years astronomically ("44 BC" → "-0043"). */
export function isoPoint(p: Point): string {
	const y = p.y < -1 ? `-${pad(-p.y - 1, 4)}` : pad(p.y < 0 ? 0 : p.y, 4); // 1 BC is year 0
	return y + (p.m ? `-${pad(p.m, 2)}` + (p.d ? `-${pad(p.d, 2)}` : '') : '');
}

const yearLabel = (y: number) => (y < 0 ? `${-y} BC` : y < 1000 ? `AD ${y}` : String(y));

/** The year of an ISO date as a reader writes it: "-0058-03" → "59 BC", "1922-04-16" → "1922". */
export function isoYearLabel(iso: string): string {
	const m = /^(-?)(\d{4})/.exec(iso);
	if (!m) return iso;
	const n = Number(m[2]);
	return yearLabel(m[1] ? -(n + 1) : n === 0 ? -1 : n);
}

export function labelPoint(p: Point): string {
	const month = p.m ? MONTHS[p.m - 1] : '';
	return [p.d ?? '', month, yearLabel(p.y)].filter(Boolean).join(' ');
}

function labelRange(a: Point, b: Point): string {
	if (!a.m && !b.m && a.y < 0 && b.y < 0) return `${-a.y}–${-b.y} BC`; // "431–404 BC"
	if (a.y === b.y && a.m && a.m === b.m && a.d && b.d)
		return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${yearLabel(a.y)}`;
	if (a.y === b.y && a.m && b.m && !a.d && !b.d)
		return `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${yearLabel(a.y)}`;
	return `${labelPoint(a)} – ${labelPoint(b)}`.replace(/^(\d+) – (\d+)$/, '$1–$2');
}

function mention(r: Read, start: number, end: number, rule: string): DateMention {
	const iso = isoPoint(r.from) + (r.to ? `/${isoPoint(r.to)}` : '');
	const label = r.label ?? (r.to ? labelRange(r.from, r.to) : labelPoint(r.from));
	const day = !r.to && !!r.from.d;
	let when = `${day ? 'on' : 'in'} ${label}`;
	if (r.to && !r.label) {
		const sameMonth = r.from.y === r.to.y && r.from.m === r.to.m && !!r.from.d;
		const months = r.from.y === r.to.y && !!r.from.m && !r.from.d;
		if (sameMonth) when = `on ${label}`;
		else if (!months) when = `from ${labelPoint(r.from)} to ${labelPoint(r.to)}`;
	}
	return {
		start,
		end,
		iso,
		label,
		when,
		explicitYear: r.explicitYear,
		rule,
		...(r.coarse ? { coarse: true } : {})
	};
}

interface Hit {
	rule: DateRule;
	m: RegExpExecArray;
	start: number;
	end: number;
	order: number;
}

/**
 * A date that looks back from the story and does not move it: earlier than the story's year, and
 * told as a span up to the story ("which Iran had held since 1986"), in the past perfect ("Egypt
 * had bought arms in 1955", told in 1956) or in brackets ("the Baghdad Pact (1955)"). The next
 * "On 29 October" is still the story's year.
 */
function lookBack(s: string, start: number, end: number, r: Read, ctx: DateContext): boolean {
	if (!ctx.last || r.to || r.from.y >= ctx.last.y) return false;
	if (/\bsince\s+$/i.test(s.slice(Math.max(0, start - 7), start))) return true;
	if (s[start - 1] === '(' && /^[),]/.test(s.slice(end))) return true;
	// The clause around the date: from the last comma or semicolon before it to the next after.
	const a = Math.max(s.lastIndexOf(',', start), s.lastIndexOf(';', start)) + 1;
	const after = s.slice(end).search(/[,;]/);
	const clause = s.slice(a, after < 0 ? s.length : end + after);
	return /\bhad\s+(?:\p{L}+ly\s+|not\s+|never\s+|already\s+)?(?!to\b)\p{Ll}+/u.test(clause);
}

/** The dates of text[from, to), read in order; `ctx` carries the last date on to the next call. */
/**
 * "Two years later Henry himself died of dysentery at Vincennes, on 31 August 1422": a relative
 * date its clause gives again as a day (or a month) with its year is that date; counted from the
 * last date told it would be a guess (1423).
 */
function restated(s: string, h: Hit, hits: Hit[], k: number): Hit | null {
	if (h.rule.id !== 'relative') return null;
	const next = hits.slice(k + 1).find((x) => x.start >= h.end);
	if (!next || !/^(?:day-month-year|month-day-year|month-year)$/u.test(next.rule.id)) return null;
	const between = s.slice(h.end, next.start);
	const clause = between.length <= 80 && !/[.;:!?()]|\b(?:and|but|while|when)\b/u.test(between);
	return clause ? next : null;
}

export function sentenceDates(
	text: string,
	from: number,
	to: number,
	ctx: DateContext
): DateMention[] {
	const s = text.slice(from, to);
	const hits: Hit[] = [];
	(ctx.early ? EARLY_RULES : DATE_RULES).forEach((r, order) => {
		r.re.lastIndex = 0;
		for (let m = r.re.exec(s); m; m = r.re.exec(s))
			hits.push({ rule: r, m, start: m.index, end: m.index + m[0].length, order });
	});
	hits.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
	const out: DateMention[] = [];
	let reach = 0;
	for (const [k, h] of hits.entries()) {
		if (h.start < reach) continue;
		// (Read as the date it is restated as, so that its words still leave the question.)
		const again = restated(s, h, hits, k);
		let r = again ? again.rule.apply({ m: again.m, ctx }) : h.rule.apply({ m: h.m, ctx });
		if (!r) continue;
		const since = /\bsince\s+$/i.test(s.slice(Math.max(0, h.start - 7), h.start));
		// "On 15 March 1939 … Hácha, Beneš's successor since November": a yearless month "since"
		// after the story's month is last year's.
		if (since && !r.to && !r.explicitYear && r.from.m && !r.from.d) {
			const last = ctx.last;
			if (last?.m && last.y === r.from.y && r.from.m > last.m)
				r = { ...r, from: { ...r.from, y: r.from.y - 1 } };
		}
		reach = h.end;
		const d = mention(r, from + h.start, from + h.end, h.rule.id);
		// "Clemenceau, who had led France since November 1917": the answer says "since".
		// (Only "since": "until 1975, when …" dates what came then, and a bound asks nothing.)
		if (!r.to && since) d.when = `since ${d.label}`;
		// "in early May": the part of the month is the answer's ("early May 1919").
		const part = /\b(early|late|mid-)\s*$/i.exec(s.slice(Math.max(0, h.start - 6), h.start));
		if (part && r.from.m && !r.from.d && !r.to) {
			d.label = `${part[1].toLowerCase()}${part[1].endsWith('-') ? '' : ' '}${d.label}`;
			d.when = `in ${d.label}`;
		}
		out.push(d);
		if (r.explicitYear && !r.to) ctx.mentioned = r.from.y;
		// A range (an office's years, a life) does not move the narrative: "Pérez de Cuéllar, who
		// was Secretary-General from 1982 to 1991 … On 8 August" is still in 1988.
		// A range inside one year ("the first half of 1988") sets the year.
		// A bare year far from the story and mid-sentence is a look ahead or back ("… did not become
		// widely known until 2002, when veterans …" told in 1962): the story's next "October 28"
		// stays in 1962. At a sentence's start it moves the story there.
		const aside =
			!r.to &&
			!r.from.m &&
			r.explicitYear &&
			ctx.last !== undefined &&
			Math.abs(r.from.y - ctx.last.y) > 10 &&
			h.start > 25;
		// "the Treaty of London of 1915", told in 1919: a year naming a thing moves no story.
		const naming =
			!r.to &&
			!r.from.m &&
			ctx.last !== undefined &&
			r.from.y < ctx.last.y &&
			/\bof\s+$/i.test(s.slice(Math.max(0, h.start - 4), h.start));
		// "author of The Anti-Marcos Struggle (1995)": a year in brackets is a citation's or an
		// aside's, and moves no story.
		const bracketed = !r.to && !r.from.m && s[h.start - 1] === '(' && s[h.end] === ')';
		// "The occupation was to take place between 1 and 10 October. The next morning …": a plan's
		// date is not where the story is.
		const planned = /\b(?:was|were) (?:to|due to|scheduled to|expected to)\b[^.;]*$/i.test(
			s.slice(Math.max(0, h.start - 80), h.start)
		);
		if (aside || naming || bracketed || planned || r.back || lookBack(s, h.start, h.end, r, ctx))
			continue;
		if (!r.to || r.from.d) ctx.last = r.from;
		else if (r.from.y === r.to.y) ctx.last = { y: r.from.y };
	}
	return out;
}
