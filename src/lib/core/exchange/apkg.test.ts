// Opens the produced .apkg as Anki would: unzip, open collection.anki2 with SQLite, read the tables.
import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { createScheduler, DEFAULT_SETTINGS, emptyCard } from '$lib/core/schedule';
import { ankiDeckId, buildApkg, MODEL_ID } from './apkg';
import { cardToJson, reviewToJson, type CardProgress } from './progress';
import { sha1Hex } from './sha1';

const require = createRequire(import.meta.url);
let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
});

const now = new Date('2026-11-25T12:00:00Z');
const deck = (id: string, title: string, cards: DeckFile['cards']): DeckFile => ({
	format: 'kartoteka-deck',
	version: 1,
	id,
	title,
	lang: 'ru',
	kind: 'dates',
	cards
});
const dates = deck('rapallo.dates', 'Даты: Рапалло', [
	{
		id: 'rapallo.dates:1',
		front: 'Когда подписан договор в Рапалло?',
		back: '16 апреля 1922 г.',
		context: 'Договор <…> подписан & вступил в силу',
		tags: ['1922', 'два слова']
	},
	{ id: 'c2', front: 'Кто подписал?', back: 'Чичерин\nи Ратенау' }
]);
const actors = deck('rapallo.actors', 'Деятели: Рапалло', [
	{ id: 'a1', front: 'Нарком иностранных дел?', back: 'Чичерин' }
]);

function open(bytes: Uint8Array): { db: Database; files: Record<string, Uint8Array> } {
	const files = unzipSync(bytes);
	return { db: new SQL.Database(files['collection.anki2']), files };
}
const rows = (db: Database, sql: string) => {
	const [r] = db.exec(sql);
	return r ? r.values : [];
};

describe('.apkg export', () => {
	it('is a zip with collection.anki2 and an empty media map', () => {
		const { db, files } = open(buildApkg(SQL, [dates, actors], { now }));
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(strFromU8(files.media)).toBe('{}');
		expect(rows(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
		expect(rows(db, 'SELECT ver FROM col')).toEqual([[11]]);
		db.close();
	});

	it('has the note type, the decks, a note and a new card per card', () => {
		const { db } = open(buildApkg(SQL, [dates, actors], { now }));
		const [[models, decks]] = rows(db, 'SELECT models, decks FROM col') as [string, string][];
		const model = JSON.parse(models)[String(MODEL_ID)];
		expect(model.flds.map((f: { name: string }) => f.name)).toEqual(['Front', 'Back', 'Context']);
		expect(model.tmpls[0].qfmt).toBe('{{Front}}');
		const deckNames = Object.values(
			JSON.parse(decks) as Record<string, { name: string; id: number }>
		);
		expect(deckNames.map((d) => d.name).sort()).toEqual([
			'Default',
			'Даты: Рапалло',
			'Деятели: Рапалло'
		]);

		const notes = rows(db, 'SELECT guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id');
		expect(notes).toHaveLength(3);
		expect(notes[0]).toEqual([
			'rapallo.dates:1',
			MODEL_ID,
			' 1922 два_слова ',
			'Когда подписан договор в Рапалло?\x1f16 апреля 1922 г.\x1fДоговор &lt;…&gt; подписан &amp; вступил в силу',
			'Когда подписан договор в Рапалло?',
			parseInt(sha1Hex('Когда подписан договор в Рапалло?').slice(0, 8), 16)
		]);
		expect(notes[1][0]).toBe('rapallo.dates/c2');
		expect(String(notes[1][3])).toContain('Чичерин<br>и Ратенау');

		const cards = rows(
			db,
			'SELECT c.did, c.type, c.queue, c.due, n.guid FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id'
		);
		expect(cards).toEqual([
			[ankiDeckId('rapallo.dates'), 0, 0, 1, 'rapallo.dates:1'],
			[ankiDeckId('rapallo.dates'), 0, 0, 2, 'rapallo.dates/c2'],
			[ankiDeckId('rapallo.actors'), 0, 0, 3, 'rapallo.actors/a1']
		]);
		expect(rows(db, 'SELECT count(*) FROM revlog')).toEqual([[0]]);
		db.close();
	});

	it('with progress: the studied card is a review card with its FSRS state and review log', () => {
		const sched = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
		const before = emptyCard(now);
		const { card, log } = sched.grade(before, 'easy', now);
		const progress: CardProgress[] = [
			{
				deckId: 'rapallo.dates',
				cardId: 'c2',
				card: cardToJson(card),
				reviews: [reviewToJson(log, before, 4000)]
			}
		];
		const { db } = open(buildApkg(SQL, [dates], { now, progress }));
		const [studied] = rows(
			db,
			"SELECT c.type, c.queue, c.ivl, c.reps, c.data, c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = 'rapallo.dates/c2'"
		);
		expect(studied.slice(0, 4)).toEqual([2, 2, card.scheduled_days, 1]);
		expect(JSON.parse(String(studied[4]))).toMatchObject({
			s: expect.any(Number),
			d: expect.any(Number)
		});
		expect(rows(db, 'SELECT cid, ease, time, type FROM revlog')).toEqual([
			[studied[5], 4, 4000, 0]
		]);
		// Regression: without schedVer 2 Anki reads the package as v1 and, importing it with
		// scheduling, renumbers learning answers 2 and 3 to 3 and 4 (v2_upgrade.sql).
		const [[conf]] = rows(db, 'SELECT conf FROM col') as [string][];
		expect(JSON.parse(conf).schedVer).toBe(2);
		db.close();
	});

	// Issue 9, item 16: title and description went into Anki's deck data unescaped, and Anki shows
	// a deck's description as HTML.
	it('escapes every field Anki reads as HTML, the deck description included', () => {
		const hostile = {
			...deck('h', 'Даты & «<…>» [sound:x.mp3]', [
				{
					id: 'c1',
					front: 'a < b & [sound:evil.mp3]',
					back: '[latex]x[/latex] [$]y[/$]',
					context: '&lt;b&gt;'
				}
			]),
			description: 'Описание <…> & ещё\nстрока [sound:d.mp3]'
		};
		const { db } = open(buildApkg(SQL, [hostile], { now }));
		const decks = JSON.parse(String(rows(db, 'SELECT decks FROM col')[0][0]));
		const d = decks[String(ankiDeckId('h'))];
		expect(d.desc).toBe('Описание &lt;…&gt; &amp; ещё<br>строка &#91;sound:d.mp3]');
		// A deck's name is text to Anki (its hierarchy is "::"), shown escaped by Anki itself.
		expect(d.name).toBe('Даты & «<…>» [sound:x.mp3]');
		const [flds] = rows(db, 'SELECT flds FROM notes')[0];
		expect(String(flds).split('\x1f')).toEqual([
			'a &lt; b &amp; &#91;sound:evil.mp3]',
			'&#91;latex]x&#91;/latex] &#91;$]y&#91;/$]',
			'&amp;lt;b&amp;gt;'
		]);
		db.close();
	});
});
