// Issue 14, part 2: an Anki user brings a collection. An .apkg built as Anki writes it (schema 11,
// Basic, reversed and Cloze notes, a studied card with its review history) is picked on the Import
// page, previewed, confirmed, and its deck studied.
import { expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { compress, init } from '@bokuweb/zstd-wasm';
import { collection, legacy, pkg } from '../../src/lib/testing/anki-package';
import { latestPkg } from '../../src/lib/testing/anki-latest';
import {
	deckCounts,
	frontText,
	grade,
	openHome,
	reveal,
	startStudy,
	waitForServiceWorkerControl
} from '../support/app';

const require = createRequire(import.meta.url);

test('an .apkg is previewed, imported in one go and its deck studied', async ({ page }) => {
	const SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
	const bytes = pkg({ 'collection.anki2': collection(SQL, legacy) });

	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'История.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(bytes)
	});
	const preview = page.getByTestId('anki-preview');
	await expect(preview).toBeVisible();
	await expect(page.getByTestId('anki-totals')).toHaveText(
		'Notes: 3, cards: 5, reviews in the history: 4'
	);
	await expect(page.getByTestId('anki-deck')).toHaveText([
		'“Words”: notes 1, cards 2, reviews 0',
		'“История::Даты”: notes 2, cards 3, reviews 4'
	]);
	await expect(page.getByTestId('anki-note-type')).toHaveText([
		'“Basic” (1) — as basic cards',
		'“Basic (and reversed card)” (1) — as cards both ways',
		'“Cloze” (1) — as cloze cards'
	]);
	await expect(page.getByTestId('anki-media')).toContainText('rapallo.jpg, dog.mp3');

	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	await openHome(page);
	const words = await deckCounts(page, 'anki-words');
	expect(words.newCount).toBe(2);
	await startStudy(page, 'anki-words');
	const first = await frontText(page);
	expect(['dog', 'собака']).toContain(first);
	await reveal(page);
	await expect(page.getByTestId('card-back')).toHaveText(first === 'dog' ? 'собака' : 'dog');
	await grade(page, 'good', first);
});

test('a package in Anki’s current format (collection.anki21b, zstd) is read in the browser', async ({
	page
}) => {
	const SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
	await init();
	const flagged = {
		...legacy,
		// The first card flagged red in Anki.
		cards: legacy.cards.map((c, i) =>
			i === 0 ? [...c.slice(0, 11), '', 1] : c
		) as typeof legacy.cards
	};
	const bytes = latestPkg(SQL, flagged, (b) => compress(b, 0), {
		'rapallo.jpg': new Uint8Array(8)
	});
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'Collection.colpkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(bytes)
	});
	await expect(page.getByTestId('anki-totals')).toHaveText(
		'Notes: 3, cards: 5, reviews in the history: 4'
	);
	await expect(page.getByTestId('anki-deck')).toHaveText([
		'“Words”: notes 1, cards 2, reviews 0',
		'“История::Даты”: notes 2, cards 3, reviews 4'
	]);
	// rapallo.jpg is in the package (not imported), dog.mp3 is not even there.
	await expect(page.getByTestId('anki-media-absent')).toContainText('dog.mp3');
	await expect(page.getByTestId('anki-marks')).toContainText('Flagged: 1 card');
	await expect(page.getByTestId('anki-marks')).toContainText('Suspended: 1 card');
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toBeVisible();
});

test('the Anki reader needs the internet once: offline first it says so, after one import it works offline', async ({
	page,
	context
}) => {
	const SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
	const file = {
		name: 'История.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(pkg({ 'collection.anki2': collection(SQL, legacy) }))
	};
	await page.goto('/import');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.getByTestId('import-file').setInputFiles(file);
	await expect(page.getByTestId('import-error')).toContainText(/Go online once/);
	await context.setOffline(false);
	await page.getByTestId('import-file').setInputFiles(file);
	await expect(page.getByTestId('anki-preview')).toBeVisible();
	// The worker and its SQLite are in the service worker's cache now (not precached: they load
	// on first use). The browser's HTTP cache is emptied, so that only that cache can answer.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await context.setOffline(true);
	await page.reload();
	await page.getByTestId('import-file').setInputFiles(file);
	await expect(page.getByTestId('anki-totals')).toHaveText(
		'Notes: 3, cards: 5, reviews in the history: 4'
	);
	await context.setOffline(false);
});
