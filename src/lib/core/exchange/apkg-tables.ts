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
import { strFromU8 } from 'fflate';
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
 * Schema 15 and later name their text columns `COLLATE unicase`, a collation Anki registers and
 * sql.js cannot: SQLite then refuses to scan those tables at all ("no query solution"). The
 * database is our in-memory copy, so its schema is told nocase instead; no name is searched by
 * that collation. Anki 2.1.28's upgrade wrote it in lower case ("collate unicase", a collection of
 * 2019 in AnkiPandas' tests), later ones in upper case: any case is replaced.
 */
function withoutAnkiCollation(db: Database) {
	const found = rows<{ name: string; sql: string }>(
		db,
		"SELECT name, sql FROM sqlite_master WHERE sql LIKE '%COLLATE unicase%'"
	);
	if (!found.length) return;
	db.run('PRAGMA writable_schema = ON');
	for (const { name, sql } of found)
		db.run('UPDATE sqlite_master SET sql = ? WHERE name = ?', [
			String(sql).replace(/\bCOLLATE(\s+)unicase\b/gi, 'COLLATE$1nocase'),
			name
		]);
	db.run('PRAGMA writable_schema = RESET');
}

export function readTables(
	db: Database,
	file: AnkiCollectionFile,
	mediaInPackage: string[]
): AnkiCollection | null {
	withoutAnkiCollation(db);
	const [col] = rows<{ crt: number; models: string; decks: string; conf: string }>(
		db,
		'SELECT crt, models, decks, conf FROM col'
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
	if (schedulerVersion(db, col.conf) === 1) for (const r of revlog) r.ease = v2Ease(r);
	return { file, crt: col.crt, models, decks, notes, cards, revlog, mediaInPackage };
}

/**
 * The collection's scheduler: `schedVer` in `col.conf` (schema 11) or in the config table (schema
 * 15 on); absent, it is 1, as Anki reads it (rslib config/mod.rs: scheduler_version).
 */
function schedulerVersion(db: Database, conf: string): number {
	let value: unknown;
	try {
		value = conf ? (JSON.parse(conf) as Record<string, unknown>).schedVer : undefined;
	} catch {
		value = undefined;
	}
	if (value === undefined && hasTable(db, 'config')) {
		const [row] = rows<{ val: Uint8Array | string }>(
			db,
			"SELECT val FROM config WHERE KEY = 'schedVer'"
		);
		const text = typeof row?.val === 'string' ? row.val : row ? strFromU8(row.val) : '';
		value = text ? Number(text) : undefined;
	}
	return typeof value === 'number' && value >= 2 ? value : 1;
}

/**
 * The v1 scheduler answered learning and relearning cards with three buttons (again, good, easy):
 * its 2 and 3 are the v2 numbering's 3 and 4. Anki renumbers them so when it upgrades a collection
 * or imports a v1 package with scheduling (rslib storage/revlog/v2_upgrade.sql); without it a
 * "good" read as "hard" and an "easy" as "good".
 */
function v2Ease(r: AnkiRevlog): number {
	return (r.ease === 2 || r.ease === 3) && (r.type === 0 || r.type === 2) ? r.ease + 1 : r.ease;
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
