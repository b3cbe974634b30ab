// What the fuzz suite feeds, and what it expects back. Each target makes a case from a seeded
// random source (valid material, or material with a planted fault), runs the real parser on it,
// and checks what was accepted against rules that do not trust the parser (oracles.ts).
import { deflateSync, strToU8 } from 'fflate';
import { MAX_FIELD } from '$lib/core/deck/schema';
import { checkDate } from '$lib/core/answer/date';
import { checkName } from '$lib/core/answer/name';
import { noteCards, type NoteKind } from '$lib/core/author/notes';
import { expandCloze } from '../cloze';
import { htmlToText } from '../html-text';
import { readImportFile } from '../import-file';
import { parseJsonText } from '../json-text';
import { MAX_IMPORT_BYTES } from '../limits';
import { readShareFragment, toBase64Url } from '../share-link';
import {
	BUNDLE_FAULTS,
	DECK_FAULTS,
	FUZZ_NOW,
	makeFuzzBundle,
	makeFuzzDeck,
	type Fault,
	type FuzzBundle,
	type FuzzDeck
} from './decks';
import { bundleProblem, clozeProblem, htmlProblem, jsonProblem, noteProblem } from './oracles';
import { bomb, calm, noise, pickScript, PROTO_KEYS } from './pieces';
import type { Random } from './random';
import {
	CSV_FAULTS,
	CSV_TEXT_FAULTS,
	makeClozeText,
	makeCsv,
	makeHtmlField,
	makeJsonText,
	writeCsv
} from './texts';

/** What a parser said: accepted (with the value), or refused with messages. */
export type Outcome = { ok: true; value: unknown } | { ok: false; messages: string[] };

export interface FuzzCase {
	/** The input as the parser gets it. */
	input: unknown;
	/** Its size in bytes or characters, for the time bound. */
	size: number;
	/** A planted fault: the case must be refused with a message that matches `field`. */
	fault?: { label: string; field: RegExp };
	/** What the input is, for a report (and a file to replay it from). */
	label: string;
}

export interface FuzzTarget {
	name: string;
	make(rnd: Random, size: number): FuzzCase;
	run(c: FuzzCase): Outcome;
	/** Why what the parser said breaks the rules (an accepted value, or a refusal), or null. */
	check(c: FuzzCase, outcome: Outcome): string | null;
}

const refused = (r: { problems: { field: string; message: string }[] }): Outcome => ({
	ok: false,
	messages: r.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message))
});

/** With probability `p`, one of the faults (those `usable` for this value) applied to `value`. */
function plant<T>(rnd: Random, faults: Fault<T>[], value: T, p: number, usable = faults) {
	if (!usable.length || !rnd.chance(p)) return undefined;
	const fault = rnd.pick(usable);
	fault.apply(value, rnd);
	return { label: fault.label, field: fault.field };
}

/** A deck file or backup as JSON text, maybe with a fault; its card count follows `size`. */
function deckJson(rnd: Random, size: number) {
	const cards = Math.max(1, Math.floor(size / 120));
	if (rnd.chance(0.6)) {
		const deck: FuzzDeck = makeFuzzDeck(rnd, cards);
		const fault = plant(rnd, DECK_FAULTS, deck, 0.5);
		const indent = rnd.chance(0.3) ? '\t' : undefined;
		return { text: JSON.stringify(deck, null, indent), fault, kind: 'deck' };
	}
	const bundle: FuzzBundle = makeFuzzBundle(
		rnd,
		1 + rnd.int(3),
		Math.max(1, Math.floor(cards / 3))
	);
	const usable = BUNDLE_FAULTS.filter((f) => !f.when || f.when(bundle));
	const fault = plant(rnd, BUNDLE_FAULTS, bundle, 0.5, usable);
	return { text: JSON.stringify(bundle), fault, kind: 'backup' };
}

const utf8 = (s: string) => strToU8(s);
type Planted = FuzzCase['fault'];

/** Faults of the bytes themselves; each must be refused. */
const BYTE_FAULTS: {
	label: string;
	field: RegExp;
	apply(b: Uint8Array, rnd: Random): Uint8Array;
}[] = [
	{
		// Cut inside a multi-byte character the bytes are no UTF-8 any more; cut to nothing, empty.
		label: 'cut short',
		field: /not valid JSON at line \d+, column \d+|not UTF-8|is empty/,
		apply: (b, r) => b.slice(0, r.int(b.length - 1))
	},
	{
		label: 'nested 10,000 deep',
		field: /not valid JSON at line \d+, column \d+/,
		apply: (b) => concat(utf8('['.repeat(10_000)), b)
	},
	{ label: 'invalid UTF-8', field: /not UTF-8/, apply: (b, r) => insert(b, r, [0xc3, 0x28]) },
	// Inside a multi-byte character it breaks the UTF-8 first.
	{ label: 'a NUL byte', field: /binary data|not UTF-8/, apply: (b, r) => insert(b, r, [0]) },
	{ label: 'UTF-16', field: /UTF-16/, apply: (b) => concat(new Uint8Array([0xff, 0xfe]), b) },
	{ label: 'a zip', field: /zip archive/, apply: (b) => concat(utf8('PK\u0003\u0004'), b) },
	{
		label: 'over 5 MB',
		field: /too large/,
		apply: () => new Uint8Array(MAX_IMPORT_BYTES + 1).fill(32)
	}
];

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
function insert(b: Uint8Array, rnd: Random, bytes: number[]): Uint8Array {
	const at = rnd.int(b.length);
	return concat(concat(b.subarray(0, at), new Uint8Array(bytes)), b.subarray(at));
}

