// The Anki importer on packages built here with the schema Anki writes (schema 11, as in
// collection.anki2 and collection.anki21), and on the project's own .apkg export (round trip).
import { createRequire } from 'node:module';
import { strToU8, zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { createScheduler, DEFAULT_SETTINGS, emptyCard, type Card } from '$lib/core/schedule';
import { buildApkg, SCHEMA } from './apkg';
import { readApkg } from './apkg-import';
import { ANKI_MESSAGES } from './apkg-read';
import { cardToJson, reviewToJson, type CardProgress, type ReviewJson } from './progress';

const require = createRequire(import.meta.url);
let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
});

const now = new Date('2026-11-25T12:00:00Z');
const DAY = 86_400_000;
const crt = Math.floor(Date.parse('2026-01-01T04:00:00Z') / 1000);
const tmpl = (ord: number, qfmt: string, afmt: string) => ({
	name: `Card ${ord + 1}`,
	ord,
	qfmt,
	afmt
});
const flds = (...names: string[]) => names.map((name, ord) => ({ name, ord }));
const MODELS = {
	'100': {
		name: 'Basic',
		type: 0,
		flds: flds('Front', 'Back'),
		tmpls: [tmpl(0, '{{Front}}', '{{FrontSide}}<hr id=answer>{{Back}}')]
	},
	'200': {
		name: 'Basic (and reversed card)',
		type: 0,
		flds: flds('Front', 'Back'),
		tmpls: [
			tmpl(0, '{{Front}}', '{{FrontSide}}<hr id=answer>{{Back}}'),
			tmpl(1, '{{Back}}', '{{FrontSide}}<hr id=answer>{{Front}}')
		]
	},
	'300': {
		name: 'Cloze',
		type: 1,
		flds: flds('Text', 'Back Extra'),
		tmpls: [tmpl(0, '{{cloze:Text}}', '{{cloze:Text}}<br>{{Back Extra}}')]
	}
};
const DECKS = {
	'1': { id: 1, name: 'Default' },
	'10': { id: 10, name: 'История::Даты' },
	'20': { id: 20, name: 'Words' }
};

interface Pkg {
	notes: [id: number, guid: string, mid: number, fields: string[], tags?: string][];
	/** id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, data */
	cards: [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		string?
	][];
	/** id (ms), cid, ease, ivl, lastIvl, factor, time, type */
	revlog?: [number, number, number, number, number, number, number, number][];
}

function collection({ notes, cards, revlog = [] }: Pkg): Uint8Array {
	const db = new SQL.Database();
	db.run(SCHEMA);
	db.run("INSERT INTO col VALUES (1, ?, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')", [
		crt,
		JSON.stringify(MODELS),
		JSON.stringify(DECKS)
	]);
	for (const [id, guid, mid, f, tags = ''] of notes)
		db.run("INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, '', 0, 0, '')", [
			id,
			guid,
			mid,
			tags,
			f.join('\x1f')
		]);
	for (const [id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, data = ''] of cards)
		db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)', [
			id,
			nid,
			did,
			ord,
			type,
			queue,
			due,
			ivl,
			factor,
			reps,
			lapses,
			data
		]);
	for (const r of revlog) db.run('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)', r);
	const bytes = db.export();
	db.close();
	return bytes;
}
const pkg = (files: Record<string, Uint8Array>) => zipSync({ media: strToU8('{}'), ...files });

