// The deck page's tools: export the deck (with progress) as a file, print view, test.
import { expect, test } from '@playwright/test';
import { openHome, deckItem } from '../support/app';

test('export a deck from its page: a bundle with the deck and its cards', async ({ page }) => {
	await openHome(page);
	const id = (await deckItem(page).getAttribute('data-deck-id')) ?? '';
	await page.goto(`/deck?id=${encodeURIComponent(id)}`);
	const downloading = page.waitForEvent('download');
	await page.getByTestId('export-deck').click();
	const download = await downloading;
	const path = await download.path();
	const { readFileSync } = await import('node:fs');
	const data = JSON.parse(readFileSync(path, 'utf8'));
	const decks = data.format === 'kartoteka-bundle' ? data.decks : [data];
	expect(decks.map((d: { id: string }) => d.id)).toEqual([id]);
	expect(decks[0].cards.length).toBeGreaterThan(10);
});
