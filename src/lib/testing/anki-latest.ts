// Anki packages in the current format (PackageMetadata version 3), built as Anki 2.1.50+ writes
// them (rslib/src/import_export/package/colpkg/export.rs): `meta` (protobuf, stored), the
// collection as `collection.anki21b` in schema 18 and zstd-compressed, a placeholder
// `collection.anki2` ("please update Anki"), the media list as zstd-compressed protobuf
// MediaEntries and each media file zstd-compressed under its index. Schema 18 is reached the way
// Anki's upgrade reaches it: its upgrade SQL, the note types, fields, templates and decks moved
// into their tables with protobuf configs, `col.models` and `col.decks` emptied. Tests only.
import { zipSync } from 'fflate';
import type { Database, SqlJsStatic } from 'sql.js';
import { collection, DECKS, MODELS, type Pkg } from './anki-package';

/**
 * rslib/src/storage/upgrades/schema14_upgrade.sql, schema15_upgrade.sql, 17 and 18, trimmed to the
 * tables. Anki's names are `COLLATE unicase`, a collation only Anki registers (sql.js cannot): the
 * tables are made with nocase and the schema's text renamed afterwards (`renameCollation`), so the
 * file says unicase as Anki's does and the reader must cope with a collation it does not have.
 */
const UPGRADE_TO_18 = `
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) without rowid;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE nocase, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE INDEX idx_notes_mid ON notes (mid);
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE nocase, usn integer NOT NULL, collapsed boolean NOT NULL, config blob NULL) without rowid;
DROP TABLE graves;
CREATE TABLE graves (oid integer NOT NULL, type integer NOT NULL, usn integer NOT NULL, PRIMARY KEY (oid, type)) WITHOUT ROWID;
UPDATE col SET ver = 18, models = '', decks = '', conf = '';
INSERT INTO config VALUES ('schedVer', 0, 0, CAST('2' AS BLOB));
`;

// The protobuf wire format, written: varints and length-delimited fields are all Anki's need.
const varint = (n: number): number[] => {
	const out: number[] = [];
	while (n >= 0x80) {
		out.push((n % 0x80) | 0x80);
		n = Math.floor(n / 0x80);
	}
	out.push(n);
	return out;
};
export const protoVarint = (tag: number, n: number) => [...varint(tag * 8), ...varint(n)];
export const protoBytes = (tag: number, bytes: Uint8Array | number[]) => [
	...varint(tag * 8 + 2),
	...varint(bytes.length),
	...bytes
];
const protoText = (tag: number, s: string) => protoBytes(tag, [...new TextEncoder().encode(s)]);

/** The schema-18 collection with the note types and decks of anki-package.ts. */
export function latestCollection(SQL: SqlJsStatic, p: Pkg): Uint8Array {
	const db = new SQL.Database(collection(SQL, p));
	db.run(UPGRADE_TO_18);
	for (const [id, m] of Object.entries(MODELS)) {
		// Notetype.Config { Kind kind = 1; string css = 3 }: the kind only when cloze (proto3).
		const config = [...(m.type ? protoVarint(1, m.type) : []), ...protoText(3, '.card {}')];
		db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [id, m.name, new Uint8Array(config)]);
		for (const f of m.flds)
			db.run('INSERT INTO fields VALUES (?, ?, ?, ?)', [
				id,
				f.ord,
				f.name,
				new Uint8Array(protoText(3, 'Arial'))
			]);
		for (const t of m.tmpls)
			db.run('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)', [
				id,
				t.ord,
				t.name,
				new Uint8Array([...protoText(1, t.qfmt), ...protoText(2, t.afmt)])
			]);
	}
	for (const d of Object.values(DECKS))
		db.run("INSERT INTO decks VALUES (?, ?, 0, 0, x'', x'0a00')", [
			d.id,
			d.name.replaceAll('::', '\x1f')
		]);
	renameCollation(db);
	const bytes = db.export();
	db.close();
	return bytes;
}

function renameCollation(db: Database) {
	db.run('PRAGMA writable_schema = ON');
	db.run("UPDATE sqlite_master SET sql = replace(sql, 'COLLATE nocase', 'COLLATE unicase')");
	db.run('PRAGMA writable_schema = OFF');
}

export type Compress = (bytes: Uint8Array) => Uint8Array;

/** The zip Anki writes for the latest version, with `media` files (name → bytes) inside. */
export function latestPkg(
	SQL: SqlJsStatic,
	p: Pkg,
	zstd: Compress,
	media: Record<string, Uint8Array> = {}
): Uint8Array {
	const names = Object.keys(media);
	const entries = names.flatMap((name) =>
		protoBytes(1, [...protoText(1, name), ...protoVarint(2, media[name].length)])
	);
	const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
		meta: [new Uint8Array(protoVarint(1, 3)), { level: 0 }],
		'collection.anki21b': [zstd(latestCollection(SQL, p)), { level: 0 }],
		// The placeholder older Ankis open: one note saying to update.
		'collection.anki2': collection(SQL, {
			notes: [[1, 'dummyGuid', 100, ['Please update to the latest Anki version', '']]],
			cards: [[1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0]]
		}),
		media: [zstd(new Uint8Array(entries)), { level: 0 }]
	};
	names.forEach((name, i) => (files[String(i)] = [zstd(media[name]), { level: 0 }]));
	return zipSync(files);
}

/**
 * The same zstd frame without its content size, as a streaming encoder writes it (Anki's
 * `zstd::Encoder` does not know the size in advance): the decoder must grow its output.
 */
export function withoutContentSize(frame: Uint8Array): Uint8Array {
	const fhd = frame[4];
	const fcsFlag = fhd >> 6;
	const single = (fhd >> 5) & 1;
	const dictBytes = [0, 1, 2, 4][fhd & 3];
	const fcsBytes = [single, 2, 4, 8][fcsFlag];
	const headerEnd = 5 + (single ? 0 : 1) + dictBytes;
	let size = 0;
	for (let i = 0; i < fcsBytes; i++) size += frame[headerEnd + i] * 2 ** (8 * i);
	if (fcsBytes === 2) size += 256;
	// Without the single-segment flag the frame needs a window descriptor as large as the content.
	const windowLog = Math.max(10, Math.ceil(Math.log2(Math.max(size, 1))));
	const window = single ? [(windowLog - 10) << 3] : [frame[5]];
	return new Uint8Array([
		...frame.subarray(0, 4),
		fhd & 0b00011111,
		...window,
		...frame.subarray(5 + (single ? 0 : 1), headerEnd),
		...frame.subarray(headerEnd + fcsBytes)
	]);
}
