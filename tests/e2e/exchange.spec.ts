// Moving decks between devices and apps: export with progress → import in a fresh profile, share
// links, CSV round trip, and malicious files rejected with nothing written.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
	deckCounts,
	frontText,
	grade,
	newCountAfterOneGrade,
	openHome,
	reveal,
	startStudy
} from '../support/app';

async function exportDeck(page: Page, deckId: string, format: string, withProgress: boolean) {
	await page.goto('/import');
	const row = page.locator(`[data-testid="export-item"][data-deck-id="${deckId}"]`);
	await expect(row).toBeVisible();
	await page.getByTestId('export-format').selectOption(format);
	const progress = page.getByTestId('export-progress');
	if (withProgress) await progress.check();
	const download = page.waitForEvent('download');
	await row.getByTestId('export-deck').click();
	const file = await download;
	const path = await file.path();
	return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

async function importFile(page: Page, name: string, content: string | Buffer, mimeType: string) {
	await page.goto('/import');
	await page
		.getByTestId('import-file')
		.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

async function homeDeckIds(page: Page): Promise<string[]> {
	await openHome(page);
	return page
		.getByTestId('deck-item')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-id') ?? ''));
}

test('export a deck with progress, import it in a fresh profile: the studied card is not new', async ({
	page,
	browser
}) => {
	await openHome(page);
	const before = await deckCounts(page);
	await startStudy(page, before.id);
	const first = await frontText(page);
	await reveal(page);
	await grade(page, 'good', first);

	const file = await exportDeck(page, before.id, 'json', true);
	expect(file.name).toMatch(/\.json$/);
	const bundle = JSON.parse(file.text);
	expect(bundle.format).toBe('kartoteka-bundle');
	expect(bundle.progress).toHaveLength(1);

	// A new context is a new profile: empty IndexedDB, the shipped decks installed fresh.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openHome(other);
	expect((await deckCounts(other, before.id)).newCount).toBe(before.newCount);
	await other.goto('/import');
	await other.getByTestId('import-file').setInputFiles({
		name: file.name,
		mimeType: 'application/json',
		buffer: Buffer.from(file.text)
	});
	await expect(other.getByTestId('import-progress').first()).toContainText('1');
	await other.getByTestId('import-confirm').click();
	await expect(other.getByTestId('import-done')).toBeVisible();

	await openHome(other);
	await expect
		.poll(async () => (await deckCounts(other, before.id)).newCount)
		.toBe(newCountAfterOneGrade(before.id, first));
	await expect(
		other.locator(
			`[data-testid="deck-item"][data-deck-id="${before.id}"] [data-testid="learning-count"]`
		)
	).toHaveText('1');
	await fresh.close();
});

test('a share link opened in a fresh profile imports the deck after confirmation', async ({
	page,
	browser,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openHome(page);
	// A small deck of our own to share (the shipped ones are large).
	const deck = {
		format: 'kartoteka-deck',
		version: 1,
		id: 'shared.rapallo',
		title: 'Рапалло для 9 «Б»',
		lang: 'ru',
		kind: 'custom',
		cards: [
			{ id: 'c1', front: 'Когда подписан Рапалльский договор?', back: '16 апреля 1922 г.' },
			{ id: 'c2', front: 'Кто подписал договор с советской стороны?', back: 'Г. В. Чичерин' }
		]
	};
	await importFile(page, 'rapallo.json', JSON.stringify(deck), 'application/json');
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	await page.goto('/import');
	await page
		.locator('[data-testid="export-item"][data-deck-id="shared.rapallo"]')
		.getByTestId('share-deck')
		.click();
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toMatch(/\/share#d=[A-Za-z0-9_-]+$/);
	await page.getByTestId('share-copy').click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const fresh = await browser.newContext();
	const phone = await fresh.newPage();
	await phone.goto(link);
	await expect(phone.getByTestId('share-title')).toHaveText(deck.title);
	await expect(phone.getByTestId('share-card')).toHaveCount(2);
	await expect(phone.getByTestId('share-card').first()).toContainText('Рапалльский');
	// Nothing written before the confirmation.
	expect(await homeDeckIdsAfter(phone, link)).not.toContain('shared.rapallo');
	await phone.getByTestId('import-confirm').click();
	await expect(phone.getByTestId('import-done')).toBeVisible();
	expect(await homeDeckIds(phone)).toContain('shared.rapallo');

	// A damaged link says so.
	await phone.goto(link.slice(0, -30) + '%%');
	await expect(phone.getByTestId('import-error')).toContainText(/damaged|повреждена|cut short/i);
	await fresh.close();
});

/** Home deck ids, then back to the link's preview. */
async function homeDeckIdsAfter(page: Page, link: string) {
	const ids = await homeDeckIds(page);
	await page.goto(link);
	await expect(page.getByTestId('share-title')).toBeVisible();
	return ids;
}

test('malicious files are rejected with the field or line named, and nothing is written', async ({
	page
}) => {
	const before = await homeDeckIds(page);
	const evil = {
		format: 'kartoteka-deck',
		version: 1,
		id: 'evil',
		title: 'Колода',
		lang: 'ru',
		kind: 'custom',
		cards: [{ id: 'x', front: '<img src=x onerror=alert(1)>', back: 'b' }]
	};
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await importFile(page, 'evil.json', JSON.stringify(evil), 'application/json');
	await expect(page.getByTestId('import-error')).toContainText('cards[0].front');
	await expect(page.getByTestId('import-error')).toContainText('HTML');
	await expect(page.getByTestId('import-confirm')).toHaveCount(0);

	await importFile(
		page,
		'evil.csv',
		'#separator:comma\nвопрос,ответ\n"<script>alert(1)</script>",x\n',
		'text/csv'
	);
	await expect(page.getByTestId('import-error')).toContainText('line 3');
	await expect(page.getByTestId('import-error')).toContainText('HTML');

	await importFile(
		page,
		'broken.json',
		'{\n  "format": "kartoteka-deck",\n  "id": oops\n}',
		'application/json'
	);
	await expect(page.getByTestId('import-error')).toContainText('line 3, column 9');

	await importFile(
		page,
		'cp1251.csv',
		Buffer.from([0xc2, 0xee, 0xef, 0xf0, 0xee, 0xf1, 0x2c, 0x41]),
		'text/csv'
	);
	await expect(page.getByTestId('import-error')).toContainText('UTF-8');

	expect(await homeDeckIds(page)).toEqual(before);
	expect(dialogs).toBe(0);
});

// Issue 9: large imports are parsed off the main thread. 1,500 cards (~400 KB) go to the importer's
// worker; a broken file of that size comes back with its line and column from the worker too.
test('a large file is read in a worker, and imports', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	const context = 'Раппальский договор был подписан в 1922 году. '.repeat(5);
	const deck = {
		format: 'kartoteka-deck',
		version: 1,
		id: 'large',
		title: 'Large deck',
		lang: 'ru',
		kind: 'custom',
		cards: Array.from({ length: 1500 }, (_, i) => ({
			id: `c${i}`,
			front: `Вопрос ${i}`,
			back: `Ответ ${i}`,
			context
		}))
	};
	const text = JSON.stringify(deck, null, 1);
	expect(text.length).toBeGreaterThan(256 * 1024);
	await importFile(page, 'broken.json', text.replace('"c1499"', 'c1499'), 'application/json');
	await expect(page.getByTestId('import-error')).toContainText(/line \d+, column \d+/);
	await importFile(page, 'large.json', text, 'application/json');
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toContainText('1500');
	expect(workers.filter((url) => /import\.worker/.test(url))).toHaveLength(2);
	await openHome(page);
	await expect(page.locator('[data-testid="deck-item"][data-deck-id="large"]')).toBeVisible();
});

// Issue 11: a bundle over 5 MB (a year's backup is ~310 MB) is read in pieces in its own worker,
// checked while the page shows the megabytes read, then read again, its pieces staged and written
// in one transaction (ninth pass). A broken one is refused with its line and column, nothing
// written.
test('a bundle over 5 MB is read in pieces in a worker, and imports', async ({ page }) => {
	// Staged as the preview reads it, then written (README "Tenth pass"; 40–60 s on a loaded 2-core
	// CI machine before it); the time is measured by bench:scale, not asserted here.
	test.setTimeout(240_000);
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	const context = 'Раппальский договор был подписан в 1922 году. '.repeat(6);
	const decks = Array.from({ length: 3 }, (_, d) => ({
		format: 'kartoteka-deck',
		version: 1,
		id: `big${d}`,
		title: `Big deck ${d}`,
		lang: 'ru',
		kind: 'custom',
		cards: Array.from({ length: 5000 }, (_, i) => ({
			id: `c${i}`,
			front: `Вопрос ${i}`,
			back: `Ответ ${i}`,
			context
		}))
	}));
	const text = JSON.stringify({ format: 'kartoteka-bundle', version: 1, decks }, null, '\t');
	expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 1024 * 1024);
	const before = await homeDeckIds(page);
	const at = text.lastIndexOf('"c4999"');
	await importFile(
		page,
		'broken.json',
		text.slice(0, at) + 'c4999' + text.slice(at + 7),
		'application/json'
	);
	await expect(page.getByTestId('import-error')).toContainText(/line \d+, column \d+/);
	expect(await homeDeckIds(page)).toEqual(before);
	await importFile(page, 'big.json', text, 'application/json');
	await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 60_000 });
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toContainText('15000', { timeout: 180_000 });
	// The broken file and the preview: a reader each. The write takes the pieces the preview staged
	// and does not read the file again (tenth pass).
	expect(workers.filter((url) => /bundle\.worker/.test(url))).toHaveLength(2);
	await openHome(page);
	await expect(page.locator('[data-testid="deck-item"][data-deck-id="big2"]')).toBeVisible();
});

