// IndexedDB unavailable (as in some private modes or with site data blocked): the app says what
// happened and what to do, instead of an empty screen.
import { expect, test } from '@playwright/test';

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
