// The JavaScript budget: what the first page loads (entry, modulepreloads, dynamic imports made on
// first load) must stay within 80 KB gzipped. Also run alone by `npm run budget`.
import { expect, test, type Response } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 80 * 1024;

test('JavaScript loaded by the first page stays within 80 KB gzipped', async ({
	page,
	context
}) => {
	const pageResponses: Response[] = [];
	const allUrls: string[] = [];
	page.on('response', (response) => pageResponses.push(response));
	// Everything the context fetches, the service worker's precaching included.
	context.on('response', (response) => allUrls.push(response.url()));

	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	await page.waitForLoadState('networkidle');

	const seen = new Set<string>();
	const files: { url: string; raw: number; gzip: number }[] = [];
	for (const response of pageResponses) {
		const url = response.url();
		const type = response.headers()['content-type'] ?? '';
		const isJs = /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(new URL(url).pathname);
		if (!isJs || seen.has(url) || response.status() !== 200) continue;
		seen.add(url);
		const body = await response.body();
		files.push({ url, raw: body.length, gzip: gzipSync(body).length });
	}
	files.sort((a, b) => b.gzip - a.gzip);
	const raw = files.reduce((sum, file) => sum + file.raw, 0);
	const gzip = files.reduce((sum, file) => sum + file.gzip, 0);

	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const lines = [
		`First-load JavaScript: ${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzipped (${gzip} bytes) — budget ${kb(BUDGET)}`,
		...files.map((f) => `  ${kb(f.gzip).padStart(9)}  ${new URL(f.url).pathname}`)
	];
	console.log(lines.join('\n'));
	mkdirSync('test-results', { recursive: true });
	writeFileSync(
		'test-results/budget.json',
		JSON.stringify({ budget: BUDGET, gzip, raw, files }, null, '\t') + '\n'
	);

	expect(files.length, 'the page loads JavaScript').toBeGreaterThan(0);
	// The generator (its worker, any dictionaries) is for authoring only: never on first load, never
	// precached.
	const generator = allUrls.filter((url) =>
		/dicts|\.dawg|az\.min|\/az\/|generate\.worker/i.test(url)
	);
	expect(generator, 'generator files fetched on first load').toEqual([]);
	expect(gzip, `first-load JavaScript gzipped, bytes (budget ${BUDGET})`).toBeLessThanOrEqual(
		BUDGET
	);
});

test('the service worker does not precache the generator or its dictionaries', async ({
	request
}) => {
	const sw = await request.get('/sw.js');
	expect(sw.ok(), '/sw.js is served').toBe(true);
	const text = await sw.text();
	expect(text).not.toMatch(/dicts\/|\.dawg|generate\.worker-/);
});
