// The settings form: the day boundary and load balancing are saved; a bad hour is refused.
import { describe, expect, it } from 'vitest';
import { testDb } from '$lib/testing/db';
import { SettingsForm } from './settings-form.svelte';
import { loadSettings } from './settings';

describe('SettingsForm', () => {
	it('saves the hour the day starts at and load balancing off', async () => {
		const db = testDb();
		const form = new SettingsForm();
		await form.load(db);
		expect(form.dayStartHour).toBe(4);
		expect(form.loadBalance).toBe(true);
		form.dayStartHour = 6;
		form.loadBalance = false;
		expect(await form.save(db)).toBeNull();
		expect(await loadSettings(db)).toMatchObject({ dayStartHour: 6, loadBalance: false });
	});

	it('refuses an hour that is not 0–23, saving nothing', async () => {
		const db = testDb();
		const form = new SettingsForm();
		await form.load(db);
		for (const bad of [24, -1, '4.5', '']) {
			form.dayStartHour = bad;
			form.newPerDay = 7;
			expect(await form.save(db)).toEqual({ invalidHour: String(bad) });
		}
		expect((await loadSettings(db)).newPerDay).toBe(20);
	});
});
