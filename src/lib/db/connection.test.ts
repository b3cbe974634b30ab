// Issue 9, item 9: an old open connection blocking a schema upgrade left "Loading decks…" forever.
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { watchConnection } from './connection';
import { KartotekaDB } from './database';

let n = 0;
const name = () => `conn-${++n}`;

/** A raw connection at native version `version` that, like a frozen old tab, never lets go. */
function holdOpen(dbName: string, version: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(dbName, version);
		req.onupgradeneeded = () => {
			// Version 1 of the app's schema (Dexie stores version n as n × 10).
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
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

describe('a connection that blocks or is replaced', () => {
	it('says the upgrade is blocked, then carries on when the old connection closes', async () => {
		const dbName = name();
		const old = await holdOpen(dbName, 10);
		const db = new KartotekaDB(dbName, { indexedDB, IDBKeyRange });
		const tell = vi.fn();
		watchConnection(db, tell);
		const opened = db.open();
		await vi.waitFor(() => expect(tell).toHaveBeenCalledWith('blocked'));
		expect(db.isOpen()).toBe(false);
		old.close();
		await opened;
		expect(db.verno).toBeGreaterThan(1); // upgraded past the held version 1
		expect(await db.decks.count()).toBe(0);
		db.close();
	});

	it('lets go of its own connection when a newer version wants the database, and says so', async () => {
		const dbName = name();
		const db = new KartotekaDB(dbName, { indexedDB, IDBKeyRange });
		const tell = vi.fn();
		watchConnection(db, tell);
		await db.open();
		const newer = new Dexie(dbName, { indexedDB, IDBKeyRange });
		newer.version(99).stores({ meta: 'key' });
		await newer.open();
		expect(tell.mock.calls).toEqual([['replaced']]);
		// No silent reopen with the old schema: what this tab would write is refused.
		await expect(db.meta.put({ key: 'x', value: 1 })).rejects.toThrow(/closed/i);
		newer.close();
	});
});
