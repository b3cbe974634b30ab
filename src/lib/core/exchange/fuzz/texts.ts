// Text inputs for the fuzz suite: Anki/CSV files with their headers, Anki HTML fields, JSON with
// breakage. Like decks.ts: valid material, plus planted faults that must be refused.
import type { Fault } from './decks';
import { BOMB_UNITS, bomb, calm, noise, pickOdd, pickScript, PROTO_KEYS } from './pieces';
import type { Random } from './random';

const SEPARATORS = { tab: '\t', comma: ',', semicolon: ';', pipe: '|' } as const;
type SepName = keyof typeof SEPARATORS;

export interface CsvFile {
	sep: SepName;
	html: boolean;
	/** Header lines, without the separator and html ones (written from `sep` and `html`). */
	headers: string[];
	rows: string[][];
}

/** A field as Anki quotes it. */
function quote(value: string, sep: string): string {
	return value.includes(sep) || /["\r\n]/.test(value) || value.startsWith('#')
		? `"${value.replace(/"/g, '""')}"`
		: value;
}

export function writeCsv(f: CsvFile): string {
	const sep = SEPARATORS[f.sep];
	return [
		`#separator:${f.sep}`,
		`#html:${f.html}`,
		...f.headers,
		...f.rows.map((r) => r.map((v) => quote(v, sep)).join(sep))
	].join('\n');
}

/** Words for fields: plain (the odd text has no markup) and, in HTML files, simple formatting. */
function field(rnd: Random, html: boolean): string {
	const word = rnd.pick(['Чичерин', 'Рапалло', '1922', 'нарком', 'Генуя', 'договор']);
	if (rnd.chance(0.25)) return `${word} ${pickOdd(rnd).replace(/[<>&]/g, ' ')}`;
	if (html && rnd.chance(0.3)) return `<b>${word}</b><br>${word}&nbsp;&amp;`;
	return word;
}

/** A valid Anki text file: 1–3 decks by a deck column, or one deck, rows of two to four fields. */
export function makeCsv(rnd: Random, rows: number): CsvFile {
	const sep = rnd.pick(['tab', 'comma', 'semicolon', 'pipe'] as const);
	const html = rnd.chance(0.4);
	const byColumn = rnd.chance(0.4);
	const headers = [
		...(byColumn ? ['#deck column:1'] : []),
		...(rnd.chance(0.3) ? [`#tags:${rnd.pick(PROTO_KEYS)} core`] : []),
		...(rnd.chance(0.2) ? ['#notetype:Basic (and reversed card)'] : [])
	];
	const decks = ['Deck A', 'Колода', rnd.pick(PROTO_KEYS)];
	const out: string[][] = [];
	for (let i = 0; i < Math.max(1, rows); i++) {
		const front = `${field(rnd, html)} ${i}`;
		const row = [front, field(rnd, html)];
		if (rnd.chance(0.3)) row.push(field(rnd, html));
		out.push(byColumn ? [rnd.pick(decks), ...row] : row);
	}
	return { sep, html, headers, rows: out };
}

const lastRow = (f: CsvFile) => f.rows[f.rows.length - 1];
const frontCol = (f: CsvFile) => (f.headers.includes('#deck column:1') ? 1 : 0);

/** Faults of an Anki text file; the message must name the line (and say what is wrong). */
export const CSV_FAULTS: Fault<CsvFile>[] = [
	{
		label: 'script in an HTML field',
		// "<!--><script>…-->" is one comment to the converter: the field is left empty, refused so.
		field: /line \d+.*(HTML|is empty)/,
		apply: (f, r) => {
			f.html = true;
			lastRow(f)[frontCol(f)] = pickScript(r);
		}
	},
	{
		label: 'markup in a plain-text file',
		field: /line \d+.*HTML/,
		apply: (f, r) => {
			f.html = false;
			lastRow(f)[frontCol(f)] = `x ${pickScript(r)}`;
		}
	},
	{
		label: 'two deck names for one id',
		field: /line \d+.*would get the id/,
		apply: (f) => {
			const first = frontCol(f) ? f.rows[0].slice(1) : f.rows[0];
			f.headers = ['#deck column:1', ...f.headers.filter((h) => h !== '#deck column:1')];
			f.rows = [
				['Deck A', ...first],
				['Deck  A', 'другой вопрос', 'ответ']
			];
		}
	},
	{
		label: 'more than 200 decks',
		field: /more than 200 decks/,
		apply: (f) => {
			f.headers = ['#deck column:1'];
			f.rows = Array.from({ length: 201 }, (_, i) => [`Deck ${i}`, `q${i}`, 'a']);
		}
	},
	{ label: 'empty front', field: /line \d+.*front/, apply: (f) => (lastRow(f)[frontCol(f)] = ' ') },
	{
		label: 'the same row twice',
		field: /line \d+.*the same card as line/,
		apply: (f) => f.rows.push([...lastRow(f)])
	},
	{
		label: 'cloze note without gaps',
		field: /line \d+.*cloze/,
		apply: (f) => {
			f.headers.push('#notetype:Cloze');
			lastRow(f)[frontCol(f)] = 'без пропусков';
		}
	}
];

/** Faults of the file's text itself: quoting that cannot be read. */
export const CSV_TEXT_FAULTS: Fault<{ text: string }>[] = [
	{
		label: 'unclosed quote',
		field: /line \d+.*quoted field is not closed/,
		apply: (t) => (t.text += '\n"never closed, x')
	},
	{
		label: 'text after a closing quote',
		field: /line \d+.*after a closing quote/,
		apply: (t) => (t.text += '\n"q"x\tanswer')
	}
];

/** An Anki HTML field: formatting, entities, comments around text; `hostile`: the raw material. */
export function makeHtmlField(rnd: Random, size: number, hostile: boolean): string {
	const parts = [
		'<b>',
		'</b>',
		'<i>x</i>',
		'<br>',
		'<div>',
		'</div>',
		'&nbsp;',
		'&amp;',
		'<!-- c -->'
	];
	let out = '';
	while (out.length < size)
		out += rnd.chance(0.4) ? rnd.pick(parts) : hostile ? noise(rnd, 8) : calm(rnd, 8);
	return out;
}

/** Text with cloze gaps (and broken ones). */
export function makeClozeText(rnd: Random, size: number): string {
	let out = '';
	while (out.length < size) {
		const k = rnd.int(6);
		out +=
			k === 0
				? `{{c${1 + rnd.int(4)}::${rnd.pick(['Чичерин', '1922', 'a::hint', ''])}}}`
				: k === 1
					? rnd.pick(['{{c', '::', '}}', '{{c1::', '}', '{{'])
					: k === 2
						? bomb(rnd, 1 + rnd.int(20))
						: rnd.pick(['Договор ', 'подписал ', 'в ', 'Рапалло. ']);
	}
	return out;
}

/** JSON text: valid documents, then broken in the ways people and attackers break it. */
export function makeJsonText(rnd: Random, size: number): string {
	const value = (depth: number): unknown =>
		depth > 4 || rnd.chance(0.3)
			? rnd.pick([1, -0.5, 'text', pickOdd(rnd), null, true])
			: rnd.chance(0.5)
				? Array.from({ length: rnd.int(4) }, () => value(depth + 1))
				: Object.fromEntries(
						Array.from({ length: rnd.int(4) }, () => [rnd.pick(PROTO_KEYS), value(depth + 1)])
					);
	let text = JSON.stringify(value(0), null, rnd.chance(0.5) ? 1 : undefined) ?? 'null';
	while (text.length * 2 < size) text = `[${text},${text}]`;
	switch (rnd.int(5)) {
		case 0:
			return text;
		case 1:
			return text.slice(0, rnd.int(text.length));
		case 2:
			return rnd.pick(['[', '{"a":', '[{"a":']).repeat(1 + rnd.int(size)) + text;
		case 3:
			return text + rnd.pick(BOMB_UNITS);
		default: {
			const at = rnd.int(text.length);
			return (
				text.slice(0, at) + rnd.pick(['\u0000', '\\x', '"', ',', '}', "'", '\n']) + text.slice(at)
			);
		}
	}
}
