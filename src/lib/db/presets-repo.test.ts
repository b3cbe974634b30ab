// Deck option presets in storage: each deck studies with its own preset's options.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/schedule/settings';
import { presetOptionsOf } from '$lib/core/schedule/presets';
import { installDeck } from './deck-install';
import { deckSettings, deletePreset, listPresets, savePreset, setDeckPreset } from './presets-repo';
import { makeDeck, testDb } from '$lib/testing/db';

const now = new Date(2026, 10, 20, 18, 0);

describe('presets in storage', () => {
	it('a deck uses the default preset (the settings) until given another; deleting one moves its decks back', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('a', 2), { origin: 'shipped', version: 'v1', now });
		await installDeck(db, makeDeck('b', 2), { origin: 'shipped', version: 'v1', now });
		const light = {
			id: 'light',
			name: 'Light',
			options: { ...presetOptionsOf(DEFAULT_SETTINGS), newPerDay: 3, reviewsPerDay: 30 }
		};
		await savePreset(db, light);
		expect((await listPresets(db)).map((p) => p.id)).toEqual(['light']);
		await setDeckPreset(db, ['a'], 'light');
		let s = await deckSettings(db, ['a', 'b'], DEFAULT_SETTINGS);
		expect(s.get('a')?.newPerDay).toBe(3);
		expect(s.get('a')?.reviewsPerDay).toBe(30);
		expect(s.get('b')).toEqual(DEFAULT_SETTINGS);
		await expect(setDeckPreset(db, ['b'], 'missing')).rejects.toThrow(/missing/);
		await expect(savePreset(db, { ...light, id: 'default' })).rejects.toThrow();
		await deletePreset(db, 'light');
		s = await deckSettings(db, ['a'], DEFAULT_SETTINGS);
		expect(s.get('a')).toEqual(DEFAULT_SETTINGS);
		expect((await db.decks.get('a'))?.presetId).toBe('default');
	});
});

describe('a deck’s preset over an update', () => {
	it('bug guard: installing a new version of a deck keeps the preset it uses', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('a', 2), { origin: 'shipped', version: 'v1', now });
		await savePreset(db, {
			id: 'light',
			name: 'Light',
			options: { ...presetOptionsOf(DEFAULT_SETTINGS), newPerDay: 3 }
		});
		await setDeckPreset(db, ['a'], 'light');
		await installDeck(db, makeDeck('a', 3), { origin: 'shipped', version: 'v2', now });
		expect((await db.decks.get('a'))?.presetId).toBe('light');
	});
});
