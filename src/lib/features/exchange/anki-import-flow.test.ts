// An Anki package through the import page's flow: preview first, then one transaction that
// writes the decks, the cards' states (Anki's intervals) and every review; a failure writes nothing.
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readApkg } from '$lib/core/exchange/apkg-import';
import { collection, crt, legacy, pkg } from '$lib/testing/anki-package';
import { testDb } from '$lib/testing/db';
import { ImportFlow } from './import-flow.svelte';

const require = createRequire(import.meta.url);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
});
const now = new Date('2026-11-25T12:00:00Z');
const roomy = async () => ({ usage: 0, quota: 1e9 });
const apkgFile = () =>
	new File([pkg({ 'collection.anki2': collection(SQL, legacy) }) as BlobPart], 'Мои карточки.apkg');
const flowOf = (db: ReturnType<typeof testDb>) =>
	new ImportFlow(() => db, {
		estimate: roomy,
		readAnki: async (bytes, at) => readApkg(SQL, bytes, at)
	});

describe('importing an Anki package on the import page', () => {
	it('previews the package, then writes decks, states and the whole review history', async () => {
		const db = testDb();
		const flow = flowOf(db);
		await flow.readFile(apkgFile());
		expect(flow.phase).toBe('preview');
		expect(flow.anki?.decks.map((d) => [d.title, d.cards, d.reviews])).toEqual([
			['Words', 2, 0],
			['История::Даты', 3, 4]
		]);
		expect(flow.preview.map((p) => p.progress.included)).toEqual([0, 2]);
		expect(await db.decks.count()).toBe(0);

		await flow.confirm(now);
		expect(flow.phase).toBe('done');
		expect(await db.cards.count()).toBe(5);
		expect(await db.reviews.count()).toBe(4);
		const [review] = (await db.states.toArray()).filter((s) => s.card.state === 2);
		expect(review.card.scheduled_days).toBe(10);
		expect(review.due).toBe((crt + 330 * 86400) * 1000);

		// The same package again: the decks are updated in place, no review counted twice.
		const again = flowOf(db);
		await again.readFile(apkgFile());
		await again.confirm(now);
		expect(await db.cards.count()).toBe(5);
		expect(await db.reviews.count()).toBe(4);
	});

	it('a failure while writing changes nothing', async () => {
		const db = testDb();
		const flow = flowOf(db);
		await flow.readFile(apkgFile());
		vi.spyOn(db.reviews, 'bulkAdd').mockRejectedValueOnce(new Error('disk on fire'));
		await flow.confirm(now);
		expect(flow.phase).toBe('preview');
		expect(flow.problem).toBe('disk on fire');
		expect([await db.decks.count(), await db.cards.count(), await db.states.count()]).toEqual([
			0, 0, 0
		]);
	});
});
