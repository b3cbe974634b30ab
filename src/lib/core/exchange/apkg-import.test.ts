// The Anki importer on packages built here with the schema Anki writes (schema 11, as in
// collection.anki2 and collection.anki21), and on the project's own .apkg export (round trip).
import { createRequire } from 'node:module';
import { strToU8, unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { createScheduler, DEFAULT_SETTINGS, emptyCard, type Card } from '$lib/core/schedule';
import { buildApkg } from './apkg';
import { collection, crt, DAY, legacy, pkg, t0 } from '$lib/testing/anki-package';
import { readApkg } from './apkg-import';
import { ANKI_MESSAGES } from './apkg-messages';
import { cardToJson, reviewToJson, type CardProgress, type ReviewJson } from './progress';

const require = createRequire(import.meta.url);
let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
});

const now = new Date('2026-11-25T12:00:00Z');
describe('Anki import (legacy collection.anki2)', () => {
	it('reads Basic, Basic+reverse and Cloze notes into decks, with HTML as text and media named', () => {
		const r = readApkg(SQL, pkg({ 'collection.anki2': collection(SQL, legacy) }), now);
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
		expect(r.report.issues).toEqual([]);
		// The suspended cloze gap comes suspended (marks: see apkg-marks.test.ts).
		expect(r.report.marks).toEqual({ flagged: 0, marked: 0, suspended: 1, buried: 0 });
	});

	it("keeps Anki's intervals and every review: the review card is due when Anki had it due", () => {
		const r = readApkg(SQL, pkg({ 'collection.anki2': collection(SQL, legacy) }), now);
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
		const only = collection(SQL, { notes: [legacy.notes[0]], cards: [legacy.cards[0]] });
		const placeholder = collection(SQL, {
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

	it('names each broken package: damaged zip, no collection, bad zstd, too new, not SQLite', () => {
		const problem = (bytes: Uint8Array) => {
			const r = readApkg(SQL, bytes, now);
			return r.ok ? 'accepted' : r.problems[0].message;
		};
		const good = pkg({ 'collection.anki2': collection(SQL, legacy) });
		expect(problem(good.slice(0, good.length - 30))).toBe(ANKI_MESSAGES.damaged);
		expect(problem(strToU8('not a zip at all'))).toBe(ANKI_MESSAGES.damaged);
		expect(problem(pkg({ 'readme.txt': strToU8('hi') }))).toBe(ANKI_MESSAGES.noCollection);
		// A latest package (meta version 3) whose zstd frame is cut short.
		const latest = (version: number) =>
			pkg({
				meta: new Uint8Array([0x08, version]),
				'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x04]),
				'collection.anki2': collection(SQL, legacy)
			});
		expect(problem(latest(3))).toBe(ANKI_MESSAGES.notZstd);
		// A version this reader does not know: from a newer Anki, not imported from the placeholder.
		expect(problem(latest(9))).toBe(ANKI_MESSAGES.tooNew);
		expect(
			problem(pkg({ meta: new Uint8Array([0x08, 3]), 'collection.anki2': collection(SQL, legacy) }))
		).toBe(ANKI_MESSAGES.noCollection);
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

	it("export with marks, import: flags and set-aside cards come back (the bug: the export wrote every card unflagged and in its schedule's queue)", () => {
		const deck: DeckFile = {
			format: 'kartoteka-deck',
			version: 1,
			id: 'marks.dates',
			title: 'Marks',
			lang: 'ru',
			kind: 'dates',
			cards: ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id, front: `Q ${id}`, back: `A ${id}` }))
		};
		const sched = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
		const start = emptyCard(new Date(now.getTime() - 10 * DAY));
		const graded = sched.grade(start, 'good', new Date(now.getTime() - 10 * DAY));
		const progress: CardProgress[] = [
			{
				deckId: deck.id,
				cardId: 'c1',
				card: cardToJson(graded.card),
				reviews: [reviewToJson(graded.log, start, 2000)]
			}
		];
		const marks = [
			{ deckId: deck.id, cardId: 'c1', flag: 1 as const, setAside: 'suspended' as const },
			{
				deckId: deck.id,
				cardId: 'c2',
				setAside: 'buried' as const,
				buriedAt: new Date(now.getTime() - 3_600_000).toISOString()
			},
			{ deckId: deck.id, cardId: 'c3', flag: 1 as const }
		];
		const bytes = buildApkg(SQL, [deck], { now, progress, marks });
		const r = readApkg(SQL, bytes, now);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		const back = r.bundle.marks!.map((m) => [m.cardId, m.flag ?? 0, m.setAside ?? null]);
		expect(back.sort()).toEqual([
			['c1', 1, 'suspended'],
			['c2', 0, 'buried'],
			['c3', 1, null]
		]);
		expect(r.report.marks).toEqual({ flagged: 2, marked: 0, suspended: 1, buried: 1 });
		// The suspended card keeps its schedule under the suspension.
		expect(r.bundle.progress!.find((p) => p.cardId === 'c1')!.card.state).toBe(graded.card.state);
		// As Anki reads it: red flag (1), queue -1 suspended, -3 buried by hand, the rest as scheduled.
		const files = unzipSync(bytes);
		const col = new SQL.Database(files['collection.anki2']);
		try {
			const rows = col.exec('SELECT queue, flags FROM cards ORDER BY id')[0].values;
			expect(rows).toEqual([
				[-1, 1],
				[-3, 0],
				[0, 1],
				[0, 0]
			]);
		} finally {
			col.close();
		}
	});
});
