// Installable to the home screen: Chromium's own installability check and the manifest's content.
import { expect, test } from '@playwright/test';
import { openHome } from '../support/app';

test('Chromium reports no installability errors', async ({ page }) => {
	await openHome(page);
	const cdp = await page.context().newCDPSession(page);
	// The manifest is fetched asynchronously: ask until Chromium has an answer without "no manifest".
	let errors: string[] = [];
	await expect
		.poll(
			async () => {
				const result = (await cdp.send('Page.getInstallabilityErrors')) as {
					installabilityErrors: { errorId: string }[];
				};
				// Headless contexts count as incognito; that one says nothing about the app.
				errors = result.installabilityErrors
					.map((error) => error.errorId)
					.filter((id) => id !== 'in-incognito');
				return errors;
			},
			{ timeout: 15_000 }
		)
		.toEqual([]);
	expect(errors).toEqual([]);
});

test('the manifest names the app, its icons, theme colour and standalone display', async ({
	page,
	request
}) => {
	await openHome(page);
	const link = page.locator('link[rel="manifest"]');
	await expect(link, 'the page links its web app manifest').toHaveCount(1);
	const href = await link.getAttribute('href');
	expect(href, '<link rel="manifest"> in the page').toBeTruthy();
	const manifestUrl = new URL(href!, page.url()).href;
	const response = await request.get(manifestUrl);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();

	expect(manifest.name).toBeTruthy();
	expect(manifest.short_name).toBeTruthy();
	expect(manifest.display).toBe('standalone');
	expect(manifest.theme_color).toBe('#1f3a5f');
	expect(manifest.background_color).toBeTruthy();
	expect(manifest.start_url).toBeTruthy();

	type Icon = { src: string; sizes: string; type?: string; purpose?: string };
	const icons: Icon[] = manifest.icons;
	const find = (sizes: string, purpose: string) =>
		icons.find(
			(icon) => icon.sizes === sizes && (icon.purpose ?? 'any').split(' ').includes(purpose)
		);
	const wanted = [find('192x192', 'any'), find('512x512', 'any'), find('512x512', 'maskable')];
	expect(wanted.every(Boolean), JSON.stringify(icons)).toBe(true);

	// Each icon exists, is a PNG, and has the size it claims (width and height from the IHDR chunk).
	for (const icon of wanted as Icon[]) {
		const png = await request.get(new URL(icon.src, manifestUrl).href);
		expect(png.ok(), icon.src).toBe(true);
		const body = await png.body();
		expect(body.subarray(1, 4).toString('latin1'), `${icon.src} is a PNG`).toBe('PNG');
		const size = `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
		expect(size, icon.src).toBe(icon.sizes);
	}

	const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect(apple).toBeTruthy();
	expect((await request.get(new URL(apple!, page.url()).href)).ok()).toBe(true);
});
