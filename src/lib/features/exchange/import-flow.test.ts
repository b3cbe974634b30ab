import { describe, expect, it } from 'vitest';
import { makeDeck, testDb } from '$lib/db/test-factories';
import { saveUserDecks } from '../generate/save';
import { ImportFlow } from './import-flow.svelte';

const MB = 1024 * 1024;
const file = (name: string, text: string) => new File([text], name);
const roomy = async () => ({ usage: 0, quota: 1000 * MB });
const full = async () => ({ usage: 990 * MB, quota: 1000 * MB });

describe('the import flow never half-writes (issue 9)', () => {
	// Item 1: a full disk during an import made Chromium discard the whole database.
	it('refuses an import that would not fit, before writing anything', async () => {
		const db = testDb();
		const deck = JSON.stringify(makeDeck('d', 50));
		const flow = new ImportFlow(() => db, { estimate: full });
		await flow.readFile(file('d.json', deck));
		expect(flow.phase).toBe('preview');
		await flow.confirm(new Date());
		expect(flow.phase).toBe('preview');
		expect(flow.problem).toMatch(
			/^Not enough space on the device: with a safety margin this needs about \d+ MB, and 10 MB is free/
		);
		expect(await db.decks.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);

		const ok = new ImportFlow(() => db, { estimate: roomy });
		await ok.readFile(file('d.json', deck));
		await ok.confirm(new Date());
		expect(ok.phase).toBe('done');
		expect(await db.cards.count()).toBe(50);
	});

	it('refuses to save generated decks that would not fit', async () => {
		const db = testDb();
		await expect(saveUserDecks(db, [makeDeck('g', 5)], new Date(), full)).rejects.toThrow(
			/^Not enough space on the device/
		);
		expect(await db.decks.count()).toBe(0);
	});
});
