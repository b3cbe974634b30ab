// Test-data factories shared by the db and feature tests (fake-indexeddb).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { CardFile, DeckFile } from '$lib/core/deck';
import { KartotekaDB } from './database';

let n = 0;
/** A fresh, empty database with a unique name. */
export function testDb(): KartotekaDB {
	return new KartotekaDB(`test-${++n}`, { indexedDB, IDBKeyRange });
}

export function makeCard(i: number, over: Partial<CardFile> = {}): CardFile {
	return { id: `c${i}`, front: `Вопрос ${i}`, back: `Ответ ${i}`, ...over };
}

export function makeDeck(id: string, count: number, over: Partial<DeckFile> = {}): DeckFile {
	return {
		format: 'kartoteka-deck',
		version: 1,
		id,
		title: `Колода ${id}`,
		lang: 'ru',
		kind: 'custom',
		source: { title: 'Статья' },
		cards: Array.from({ length: count }, (_, i) => makeCard(i)),
		...over
	};
}
