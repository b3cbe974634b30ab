// Issue 14 part 2 with the brief's item 3: a 10,000-card Anki package (7,000 studied cards with
// 35,000 reviews) is read, previewed and imported while the page stays responsive. Measured in
// Chromium: the time from picking the file to the preview and to "imported", the long tasks
// (PerformanceObserver 'longtask', > 50 ms on the main thread) and the longest gap between the
// ticks of a 16 ms timer (what a tap would wait for).
//
// In a browser profile on disk, as a student's browser is: Playwright's default contexts are
// off the record, where Chromium keeps IndexedDB in memory and every write gets slower as the
// origin's data grows (35,000 review rows in 1,000-row parts: 70 ms for the first part, 700 ms for
// the last, 23 s in all; on disk 60–100 ms each, 2.8 s in all; measured 2026-12-02 with raw
// IndexedDB in Chromium 13x on this 2-core machine). The incognito figure was the test's, not a
// student's.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
import initSqlJs from 'sql.js';
import { collection, manyNotes, pkg } from '../../src/lib/testing/anki-package';

const require = createRequire(import.meta.url);
const CARDS = 10_000;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';

/** Starts counting long tasks and timer gaps on the page. */
const watch = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { probe: { long: number[]; gap: number; last: number } };
		w.probe = { long: [], gap: 0, last: performance.now() };
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.probe.long.push(Math.round(e.duration));
		}).observe({ type: 'longtask' });
		setInterval(() => {
			const now = performance.now();
			w.probe.gap = Math.max(w.probe.gap, now - w.probe.last);
			w.probe.last = now;
		}, 16);
	});
const probe = (page: Page) =>
	page.evaluate(() => {
		const p = (window as unknown as { probe: { long: number[]; gap: number } }).probe;
		const out = { long: [...p.long], gap: Math.round(p.gap) };
		p.long = [];
		p.gap = 0;
		return out;
	});

const { executablePath } = findChromium();
let profile = '';
let context: BrowserContext | null = null;
test.afterEach(async () => {
	await context?.close();
	if (profile) rmSync(profile, { recursive: true, force: true });
});

test('a 10,000-card package is read off the main thread, with progress, and imported', async ({
	baseURL
}) => {
	test.setTimeout(400_000);
	profile = mkdtempSync(join(tmpdir(), 'kartoteka-anki-'));
	context = await chromium.launchPersistentContext(profile, {
		executablePath,
		args: CHROMIUM_ARGS,
		baseURL,
		locale: 'en-US'
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
	const bytes = pkg({ 'collection.anki2': collection(SQL, manyNotes(CARDS)) });
	await page.goto('/import');
	// Load the reader's code once (as a second import would find it cached): the measure is the
	// work, not the download.
	await page.waitForLoadState('networkidle');
	await watch(page);
	const t0 = Date.now();
	await page.getByTestId('import-file').setInputFiles({
		name: 'big.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(bytes)
	});
	// The worker reports its stages; the bar moves while the page stays usable.
	await expect(page.getByTestId('anki-progress')).toBeVisible();
	await page.screenshot({ path: `${SHOTS}/anki-reading.png` });
	await expect(page.getByTestId('anki-preview')).toBeVisible({ timeout: 120_000 });
	const readMs = Date.now() - t0;
	const reading = await probe(page);
	await expect(page.getByTestId('anki-totals')).toContainText(`cards: ${CARDS}`);
	const t1 = Date.now();
	await page.getByTestId('import-confirm').click();
	// The bar counts review rows, written after the cards and states (about 6 s of the 8.4 s the
	// write took alone on this machine, on disk, 2026-12-02). Under the whole suite's load the first
	// part may come only near the end: the bar, or the result if the write outran the check.
	await expect(page.getByTestId('import-writing').or(page.getByTestId('import-done'))).toBeVisible({
		timeout: 200_000
	});
	await page.screenshot({ path: `${SHOTS}/anki-writing.png` });
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 300_000 });
	const writeMs = Date.now() - t1;
	const writing = await probe(page);
	const figures = {
		bytes: bytes.length,
		readMs,
		readLongTasks: reading.long.length,
		readLongestTask: Math.max(0, ...reading.long),
		readLongestGap: reading.gap,
		writeMs,
		writeLongTasks: writing.long.length,
		writeLongestTask: Math.max(0, ...writing.long),
		writeLongestGap: writing.gap
	};
	console.log('anki-scale', JSON.stringify(figures));
	test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) });
	// On the main thread the reading was one task of 2.4 s of its 3.5 s (70 %), and the writing
	// took 61 s (measured on this 2-core machine before the worker and the bulk writes, off the
	// record; 33 s after them, off the record, and 8.4 s on disk). Timings
	// swing with the machine's load, so the reading is judged by the share of it that held the
	// main thread (7–15 % measured since, at load averages of 2 to 18), the writing with room.
	expect(figures.readLongestTask / figures.readMs).toBeLessThan(0.35);
	expect(figures.writeMs).toBeLessThan(40_000);
});
