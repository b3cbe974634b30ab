// The Anki importer on packages in Anki's current format (collection.anki21b: schema 18 in zstd,
// `meta` version 3, protobuf media list), built here as Anki writes them (testing/anki-latest.ts),
// compressed with the reference zstd (compiled to wasm) and read back with fzstd.
import { createRequire } from 'node:module';
import { compress, init } from '@bokuweb/zstd-wasm';
import { unzipSync, zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { collection, crt, legacy, pkg } from '$lib/testing/anki-package';
import { latestPkg, withoutContentSize } from '$lib/testing/anki-latest';
import { readApkg } from './apkg-import';

const require = createRequire(import.meta.url);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
	await init();
});
/** Level 0: zstd's default, as Anki's `Encoder::new(writer, 0)`. */
const zstd = (b: Uint8Array) => compress(b, 0);
const now = new Date('2026-11-25T12:00:00Z');
const summary = (r: ReturnType<typeof readApkg>) => {
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return {
		decks: r.bundle.decks.map((d) => [d.title, d.cards.map((c) => [c.front, c.back, c.context])]),
		progress: r.bundle.progress,
		report: { ...r.report, file: undefined }
	};
};

describe('Anki import of the current package format (collection.anki21b)', () => {
	it('reads the zstd schema-18 collection, not the placeholder, and gives what the legacy one gives', () => {
		const r = readApkg(SQL, latestPkg(SQL, legacy, zstd), now);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.report.file).toBe('collection.anki21b');
		// Note types from the notetypes/fields/templates tables, "\x1f" deck names as "::".
		expect(r.report.noteTypes.map((t) => [t.name, t.reading])).toEqual([
			['Basic', 'basic'],
			['Basic (and reversed card)', 'reversed'],
			['Cloze', 'cloze']
		]);
		expect(r.bundle.decks.map((d) => d.title)).toEqual(['Words', 'История::Даты']);
		expect(r.bundle.decks.flatMap((d) => d.cards.map((c) => c.front))).not.toContain(
			'Please update to the latest Anki version'
		);
		const old = readApkg(SQL, pkg({ 'collection.anki2': collection(SQL, legacy) }), now);
		expect(summary(r)).toEqual(summary(old));
		const review = r.bundle.progress!.find((p) => p.card.state === 2)!;
		expect(review.card.due).toBe(new Date((crt + 330 * 86400) * 1000).toISOString());
		expect(review.reviews).toHaveLength(3);
	});

	it('reads a collection streamed without its size (as Anki’s zstd encoder writes it)', () => {
		const streamed = (b: Uint8Array) => withoutContentSize(zstd(b));
		const frame = streamed(new TextEncoder().encode('x'.repeat(5000)));
		// Frame header descriptor: no content size field.
		expect(frame[4] >> 6).toBe(0);
		const r = readApkg(SQL, latestPkg(SQL, legacy, streamed), now);
		expect(r.ok && r.bundle.decks.length).toBe(2);
	});

	it('names the media: those the cards use, from the protobuf media list of the package', () => {
		const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
		const r = readApkg(
			SQL,
			latestPkg(SQL, legacy, zstd, { 'rapallo.jpg': jpg, 'unused.png': jpg }),
			now
		);
		if (!r.ok) throw new Error('rejected');
		expect(r.report.missingMedia).toEqual(['rapallo.jpg', 'dog.mp3']);
		expect(r.report.mediaNotInPackage).toEqual(['dog.mp3']);
	});

	it('a damaged media list does not stop the cards: the media are then named as not in the package', () => {
		const files = unzipSync(latestPkg(SQL, legacy, zstd, { 'rapallo.jpg': new Uint8Array(4) }));
		files.media = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x01]);
		const r = readApkg(SQL, zipSync(files), now);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.bundle.decks).toHaveLength(2);
		expect(r.report.mediaNotInPackage).toEqual(['rapallo.jpg', 'dog.mp3']);
	});
});
