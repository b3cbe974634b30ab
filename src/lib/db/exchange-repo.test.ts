import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, QUEUE_CODE, dayStart, nextDayStart } from '$lib/core/schedule';
import { makeBundle, parseBundleJson } from '$lib/core/exchange/bundle';
import { decksToAnkiText } from '$lib/core/exchange/anki-text';
import { readImportFile } from '$lib/core/exchange/import-file';
import { softDeleteDeck } from './deck-edit';
import { cardKey } from './decks-repo';
import { installDeck } from './deck-install';
import {
	applyImport,
	previewImport,
	readDeckFiles,
	readProgress,
	resolveBundle
} from './exchange-repo';
import { getCardWithState } from './review-repo';
import { makeCard, makeDeck, studyCard, testDb, countsToday } from '$lib/testing/db';

const now = new Date('2026-11-25T12:00:00');
const study = (db: ReturnType<typeof testDb>, key: string, at: Date) =>
	studyCard(db, key, { at, durationMs: 2000 });

async function exported(db: ReturnType<typeof testDb>, ids: string[]) {
	const decks = await readDeckFiles(db, ids);
	const text = JSON.stringify(makeBundle(decks, await readProgress(db, decks), now));
	const r = parseBundleJson(text);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.bundle;
}

describe('export and import with progress', () => {
	it('moves decks and progress to a fresh device', async () => {
		const a = testDb();
		await installDeck(a, makeDeck('d', 3), { origin: 'user', version: 'v1', now });
		await installDeck(a, makeDeck('e', 2), { origin: 'shipped', version: 'v1', now });
		await study(a, cardKey('d', 'c0'), now);

		const bundle = await exported(a, ['d', 'e']);
		expect(bundle.decks.map((d) => [d.id, d.cards.length])).toEqual([
			['d', 3],
			['e', 2]
		]);
		expect(bundle.progress?.map((p) => p.cardId)).toEqual(['c0']);

		const b = testDb();
		const preview = await previewImport(b, bundle);
		expect(preview[0]).toMatchObject({
			id: 'd',
			existing: null,
			counts: { new: 3, changed: 0 },
			progress: { included: 1, newer: 1 }
		});
		expect(await b.decks.count()).toBe(0);

		expect(await applyImport(b, bundle, now)).toEqual({
			decks: 2,
			cards: 5,
			progress: 1,
			marks: 0
		});
		const moved = await getCardWithState(b, cardKey('d', 'c0'));
		const original = await getCardWithState(a, cardKey('d', 'c0'));
		expect(moved?.state.card).toEqual(original?.state.card);
		expect(moved?.state.queue).toBe(QUEUE_CODE.learning);
		const [review] = await b.reviews.toArray();
		expect(review).toMatchObject({
			key: 'd/c0',
			deckId: 'd',
			rating: 3,
			durationMs: 2000,
			prevQueue: QUEUE_CODE.new
		});
		const counts = await countsToday(
			b,
			'd',
			DEFAULT_SETTINGS,
			dayStart(now).getTime(),
			nextDayStart(now).getTime()
		);
		expect(counts).toEqual({ new: 2, learning: 1, review: 0 });

		// Importing the same file again changes nothing and adds no second review.
		const again = await previewImport(b, bundle);
		expect(again[0]).toMatchObject({
			existing: { origin: 'user' },
			counts: { unchanged: 3 },
			progress: { newer: 0 }
		});
		await applyImport(b, bundle, now);
		expect(await b.reviews.count()).toBe(1);
	});

	it('a newer version of a deck updates it in place by card id and keeps progress', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('d', 3), { origin: 'user', version: 'v1', now });
		await study(db, cardKey('d', 'c1'), now);
		const before = await getCardWithState(db, cardKey('d', 'c1'));

		const v2 = makeDeck('d', 0, {
			cards: [makeCard(1, { back: 'Ответ исправлен' }), makeCard(2), makeCard(9)]
		});
		const bundle = makeBundle([v2]);
		const [preview] = await previewImport(db, bundle);
		expect(preview).toMatchObject({
			existing: { origin: 'user' },
			counts: { new: 1, changed: 2, unchanged: 0, retired: 1 },
			skipped: 0
		});
		await applyImport(db, bundle, now);

		const after = await getCardWithState(db, cardKey('d', 'c1'));
		expect(after?.card.back).toBe('Ответ исправлен');
		expect(after?.state.card).toEqual(before?.state.card);
		expect((await db.cards.get('d/c0'))?.retired).toBe(1);
	});

	// Issue 9, item 15: a file or link reusing a shipped deck's id renamed it and retired its cards,
	// although shipped decks cannot be renamed in the app.
	it('a file reusing a shipped deck’s id neither renames it nor retires or adds cards', async () => {
		const db = testDb();
		const shipped = makeDeck('d', 3, { title: 'Даты', source: { title: 'Статья', file: 'a.txt' } });
		await installDeck(db, shipped, { origin: 'shipped', version: 'v1', now });
		await study(db, cardKey('d', 'c1'), now);
		const before = await getCardWithState(db, cardKey('d', 'c1'));

		const hostile = makeDeck('d', 0, {
			title: 'Переименовано',
			description: 'чужое',
			kind: 'dates',
			cards: [makeCard(1, { back: 'Ответ исправлен' }), makeCard(2), makeCard(9)]
		});
		const bundle = makeBundle([hostile]);
		const [preview] = await previewImport(db, bundle);
		expect(preview).toMatchObject({
			title: 'Даты',
			existing: { origin: 'shipped', title: 'Даты' },
			counts: { new: 0, changed: 1, unchanged: 1, revived: 0, retired: 0 },
			skipped: 1
		});
		await applyImport(db, bundle, now);

		expect(await db.decks.get('d')).toMatchObject({
			title: 'Даты',
			origin: 'shipped',
			kind: 'custom',
			source: { title: 'Статья', file: 'a.txt' },
			cardCount: 3
		});
		expect((await db.decks.get('d'))?.description).toBeUndefined();
		expect((await db.cards.toArray()).map((c) => [c.id, c.retired])).toEqual([
			['c0', 0],
			['c1', 0],
			['c2', 0]
		]);
		// The changed card is the user's edit over the app's text: kept by updates, revertible.
		const c1 = await getCardWithState(db, cardKey('d', 'c1'));
		expect(c1?.card).toMatchObject({
			back: 'Ответ исправлен',
			edited: 1,
			upstream: { back: 'Ответ 1' }
		});
		expect(c1?.state.card).toEqual(before?.state.card);
		// The app's next update of the deck keeps all of it.
		await installDeck(db, shipped, { origin: 'shipped', version: 'v2', now });
		expect((await db.cards.get('d/c1'))?.back).toBe('Ответ исправлен');
	});

	it('a backup of a shipped deck brings its progress and the user’s edits back', async () => {
		const a = testDb();
		await installDeck(a, makeDeck('d', 2), { origin: 'shipped', version: 'v1', now });
		await study(a, 'd/c0', now);
		await a.cards.update('d/c1', {
			back: 'Моя правка',
			edited: 1,
			upstream: { front: 'Вопрос 1', back: 'Ответ 1' }
		});
		const bundle = await exported(a, ['d']);
		const b = testDb();
		await installDeck(b, makeDeck('d', 2), { origin: 'shipped', version: 'v1', now });
		expect(await applyImport(b, bundle, now)).toMatchObject({ progress: 1 });
		expect((await b.states.get('d/c0'))?.card).toEqual((await a.states.get('d/c0'))?.card);
		expect(await b.cards.get('d/c1')).toMatchObject({ back: 'Моя правка', edited: 1 });
	});

	it('older progress in the file does not overwrite newer progress here', async () => {
		const a = testDb();
		await installDeck(a, makeDeck('d', 1), { origin: 'user', version: 'v1', now });
		await study(a, 'd/c0', now);
		const bundle = await exported(a, ['d']);
		const b = testDb();
		await installDeck(b, makeDeck('d', 1), { origin: 'user', version: 'v1', now });
		const later = new Date(now.getTime() + 3_600_000);
		await study(b, 'd/c0', later);
		const [preview] = await previewImport(b, bundle);
		expect(preview.progress).toEqual({ included: 1, newer: 0 });
		await applyImport(b, bundle, later);
		expect((await b.states.get('d/c0'))?.card.last_review).toEqual(later);
		expect(await b.reviews.count()).toBe(1);
	});

	it('a failure mid-import writes nothing', async () => {
		const a = testDb();
		await installDeck(a, makeDeck('d', 2), { origin: 'user', version: 'v1', now });
		await study(a, 'd/c0', now);
		const bundle = await exported(a, ['d']);
		const b = testDb();
		vi.spyOn(b.reviews, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
		await expect(applyImport(b, bundle, now)).rejects.toThrow('QuotaExceededError');
		expect(await b.decks.count()).toBe(0);
		expect(await b.cards.count()).toBe(0);
		expect(await b.states.count()).toBe(0);
	});

	it('a CSV exported and imported back changes nothing: facts and offsets are kept', async () => {
		const db = testDb();
		const deck = makeDeck('d', 2, {
			kind: 'dates',
			cards: [
				makeCard(0, {
					context: 'В 1922 г.',
					source: { start: 0, end: 9 },
					fact: { type: 'date', ask: 'date', date: '1922', event: 'x' }
				}),
				makeCard(1)
			]
		});
		await installDeck(db, deck, { origin: 'shipped', version: 'v1', now });
		const csv = decksToAnkiText(await readDeckFiles(db, ['d']), 'comma');
		const r = readImportFile('d.csv', new TextEncoder().encode(csv));
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		const bundle = await resolveBundle(db, r.bundle, !!r.fromText);
		const [preview] = await previewImport(db, bundle);
		expect(preview.counts).toMatchObject({ new: 0, changed: 0, unchanged: 2, retired: 0 });
		expect(bundle.decks[0]).toEqual(deck);
	});
});

describe('regression (issue 9, item 4): importing a deck again after deleting it', () => {
	it('starts clean: no earlier state or review re-attaches, the preview says so too', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('mine', 3), { origin: 'user', version: 'v1', now });
		await study(db, cardKey('mine', 'c0'), now);
		const file = await exported(db, ['mine']);
		// Deleted (its Undo window not over, or never purged), then the deck file imported again.
		await softDeleteDeck(db, 'mine', now);
		const withoutProgress = { ...file, progress: undefined };
		const [preview] = await previewImport(db, withoutProgress);
		expect(preview).toMatchObject({ existing: null, counts: { new: 3, unchanged: 0 } });
		await applyImport(db, withoutProgress, now);
		expect((await db.decks.get('mine'))?.deletedAt).toBeUndefined();
		expect(await db.reviews.count()).toBe(0);
		expect((await db.states.get(cardKey('mine', 'c0')))?.card.reps).toBe(0);
		const day = dayStart(now).getTime();
		expect(
			await countsToday(db, 'mine', DEFAULT_SETTINGS, day, nextDayStart(now).getTime())
		).toEqual({ new: 3, learning: 0, review: 0 });
	});
});
