// An Anki package (.apkg / .colpkg) as a bundle of this app's decks with their study progress,
// and a report of what the preview must say: decks, counts, how each note type was read, media
// that did not come along, and every card that could not be taken as it was. Nothing is written
// here; the import page writes the bundle through the same path as a JSON backup (one transaction).
import type { SqlJsStatic } from 'sql.js';
import type { CardFile, DeckFile } from '$lib/core/deck/types';
import { MAX_FIELD, MAX_TITLE } from '$lib/core/deck/schema';
import type { DeckProblem } from '$lib/core/deck/validate';
import { validateDeck } from '$lib/core/deck/validate';
import { makeBundle, type CardMark, type DeckBundle } from './bundle';
import { expandCloze } from './cloze';
import { fieldText, sidesOf, type FieldText, type Reading } from './apkg-fields';
import {
	readAnkiPackage,
	type AnkiCard,
	type AnkiCollection,
	type AnkiNote,
	type AnkiRevlog
} from './apkg-read';
import { markOf, type AnkiMarkCounts } from './apkg-marks';
import { ANKI_MESSAGES } from './apkg-messages';
export type { AnkiMarkCounts } from './apkg-marks';
import { progressOf } from './apkg-state';
import { cardIdFromGuid, deckIdOfGuid, isDeckId, slugify } from './ids';
import { MAX_DECKS } from './limits';
import type { CardProgress } from './progress';

/** What could not be taken as it was; the preview says each in the user's language. */
export type AnkiIssue =
	| 'markupDropped' // HTML other than formatting was dropped to its text
	| 'emptySide' // a card whose front or back is empty (left out)
	| 'clozeMissing' // a cloze card whose gap is not in the text (left out)
	| 'cut' // a field longer than the deck format allows (cut short)
	| 'noNoteType' // a note whose note type is not in the collection (left out)
	| 'tooManyDecks'; // decks beyond the limit (left out)

export interface AnkiDeckReport {
	id: string;
	title: string;
	notes: number;
	cards: number;
	reviews: number;
}

export interface AnkiReport {
	file: AnkiCollection['file'];
	decks: AnkiDeckReport[];
	notes: number;
	cards: number;
	reviews: number;
	noteTypes: { name: string; reading: Reading; notes: number }[];
	/** Media the cards refer to (none is imported), unique, in order of first use. */
	missingMedia: string[];
	/** Of those, the ones the package does not carry either (exported without media, or lost). */
	mediaNotInPackage: string[];
	/** Cards that come flagged (an Anki flag of any colour, or a marked note), suspended, buried. */
	marks: AnkiMarkCounts;
	issues: { issue: AnkiIssue; count: number }[];
}

export type AnkiImportResult =
	{ ok: true; bundle: DeckBundle; report: AnkiReport } | { ok: false; problems: DeckProblem[] };

const fail = (message: string): AnkiImportResult => ({
	ok: false,
	problems: [{ field: '', message }]
});

const cut = (s: string, issues: Map<AnkiIssue, number>) => {
	if (s.length <= MAX_FIELD) return s;
	bump(issues, 'cut');
	return s.slice(0, MAX_FIELD - 1) + '…';
};
const bump = (m: Map<AnkiIssue, number>, k: AnkiIssue) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * How far reading has come, for the import page's progress bar: opening the package (unzip, zstd,
 * SQLite), reading its rows, making the cards, then their schedules and review histories.
 */
export interface AnkiProgress {
	stage: 'open' | 'read' | 'cards' | 'history';
	done: number;
	total: number;
}
export type OnAnkiProgress = (p: AnkiProgress) => void;
const noProgress: OnAnkiProgress = () => {};
/** Cards between two reports: often enough for a bar, rare enough to cost nothing. */
const EVERY = 500;

/** Reads the package; `now` is the time of import (reviews after it are left out). */
export function readApkg(
	SQL: SqlJsStatic,
	bytes: Uint8Array,
	now: Date,
	onProgress: OnAnkiProgress = noProgress
): AnkiImportResult {
	onProgress({ stage: 'open', done: 0, total: 1 });
	const read = readAnkiPackage(SQL, bytes, () => onProgress({ stage: 'read', done: 0, total: 1 }));
	if (!read.ok) return fail(read.message);
	return collectionToBundle(read.collection, now, onProgress);
}

interface Built {
	card: CardFile;
	anki: AnkiCard;
}

