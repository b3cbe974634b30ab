// Opens an Anki package (.apkg / .colpkg: a zip holding an SQLite collection) as Anki's importer
// does (rslib/src/import_export/package/meta.rs): a `meta` file (protobuf) names the version; the
// latest (3) is `collection.anki21b`, a zstd-compressed collection in schema 18, with a
// zstd-compressed protobuf media list; without `meta` it is the legacy `collection.anki21` or
// `collection.anki2` (schema 11) with a JSON media map. The tables are read in apkg-tables.ts.
// sql.js is passed in: the browser loads it (and its wasm) only when an Anki package is imported;
// fzstd (the zstd decoder, ~7 KB gzipped) is loaded with this module, so only by that import too.
import type { Database, SqlJsStatic } from 'sql.js';
import { strFromU8, unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import { ANKI_MESSAGES } from './apkg-messages';
import { protoMessages, protoNumber, protoString, readProto } from './protobuf';
import { readTables } from './apkg-tables';

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
	/** Anki's flag colour in the low 3 bits (1 red … 7 purple; 0 none). */
	flags: number;
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
export type AnkiCollectionFile = 'collection.anki21b' | 'collection.anki21' | 'collection.anki2';

export interface AnkiCollection {
	/** Which file of the package was read. */
	file: AnkiCollectionFile;
	/** The collection's day 0, seconds: review cards are due `crt + due days`. */
	crt: number;
	models: Map<string, AnkiModel>;
	decks: Map<number, string>;
	notes: AnkiNote[];
	cards: AnkiCard[];
	/**
	 * The review log, answers numbered as the v2 scheduler numbers them (1 again … 4 easy): a v1
	 * collection's learning answers are renumbered on reading, as Anki does (apkg-tables.ts).
	 */
	revlog: AnkiRevlog[];
	/** Media files the package carries (its `media` map's names). */
	mediaInPackage: string[];
}

export type AnkiReadResult =
	{ ok: true; collection: AnkiCollection } | { ok: false; message: string };

/** Anki's package versions (PackageMetadata.Version): 1 anki2, 2 anki21, 3 anki21b + zstd. */
const LATEST = 3;

/** `onOpened`: the collection is open, its rows are being read (for the progress bar). */
export function readAnkiPackage(
	SQL: SqlJsStatic,
	bytes: Uint8Array,
	onOpened: () => void = () => {}
): AnkiReadResult {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => f.name.startsWith('collection.') || f.name === 'media' || f.name === 'meta'
		});
	} catch {
		return { ok: false, message: ANKI_MESSAGES.damaged };
	}
	const version = packageVersion(files);
	if (version === null) return { ok: false, message: ANKI_MESSAGES.tooNew };
	// A latest package also holds a placeholder collection.anki2 ("please update Anki"): the
	// version, not the files present, says which one is the collection.
	const file: AnkiCollectionFile =
		version === LATEST
			? 'collection.anki21b'
			: files['collection.anki21']
				? 'collection.anki21'
				: 'collection.anki2';
	if (!files[file]) return { ok: false, message: ANKI_MESSAGES.noCollection };
	const zstd = version === LATEST;
	let sqlite: Uint8Array;
	try {
		sqlite = zstd ? decompress(files[file]) : files[file];
	} catch {
		return { ok: false, message: ANKI_MESSAGES.notZstd };
	}
	let db: Database;
	try {
		db = new SQL.Database(sqlite);
		db.exec('SELECT count(*) FROM sqlite_master');
	} catch {
		return { ok: false, message: ANKI_MESSAGES.notSqlite };
	}
	onOpened();
	try {
		const collection = readTables(db, file, mediaNames(files.media, zstd));
		return collection ? { ok: true, collection } : { ok: false, message: ANKI_MESSAGES.schema };
	} catch {
		return { ok: false, message: ANKI_MESSAGES.schema };
	} finally {
		db.close();
	}
}

/**
 * The package's version from its `meta` file; without one, legacy (1 or 2, told apart by the
 * files). null for a version this reader does not know (a package from a newer Anki).
 */
function packageVersion(files: Record<string, Uint8Array>): number | null {
	if (!files.meta) return files['collection.anki21b'] && !files['collection.anki2'] ? LATEST : 1;
	try {
		const v = protoNumber(readProto(files.meta), 1);
		return v >= 1 && v <= LATEST ? v : null;
	} catch {
		return null;
	}
}

/** The media files the package carries: a JSON map (legacy) or a zstd protobuf list (latest). */
function mediaNames(bytes: Uint8Array | undefined, zstd: boolean): string[] {
	if (!bytes) return [];
	try {
		if (!zstd) {
			const map = JSON.parse(strFromU8(bytes)) as Record<string, unknown>;
			return Object.values(map).filter((v): v is string => typeof v === 'string');
		}
		// MediaEntries { repeated MediaEntry entries = 1 }, MediaEntry { string name = 1; … }
		return protoMessages(readProto(decompress(bytes)), 1)
			.map((e) => protoString(e, 1))
			.filter(Boolean);
	} catch {
		// The names only tell the preview which media stay behind: a damaged list is no reason
		// to refuse the cards.
		return [];
	}
}
