import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, QUEUE_CODE, dayStart, nextDayStart } from '$lib/core/schedule';
import { makeBundle, parseBundleJson } from '$lib/core/exchange/bundle';
import { decksToAnkiText } from '$lib/core/exchange/anki-text';
import { readImportFile } from '$lib/core/exchange/import-file';
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
import { deckCounts } from './study-repo';
import { makeCard, makeDeck, studyCard, testDb } from '$lib/testing/db';

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

		expect(await applyImport(b, bundle, now)).toEqual({ decks: 2, cards: 5, progress: 1 });
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
		const counts = await deckCounts(
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
		await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: 'v1', now });
		await study(db, cardKey('d', 'c1'), now);
		const before = await getCardWithState(db, cardKey('d', 'c1'));

		const v2 = makeDeck('d', 0, {
			cards: [makeCard(1, { back: 'Ответ исправлен' }), makeCard(2), makeCard(9)]
		});
		const bundle = makeBundle([v2]);
		const [preview] = await previewImport(db, bundle);
		expect(preview).toMatchObject({
			existing: { origin: 'shipped' },
			counts: { new: 1, changed: 2, unchanged: 0, retired: 1 }
		});
		await applyImport(db, bundle, now);

		const after = await getCardWithState(db, cardKey('d', 'c1'));
		expect(after?.card.back).toBe('Ответ исправлен');
		expect(after?.state.card).toEqual(before?.state.card);
		expect((await db.cards.get('d/c0'))?.retired).toBe(1);
		expect((await db.decks.get('d'))?.origin).toBe('shipped');
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