/** An Anki text file, maybe with a fault in its content or its quoting. */
function csvText(rnd: Random, size: number): { text: string; fault: Planted } {
	const csv = makeCsv(rnd, Math.max(1, Math.floor(size / 30)));
	const fault = plant(rnd, CSV_FAULTS, csv, 0.4);
	const t = { text: writeCsv(csv) };
	const quoting = fault ? undefined : plant(rnd, CSV_TEXT_FAULTS, t, 0.15);
	return { text: t.text, fault: fault ?? quoting };
}

const FILE_NAMES = [
	'deck.json',
	'deck.txt',
	'A.JSON',
	'__proto__.json',
	'constructor.csv',
	'.csv',
	'x.tsv'
];

function fileCase(rnd: Random, size: number): FuzzCase {
	const k = rnd.int(10);
	let name: string;
	let bytes: Uint8Array;
	let fault: Planted;
	let label: string;
	if (k < 6) {
		const json = deckJson(rnd, size);
		name = rnd.pick(FILE_NAMES.filter((n) => !/csv|tsv/.test(n)));
		let text = json.text;
		if (!json.fault && rnd.chance(0.2)) text = text.replace('{', '{"__proto__":{"polluted":1},');
		bytes = utf8(rnd.chance(0.1) ? '\uFEFF' + text : text);
		fault = json.fault;
		label = `${json.kind} ${name}`;
		if (!fault && rnd.chance(0.3)) {
			const f = rnd.pick(BYTE_FAULTS);
			bytes = f.apply(bytes, rnd);
			fault = { label: f.label, field: f.field };
		}
	} else if (k < 9) {
		const csv = csvText(rnd, size);
		name = rnd.pick(['deck.csv', 'deck.tsv', 'notes.txt', 'constructor.csv']);
		bytes = utf8(csv.text);
		fault = csv.fault;
		label = `Anki text ${name}`;
	} else {
		name = rnd.pick([...FILE_NAMES, 'deck.apkg', 'notes.docx', 'noext']);
		bytes = utf8(noise(rnd, size));
		fault = /\.(apkg|docx)$|noext/.test(name)
			? { label: 'not a deck file', field: /is not a deck file/ }
			: undefined;
		label = `noise ${name}`;
	}
	return {
		input: { name, bytes },
		size: bytes.length,
		fault,
		label: `${label}${fault ? `, ${fault.label}` : ''}`
	};
}

let bombLink: string | undefined;
/** Six megabytes of spaces, deflated into a few kilobytes of link. */
const linkBomb = () =>
	(bombLink ??= toBase64Url(deflateSync(new Uint8Array(6 * 1024 * 1024).fill(32))));

/** Links broken on the way; each must be refused. */
const LINK_FAULTS: {
	label: string;
	field: RegExp;
	make(packed: string, rnd: Random): string;
	unpacks?: number;
}[] = [
	{
		label: 'cut short',
		field: /damaged|cut short|not valid JSON/,
		make: (p, r) => `#d=${p.slice(0, Math.max(1, p.length - 2 - r.int(p.length)))}`
	},
	{
		label: 'a character links never hold',
		field: /characters a share link never has/,
		make: (p) => `#d=${p.slice(0, 10)}!${p.slice(10)}`
	},
	{
		label: 'a deflate bomb',
		field: /more data than a deck can/,
		make: () => `#d=${linkBomb()}`,
		// The link is read up to the import limit before it is refused: that is its work.
		unpacks: MAX_IMPORT_BYTES
	},
	{
		label: 'no deck',
		field: /holds no deck/,
		make: (_p, r) => r.pick(['', '#', '#d=', '#x=1', `#${r.pick(PROTO_KEYS)}=1`])
	}
];

function linkCase(rnd: Random, size: number): FuzzCase {
	const json = deckJson(rnd, Math.min(size, 20_000));
	const packed = toBase64Url(deflateSync(utf8(json.text)));
	const broken = json.fault ? undefined : rnd.pick(LINK_FAULTS);
	let hash = `#d=${packed}`;
	let fault: Planted = json.fault;
	// The time bound counts what the link unpacks to, not its length.
	let work = json.text.length;
	if (broken && rnd.chance(0.5)) {
		hash = broken.make(packed, rnd);
		fault = { label: broken.label, field: broken.field };
		work = broken.unpacks ?? work;
	} else if (rnd.chance(0.3)) {
		const x = encodeURIComponent(noise(rnd, 20).replace(/[\uD800-\uDFFF]/g, ''));
		hash = `#x=${x}&d=${packed}`;
	} else if (!fault && rnd.chance(0.2))
		hash = `#d=${noise(rnd, size).replace(/[^A-Za-z0-9_-]/g, 'A')}`;
	const label = `link to a ${json.kind}${fault ? `, ${fault.label}` : ''}`;
	return { input: hash, size: Math.max(hash.length, work), fault, label };
}

