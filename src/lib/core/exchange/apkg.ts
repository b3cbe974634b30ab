// Anki package export (.apkg): a zip holding `collection.anki2` (an SQLite database in the
// schema-11 layout every Anki 2.1 and AnkiDroid imports) and `media` ("{}": no media files).
// The collection has one note type, "Kartoteka Basic" (Front, Back, Context; one card), one deck
// per exported deck, a note and a card per card, and, with progress, each card's FSRS state and
// review log, and its marks: the flag as Anki's red flag, suspended and buried cards in Anki's
// queues (-1, -3). sql.js is passed in: the browser loads it (and its wasm) only when this export runs.
import type { Database, SqlJsStatic } from 'sql.js';
import { zipSync, strToU8 } from 'fflate';
import type { DeckFile } from '$lib/core/deck/types';
import { guidOf, shortHash } from './ids';
import type { CardMark } from './bundle';
import type { CardProgress } from './progress';
import { sha1Hex } from './sha1';

/** Fixed, so that every export lands in the same note type when imported into one collection. */
export const MODEL_ID = 1_732_000_000_001;
const DAY_MS = 86_400_000;

/** The schema-11 tables Anki writes (tests build packages of their own with it). */
export const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 22px; text-align: center; color: black; background-color: white; }
.context { margin-top: 1em; font-size: 16px; color: #555; }
.nightMode .context { color: #aaa; }`;

/** Anki deck ids are integers; derive a stable one from our deck id. */
export const ankiDeckId = (deckId: string) =>
	1_600_000_000_000 + (parseInt(shortHash(deckId), 16) % 100_000_000_000);

/**
 * Text as Anki's HTML: note fields and the deck description are HTML to Anki. "[" is written as
 * an entity too: Anki reads "[sound:…]", "[latex]…" and "[$]…" in fields as media and LaTeX.
 */
const escapeHtml = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\[/g, '&#91;')
		.replace(/\n/g, '<br>');

function model(nowSec: number, deckId: number) {
	const field = (name: string, ord: number) => ({
		name,
		ord,
		sticky: false,
		rtl: false,
		font: 'Arial',
		size: 20,
		media: []
	});
	return {
		id: MODEL_ID,
		name: 'Kartoteka Basic',
		type: 0,
		mod: nowSec,
		usn: -1,
		sortf: 0,
		did: deckId,
		tmpls: [
			{
				name: 'Card 1',
				ord: 0,
				qfmt: '{{Front}}',
				afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}{{#Context}}<div class="context">{{Context}}</div>{{/Context}}',
				bqfmt: '',
				bafmt: '',
				did: null
			}
		],
		flds: [field('Front', 0), field('Back', 1), field('Context', 2)],
		css: CSS,
		latexPre:
			'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		tags: [],
		vers: [],
		req: [[0, 'all', [0]]]
	};
}

function deckJson(id: number, name: string, desc: string, nowSec: number) {
	return {
		id,
		name,
		desc,
		mod: nowSec,
		usn: -1,
		conf: 1,
		dyn: 0,
		collapsed: false,
		extendNew: 10,
		extendRev: 50,
		newToday: [0, 0],
		revToday: [0, 0],
		lrnToday: [0, 0],
		timeToday: [0, 0]
	};
}

const DCONF = {
	'1': {
		id: 1,
		name: 'Default',
		mod: 0,
		usn: 0,
		maxTaken: 60,
		autoplay: true,
		timer: 0,
		replayq: true,
		dyn: false,
		new: {
			delays: [1, 10],
			ints: [1, 4, 7],
			initialFactor: 2500,
			order: 1,
			perDay: 20,
			bury: false,
			separate: true
		},
		lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
		rev: { perDay: 200, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, bury: false }
	}
};

export interface ApkgOptions {
	now: Date;
	progress?: CardProgress[];
	/** Flagged, suspended and buried cards (an export with progress): Anki's flags and queues. */
	marks?: CardMark[];
}

/** Builds the .apkg bytes. `SQL` is an initialised sql.js. */
export function buildApkg(
	SQL: SqlJsStatic,
	decks: DeckFile[],
	{ now, progress = [], marks = [] }: ApkgOptions
): Uint8Array {
	const db = new SQL.Database();
	try {
		db.run(SCHEMA);
		fill(db, decks, now, progress, marks);
		const collection = db.export();
		return zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 });
	} finally {
		db.close();
	}
}

function fill(
	db: Database,
	decks: DeckFile[],
	now: Date,
	progress: CardProgress[],
	marks: CardMark[]
) {
	const nowMs = now.getTime();
	const nowSec = Math.floor(nowMs / 1000);
	// The collection's day 0: review cards are due "days since crt".
	const crt = Math.floor(nowSec / 86400) * 86400;
	const firstDeck = ankiDeckId(decks[0]?.id ?? 'default');
	const deckMap: Record<string, unknown> = { '1': deckJson(1, 'Default', '', nowSec) };
	// The name is text to Anki (shown escaped; "::" nests decks); the description is HTML.
	for (const d of decks)
		deckMap[String(ankiDeckId(d.id))] = deckJson(
			ankiDeckId(d.id),
			d.title,
			escapeHtml(d.description ?? ''),
			nowSec
		);
	const conf = {
		activeDecks: [1],
		curDeck: firstDeck,
		newSpread: 0,
		collapseTime: 1200,
		timeLim: 0,
		estTimes: true,
		dueCounts: true,
		curModel: String(MODEL_ID),
		nextPos: 1,
		sortType: 'noteFld',
		sortBackwards: false,
		addToCur: true,
		// Our answers are numbered 1–4 as Anki's v2 scheduler's. Without schedVer Anki takes the
		// package for a v1 one and renumbers its learning answers (good → easy) on import.
		schedVer: 2
	};
	db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
		crt,
		nowMs,
		nowMs,
		JSON.stringify(conf),
		JSON.stringify({ [String(MODEL_ID)]: model(nowSec, firstDeck) }),
		JSON.stringify(deckMap),
		JSON.stringify(DCONF),
		'{}'
	]);

	const byKey = new Map(progress.map((p) => [`${p.deckId}/${p.cardId}`, p]));
	const markOf = new Map(marks.map((m) => [`${m.deckId}/${m.cardId}`, m]));
	const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
	const card = db.prepare(
		'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)'
	);
	const rev = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
	const usedRevIds = new Set<number>();
	let id = nowMs;
	let position = 0;
	try {
		for (const d of decks) {
			const did = ankiDeckId(d.id);
			for (const c of d.cards) {
				id++;
				position++;
				const front = escapeHtml(c.front);
				const tags = c.tags?.length
					? ` ${c.tags.map((t) => t.replace(/\s+/g, '_')).join(' ')} `
					: '';
				const csum = parseInt(sha1Hex(c.front).slice(0, 8), 16);
				note.run([
					id,
					guidOf(d.id, c.id),
					MODEL_ID,
					nowSec,
					tags,
					[front, escapeHtml(c.back), escapeHtml(c.context ?? '')].join('\x1f'),
					c.front,
					csum
				]);

				const p = byKey.get(`${d.id}/${c.id}`);
				const s = scheduling(p, position, crt);
				const m = markOf.get(`${d.id}/${c.id}`);
				card.run([
					id,
					id,
					did,
					nowSec,
					s.type,
					m ? ankiQueue(m, s.queue) : s.queue,
					s.due,
					s.ivl,
					s.factor,
					s.reps,
					s.lapses,
					s.left,
					// The app's one flag is Anki's first colour, red (1).
					m?.flag ? 1 : 0,
					s.data
				]);
				for (const r of p?.reviews ?? []) {
					let rid = new Date(r.review).getTime();
					while (usedRevIds.has(rid)) rid++;
					usedRevIds.add(rid);
					// Anki's revlog: ease 1–4, type 0 learn, 1 review, 2 relearn; ivl in days (negative = seconds).
					const type = r.state === 2 ? 1 : r.state === 3 ? 2 : 0;
					const ivl = Math.round(
						(new Date(r.due).getTime() - new Date(r.review).getTime()) / DAY_MS
					);
					rev.run([
						rid,
						id,
						Math.min(Math.max(r.rating, 1), 4),
						ivl,
						r.prev.scheduled_days,
						2500,
						Math.min(r.durationMs, 60_000),
						type
					]);
				}
			}
		}
	} finally {
		note.free();
		card.free();
		rev.free();
	}
}

