// Issue 11, schema v7: the per-deck counters in Chromium. A first visit leaves them unbuilt (the
// home screen counts by the indexes); the next start builds them in the background; from then on
// the home screen reads them, and a grade keeps them right (the counts follow it, a reload agrees).
import { expect, test, type Page } from '@playwright/test';
import {
	deckCounts,
	frontText,
	grade,
	newCountAfterOneGrade,
	openHome,
	reveal,
	startStudy
} from '../support/app';

/** Rows of a store of the app's database (-1: no such store). */
const rowsOf = (page: Page, store: string) =>
	page.evaluate(
		(s) =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('kartoteka');
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(s)) return (db.close(), resolve(-1));
					const req = db.transaction(s).objectStore(s).count();
					req.onsuccess = () => (db.close(), resolve(req.result));
				};
			}),
		store
	);

test('the counters are built at the second start, and the home counts read from them follow a grade', async ({
	page
}) => {
	await openHome(page);
	const before = await deckCounts(page);
	expect(await rowsOf(page, 'deckCounts'), 'a first visit builds none').toBe(0);

	await page.reload();
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	const decks = await rowsOf(page, 'decks');
	await expect.poll(() => rowsOf(page, 'deckCounts'), { timeout: 20_000 }).toBe(decks);
	await page.reload();
	expect(await deckCounts(page, before.id), 'the same counts from the counters').toEqual(before);

	const deckId = await startStudy(page, before.id);
	const first = await frontText(page);
	await reveal(page);
	await grade(page, 'good', first);
	await page.goto('/');
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	const after = newCountAfterOneGrade(deckId, first);
	await expect.poll(async () => (await deckCounts(page, deckId)).newCount).toBe(after);
	await page.reload();
	expect((await deckCounts(page, deckId)).newCount, 'after a reload too').toBe(after);
	expect(await rowsOf(page, 'deckCounts'), 'the grade kept every row').toBe(decks);
});