export const TARGETS: FuzzTarget[] = [
	{
		name: 'file',
		make: fileCase,
		run: (c) => {
			const { name, bytes } = c.input as { name: string; bytes: Uint8Array };
			const r = readImportFile(name, bytes, FUZZ_NOW);
			return r.ok ? { ok: true, value: r.bundle } : refused(r);
		},
		check: (_c, o) => (o.ok ? bundleProblem(o.value) : null)
	},
	{
		name: 'link',
		make: linkCase,
		run: (c) => {
			const r = readShareFragment(c.input as string, FUZZ_NOW);
			return r.ok ? { ok: true, value: r.bundle } : refused(r);
		},
		check: (_c, o) => (o.ok ? bundleProblem(o.value) : null)
	},
	{
		name: 'html',
		make: (rnd, size) => {
			let html = makeHtmlField(rnd, size, rnd.chance(0.25));
			const planted = rnd.chance(0.3);
			if (planted) html = `${html.slice(0, rnd.int(html.length))}${pickScript(rnd)}`;
			return {
				input: html,
				size: html.length,
				label: planted ? 'HTML field, script' : 'HTML field',
				...(planted ? { fault: { label: 'script', field: /contains HTML/ } } : {})
			};
		},
		run: (c) => {
			const r = htmlToText(c.input as string);
			return r.ok ? { ok: true, value: r.text } : { ok: false, messages: [r.message] };
		},
		check: (c, o) => (o.ok ? htmlProblem(c.input as string, o.value as string) : null)
	},
	{
		name: 'cloze',
		make: (rnd, size) => {
			const text = makeClozeText(rnd, size);
			return { input: text, size: text.length, label: 'cloze note' };
		},
		run: (c) => {
			const r = expandCloze(c.input as string, MAX_FIELD);
			return Array.isArray(r)
				? { ok: true, value: r }
				: { ok: false, messages: [`c${r.tooLong} too long`] };
		},
		check: (c, o) => (o.ok ? clozeProblem(c.input as string, o.value) : null)
	},
	{
		name: 'json',
		make: (rnd, size) => {
			const text = rnd.chance(0.1) ? bomb(rnd, size) : makeJsonText(rnd, size);
			return { input: text, size: text.length, label: 'JSON text' };
		},
		run: (c) => {
			const r = parseJsonText(c.input as string);
			return r.ok ? { ok: true, value: r.value } : { ok: false, messages: [r.message] };
		},
		check: (c, o) => jsonProblem(c.input as string, o.ok, o.ok ? '' : o.messages[0])
	},
	{
		name: 'note',
		make: (rnd, size) => {
			const kind = rnd.pick(['basic', 'reverse', 'cloze'] as NoteKind[]);
			const words = (n: number) => (rnd.chance(0.2) ? noise(rnd, n) : calm(rnd, n));
			const note = {
				kind,
				front: (kind === 'cloze' ? makeClozeText(rnd, size) : words(size)).slice(0, 3000),
				back: words(40),
				context: rnd.chance(0.3) ? words(60) : undefined,
				tags: rnd.chance(0.3) ? [rnd.pick(PROTO_KEYS), calm(rnd, 10).replace(/\s/g, '')] : []
			};
			const field = rnd.pick(['front', 'back', 'context'] as const);
			const planted = rnd.chance(0.25) && (field !== 'back' || kind !== 'cloze');
			// Within the length limit: a note too long is refused for that first.
			if (planted) {
				note.front = note.front.slice(0, 1900);
				note[field] = `${(note[field] ?? '').slice(0, 1900)} ${pickScript(rnd)}`;
			}
			const fault = planted ? { label: `script in the ${field}`, field: /note\.html/ } : undefined;
			return {
				input: note,
				size: note.front.length,
				fault,
				label: `${kind} note${fault ? `, ${fault.label}` : ''}`
			};
		},
		run: (c) => {
			const r = noteCards(c.input as Parameters<typeof noteCards>[0]);
			return r.ok ? { ok: true, value: r.cards } : { ok: false, messages: [r.problem.code] };
		},
		check: (_c, o) => (o.ok ? noteProblem(o.value) : null)
	},
	{
		name: 'typed',
		make: (rnd, size) => {
			const typed = rnd.chance(0.5) ? bomb(rnd, size) : noise(rnd, size);
			return { input: typed, size: typed.length, label: 'typed answer' };
		},
		run: (c) => {
			const typed = c.input as string;
			return {
				ok: true,
				value: [
					checkDate(typed, '1922-04-16'),
					checkDate(typed, '1923-10-28/1923-11-05'),
					checkName(typed, 'Г. В. Чичерин', 'Чичерин')
				]
			};
		},
		check: () => null
	}
];