export function collectionToBundle(
	col: AnkiCollection,
	now: Date,
	onProgress: OnAnkiProgress = noProgress
): AnkiImportResult {
	const issues = new Map<AnkiIssue, number>();
	const media: string[] = [];
	const noteTypes = new Map<string, { name: string; reading: Reading; notes: Set<number> }>();
	const notes = new Map(col.notes.map((n) => [n.id, n]));
	const texts = new Map<number, FieldText[]>();
	const textsOf = (n: AnkiNote) => {
		let t = texts.get(n.id);
		if (!t) {
			t = n.fields.map(fieldText);
			for (const f of t) {
				if (f.dropped) bump(issues, 'markupDropped');
				for (const m of f.media) if (!media.includes(m)) media.push(m);
			}
			texts.set(n.id, t);
		}
		return t;
	};
	const byDeck = new Map<number, Built[]>();
	const total = col.cards.length;
	for (const [i, c] of col.cards.entries()) {
		if (i % EVERY === 0) onProgress({ stage: 'cards', done: i, total });
		const note = notes.get(c.nid);
		const model = note && col.models.get(note.mid);
		if (!note || !model) {
			bump(issues, 'noNoteType');
			continue;
		}
		const built = buildCard(c, note, model, textsOf(note), issues);
		if (!built) continue;
		const type = noteTypes.get(model.id) ?? {
			name: model.name,
			reading: built.reading,
			notes: new Set()
		};
		if (built.reading === 'reversed' && type.reading === 'basic') type.reading = 'reversed';
		type.notes.add(note.id);
		noteTypes.set(model.id, type);
		const home = c.odid || c.did;
		const list = byDeck.get(home) ?? [];
		list.push({ card: built.card, anki: c });
		byDeck.set(home, list);
	}
	const assembled = assemble(col, byDeck, notes, now, issues, (done) =>
		onProgress({ stage: 'history', done, total })
	);
	if (!assembled.ok) return assembled;
	const { decks, progress, reports, marks } = assembled;
	// Every card left out because a side is empty (a front that was only a sound, say): say so.
	if (!decks.length)
		return fail(issues.has('emptySide') ? ANKI_MESSAGES.emptySides : 'the file holds no cards');
	const inPackage = new Set(col.mediaInPackage);
	return {
		ok: true,
		bundle: { ...makeBundle(decks, progress), ...(marks.length ? { marks } : {}) },
		report: {
			file: col.file,
			decks: reports,
			notes: new Set(reports.length ? [...byDeck.values()].flat().map((b) => b.anki.nid) : []).size,
			cards: reports.reduce((n, d) => n + d.cards, 0),
			reviews: reports.reduce((n, d) => n + d.reviews, 0),
			noteTypes: [...noteTypes.values()].map((t) => ({
				name: t.name,
				reading: t.reading,
				notes: t.notes.size
			})),
			missingMedia: media,
			mediaNotInPackage: media.filter((m) => !inPackage.has(m)),
			marks: assembled.markCounts,
			issues: [...issues].map(([issue, count]) => ({ issue, count }))
		}
	};
}

/** One Anki card as a card of this app (its id still relative to the note), or null if left out. */
function buildCard(
	c: AnkiCard,
	note: AnkiNote,
	model: NonNullable<ReturnType<AnkiCollection['models']['get']>>,
	fields: FieldText[],
	issues: Map<AnkiIssue, number>
): { card: CardFile; reading: Reading } | null {
	const text = (i: number) => fields[i]?.text ?? '';
	const tags = [...new Set(note.tags.split(/\s+/).filter(Boolean))];
	const extra = tags.length ? { tags } : {};
	if (model.type === 1) {
		const gaps = expandCloze(text(0), MAX_FIELD);
		const gap = Array.isArray(gaps) ? gaps.find((g) => g.n === c.ord + 1) : undefined;
		if (!gap) {
			bump(issues, Array.isArray(gaps) ? 'clozeMissing' : 'cut');
			return null;
		}
		const context = fields
			.slice(1)
			.map((f) => f.text)
			.filter(Boolean)
			.join('\n');
		return {
			reading: 'cloze',
			card: {
				id: `.c${c.ord + 1}`,
				front: gap.front,
				back: cut(gap.back, issues),
				...(context ? { context: cut(context, issues) } : {}),
				...extra
			}
		};
	}
	const sides = sidesOf(model, c.ord);
	const front = text(sides.front);
	const back = text(sides.back);
	if (!front || !back) {
		bump(issues, 'emptySide');
		return null;
	}
	const context = fields
		.filter((_, i) => i !== sides.front && i !== sides.back)
		.map((f) => f.text)
		.filter(Boolean)
		.join('\n');
	return {
		reading: sides.reading,
		card: {
			id: c.ord === 0 ? '' : `.t${c.ord + 1}`,
			front: cut(front, issues),
			back: cut(back, issues),
			...(context ? { context: cut(context, issues) } : {}),
			...extra
		}
	};
}