/** Anki's queue for a set-aside card: -1 suspended, -3 buried by hand (it ends the next day). */
function ankiQueue(m: CardMark, queue: number): number {
	return m.setAside === 'suspended' ? -1 : m.setAside === 'buried' ? -3 : queue;
}

/** An FSRS state as Anki's card columns (FSRS memory state in `data`, as Anki 23.10+ keeps it). */
function scheduling(p: CardProgress | undefined, position: number, crt: number) {
	const none = {
		type: 0,
		queue: 0,
		due: position,
		ivl: 0,
		factor: 0,
		reps: 0,
		lapses: 0,
		left: 0,
		data: ''
	};
	if (!p || p.card.state === 0) return none;
	const c = p.card;
	const dueSec = Math.floor(new Date(c.due).getTime() / 1000);
	const data = JSON.stringify({
		s: Math.round(c.stability * 100) / 100,
		d: Math.round(c.difficulty * 100) / 100
	});
	const base = { reps: c.reps, lapses: c.lapses, factor: 2500, left: 0, data };
	if (c.state === 2) {
		return {
			...base,
			type: 2,
			queue: 2,
			due: Math.max(0, Math.floor((dueSec - crt) / 86400)),
			ivl: Math.max(1, c.scheduled_days)
		};
	}
	// Learning (1) or relearning (3): due is a timestamp in seconds.
	// left: one step to go today (Anki's encoding: today * 1000 + total).
	return {
		...base,
		left: 1001,
		type: c.state === 3 ? 3 : 1,
		queue: 1,
		due: dueSec,
		ivl: c.state === 3 ? Math.max(1, c.scheduled_days) : 0
	};
}
