// A generated deck's article travels in its export and comes back with the import.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '$lib/core/exchange/import-file';
import { sha256Hex } from '$lib/core/util/hash';
import { getDeck } from '$lib/db';
import { getArticle } from '$lib/db/articles-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import { saveUserDecks } from '../generate/save';
import { openArticle } from '../reader';
import { exportDecks } from './export-files';
import { ImportFlow } from './import-flow.svelte';

const now = new Date('2026-11-25T12:00:00Z');
const TEXT = 'Рапалльский договор\n\n16 апреля 1922 г. был подписан договор в Рапалло.';

/** A device with one generated deck and its article "rapallo.txt". */
async function deviceWithGeneratedDeck(text = TEXT) {
	const db = testDb();
	const sha256 = await sha256Hex(text);
	const source = { title: 'Рапалло', file: 'rapallo.txt', sha256 };
	const deck = makeDeck('rapallo.dates', 2, { kind: 'dates', source });
	await saveUserDecks(db, [deck], now, { ...source, text, savedAt: 0 });
	return db;
}

async function exportedFile(db: ReturnType<typeof testDb>) {
	const file = await exportDecks(db, ['rapallo.dates'], 'json', false, now);
	return { name: file.name, bytes: new Uint8Array(await file.blob.arrayBuffer()) };
}

async function importInto(db: ReturnType<typeof testDb>, name: string, bytes: Uint8Array) {
	const flow = new ImportFlow(() => db);
	await flow.useResult(readImportFile(name, bytes), name);
	if (flow.phase === 'preview') await flow.confirm(now);
	return flow;
}

describe('articles in bundles', () => {
	it('a generated deck exported and imported elsewhere opens in the reader there', async () => {
		const { name, bytes } = await exportedFile(await deviceWithGeneratedDeck());
		const other = testDb();
		expect((await importInto(other, name, bytes)).phase).toBe('done');
		expect((await getArticle(other, 'rapallo.txt'))?.text).toBe(TEXT);
		const reader = await openArticle(other, 'rapallo.txt');
		expect(reader.status).toBe('ready');
		expect(reader.decks.map((d) => d.id)).toEqual(['rapallo.dates']);
	});

	it('a text that is not the one its hash names is refused, and nothing is written', async () => {
		const { name, bytes } = await exportedFile(await deviceWithGeneratedDeck());
		const json = JSON.parse(new TextDecoder().decode(bytes));
		json.articles[0].text += ' Подделка.';
		const other = testDb();
		const flow = await importInto(other, name, new TextEncoder().encode(JSON.stringify(json)));
		expect(flow.phase).toBe('rejected');
		expect(flow.problem).toContain('articles[0].text');
		expect(await other.decks.count()).toBe(0);
	});

	it('another article of the same name on this device keeps it; the import takes "-2"', async () => {
		const { name, bytes } = await exportedFile(await deviceWithGeneratedDeck());
		const other = testDb();
		await other.articles.put({
			file: 'rapallo.txt',
			title: 'Другая',
			sha256: '0'.repeat(64),
			text: 'x',
			savedAt: 0
		});
		await importInto(other, name, bytes);
		expect((await getDeck(other, 'rapallo.dates'))?.source?.file).toBe('rapallo-2.txt');
		expect((await getArticle(other, 'rapallo-2.txt'))?.text).toBe(TEXT);
		expect((await getArticle(other, 'rapallo.txt'))?.text).toBe('x');
	});
});
