// IndexedDB unavailable (as in some private modes or with site data blocked): the app says what
// happened and what to do, instead of an empty screen.
import { expect, test, type Page } from '@playwright/test';
import { frontText, grade, openHome, reveal, startStudy } from '../support/app';

test('without IndexedDB the app explains the problem and what to do', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/');
	const message = page.getByTestId('storage-error');
	await expect(message).toBeVisible();
	await expect(message).toContainText('IndexedDB');
	await expect(page.getByTestId('deck-item')).toHaveCount(0);
});

test('a quota error on first start is reported, not swallowed', async ({ page }) => {
	await page.addInitScript(() => {
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof original>) {
			if (this.name === 'cards') throw new DOMException('Quota exceeded', 'QuotaExceededError');
			return original.apply(this, args);
		};
	});
	await page.goto('/');
	const message = page.getByTestId('storage-error');
	await expect(message).toBeVisible();
	await expect(message).toContainText('QuotaExceededError');
});

// Issue 9, item 1: a full disk made Chromium discard the whole database, and the app started over
// without a word. These tests give the page the browser's answers for a nearly full disk.
const MB = 1024 * 1024;
function reportFreeSpace(page: Page, free: number) {
	return page.addInitScript((free) => {
		const quota = 1000 * 1024 * 1024;
		navigator.storage.estimate = async () => ({ usage: quota - free, quota });
	}, free);
}

const oneCardDeck = (id: string) =>
	JSON.stringify({
		format: 'kartoteka-deck',
		version: 1,
		id,
		title: `Deck ${id}`,
		lang: 'en',
		kind: 'custom',
		cards: [{ id: 'c1', front: 'Rapallo?', back: '1922' }]
	});

test('an import that would not fit is refused before anything is written', async ({ page }) => {
	await reportFreeSpace(page, 5 * MB);
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'deck.json',
		mimeType: 'application/json',
		buffer: Buffer.from(oneCardDeck('tight'))
	});
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-error')).toContainText(
		'Not imported, nothing was written. Not enough space on the device: with a safety margin this needs about 20 MB, and 5.0 MB is free.'
	);
	await openHome(page);
	await expect(page.locator('[data-testid="deck-item"][data-deck-id="tight"]')).toHaveCount(0);
});

test('low room is warned of once there is something to lose', async ({ page }) => {
	await reportFreeSpace(page, 30 * MB);
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'deck.json',
		mimeType: 'application/json',
		buffer: Buffer.from(oneCardDeck('mine'))
	});
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	const warning = 'Little space is left for Kartoteka on this device: 30 MB free.';
	await expect(page.getByRole('alert')).toContainText(warning);
	// And at every start from then on.
	await page.reload();
	await expect(page.getByRole('alert')).toContainText(warning);
});

test('a database that came back empty is told, with what it held, until dismissed', async ({
	page
}) => {
	await openHome(page);
	const first = await startStudy(page).then(() => frontText(page));
	await reveal(page);
	await grade(page, 'good', first);
	await openHome(page); // the start writes the marker: one review
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('kartoteka.db')))
		.toContain('"reviews":1');

	// The browser discards the database (as on a full disk); localStorage stays. The app lets go
	// of its connection when asked (the deletion is a version change).
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const req = indexedDB.deleteDatabase('kartoteka');
				req.onsuccess = resolve;
				req.onerror = () => reject(req.error);
				req.onblocked = () => reject(new Error('blocked by the app'));
			})
	);

	await openHome(page);
	const notice = page.getByRole('alert');
	await expect(notice).toContainText('The app’s storage came back empty');
	await expect(notice).toContainText('reviews: 1');
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('came back empty');
	await page.getByRole('alert').getByRole('button').click();
	await page.reload();
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

// Issue 9, item 9: an old connection blocking the upgrade left "Loading decks…" forever.
// A page of the origin that is not the app, as a context's first navigation (once installed, the
// service worker answers every navigation with the app): it plays the other tab.
const notTheApp = '/manifest.webmanifest';

test('an older version open in another tab: the app says so and carries on when it closes', async ({
	page,
	context
}) => {
	const old = await context.newPage();
	await old.goto(notTheApp);
	// Version 1 of the app's schema (Dexie stores version n as n × 10), held open like a tab of
	// an old build that never lets go.
	await old.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('kartoteka', 10);
				req.onupgradeneeded = () => {
					const db = req.result;
					db.createObjectStore('decks', { keyPath: 'id' }).createIndex('sourceKey', 'sourceKey');
					const cards = db.createObjectStore('cards', { keyPath: 'key' });
					cards.createIndex('deckId', 'deckId');
					cards.createIndex('[deckId+ord]', ['deckId', 'ord']);
					const states = db.createObjectStore('states', { keyPath: 'key' });
					states.createIndex('deckId', 'deckId');
					states.createIndex('[deckId+queue+due]', ['deckId', 'queue', 'due']);
					states.createIndex('[deckId+queue+ord]', ['deckId', 'queue', 'ord']);
					const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
					reviews.createIndex('key', 'key');
					reviews.createIndex('at', 'at');
					reviews.createIndex('[deckId+at]', ['deckId', 'at']);
					db.createObjectStore('meta', { keyPath: 'key' });
				};
				req.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = req.result;
					resolve();
				};
				req.onerror = () => reject(req.error);
			})
	);

	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		'Kartoteka is open in another tab: this version of the app upgrades its storage'
	);
	await expect(page.getByTestId('deck-item')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/db-blocked.png' });

	await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a newer version opened in another tab: this one lets go and asks for a reload', async ({
	page,
	context
}) => {
	const newer = await context.newPage();
	await newer.goto(notTheApp);
	await openHome(page);
	const version = await newer.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				// Far above any schema version the app has (Dexie's n × 10), so it stays newer.
				const req = indexedDB.open('kartoteka', 990);
				req.onsuccess = () => resolve(req.result.version);
				req.onerror = () => reject(req.error);
				req.onblocked = () => reject(new Error('blocked by the app'));
			})
	);
	expect(version).toBe(990);
	await expect(page.getByRole('alert')).toContainText(
		'The app was updated in another tab: a newer version of Kartoteka opened in another tab'
	);
});
