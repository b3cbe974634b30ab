// Issue 11: a bundle over the limit of files read whole is read in pieces: its pieces staged as
// the preview reads them and written in one transaction on confirmation (tenth pass), or without
// room for them at the preview, read twice (the preview, then staged and written: ninth pass). The collection it writes must be the one the whole-file
// import writes, and a failure halfway must leave the database as it was.
import { describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '$lib/core/util/hash';
import type { StreamStep } from '$lib/core/exchange/bundle-stream';
import { cardKey, type KartotekaDB } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { setAside, setFlag } from '$lib/db/card-marks';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { openBundleReader, type BundleReader } from './bundle-reader';
import { exportDecks } from './export-files';
import { ImportFlow } from './import-flow.svelte';

const now = new Date('2026-11-25T12:00:00');
const later = new Date('2026-11-25T12:05:00');
const roomy = async () => ({ usage: 0, quota: 1000 * 1024 * 1024 });
/** No room to stage at the preview (so confirming reads the file again), room at confirmation. */
function tightThenRoomy() {
	let calls = 0;
	return async () => ({ usage: 0, quota: ++calls === 1 ? 1024 : 1000 * 1024 * 1024 });
}

/** A studied collection of three decks with an article, flags and set-aside cards, exported. */
async function exported(): Promise<File> {
	const db = testDb();
	const text = 'Текст статьи.\nВторая строка.';
	const source = { title: 'Статья', file: 'statya.txt', sha256: await sha256Hex(text) };
	const opts = { origin: 'user' as const, version: 'v1', now };
	await installDeck(db, makeDeck('a', 30, { source }), opts);
	await installDeck(db, makeDeck('b', 1500, { source }), opts);
	await installDeck(db, makeDeck('c', 2), opts);
	await db.articles.put({ ...source, text, savedAt: 1 });
	for (let i = 0; i < 1200; i++)
		await studyCard(db, cardKey('b', `c${i}`), { at: new Date('2026-11-24T10:00:00') });
	await studyCard(db, cardKey('a', 'c0'), { at: new Date('2026-11-24T10:00:00') });
	await studyCard(db, cardKey('a', 'c0'), { at: new Date('2026-11-25T10:00:00'), grade: 'easy' });
	await setFlag(db, cardKey('a', 'c1'), 1);
	await setAside(db, cardKey('a', 'c0'), 'suspend', now);
	await setAside(db, cardKey('b', 'c1'), 'bury', new Date('2026-11-25T11:30:00'));
	const file = await exportDecks(db, ['a', 'b', 'c'], 'json', true, now);
	return new File([file.blob], file.name);
}

/** Every row of the tables an import writes, but the times of writing. */
async function rows(db: KartotekaDB) {
	const decks = (await db.decks.toArray()).map((d) => ({ ...d, installedAt: 0, updatedAt: 0 }));
	const articles = (await db.articles.toArray()).map((a) => ({ ...a, savedAt: 0 }));
	const reviews = (await db.reviews.toArray()).map((r) => ({ ...r, id: 0 }));
	return {
		decks,
		cards: await db.cards.toArray(),
		states: await db.states.toArray(),
		reviews,
		articles
	};
}

async function imported(db: KartotekaDB, file: File, streamAbove?: number) {
	const flow = new ImportFlow(() => db, { estimate: roomy, streamAbove });
	await flow.readFile(file);
	expect(flow.problem).toBe('');
	expect(flow.phase).toBe('preview');
	expect(flow.streamed).toBe(streamAbove !== undefined);
	const preview = flow.preview;
	await flow.confirm(later);
	expect(flow.problem).toBe('');
	expect(flow.phase).toBe('done');
	return { preview, summary: flow.summary };
}

/**
 * Readers of the file: the first (the preview's) as the app's; the second (the write's) gives the
 * file's steps until the `failAt`-th, which is a bad piece or a failed read.
 */
function failingWrite(failAt: number, how: 'problem' | 'throw') {
	let opened = 0;
	return (file: Blob, at: Date): BundleReader => {
		const inner = openBundleReader(file, at, null);
		if (++opened === 1) return inner;
		let n = 0;
		return {
			next: async (): Promise<StreamStep | null> => {
				if (++n < failAt) return inner.next();
				if (how === 'throw') throw new Error('the disk went away');
				return { ok: false, problems: [{ field: 'progress[700].card', message: 'broken' }] };
			},
			close: inner.close
		};
	};
}

describe('a bundle read in pieces (issue 11)', () => {
	it('previews and writes what the whole-file import previews and writes', async () => {
		const file = await exported();
		const whole = testDb();
		const pieces = testDb();
		const a = await imported(whole, file);
		const b = await imported(pieces, file, 0);
		expect(b.preview).toEqual(a.preview);
		expect(b.summary).toEqual(a.summary);
		expect(b.summary).toMatchObject({ decks: 3, progress: 1201, marks: 3 });
		expect(await rows(pieces)).toEqual(await rows(whole));
		expect((await rows(pieces)).reviews.length).toBe(1202);
		expect(await pieces.importPieces.count()).toBe(0);

		// Again over the same collection: decks updated in place, nothing newer, nothing doubled.
		const again = await imported(pieces, file, 0);
		const againWhole = await imported(whole, file);
		expect(again.preview).toEqual(againWhole.preview);
		expect(again.preview.map((p) => p.progress.newer)).toEqual([0, 0, 0]);
		expect(await rows(pieces)).toEqual(await rows(whole));
	});

	it('writes nothing when the file fails halfway through the write', async () => {
		const file = await exported();
		for (const how of ['problem', 'throw'] as const) {
			const db = testDb();
			await installDeck(db, makeDeck('a', 3), { origin: 'user', version: 'mine', now });
			const before = await rows(db);
			// Pieces: 3 decks, 2 of progress, marks, the article, the end. Fails in the progress, while
			// the pieces are staged (db/import-stream.test.ts fails the write's own transaction).
			const openReader = failingWrite(5, how);
			// No room to stage at the preview: confirming reads the file again (ninth pass's path).
			const estimate = tightThenRoomy();
			const flow = new ImportFlow(() => db, { estimate, streamAbove: 0, openReader });
			await flow.readFile(file);
			expect(flow.phase).toBe('preview');
			expect(await db.importPieces.count()).toBe(0);
			await flow.confirm(later);
			expect(flow.phase).toBe('preview');
			expect(flow.problem).toBe(
				how === 'throw' ? 'the disk went away' : 'progress[700].card: broken'
			);
			expect(await rows(db)).toEqual(before);
			// The pieces staged before the failure are gone too (ninth pass).
			expect(await db.importPieces.count()).toBe(0);
		}
	});

	it('stages the pieces as the preview reads them, and writes them without reading again', async () => {
		const file = await exported();
		const whole = testDb();
		await imported(whole, file);
		const db = testDb();
		let opened = 0;
		const openReader = (f: Blob, at: Date) => (opened++, openBundleReader(f, at, null));
		const flow = new ImportFlow(() => db, { estimate: roomy, streamAbove: 0, openReader });
		await flow.readFile(file);
		expect(flow.phase).toBe('preview');
		// 3 decks, 2 pieces of progress, the marks, the article; nothing of the collection.
		expect(await db.importPieces.count()).toBe(7);
		expect(await db.cards.count()).toBe(0);
		await flow.confirm(later);
		expect(flow.phase).toBe('done');
		expect(opened).toBe(1);
		expect(await db.importPieces.count()).toBe(0);
		expect(await rows(db)).toEqual(await rows(whole));

		// Without room for the pieces at the preview, none are staged then: the write reads again.
		const tight = testDb();
		const second = new ImportFlow(() => tight, {
			estimate: tightThenRoomy(),
			streamAbove: 0,
			openReader
		});
		await second.readFile(file);
		expect(await tight.importPieces.count()).toBe(0);
		await second.confirm(later);
		expect(second.phase).toBe('done');
		expect(opened).toBe(3);
		expect(await rows(tight)).toEqual(await rows(whole));
	});

	it('drops the staged pieces when the preview is left, or the file fails while previewed', async () => {
		const file = await exported();
		const db = testDb();
		const flow = new ImportFlow(() => db, { estimate: roomy, streamAbove: 0 });
		await flow.readFile(file);
		expect(await db.importPieces.count()).toBe(7);
		flow.reset();
		await vi.waitFor(async () => expect(await db.importPieces.count()).toBe(0));
		expect(await db.cards.count()).toBe(0);

		// The page left while the file is still being read: what it staged goes once it stops.
		const left = new ImportFlow(() => db, { estimate: roomy, streamAbove: 0 });
		const reading = left.readFile(file);
		await vi.waitFor(async () => expect(await db.importPieces.count()).toBeGreaterThan(0));
		left.leave();
		await reading;
		expect(left.phase).toBe('idle');
		await vi.waitFor(async () => expect(await db.importPieces.count()).toBe(0));

		// The fifth piece is bad: refused at the preview, the four staged before it gone.
		const failing = (f: Blob, at: Date): BundleReader => {
			const inner = openBundleReader(f, at, null);
			let n = 0;
			return {
				next: async () =>
					++n < 5
						? inner.next()
						: { ok: false, problems: [{ field: 'progress[700].card', message: 'broken' }] },
				close: inner.close
			};
		};
		const bad = new ImportFlow(() => db, { estimate: roomy, streamAbove: 0, openReader: failing });
		await bad.readFile(file);
		expect(bad.phase).toBe('rejected');
		expect(bad.problem).toBe('progress[700].card: broken');
		expect(await db.importPieces.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('refuses a bad file at the preview, naming the field, with nothing written', async () => {
		const text = await (await exported()).text();
		const bad = text.replace('"stability": ', '"stability": -');
		const db = testDb();
		const flow = new ImportFlow(() => db, { estimate: roomy, streamAbove: 0 });
		await flow.readFile(new File([bad], 'backup.json'));
		expect(flow.phase).toBe('rejected');
		expect(flow.problem).toMatch(/^progress\[0\]\.card\.stability/);
		expect(await db.decks.count()).toBe(0);
	});
});