const t0 = Date.parse('2026-11-01T10:00:00Z');
const legacy: Pkg = {
	notes: [
		[
			1,
			'basicGuid1',
			100,
			['Когда подписан<br>договор в Рапалло?', '16 апреля 1922 г. <img src="rapallo.jpg">'],
			' 1922 '
		],
		[2, 'revGuid2', 200, ['<b>dog</b>', 'собака [sound:dog.mp3]']],
		[3, 'clozeGuid3', 300, ['{{c1::Чичерин}} и {{c2::Ратенау}} подписали договор', 'в Рапалло']]
	],
	cards: [
		// Studied: a review card due on day 330 with a 10-day interval, ease 250 %.
		[11, 1, 10, 0, 2, 2, 330, 10, 2500, 3, 0],
		[21, 2, 20, 0, 0, 0, 1, 0, 0, 0, 0],
		[22, 2, 20, 1, 0, 0, 2, 0, 0, 0, 0],
		// Learning, due at a time; FSRS memory kept by Anki in data.
		[31, 3, 10, 0, 1, 1, Math.floor((t0 + 3 * DAY) / 1000), 0, 2500, 1, 0, '{"s":1.5,"d":6.2}'],
		[32, 3, 10, 1, 0, -1, 3, 0, 0, 0, 0]
	],
	revlog: [
		[t0 - 20 * DAY, 11, 3, -600, 0, 2500, 8000, 0],
		[t0 - 20 * DAY + 600_000, 11, 3, 3, -600, 2500, 5000, 0],
		[t0, 11, 3, 10, 3, 2500, 4000, 1],
		[t0 + 1000, 31, 1, -60, 0, 2500, 70_000, 0]
	]
};

describe('Anki import (legacy collection.anki2)', () => {
	it('reads Basic, Basic+reverse and Cloze notes into decks, with HTML as text and media named', () => {
		const r = readApkg(SQL, pkg({ 'collection.anki2': collection(legacy) }), now);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		const [words, dates] = [
			r.bundle.decks.find((d) => d.title === 'Words')!,
			r.bundle.decks.find((d) => d.title === 'История::Даты')!
		];
		expect(dates.cards.map((c) => [c.front, c.back, c.context])).toEqual([
			['Когда подписан\nдоговор в Рапалло?', '16 апреля 1922 г.', undefined],
			['[…] и Ратенау подписали договор', 'Чичерин', 'в Рапалло'],
			['Чичерин и […] подписали договор', 'Ратенау', 'в Рапалло']
		]);
		expect(dates.cards[0].tags).toEqual(['1922']);
		expect(words.cards.map((c) => [c.front, c.back])).toEqual([
			['dog', 'собака'],
			['собака', 'dog']
		]);
		expect(r.report.missingMedia).toEqual(['rapallo.jpg', 'dog.mp3']);
		expect(r.report.noteTypes).toEqual([
			{ name: 'Basic', reading: 'basic', notes: 1 },
			{ name: 'Basic (and reversed card)', reading: 'reversed', notes: 1 },
			{ name: 'Cloze', reading: 'cloze', notes: 1 }
		]);
		expect([r.report.notes, r.report.cards, r.report.reviews]).toEqual([3, 5, 4]);
		expect(r.report.issues).toEqual([{ issue: 'suspended', count: 1 }]);
	});

	it("keeps Anki's intervals and every review: the review card is due when Anki had it due", () => {
		const r = readApkg(SQL, pkg({ 'collection.anki2': collection(legacy) }), now);
		if (!r.ok) throw new Error('rejected');
		const dates = r.bundle.decks.find((d) => d.title === 'История::Даты')!;
		const review = r.bundle.progress!.find((p) => p.cardId === dates.cards[0].id)!;
		expect(review.card).toMatchObject({
			state: 2,
			due: new Date((crt + 330 * 86400) * 1000).toISOString(),
			scheduled_days: 10,
			stability: 10,
			reps: 3,
			last_review: new Date(t0).toISOString()
		});
		expect(
			review.reviews.map((x: ReviewJson) => [x.rating, x.state, x.review, x.durationMs])
		).toEqual([
			[3, 0, new Date(t0 - 20 * DAY).toISOString(), 8000],
			[3, 1, new Date(t0 - 20 * DAY + 600_000).toISOString(), 5000],
			[3, 2, new Date(t0).toISOString(), 4000]
		]);
		const learning = r.bundle.progress!.find((p) => p.cardId === dates.cards[1].id)!;
		expect(learning.card).toMatchObject({
			state: 1,
			stability: 1.5,
			difficulty: 6.2,
			due: new Date(t0 + 3 * DAY).toISOString()
		});
		// New cards carry no progress: they stay new.
		expect(r.bundle.progress).toHaveLength(2);
	});

	it('reads collection.anki21 before collection.anki2 (the placeholder of newer exports)', () => {
		const only = collection({ notes: [legacy.notes[0]], cards: [legacy.cards[0]] });
		const placeholder = collection({
			notes: [[9, 'x', 100, ['Please update Anki', '-']]],
			cards: [[99, 9, 20, 0, 0, 0, 0, 0, 0, 0, 0]]
		});
		const r = readApkg(
			SQL,
			pkg({ 'collection.anki2': placeholder, 'collection.anki21': only }),
			now
		);
		expect(r.ok && r.bundle.decks.map((d) => d.cards[0].front)).toEqual([
			'Когда подписан\nдоговор в Рапалло?'
		]);
	});

	it('names each broken package: damaged zip, no collection, anki21b only, not SQLite', () => {
		const problem = (bytes: Uint8Array) => {
			const r = readApkg(SQL, bytes, now);
			return r.ok ? 'accepted' : r.problems[0].message;
		};
		const good = pkg({ 'collection.anki2': collection(legacy) });
		expect(problem(good.slice(0, good.length - 30))).toBe(ANKI_MESSAGES.damaged);
		expect(problem(strToU8('not a zip at all'))).toBe(ANKI_MESSAGES.damaged);
		expect(problem(pkg({ 'readme.txt': strToU8('hi') }))).toBe(ANKI_MESSAGES.noCollection);
		expect(
			problem(
				pkg({
					'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]),
					'collection.anki2': collection(legacy)
				})
			)
		).toBe(ANKI_MESSAGES.newFormat);
		expect(problem(pkg({ 'collection.anki2': strToU8('garbage, not sqlite') }))).toBe(
			ANKI_MESSAGES.notSqlite
		);
	});
});

