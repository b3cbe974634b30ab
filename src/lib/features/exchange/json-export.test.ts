// Issue 11, item 5: the JSON export is written deck by deck into Blob parts; its text must be the
// very text the one-string export wrote (JSON.stringify of the whole bundle), and import again.
import { describe, expect, it, vi } from 'vitest';
import { makeBundle, parseBundleJson } from '$lib/core/exchange/bundle';
import { cardKey } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { setAside, setFlag } from '$lib/db/card-marks';
import {
	applyImport,
	readCardMarks,
	readDeckExport,
	readDeckFiles,
	readProgress
} from '$lib/db/exchange-repo';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { exportDecks } from './export-files';

const now = new Date('2026-11-25T12:00:00');

async function setup() {
	const db = testDb();
	const source = { title: 'Статья', file: 'statya.txt', sha256: 'ab'.repeat(32) };
	const opts = { origin: 'user' as const, version: 'v1', now };
	await installDeck(db, makeDeck('a', 3, { source }), opts);
	await installDeck(db, makeDeck('b', 2, { source }), opts);
	await installDeck(db, makeDeck('empty', 0), opts);
	await db.articles.put({ ...source, text: 'Текст статьи.\nВторая строка.', savedAt: 1 });
	await studyCard(db, cardKey('a', 'c0'), { at: new Date('2026-11-24T10:00:00') });
	await studyCard(db, cardKey('a', 'c0'), { at: new Date('2026-11-25T10:00:00'), grade: 'easy' });
	await studyCard(db, cardKey('b', 'c1'), { at: new Date('2026-11-25T11:00:00') });
	return { db, source };
}

