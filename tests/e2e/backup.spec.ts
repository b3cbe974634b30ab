// Backup and restore (issue 14, item 1): back up on one profile after studying, restore on a fresh
// one, and see the same decks, due counts and review history; a broken file changes nothing; the
// reminder to back up shows on the home screen only and a dismissal holds.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
	countOf,
	deckCounts,
	frontText,
	grade,
	openHome,
	reveal,
	startStudy
} from '../support/app';

/** The browser has not promised to keep the data (as on a phone that was not asked yet). */
async function notPersisted(context: BrowserContext) {
	await context.addInitScript(() => {
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
	});
}

async function studyThree(page: Page) {
	await openHome(page);
	await startStudy(page);
	for (const which of ['good', 'easy', 'again'] as const) {
		const front = await frontText(page);
		await reveal(page);
		await grade(page, which, front);
	}
}

/** Every deck on the home screen with its new, learning and due counts. */
/**
 * Every deck's counts on the home screen, once they hold still: the held-back siblings of today's
 * cards are counted a moment after the first figures show (a read too early flaked in CI, 16 vs 14).
 */
async function homeCounts(page: Page) {
	let last = JSON.stringify(await readHomeCounts(page));
	for (;;) {
		await page.waitForTimeout(500);
		const now = await readHomeCounts(page, false);
		if (JSON.stringify(now) === last) return now;
		last = JSON.stringify(now);
	}
}

async function readHomeCounts(page: Page, open = true) {
	if (open) await openHome(page);
	const ids = await page
		.getByTestId('deck-item')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-id') ?? ''));
	const out = [];
	for (const id of ids) {
		const item = page.locator(`[data-testid="deck-item"][data-deck-id="${id}"]`);
		out.push({
			...(await deckCounts(page, id)),
			learning: await countOf(item.getByTestId('learning-count'))
		});
	}
	return out;
}

/** The statistics page's review history and card states. */
async function statsOf(page: Page) {
	await page.goto('/stats');
	await expect(page.getByTestId('stats-counts')).toBeVisible();
	const state = (s: string) =>
		countOf(page.getByTestId('stats-counts').locator(`tr[data-state="${s}"] td`).first());
	return {
		today: (await page.getByTestId('stats-today-reviews').textContent())?.trim(),
		new: await state('new'),
		learning: await state('learning'),
		young: await state('young'),
		total: await state('total')
	};
}

async function backUp(page: Page) {
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByTestId('backup-make').click();
	const file = await download;
	await expect(page.getByTestId('backup-made')).toBeVisible();
	return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function chooseBackup(page: Page, name: string, text: string) {
	await page.goto('/settings');
	await page
		.getByTestId('restore-file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('back up after studying, restore on a fresh profile: same decks, due counts, history', async ({
	page,
	browser
}) => {
	await studyThree(page);
	const counts = await homeCounts(page);
	const stats = await statsOf(page);
	expect(stats.today).toBe('3');
	const file = await backUp(page);
	expect(file.name).toMatch(/^kartoteka-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(file.text);
	expect(data).toMatchObject({ format: 'kartoteka-backup', version: 1, schema: 8 });
	expect(data.reviews).toHaveLength(3);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openHome(other);
	expect(await homeCounts(other)).not.toEqual(counts);

	await chooseBackup(other, file.name, file.text);
	const preview = other.getByTestId('restore-preview');
	await expect(preview).toBeVisible();
	await expect(preview.getByTestId('restore-reviews').getByTestId('now')).toHaveText('0');
	await expect(preview.getByTestId('restore-reviews').getByTestId('file')).toHaveText('3');
	mkdirSync('test-results/screens', { recursive: true });
	await other.screenshot({
		path: 'test-results/screens/backup-restore-preview.png',
		fullPage: true
	});
	await other.getByTestId('restore-confirm').click();
	await expect(other.getByTestId('restore-done')).toBeVisible();

	expect(await homeCounts(other)).toEqual(counts);
	expect(await statsOf(other)).toEqual(stats);
	await fresh.close();
});

test('a damaged backup is refused with the row named, and nothing changes', async ({ page }) => {
	await studyThree(page);
	const counts = await homeCounts(page);
	const file = await backUp(page);
	const data = JSON.parse(file.text);
	data.reviews[1].log.review = 'not a date';
	await chooseBackup(page, file.name, JSON.stringify(data));
	const problems = page.getByTestId('restore-problems');
	await expect(problems).toContainText(/Review history, row 2, field “log\.review”/);
	await expect(page.getByTestId('restore-confirm')).toHaveCount(0);

	const newer = { ...JSON.parse(file.text), version: 9, app: '9.0.0' };
	await chooseBackup(page, file.name, JSON.stringify(newer));
	await expect(problems).toContainText('9.0.0');
	expect(await homeCounts(page)).toEqual(counts);
});

test('the reminder shows on the home screen only, and “not now” holds', async ({
	page,
	context
}) => {
	await notPersisted(context);
	await studyThree(page);
	// The checks run as the app starts: a new visit after studying.
	await openHome(page);
	const reminder = page.getByTestId('backup-reminder');
	await expect(reminder).toBeVisible();
	mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({ path: 'test-results/screens/backup-reminder.png' });
	// Not while studying.
	await startStudy(page);
	await expect(reminder).toHaveCount(0);
	await page.goBack();
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	await expect(reminder).toBeVisible();

	await page.getByTestId('backup-reminder-dismiss').click();
	await expect(reminder).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	// The checks have run (the storage marker is written) and said nothing.
	await expect.poll(() => page.evaluate(() => localStorage.getItem('kartoteka.db'))).not.toBeNull();
	await page.waitForTimeout(500);
	await expect(reminder).toHaveCount(0);
});

test('“back up now” leads to the backup; after it the reminder is quiet', async ({
	page,
	context
}) => {
	await notPersisted(context);
	await studyThree(page);
	await openHome(page);
	await page.getByTestId('backup-reminder-go').click();
	await expect(page).toHaveURL(/\/settings#backup$/);
	await expect(page.getByTestId('backup-section')).toBeInViewport();
	await backUp(page);
	await expect(page.getByTestId('backup-last')).not.toContainText(/No backup/);
	await openHome(page);
	await page.waitForTimeout(500);
	await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});