describe('Anki import: round trip with our own .apkg export', () => {
	it('export a deck with progress, import it: the same deck id, cards and states', () => {
		const deck: DeckFile = {
			format: 'kartoteka-deck',
			version: 1,
			id: 'rapallo.dates',
			title: 'Даты: Рапалло',
			lang: 'ru',
			kind: 'dates',
			cards: [
				{
					id: 'rapallo.dates:1',
					front: 'Когда подписан договор?',
					back: '16 апреля 1922 г.',
					context: 'В Рапалло\nпод Генуей',
					tags: ['1922']
				},
				{ id: 'c2', front: 'Кто подписал?', back: 'Чичерин\nи Ратенау' },
				{ id: 'c3', front: 'a < b & c', back: 'new card' }
			]
		};
		const sched = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
		const progress: CardProgress[] = [];
		for (const [cardId, grades] of [
			['rapallo.dates:1', ['good', 'good', 'easy']],
			['c2', ['again']]
		] as const) {
			let card: Card = emptyCard(new Date(now.getTime() - 30 * DAY));
			const reviews: ReviewJson[] = [];
			grades.forEach((g, i) => {
				// Each card reviewed at its own times: Anki's revlog ids (ms) are unique per collection.
				const at = new Date(now.getTime() - (30 - i * 10) * DAY + progress.length * 60_000);
				const next = sched.grade(card, g, at);
				reviews.push(reviewToJson(next.log, card, 3000 + i));
				card = next.card;
			});
			progress.push({ deckId: deck.id, cardId, card: cardToJson(card), reviews });
		}
		const r = readApkg(SQL, buildApkg(SQL, [deck], { now, progress }), now);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.bundle.decks.map((d) => [d.id, d.title])).toEqual([[deck.id, deck.title]]);
		expect(r.bundle.decks[0].cards).toEqual(deck.cards);
		for (const p of progress) {
			const back = r.bundle.progress!.find((x) => x.cardId === p.cardId)!;
			expect(back.card.state).toBe(p.card.state);
			expect([back.card.reps, back.card.lapses, back.card.scheduled_days]).toEqual([
				p.card.reps,
				p.card.lapses,
				p.card.scheduled_days
			]);
			// The export keeps stability and difficulty to 0.01 and a review card's due to the day.
			expect(back.card.stability).toBeCloseTo(p.card.stability, 2);
			expect(back.card.difficulty).toBeCloseTo(p.card.difficulty, 2);
			expect(Math.abs(Date.parse(back.card.due) - Date.parse(p.card.due))).toBeLessThan(DAY);
			expect(back.reviews.map((x) => [x.rating, x.review, x.durationMs])).toEqual(
				p.reviews.map((x) => [x.rating, x.review, x.durationMs])
			);
		}
	});
});
