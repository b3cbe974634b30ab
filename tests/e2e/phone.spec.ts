// At a phone's width no page may scroll sideways: a page wider than the screen hides buttons.
import { expect, test } from '@playwright/test';
import { deckItem, openHome } from '../support/app';

test.use({ viewport: { width: 390, height: 844 }, locale: 'ru-RU' });

test('no page is wider than a 390 px phone (Russian UI)', async ({ page }) => {
	await openHome(page);
	const id = encodeURIComponent((await deckItem(page).getAttribute('data-deck-id')) ?? '');
	for (const path of [
		'/',
		`/deck?id=${id}`,
		`/study?deck=${id}`,
		'/settings',
		'/stats',
		'/import',
		`/test?deck=${id}`
	]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(390);
	}
});
