// The Anki importer on files Anki itself wrote (tests/fixtures/anki/README.md: origin, licence):
// a collection studied in Anki 2.1 in 2019 (AnkiPandas' test data) in schema 11 and in schema 15,
// and packages from Anki's own import tests. The other Anki tests build their packages here; these
// pin what a real Anki put in them: its deck and note names, its card rows, its review log.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strToU8, zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readApkg } from '$lib/core/exchange/apkg-import';
import { ANKI_MESSAGES } from '$lib/core/exchange/apkg-messages';
import { applyImport } from '$lib/db/exchange-repo';
import { studyCard, testDb } from '$lib/testing/db';

const require = createRequire(import.meta.url);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
});

const fixture = (path: string) =>
	new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/anki/${path}`, import.meta.url)));
/** A collection file as a .colpkg holds it: the collection under its name, no media. */
const colpkg = (path: string, name: 'collection.anki2' | 'collection.anki21') =>
	zipSync({ [name]: fixture(path), media: strToU8('{}') });

const now = new Date('2026-11-25T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function read(bytes: Uint8Array) {
	const r = readApkg(SQL, bytes, now);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r;
}

describe('a collection Anki 2.1 wrote (AnkiPandas test data, 2019)', () => {
	const schema11 = () => colpkg('ankipandas/collection.anki2', 'collection.anki2');

	it('reads its two decks, seven notes and twelve cards with their tags', () => {
		const { bundle, report } = read(schema11());
		expect(report.decks.map((d) => [d.title, d.notes, d.cards, d.reviews])).toEqual([
			['EnglishGerman', 4, 8, 0],
			['Testing', 3, 4, 6]
		]);
		expect([report.notes, report.cards, report.reviews]).toEqual([7, 12, 6]);
		expect(report.noteTypes).toEqual([
			{ name: 'Basic', reading: 'basic', notes: 2 },
			{ name: 'Basic (and reversed card)', reading: 'reversed', notes: 5 }
		]);
		expect(report.issues).toEqual([]);
		const words = bundle.decks.find((d) => d.title === 'EnglishGerman')!;
		expect(words.cards.slice(0, 2).map((c) => [c.front, c.back, c.tags])).toEqual([
			['Car', 'Auto', ['adjective', 'english', 'german', 'noun']],
			['Auto', 'Car', ['adjective', 'english', 'german', 'noun']]
		]);
		expect(words.cards.map((c) => c.front)).toContain('Weiß');
	});

	it('keeps every review as Anki logged it, v1 learning answers renumbered as Anki does', () => {
		const { bundle } = read(schema11());
		const testing = bundle.decks.find((d) => d.title === 'Testing')!;
		const basic = testing.cards.find((c) => c.front === 'Basic: Front')!;
		const p = bundle.progress!.find((x) => x.cardId === basic.id)!;
		// revlog: 1556706362847 ease 2 ivl -600 (10 min) time 2766; 1556706368375 ease 3 ivl 4 time
		// 785, both type 0 (learning) on the v1 scheduler (no schedVer): good, then easy.
		expect(p.reviews.map((r) => [r.review, r.rating, r.scheduled_days, r.durationMs])).toEqual([
			[iso(1556706362847), 3, 0, 2766],
			[iso(1556706368375), 4, 4, 785]
		]);
		// The card: a review card (type 2) due on day 17 of the collection (crt 1555552800), with
		// Anki's interval of 4 days and its two reps.
		expect(p.card).toMatchObject({
			state: 2,
			due: iso((1555552800 + 17 * 86400) * 1000),
			scheduled_days: 4,
			reps: 2,
			lapses: 0,
			last_review: iso(1556706368375)
		});
		// The reversed note's first card: again (1 min), good (10 min), easy (3 days).
		const reversed = testing.cards.find((c) => c.front === 'Basic with reversed card: Front')!;
		const q = bundle.progress!.find((x) => x.cardId === reversed.id)!;
		expect(q.reviews.map((r) => r.rating)).toEqual([1, 3, 4]);
		expect(q.card.scheduled_days).toBe(3);
	});

	it('the same collection after Anki 2.1.28 upgraded it (schema 15, lower-case collation) gives the same', () => {
		// Regression: its "collate unicase" in lower case was not renamed, so SQLite refused to scan
		// the note types and the package was refused as having none.
		const upgraded = read(colpkg('ankipandas/collection_v1.anki2', 'collection.anki21'));
		const legacy = read(schema11());
		expect(upgraded.report.file).toBe('collection.anki21');
		expect(upgraded.bundle).toEqual(legacy.bundle);
		expect({ ...upgraded.report, file: '' }).toEqual({ ...legacy.report, file: '' });
	});

	it('imports into the database: states, and the six reviews as review logs', async () => {
		const db = testDb();
		const summary = await applyImport(db, read(schema11()).bundle, now);
		expect(summary).toMatchObject({ decks: 2, cards: 12, progress: 3 });
		expect(await db.reviews.count()).toBe(6);
		const states = await db.states.toArray();
		expect(states.filter((s) => s.queue === 2)).toHaveLength(3);
		expect(states.filter((s) => s.queue === 0)).toHaveLength(9);
	});
});

describe("packages from Anki's own import tests (Anki 2.0)", () => {
	it('a re-exported package with the note edited updates the same card, progress kept', async () => {
		const first = read(fixture('ankitects/update1.apkg'));
		const second = read(fixture('ankitects/update2.apkg'));
		expect(first.bundle.decks.map((d) => [d.title, d.cards.map((c) => [c.front, c.back])])).toEqual(
			[['Default', [['hello', 'world']]]]
		);
		const db = testDb();
		await applyImport(db, first.bundle, now);
		const [card] = await db.cards.toArray();
		await studyCard(db, card.key, { at: new Date('2026-11-25T10:00:00Z') });
		await applyImport(db, second.bundle, now);
		const cards = await db.cards.toArray();
		expect(cards.map((c) => [c.key, c.front, c.back])).toEqual([[card.key, 'goodbye', 'world']]);
		// Studied here before the update: its review and its state stay.
		expect((await db.states.get(card.key))!.card.reps).toBe(1);
		expect(await db.reviews.count()).toBe(1);
	});

	it('a package whose only card is a sound with an empty back is refused, saying why', () => {
		const r = readApkg(SQL, fixture('ankitects/media.apkg'), now);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems).toEqual([{ field: '', message: ANKI_MESSAGES.emptySides }]);
	});
});