/** The decks (ids, titles, validated), their progress and their lines of the preview. */
function assemble(
	col: AnkiCollection,
	byDeck: Map<number, Built[]>,
	notes: Map<number, AnkiNote>,
	now: Date,
	issues: Map<AnkiIssue, number>,
	onCards: (done: number) => void
):
	| {
			ok: true;
			decks: DeckFile[];
			progress: CardProgress[];
			reports: AnkiDeckReport[];
			marks: CardMark[];
			markCounts: AnkiMarkCounts;
	  }
	| { ok: false; problems: DeckProblem[] } {
	const revlog = new Map<number, AnkiRevlog[]>();
	for (const r of col.revlog) {
		const list = revlog.get(r.cid) ?? [];
		list.push(r);
		revlog.set(r.cid, list);
	}
	const decks: DeckFile[] = [];
	const progress: CardProgress[] = [];
	const reports: AnkiDeckReport[] = [];
	const marks: CardMark[] = [];
	const markCounts: AnkiMarkCounts = { flagged: 0, marked: 0, suspended: 0, buried: 0 };
	let seen = 0;
	const used = new Set<string>();
	const entries = [...byDeck].sort((a, b) =>
		(col.decks.get(a[0]) ?? '').localeCompare(col.decks.get(b[0]) ?? '')
	);
	for (const [did, built] of entries) {
		if (decks.length >= MAX_DECKS) {
			bump(issues, 'tooManyDecks');
			continue;
		}
		const name = (col.decks.get(did) ?? `Anki ${did}`).slice(0, MAX_TITLE);
		const id = deckIdFor(
			name,
			did,
			built.map((b) => notes.get(b.anki.nid)!.guid),
			used
		);
		used.add(id);
		const cards = built.map((b) => ({
			...b.card,
			id: cardIdFromGuid(id, notes.get(b.anki.nid)!.guid) + b.card.id
		}));
		const deck = validateDeck({
			format: 'kartoteka-deck',
			version: 1,
			id,
			title: name,
			lang: cards.some((c) => /[а-яё]/i.test(c.front)) ? 'ru' : 'und',
			kind: 'custom',
			cards
		} satisfies DeckFile);
		if (!deck.ok)
			return {
				ok: false,
				problems: deck.problems.map((p) => ({ ...p, field: `${name}: ${p.field}` }))
			};
		decks.push(deck.deck);
		let reviews = 0;
		built.forEach((b, i) => {
			if (++seen % EVERY === 0) onCards(seen);
			const mark = markOf(b.anki, notes.get(b.anki.nid)!, markCounts);
			if (mark) marks.push({ deckId: id, cardId: cards[i].id, ...mark });
			const p = progressOf(
				id,
				cards[i].id,
				b.anki,
				revlog.get(b.anki.id) ?? [],
				col.crt,
				now.getTime()
			);
			if (!p) return;
			progress.push(p);
			reviews += p.reviews.length;
		});
		reports.push({
			id,
			title: name,
			notes: new Set(built.map((b) => b.anki.nid)).size,
			cards: cards.length,
			reviews
		});
	}
	return { ok: true, decks, progress, reports, marks, markCounts };
}

/**
 * A deck exported by this app comes back under its own id (its notes' guids name it), so that a
 * round trip updates the deck in place; any other Anki deck gets "anki-" and its name's slug.
 */
function deckIdFor(name: string, did: number, guids: string[], used: Set<string>): string {
	const named = new Set(guids.map(deckIdOfGuid));
	const [only] = named;
	if (named.size === 1 && only && !used.has(only)) return only;
	const base = `anki-${slugify(name)}`.slice(0, 90);
	const id = used.has(base) || !isDeckId(base) ? `${base}-${did}`.slice(0, 100) : base;
	return id;
}
