// Decks as Anki's text-import format ("Notes in Plain Text", CSV/TSV with # headers), both ways.
//
// Export: `#separator:tab|comma|semicolon|pipe`, `#html:false`, `#notetype:Basic`, `#guid column:1`
// (the card's guid: re-importing updates the notes), `#deck column:2` (Anki creates missing decks
// from this column; a `#deck:` header only names an existing one), `#tags column:6`, and one
// `#kartoteka deck:{json}` line per deck with what Anki has no place for (id, kind, lang, source).
// Anki ignores header keys it does not know. Columns: guid, deck, front, back, context, tags; with
// no `#columns:` line Anki maps the first two free columns to Front and Back.
//
// A file may go through a spreadsheet (Excel, LibreOffice) between export and import: it reads the
// # lines as rows too, quotes what holds a separator or a quote, and pads rows with empty cells.
// So no header line holds a separator or a quote (the JSON has %-escapes for them, metaLine), and
// the import takes header lines back from that treatment (trailing empty cells, quoted lines).
//
// Import: Anki's own exports (any of its headers, `tags:` first line, guessed separator, HTML
// fields, Basic/reversed/Cloze note types) and plain two-column CSV/TSV without headers.
import type { CardFile, DeckFile, DeckKind } from '$lib/core/deck/types';
import { MAX_FIELD } from '$lib/core/deck/schema';
import { validateDeck, type DeckProblem } from '$lib/core/deck/validate';
import { MAX_DECKS } from './limits';
import { expandCloze, hasCloze } from './cloze';
import { formatRecord, parseRecords, type TextRecord } from './delimited';
import { htmlToText } from './html-text';
import { cardIdFromGuid, deckIdOfGuid, guidOf, isDeckId, shortHash, slugify } from './ids';

export type SeparatorName = 'tab' | 'comma' | 'semicolon' | 'pipe';
export const SEPARATORS: Record<SeparatorName | 'colon' | 'space', string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	pipe: '|',
	colon: ':',
	space: ' '
};

const META_KEY = 'kartoteka deck';
const KINDS: DeckKind[] = ['dates', 'actors', 'positions', 'custom'];

interface DeckMeta {
	id: string;
	name: string;
	title?: string;
	description?: string;
	lang?: string;
	kind?: DeckKind;
	source?: DeckFile['source'];
}

/** Anki deck names: the title, made unique when two decks share one. */
function ankiNames(decks: DeckFile[]): string[] {
	const seen = new Set<string>();
	return decks.map((d) => {
		let name = d.title.replace(/\s+/g, ' ').trim();
		if (seen.has(name)) name = `${name} (${d.id})`;
		seen.add(name);
		return name;
	});
}