describe('streamed JSON export (issue 11)', () => {
	it('writes exactly the text of the whole bundle stringified at once, with progress and articles', async () => {
		const { db } = await setup();
		// Never the whole bundle as one value (the old export stringified it at once: 0.8 GB).
		const stringify = vi.spyOn(JSON, 'stringify');
		const file = await exportDecks(db, ['a', 'empty', 'b'], 'json', true, now);
		const wholes = stringify.mock.calls.filter(
			([v]) => (v as { format?: string } | null)?.format === 'kartoteka-bundle'
		);
		stringify.mockRestore();
		expect(wholes).toHaveLength(0);
		const decks = await readDeckFiles(db, ['a', 'b']);
		const articles = (await db.articles.toArray()).map(({ file, title, sha256, text }) => ({
			file,
			title,
			sha256,
			text
		}));
		const whole = makeBundle(decks, await readProgress(db, decks), now, articles);
		const text = await file.blob.text();
		expect(text).toBe(JSON.stringify(whole, null, '\t') + '\n');
		expect(file.name).toMatch(/-progress-2026-11-25\.json$/);
		expect(file.blob.type).toBe('application/json');
		const parsed = parseBundleJson(text, now);
		expect(parsed.ok && parsed.bundle.progress?.length).toBe(2);
	});

	it('without progress and with no studied card: the same text as before too', async () => {
		const { db } = await setup();
		const plain = await exportDecks(db, ['b', 'a'], 'json', false, now);
		const decks = await readDeckFiles(db, ['b', 'a']);
		const articles = (await db.articles.toArray()).map(({ file, title, sha256, text }) => ({
			file,
			title,
			sha256,
			text
		}));
		expect(await plain.blob.text()).toBe(
			JSON.stringify(makeBundle(decks, undefined, now, articles), null, '\t') + '\n'
		);
		await expect(exportDecks(db, ['empty', 'nope'], 'json', true, now)).rejects.toThrow();
	});

	it('carries flags, suspended and buried cards with the progress, and an import sets them again', async () => {
		const { db } = await setup();
		await setFlag(db, cardKey('a', 'c1'), 1);
		await setAside(db, cardKey('a', 'c0'), 'suspend', now);
		const buried = new Date('2026-11-25T11:30:00');
		await setAside(db, cardKey('b', 'c1'), 'bury', buried);
		await setAside(db, cardKey('a', 'c1'), 'bury', buried);
		const file = await exportDecks(db, ['a', 'b'], 'json', true, now);
		const text = await file.blob.text();
		const decks = await readDeckFiles(db, ['a', 'b']);
		const marks = [...(await readCardMarks(db, decks[0])), ...(await readCardMarks(db, decks[1]))];
		expect(marks).toEqual([
			{ deckId: 'a', cardId: 'c0', setAside: 'suspended' },
			{ deckId: 'a', cardId: 'c1', flag: 1, setAside: 'buried', buriedAt: buried.toISOString() },
			{ deckId: 'b', cardId: 'c1', setAside: 'buried', buriedAt: buried.toISOString() }
		]);
		// Still the text of the whole bundle at once, now with its marks.
		const articles = (await db.articles.toArray()).map(({ file, title, sha256, text }) => ({
			file,
			title,
			sha256,
			text
		}));
		const whole = makeBundle(decks, await readProgress(db, decks), now, articles, marks);
		expect(text).toBe(JSON.stringify(whole, null, '\t') + '\n');
		// Without progress, no marks: a deck handed to a class carries none of the student's own.
		expect(await (await exportDecks(db, ['a', 'b'], 'json', false, now)).blob.text()).not.toContain(
			'"marks"'
		);

		const parsed = parseBundleJson(text, now);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const other = testDb();
		const summary = await applyImport(other, parsed.bundle, new Date('2026-11-25T12:05:00'));
		expect(summary.marks).toBe(3);
		const states = async (k: string) => {
			const s = (await other.states.get(k))!;
			return [s.queue, s.buriedAt, s.card.reps];
		};
		// Suspended with its progress (two reviews), buried since the time it was buried there.
		expect(await states(cardKey('a', 'c0'))).toEqual([-1, undefined, 2]);
		expect(await states(cardKey('b', 'c1'))).toEqual([-2, buried.getTime(), 1]);
		expect(await states(cardKey('a', 'c1'))).toEqual([-2, buried.getTime(), 0]);
		expect((await other.cards.get(cardKey('a', 'c1')))!.flag).toBe(1);
		expect((await other.cards.get(cardKey('a', 'c2')))!.flag).toBeUndefined();
	});

	it('reads a deck in one go as the three reads did, its retired cards left out (seventh pass)', async () => {
		const { db } = await setup();
		// c2 of deck a: studied, flagged and suspended, then retired by an update without it.
		await studyCard(db, cardKey('a', 'c2'), { at: new Date('2026-11-25T09:00:00') });
		await setFlag(db, cardKey('a', 'c2'), 1);
		await setAside(db, cardKey('a', 'c2'), 'suspend', now);
		const v2 = { origin: 'user' as const, version: 'v2', now };
		await installDeck(
			db,
			makeDeck('a', 2, { source: { title: 'Статья', file: 'statya.txt' } }),
			v2
		);
		expect((await db.cards.get(cardKey('a', 'c2')))!.retired).toBe(1);
		await setFlag(db, cardKey('a', 'c1'), 1);
		await setAside(db, cardKey('a', 'c0'), 'bury', now);
		for (const id of ['a', 'b']) {
			const [deck] = await readDeckFiles(db, [id]);
			const read = await readDeckExport(db, id, true);
			expect(read).toEqual({
				deck,
				progress: await readProgress(db, [deck]),
				marks: await readCardMarks(db, deck)
			});
		}
		const a = (await readDeckExport(db, 'a', true))!;
		expect(a.deck.cards.map((c) => c.id)).toEqual(['c0', 'c1']);
		expect(a.progress.map((p) => [p.cardId, p.reviews.length])).toEqual([['c0', 2]]);
		expect(a.marks).toEqual([
			{ deckId: 'a', cardId: 'c0', setAside: 'buried', buriedAt: now.toISOString() },
			{ deckId: 'a', cardId: 'c1', flag: 1 }
		]);
		expect(await readDeckExport(db, 'a', false)).toEqual({ deck: a.deck, progress: [], marks: [] });
		expect(await readDeckExport(db, 'nope', true)).toBeNull();
	});

	it('says how many decks it has read, of all, as it goes', async () => {
		const { db } = await setup();
		const seen: [number, number][] = [];
		await exportDecks(db, ['a', 'empty', 'nope', 'b'], 'json', true, now, (done, total) =>
			seen.push([done, total])
		);
		expect(seen).toEqual([
			[1, 4],
			[2, 4],
			[3, 4],
			[4, 4]
		]);
	});
});
