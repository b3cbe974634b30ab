// The storage note of the settings page, on fake-indexeddb with the browser's answers stubbed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '$lib/testing/db';
import { persistStatus, requestPersistence } from './settings';

afterEach(() => vi.unstubAllGlobals());

describe('persistStatus', () => {
	it('bug: after many reviews it still said “we will ask after the first review”', async () => {
		const persist = vi.fn(async () => false);
		vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
		const db = testDb();
		expect(await persistStatus(db)).toBe('not-granted');
		await requestPersistence(db);
		expect(persist).toHaveBeenCalledTimes(1);
		// Asked and refused: the page says so (and what to do), not that it will ask.
		expect(await persistStatus(db)).toBe('refused');
	});

	it('granted and unsupported as the browser says', async () => {
		vi.stubGlobal('navigator', { storage: { persisted: async () => true } });
		expect(await persistStatus(testDb())).toBe('granted');
		vi.stubGlobal('navigator', {});
		expect(await persistStatus(testDb())).toBe('unsupported');
	});
});
