// Issue 12: the theme switch (system / light / dark) in Settings, applied before the first paint:
// app.html's inline script sets it before any of the app's JavaScript has loaded.
import { expect, test, type Page } from '@playwright/test';

const bg = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK = 'rgb(20, 23, 28)';
const LIGHT = 'rgb(247, 245, 240)';

test.use({ colorScheme: 'light' });

test('dark chosen in Settings on a light system, applied before the app loads; back to system', async ({
	page,
	context
}) => {
	await page.goto('/settings');
	expect(await bg(page)).toBe(LIGHT);
	await page.getByTestId('settings-theme').selectOption('dark');
	await expect.poll(() => bg(page)).toBe(DARK);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/screens/settings-dark-390x844.png' });

	// Another page with the app's JavaScript held back: the theme is there already.
	const other = await context.newPage();
	await other.route(/\/_app\/.*\.js$/, () => {
		/* never answered */
	});
	await other.goto('/', { waitUntil: 'domcontentloaded' });
	expect(await other.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	expect(await bg(other)).toBe(DARK);
	await other.close();

	await page.getByTestId('settings-theme').selectOption('system');
	await expect.poll(() => bg(page)).toBe(LIGHT);
	await page.reload();
	await expect(page.getByTestId('settings-theme')).toHaveValue('system');
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
});

test.describe('on a dark system', () => {
	test.use({ colorScheme: 'dark' });
	test('light chosen in Settings wins over the system', async ({ page }) => {
		await page.goto('/settings');
		expect(await bg(page)).toBe(DARK);
		await page.getByTestId('settings-theme').selectOption('light');
		await expect.poll(() => bg(page)).toBe(LIGHT);
		await page.goto('/');
		expect(await bg(page)).toBe(LIGHT);
	});
});