/** The characters a spreadsheet would quote or split a cell at, and % itself. */
const UNSAFE = /[%,;|"\t\r\n]/g;

/** The deck's JSON with every separator, quote and line break %-escaped (decodeURIComponent reads it). */
function metaLine(meta: DeckMeta): string {
	return JSON.stringify(meta).replace(
		UNSAFE,
		(c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
	);
}

/** A meta line's JSON: %-escaped as metaLine writes it, or plain (exports before the escaping). */
function readMeta(value: string): unknown {
	const text = value.trim();
	try {
		return JSON.parse(text);
	} catch {
		return JSON.parse(decodeURIComponent(text));
	}
}

export function decksToAnkiText(decks: DeckFile[], separator: SeparatorName = 'tab'): string {
	const sep = SEPARATORS[separator];
	const names = ankiNames(decks);
	const lines = [
		`#separator:${separator}`,
		'#html:false',
		'#notetype:Basic',
		'#guid column:1',
		'#deck column:2',
		'#tags column:6',
		...decks.map((d, i) => {
			const meta: DeckMeta = {
				id: d.id,
				name: names[i],
				title: d.title,
				description: d.description,
				lang: d.lang,
				kind: d.kind,
				source: d.source
			};
			return `#${META_KEY}:${metaLine(meta)}`;
		})
	];
	decks.forEach((d, i) => {
		for (const c of d.cards) {
			lines.push(
				formatRecord(
					[
						guidOf(d.id, c.id),
						names[i],
						c.front,
						c.back,
						c.context ?? '',
						(c.tags ?? []).map((t) => t.replace(/\s+/g, '_')).join(' ')
					],
					sep
				)
			);
		}
	});
	return lines.join('\r\n') + '\r\n';
}

export interface AnkiHeaders {
	separator?: string;
	html?: boolean;
	tags: string[];
	columns?: string[];
	notetype?: string;
	deck?: string;
	notetypeColumn: number;
	deckColumn: number;
	tagsColumn: number;
	guidColumn: number;
	decks: DeckMeta[];
}

export type AnkiTextResult =
	{ ok: true; decks: DeckFile[] } | { ok: false; problems: DeckProblem[] };

const lineProblem = (line: number, message: string): AnkiTextResult => ({
	ok: false,
	problems: [{ field: `line ${line}`, message }]
});

/** Reads the header lines; returns them and the offset/line where the records start. */
export function readHeaders(text: string): { headers: AnkiHeaders; offset: number; line: number } {
	const headers: AnkiHeaders = {
		tags: [],
		notetypeColumn: 0,
		deckColumn: 0,
		tagsColumn: 0,
		guidColumn: 0,
		decks: []
	};
	let offset = 0;
	let line = 1;
	let first = true;
	while (offset < text.length) {
		const end = text.indexOf('\n', offset);
		let raw = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
		// A header line a spreadsheet quoted ("#kartoteka deck:{""id"":…}",,,): its cells again.
		if (raw.startsWith('"#')) raw = unquotedHeader(raw, headers.separator) ?? raw;
		if (first && raw.startsWith('tags:')) headers.tags = raw.slice(5).split(/\s+/).filter(Boolean);
		else if (!raw.startsWith('#')) break;
		else {
			const colon = raw.indexOf(':');
			if (colon > 0)
				readHeader(
					headers,
					raw.slice(1, colon).trim().toLowerCase(),
					// The empty cells a spreadsheet pads a row with ("#html:false,,,,").
					raw.slice(colon + 1).replace(/(?<=.)[\t,;|]+$/, '')
				);
		}
		first = false;
		offset = end < 0 ? text.length : end + 1;
		line++;
	}
	return { headers, offset, line };
}

const HEADER_KEYS = new Set([
	'separator',
	'html',
	'tags',
	'columns',
	'notetype',
	'deck',
	'notetype column',
	'deck column',
	'tags column',
	'guid column',
	META_KEY
]);

/**
 * A header line that a spreadsheet saved as a row of quoted cells, joined back; null when it is
 * not a header (a card whose front starts with "#" is quoted too).
 */
function unquotedHeader(raw: string, separator = ','): string | null {
	const parsed = parseRecords(raw, separator);
	if (!parsed.ok || parsed.records.length !== 1) return null;
	const line = parsed.records[0].fields.join(separator).replace(/[\t,;|]+$/, '');
	const key = /^#([^:]*):/.exec(line)?.[1].trim().toLowerCase();
	return key && HEADER_KEYS.has(key) ? line : null;
}

function readHeader(h: AnkiHeaders, key: string, value: string) {
	const int = () => (/^\s*\d+\s*$/.test(value) ? Number(value) : 0);
	switch (key) {
		case 'separator': {
			const v = value.trim().toLowerCase();
			h.separator = Object.hasOwn(SEPARATORS, v)
				? SEPARATORS[v as SeparatorName]
				: value.length === 1
					? value
					: undefined;
			break;
		}
		case 'html':
			if (/^\s*(true|false)\s*$/i.test(value)) h.html = value.trim().toLowerCase() === 'true';
			break;
		case 'tags':
			h.tags = value.split(/\s+/).filter(Boolean);
			break;
		case 'columns':
			h.columns = value.split(h.separator ?? /[\t,;|]/).map((s) => s.trim());
			break;
		case 'notetype':
			h.notetype = value.trim();
			break;
		case 'deck':
			h.deck = value.trim();
			break;
		case 'notetype column':
			h.notetypeColumn = int();
			break;
		case 'deck column':
			h.deckColumn = int();
			break;
		case 'tags column':
			h.tagsColumn = int();
			break;
		case 'guid column':
			h.guidColumn = int();
			break;
		case META_KEY:
			try {
				const meta = readMeta(value) as Partial<DeckMeta>;
				if (meta && typeof meta.id === 'string' && typeof meta.name === 'string')
					h.decks.push(meta as DeckMeta);
			} catch {
				// A damaged meta line only loses the deck's extra details; the cards still import.
			}
	}
}

/** Anki's guess when there is no #separator header: the first separator the data holds. */
function guessSeparator(text: string): string {
	const firstLine = text.split(/\r?\n/).find((l) => l.trim() && !l.startsWith('#')) ?? '';
	for (const sep of ['\t', '|', ';', ',']) if (firstLine.includes(sep)) return sep;
	return '\t';
}

interface Row {
	line: number;
	card: CardFile;
}

/**
 * Anki text → decks. `fallbackName` names the deck when the file names none (the file's name).
 * Every problem names the file line.
 */
export function ankiTextToDecks(text: string, fallbackName: string): AnkiTextResult {
	const { headers: h, offset, line } = readHeaders(text);
	const body = text.slice(offset);
	const sep = h.separator ?? guessSeparator(body);
	const parsed = parseRecords(body, sep, line);
	if (!parsed.ok) return lineProblem(parsed.line, parsed.message);
	if (!parsed.records.length) return lineProblem(line, 'the file holds no cards');

	const meta = new Set(
		[h.guidColumn, h.deckColumn, h.notetypeColumn, h.tagsColumn].filter((c) => c > 0)
	);
	const ours = h.decks.length > 0;
	const labels = h.columns?.map((c) => c.toLowerCase());
	const contextColumn = labels ? labels.indexOf('context') + 1 : 0;

	const groups = groupRows(parsed.records, h, fallbackName, (rec) =>
		recordCards(rec, h, meta, ours, contextColumn)
	);
	if (!(groups instanceof Map)) return groups;

	const decks: DeckFile[] = [];
	const problems: DeckProblem[] = [];
	// Names are what the file gives; ids are what the app keys decks by. Two names with one id
	// ("Deck A", "Deck  A") would replace each other: refused, naming both.
	const idOwner = new Map<string, { name: string; line: number }>();
	const infoByName = new Map<string, DeckMeta>();
	for (const d of h.decks) if (!infoByName.has(d.name)) infoByName.set(d.name, d);
	for (const [name, rows] of groups) {
		const info =
			infoByName.get(name) ?? (h.decks.length === 1 && !h.deckColumn ? h.decks[0] : undefined);
		const id = info?.id && isDeckId(info.id) ? info.id : (guidDeckId(rows) ?? slugify(name));
		const owner = idOwner.get(id);
		if (owner) {
			return lineProblem(
				rows[0].line,
				`the deck “${name}” would get the id “${id}” of the deck “${owner.name}” (line ${owner.line}); rename one of them`
			);
		}
		idOwner.set(id, { name, line: rows[0].line });
		const r = groupDeck(id, name, info, rows);
		if ('deck' in r) decks.push(r.deck);
		else problems.push(...r.problems);
	}
	if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
	return { ok: true, decks };
}

/** Rows by deck name, in file order; at most MAX_DECKS decks. */
function groupRows(
	records: TextRecord[],
	h: AnkiHeaders,
	fallbackName: string,
	cardsOf: (rec: TextRecord) => Row[] | { message: string }
): Map<string, Row[]> | AnkiTextResult {
	const groups = new Map<string, Row[]>();
	for (const rec of records) {
		const rows = cardsOf(rec);
		if (!Array.isArray(rows)) return lineProblem(rec.line, rows.message);
		if (!rows.length) continue;
		const deckName =
			(h.deckColumn ? rec.fields[h.deckColumn - 1]?.trim() : '') || h.deck || fallbackName;
		let group = groups.get(deckName);
		if (!group) {
			if (groups.size === MAX_DECKS)
				return lineProblem(rec.line, `more than ${MAX_DECKS} decks in one file`);
			groups.set(deckName, (group = []));
		}
		group.push(...rows);
	}
	return groups;
}

/** One deck of the file, validated; problems name the file's lines. */
function groupDeck(
	id: string,
	name: string,
	info: DeckMeta | undefined,
	rows: Row[]
): { deck: DeckFile } | { problems: DeckProblem[] } {
	const seen = new Map<string, Row>();
	const cards: CardFile[] = [];
	const lines: number[] = [];
	const problems: DeckProblem[] = [];
	for (const row of rows) {
		let cardId = row.card.id.startsWith('guid:')
			? cardIdFromGuid(id, row.card.id.slice(5))
			: row.card.id;
		const dup = seen.get(cardId);
		if (dup && row.card.id.startsWith('row:') && !sameSides(dup.card, row.card)) {
			// Two different rows whose content hashes (32 bits) collide: not the same card. The
			// second gets a longer id, deterministically, so a re-import finds it again.
			cardId = `${cardId}.${shortHash(`${cardId}\u001f${row.card.front}\u001f${row.card.back}`)}`;
		} else if (dup) {
			problems.push({
				field: `line ${row.line}`,
				message: `the same card as line ${dup.line} (id "${cardId}")`
			});
			continue;
		}
		seen.set(cardId, row);
		cards.push({ ...row.card, id: cardId });
		lines.push(row.line);
	}
	const cyrillic = rows.some((r) => /[а-яё]/i.test(r.card.front));
	const r = validateDeck({
		format: 'kartoteka-deck',
		version: 1,
		id,
		title: info?.title ?? name,
		...(info?.description ? { description: info.description } : {}),
		lang: info?.lang ?? (cyrillic ? 'ru' : 'und'),
		kind: info?.kind && KINDS.includes(info.kind) ? info.kind : 'custom',
		...(info?.source ? { source: info.source } : {}),
		cards
	} satisfies DeckFile);
	if (!r.ok) return { problems: [...problems, ...r.problems.map((p) => lineOf(p, lines))] };
	return problems.length ? { problems } : { deck: r.deck };
}

const sameSides = (a: CardFile, b: CardFile) => a.front === b.front && a.back === b.back;

/** A validation problem of cards[i].field as "line N, field". */
function lineOf(p: DeckProblem, lines: number[]): DeckProblem {
	const m = /^cards\[(\d+)\]\.?(.*)$/.exec(p.field);
	if (!m) return { ...p, field: `deck ${p.field}` };
	return { field: `line ${lines[Number(m[1])]}${m[2] ? `, ${m[2]}` : ''}`, message: p.message };
}

/** Rows exported by this app carry their deck's id in the guid: keep it so re-imports update. */
function guidDeckId(rows: Row[]): string | null {
	const ids = new Set(
		rows.map((r) => (r.card.id.startsWith('guid:') ? deckIdOfGuid(r.card.id.slice(5)) : null))
	);
	const [only] = ids;
	return ids.size === 1 && only ? only : null;
}

function recordCards(
	rec: TextRecord,
	h: AnkiHeaders,
	meta: Set<number>,
	ours: boolean,
	contextColumn: number
): Row[] | { message: string } {
	const f = rec.fields;
	const cell = (col: number) => (col > 0 ? (f[col - 1] ?? '') : '');
	const fieldCols: number[] = [];
	for (let c = 1; c <= f.length; c++) if (!meta.has(c)) fieldCols.push(c);
	// With html:false (our own files) any tag is refused later by validation; with html:true (or
	// Anki's default for files that look like HTML) fields are converted to text here.
	const asText = (col: number, label: string): string | { message: string } => {
		const raw = cell(col);
		if (h.html !== true) return raw.trim();
		const r = htmlToText(raw);
		return r.ok ? r.text : { message: `${label} (column ${col}) ${r.message}` };
	};
	const front = asText(fieldCols[0] ?? 0, 'front');
	if (typeof front !== 'string') return front;
	const back = asText(fieldCols[1] ?? 0, 'back');
	if (typeof back !== 'string') return back;
	const ctxCol = contextColumn > 0 ? contextColumn : ours ? fieldCols[2] : 0;
	const context = ctxCol ? asText(ctxCol, 'context') : '';
	if (typeof context !== 'string') return context;

	if (f.every((x) => !x.trim())) return [];
	if (!front) return { message: `the front (column ${fieldCols[0] ?? 1}) is empty` };
	const tags = [...h.tags, ...cell(h.tagsColumn).split(/\s+/)].filter(Boolean);
	const guid = cell(h.guidColumn).trim();
	const notetype = (h.notetypeColumn ? cell(h.notetypeColumn) : (h.notetype ?? '')).toLowerCase();
	// Without a guid the id comes from the content: the same row imported again is the same card.
	const baseId = guid ? `guid:${guid}` : `row:${shortHash(`${front}\u001f${back}`)}`;
	const extra = { ...(tags.length ? { tags: [...new Set(tags)] } : {}) };

	if (notetype.includes('cloze') || hasCloze(front)) {
		const cards = expandCloze(front, MAX_FIELD);
		if (!Array.isArray(cards))
			return {
				message: `the cloze card c${cards.tooLong} would be longer than ${MAX_FIELD} characters`
			};
		if (!cards.length) return { message: 'a cloze note without {{c1::…}} gaps' };
		return cards.map((c) => ({
			line: rec.line,
			card: {
				id: `${baseId}.c${c.n}`,
				front: c.front,
				back: c.back,
				...(back || context ? { context: [back, context].filter(Boolean).join('\n') } : {}),
				...extra
			}
		}));
	}
	if (!back) return { message: `the back (column ${fieldCols[1] ?? 2}) is empty` };
	const card: CardFile = { id: baseId, front, back, ...(context ? { context } : {}), ...extra };
	const reversed =
		/and revers|\(и обратн/i.test(notetype) ||
		(/optional revers/i.test(notetype) && !!cell(fieldCols[2] ?? 0).trim());
	const rows: Row[] = [{ line: rec.line, card }];
	if (reversed)
		rows.push({ line: rec.line, card: { ...card, id: `${baseId}.r`, front: back, back: front } });
	return rows;
}
