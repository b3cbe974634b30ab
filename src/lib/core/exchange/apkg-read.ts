// Opens an Anki package (.apkg / .colpkg: a zip holding an SQLite collection) and reads the rows
// the importer needs, in Anki's schema 11 (what `collection.anki2` and `collection.anki21` hold).
// `collection.anki21b` (Anki 2.1.50+, zstd-compressed schema 18) is not read: the browser has no
// zstd and the bundle would grow; the package is refused with what to do in Anki instead.
// sql.js is passed in: the browser loads it (and its wasm) only when an Anki package is imported.
import type { Database, SqlJsStatic } from 'sql.js';
import { strFromU8, unzipSync } from 'fflate';
import { ANKI_MESSAGES } from './apkg-messages';

export interface AnkiField {
	name: string;
	ord: number;
}
export interface AnkiTemplate {
	name: string;
	ord: number;
	qfmt: string;
	afmt: string;
}
export interface AnkiModel {
	id: string;
	name: string;
	/** 0 standard, 1 cloze. */
	type: number;
	flds: AnkiField[];
	tmpls: AnkiTemplate[];
}
export interface AnkiNote {
	id: number;
	guid: string;
	mid: string;
	tags: string;
	fields: string[];
}
export interface AnkiCard {
	id: number;
	nid: number;
	did: number;
	/** The home deck of a card in a filtered deck (0 when it is in its home deck). */
	odid: number;
	ord: number;
	type: number;
	queue: number;
	due: number;
	ivl: number;
	factor: number;
	reps: number;
	lapses: number;
	data: string;
}
export interface AnkiRevlog {
	id: number;
	cid: number;
	ease: number;
	ivl: number;
	lastIvl: number;
	factor: number;
	time: number;
	type: number;
}
export interface AnkiCollection {
	/** Which file of the package was read. */
	file: 'collection.anki21' | 'collection.anki2';
	/** The collection's day 0, seconds: review cards are due `crt + due days`. */
	crt: number;
	models: Map<string, AnkiModel>;
	decks: Map<number, string>;
	notes: AnkiNote[];
	cards: AnkiCard[];
	revlog: AnkiRevlog[];
	/** Media files the package carries (its `media` map's names). */
	mediaInPackage: string[];
}

export type AnkiReadResult =
	{ ok: true; collection: AnkiCollection } | { ok: false; message: string };

export function readAnkiPackage(SQL: SqlJsStatic, bytes: Uint8Array): AnkiReadResult {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => f.name.startsWith('collection.') || f.name === 'media'
		});
	} catch {
		return { ok: false, message: ANKI_MESSAGES.damaged };
	}
	// Anki 2.1.50+ writes anki21b next to a placeholder anki2 ("please update Anki"): the
	// placeholder must not be imported as if it were the collection.
	const file = files['collection.anki21']
		? 'collection.anki21'
		: files['collection.anki21b']
			? null
			: files['collection.anki2']
				? 'collection.anki2'
				: undefined;
	if (file === null) return { ok: false, message: ANKI_MESSAGES.newFormat };
	if (!file) return { ok: false, message: ANKI_MESSAGES.noCollection };
	let db: Database;
	try {
		db = new SQL.Database(files[file]);
		db.exec('SELECT count(*) FROM sqlite_master');
	} catch {
		return { ok: false, message: ANKI_MESSAGES.notSqlite };
	}
	try {
		const collection = readTables(db, file, mediaNames(files.media));
		return collection ? { ok: true, collection } : { ok: false, message: ANKI_MESSAGES.schema };
	} catch {
		return { ok: false, message: ANKI_MESSAGES.schema };
	} finally {
		db.close();
	}
}

function mediaNames(bytes: Uint8Array | undefined): string[] {
	if (!bytes) return [];
	try {
		const map = JSON.parse(strFromU8(bytes)) as Record<string, unknown>;
		return Object.values(map).filter((v): v is string => typeof v === 'string');
	} catch {
		// The newer packages keep a protobuf media list here: the names are not needed to import.
		return [];
	}
}

function rows<T>(db: Database, sql: string): T[] {
	const out: T[] = [];
	const stmt = db.prepare(sql);
	try {
		while (stmt.step()) out.push(stmt.getAsObject() as T);
	} finally {
		stmt.free();
	}
	return out;
}

function readTables(
	db: Database,
	file: AnkiCollection['file'],
	mediaInPackage: string[]
): AnkiCollection | null {
	const [col] = rows<{ crt: number; models: string; decks: string }>(
		db,
		'SELECT crt, models, decks FROM col'
	);
	if (!col) return null;
	const models = new Map<string, AnkiModel>();
	for (const [id, m] of Object.entries(JSON.parse(col.models || '{}') as Record<string, AnkiModel>))
		models.set(String(id), { ...m, id: String(id), flds: m.flds ?? [], tmpls: m.tmpls ?? [] });
	const decks = new Map<number, string>();
	for (const [id, d] of Object.entries(
		JSON.parse(col.decks || '{}') as Record<string, { name: string }>
	))
		decks.set(Number(id), String(d.name ?? id));
	if (!models.size || !decks.size) return null;
	const notes = rows<{ id: number; guid: string; mid: number; tags: string; flds: string }>(
		db,
		'SELECT id, guid, mid, tags, flds FROM notes ORDER BY id'
	).map((n) => ({
		id: n.id,
		guid: String(n.guid),
		mid: String(n.mid),
		tags: String(n.tags ?? ''),
		fields: String(n.flds).split('\x1f')
	}));
	const cards = rows<AnkiCard>(
		db,
		'SELECT id, nid, did, odid, ord, type, queue, due, ivl, factor, reps, lapses, data FROM cards ORDER BY nid, ord'
	).map((c) => ({ ...c, data: String(c.data ?? '') }));
	const revlog = rows<AnkiRevlog>(
		db,
		'SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY cid, id'
	);
	return { file, crt: col.crt, models, decks, notes, cards, revlog, mediaInPackage };
}