test('CSV round trip through the UI: export as Anki text, edit, import updates in place', async ({
	page
}) => {
	const decksBefore = await homeDeckIds(page);
	const deckId = decksBefore[0];
	const file = await exportDeck(page, deckId, 'csv', false);
	// Issue 12: named after the deck's title, not its id.
	expect(file.name).toMatch(/^Dates - The Congress of Berlin [^/\\:]*\.csv$/);
	const lines = file.text.split('\r\n');
	expect(lines[0]).toBe('#separator:comma');
	expect(lines).toContain('#html:false');
	expect(lines).toContain('#guid column:1');
	const cardLines = lines.filter((l) => l && !l.startsWith('#'));
	const total = cardLines.length;

	// A teacher fixes one card in a spreadsheet and imports the file back.
	const edited = file.text.replace(
		cardLines[0],
		cardLines[0].replace(/^([^,]*),([^,]*|"[^"]*"),/, '$1,$2,"Исправленный вопрос, с запятой",')
	);
	expect(edited).not.toBe(file.text);
	await importFile(page, file.name, edited, 'text/csv');
	const preview = page.locator(`[data-testid="import-preview-deck"][data-deck-id="${deckId}"]`);
	await expect(preview).toBeVisible();
	await expect(preview.getByTestId('import-counts')).toContainText(
		/0 new, 1 changed, \d+ unchanged/
	);
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	const again = await exportDeck(page, deckId, 'csv', false);
	expect(again.text).toContain('"Исправленный вопрос, с запятой"');
	expect(again.text.split('\r\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(total);
	expect(await homeDeckIds(page)).toEqual(decksBefore);
});

test('Anki .apkg export downloads a zip; the print view lists the cards', async ({ page }) => {
	const deckId = (await homeDeckIds(page))[0];
	const file = await exportDeck(page, deckId, 'apkg', false);
	expect(file.name).toMatch(/^Dates - The Congress of Berlin [^/\\:]*\.apkg$/);
	const bytes = await readFile(file.path);
	expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

	await page.goto('/import');
	await page
		.locator(`[data-testid="export-item"][data-deck-id="${deckId}"]`)
		.getByTestId('print-deck')
		.click();
	await expect(page.getByTestId('print-row').first()).toBeVisible();
	expect(await page.getByTestId('print-row').count()).toBeGreaterThan(5);
});

test('bug: the .apkg export offline on first use said “both async and sync fetching of the wasm failed”', async ({
	page,
	context
}) => {
	const deckId = (await homeDeckIds(page))[0];
	await page.goto('/import');
	const row = page.locator(`[data-testid="export-item"][data-deck-id="${deckId}"]`);
	await expect(row).toBeVisible();
	await context.setOffline(true);
	await page.getByTestId('export-format').selectOption('apkg');
	await row.getByTestId('export-deck').click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/needs the internet once/);
	await expect(alert).not.toContainText(/wasm/);
	await context.setOffline(false);
});
