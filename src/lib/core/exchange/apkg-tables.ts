// The rows of an opened Anki collection that the importer needs, in either schema Anki writes to
// packages: 11 (`col.models` and `col.decks` hold JSON) or 18 (collection.anki21b: note types,
// fields, templates and decks have tables of their own, configs in protobuf, deck names with
// "\x1f" between levels; rslib/src/storage/upgrades/schema15_upgrade.sql). Notes, cards and
// revlog have the same columns in both.
import type { Database } from 'sql.js';
import type {
	AnkiCard,
	AnkiCollection,
	AnkiCollectionFile,
	AnkiModel,
	AnkiRevlog
} from './apkg-read';
import { protoNumber, protoString, readProto } from './protobuf';

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

const hasTable = (db: Database, name: string) =>
	rows(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${name}'`).length > 0;

/**
 * Schema 18 names its text columns `COLLATE unicase`, a collation Anki registers and sql.js cannot:
 * SQLite then refuses to scan those tables at all ("no query solution"). The database is our
 * in-memory copy, so its schema is told nocase instead; no name is searched by that collation.
 */
function withoutAnkiCollation(db: Database) {
	if (!rows(db, "SELECT 1 FROM sqlite_master WHERE sql LIKE '%COLLATE unicase%'").length) return;
	db.run('PRAGMA writable_schema = ON');
	db.run(
		"UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', 'COLLATE nocase') WHERE sql LIKE '%COLLATE unicase%'"
	);
	db.run('PRAGMA writable_schema = RESET');
}

export function readTables(
	db: Database,
	file: AnkiCollectionFile,
	mediaInPackage: string[]
): AnkiCollection | null {
	withoutAnkiCollation(db);
	const [col] = rows<{ crt: number; models: string; decks: string }>(
		db,
		'SELECT crt, models, decks FROM col'
	);
	if (!col) return null;
	// Schema 18 empties the JSON columns (''), schema 11 has no such tables.
	const split = !col.models && hasTable(db, 'notetypes');
	const models = split ? modelsOfTables(db) : modelsOfJson(col.models);
	const decks = !col.decks && hasTable(db, 'decks') ? decksOfTable(db) : decksOfJson(col.decks);
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
		'SELECT id, nid, did, odid, ord, type, queue, due, ivl, factor, reps, lapses, flags, data FROM cards ORDER BY nid, ord'
	).map((c) => ({ ...c, flags: Number(c.flags) || 0, data: String(c.data ?? '') }));
	const revlog = rows<AnkiRevlog>(
		db,
		'SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY cid, id'
	);
	return { file, crt: col.crt, models, decks, notes, cards, revlog, mediaInPackage };
}

function modelsOfJson(json: string): Map<string, AnkiModel> {
	const models = new Map<string, AnkiModel>();
	for (const [id, m] of Object.entries(JSON.parse(json || '{}') as Record<string, AnkiModel>))
		models.set(String(id), { ...m, id: String(id), flds: m.flds ?? [], tmpls: m.tmpls ?? [] });
	return models;
}

function decksOfJson(json: string): Map<number, string> {
	const decks = new Map<number, string>();
	for (const [id, d] of Object.entries(
		JSON.parse(json || '{}') as Record<string, { name: string }>
	))
		decks.set(Number(id), String(d.name ?? id));
	return decks;
}

/**
 * Schema 18's note types: Notetype.Config { Kind kind = 1 } (1 cloze), fields by ord, templates
 * with Template.Config { string q_format = 1; string a_format = 2 } (proto/anki/notetypes.proto).
 */
function modelsOfTables(db: Database): Map<string, AnkiModel> {
	const models = new Map<string, AnkiModel>();
	for (const nt of rows<{ id: number; name: string; config: Uint8Array }>(
		db,
		'SELECT id, name, config FROM notetypes'
	)) {
		const id = String(nt.id);
		const kind = protoNumber(readProto(nt.config ?? new Uint8Array()), 1);
		models.set(id, { id, name: String(nt.name), type: kind, flds: [], tmpls: [] });
	}
	for (const f of rows<{ ntid: number; ord: number; name: string }>(
		db,
		'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord'
	))
		models.get(String(f.ntid))?.flds.push({ name: String(f.name), ord: f.ord });
	for (const t of rows<{ ntid: number; ord: number; name: string; config: Uint8Array }>(
		db,
		'SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord'
	)) {
		const config = readProto(t.config ?? new Uint8Array());
		models.get(String(t.ntid))?.tmpls.push({
			name: String(t.name),
			ord: t.ord,
			qfmt: protoString(config, 1),
			afmt: protoString(config, 2)
		});
	}
	return models;
}

/** Schema 18's decks: the native name has "\x1f" where the user sees "::". */
function decksOfTable(db: Database): Map<number, string> {
	const decks = new Map<number, string>();
	for (const d of rows<{ id: number; name: string }>(db, 'SELECT id, name FROM decks'))
		decks.set(Number(d.id), String(d.name).replaceAll('\x1f', '::'));
	return decks;
}
