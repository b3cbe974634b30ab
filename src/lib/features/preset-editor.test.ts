// Settings → Option presets: editing a preset, a new one, deleting one and its Undo.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/schedule/settings';
import { presetOptionsOf } from '$lib/core/schedule/presets';
import { installDeck } from '$lib/db/deck-install';
import { deckSettings, savePreset, setDeckPreset } from '$lib/db/presets-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import {
	addPreset,
	PresetEditor,
	readPresetList,
	removePreset,
	undoRemovePreset
} from './preset-editor.svelte';

const now = new Date(2026, 10, 20, 18, 0);
const w = Array.from({ length: 21 }, (_, i) => 0.1 + i / 10);

async function setup() {
	const db = testDb();
	for (const id of ['a', 'b', 'c'])
		await installDeck(db, makeDeck(id, 2), { origin: 'shipped', version: 'v1', now });
	const light = {
		id: 'light',
		name: 'Light',
		options: { ...presetOptionsOf(DEFAULT_SETTINGS), w }
	};
	await savePreset(db, light);
	await setDeckPreset(db, ['a', 'b'], 'light');
	return { db, light };
}

describe('PresetEditor', () => {
	it('saves every option typed (Russian steps, a percent), keeping the fitted FSRS parameters', async () => {
		const { db, light } = await setup();
		const form = new PresetEditor(light, 'ru');
		expect(form.learningSteps).toBe('1 мин 10 мин');
		form.name = 'Перед экзаменом';
		form.newPerDay = 5;
		form.reviewsPerDay = 80;
		form.learningSteps = '2 мин 1 ч';
		form.relearningSteps = '5 мин';
		form.retention = '95';
		form.maximumIntervalDays = 30;
		expect(await form.save(db)).toBe(true);
		const s = (await deckSettings(db, ['a', 'c'], DEFAULT_SETTINGS)).get('a')!;
		expect(s).toMatchObject({
			newPerDay: 5,
			reviewsPerDay: 80,
			learningSteps: ['2m', '1h'],
			relearningSteps: ['5m'],
			retention: 0.95,
			maximumIntervalDays: 30
		});
		const stored = await db.presets.get('light');
		expect(stored?.name).toBe('Перед экзаменом');
		expect(stored?.options.w).toEqual(w);
	});

	it('a bad field: nothing is written, and the field says why', async () => {
		const { db, light } = await setup();
		const form = new PresetEditor(light, 'en');
		form.newPerDay = '';
		form.learningSteps = '1m ten';
		expect(await form.save(db)).toBe(false);
		expect(Object.keys(form.problems).sort()).toEqual(['learningSteps', 'newPerDay']);
		expect(await db.presets.get('light')).toEqual(light);
	});
});

describe('the preset list', () => {
	it('counts each preset’s decks; a new one starts from the default options', async () => {
		const { db } = await setup();
		const made = await addPreset(db, 'Exam');
		expect(made.options).toEqual(presetOptionsOf(DEFAULT_SETTINGS));
		const list = await readPresetList(db);
		const decks = Object.fromEntries(list.map((r) => [r.preset.name, r.decks]));
		expect(decks).toEqual({ Light: 2, Exam: 0 });
	});

	it('delete sends its decks to the default preset; Undo brings both back, except a deck given another preset since', async () => {
		const { db, light } = await setup();
		const deleted = (await removePreset(db, 'light'))!;
		expect(deleted.deckIds.sort()).toEqual(['a', 'b']);
		expect(await db.presets.get('light')).toBeUndefined();
		expect((await deckSettings(db, ['a'], DEFAULT_SETTINGS)).get('a')).toEqual(DEFAULT_SETTINGS);
		const other = await addPreset(db, 'Other');
		await setDeckPreset(db, ['b'], other.id);
		await undoRemovePreset(db, deleted);
		expect(await db.presets.get('light')).toEqual(light);
		expect((await db.decks.get('a'))?.presetId).toBe('light');
		expect((await db.decks.get('b'))?.presetId).toBe(other.id);
	});
});
