// Issue 11, ninth pass: a large bundle's pieces are staged, then written by one transaction. The
// staged pieces must be seen by nothing else, a write interrupted in its transaction must leave
// every table as it was, and the pieces a closed tab left behind must go at the next start.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { BundlePiece } from '$lib/core/exchange/bundle-stream';
import { makeDeck, testDb } from '$lib/testing/db';
import type { KartotekaDB } from './database';
import { installDeck } from './deck-install';
import { stageImport, Stager, writeStaged, type NextPiece } from './import-stream';
import { dropAbandonedImports, heldRun, holdingRun, runLock, STALE_MS } from './import-staging';

const now = new Date('2026-12-03T12:00:00Z');

/** The pieces of a file of three decks (the second updating the installed deck "a"), then its end. */
function pieces(): NextPiece {
	const list: BundlePiece[] = [
		{ kind: 'decks', decks: [makeDeck('x', 5)] },
		{ kind: 'decks', decks: [makeDeck('a', 4, { title: 'A, imported' })] },
		{ kind: 'decks', decks: [makeDeck('y', 3)] },
		{ kind: 'marks', marks: [{ deckId: 'x', cardId: 'c1', flag: 1 }] },
		{ kind: 'end' }
	];
	let i = 0;
	return async () => ({ piece: list[i], read: ++i * 100, total: list.length * 100 });
}

/** Every row of the tables an import writes. */
async function rows(db: KartotekaDB) {
	return {
		decks: await db.decks.toArray(),
		cards: await db.cards.toArray(),
		states: await db.states.toArray(),
		reviews: await db.reviews.toArray(),
		articles: await db.articles.toArray(),
		counts: await db.deckCounts.toArray()
	};
}

async function withDeck(): Promise<KartotekaDB> {
	const db = testDb();
	await installDeck(db, makeDeck('a', 3), { origin: 'user', version: 'mine', now });
	return db;
}

describe('a large import staged, then written in one transaction (issue 11)', () => {
	it('stages without touching the collection, then writes every piece and keeps none', async () => {
		const db = await withDeck();
		const before = await rows(db);
		const staged: number[] = [];
		const run = await stageImport(db, 'r1', pieces(), (done) => staged.push(done));
		expect(run).toEqual({ run: 'r1', count: 4 });
		expect(staged).toEqual([100, 200, 300, 400]);
		expect(await db.importPieces.count()).toBe(4);
		expect(await rows(db)).toEqual(before);

		const written: number[] = [];
		const summary = await writeStaged(db, run, new Map(), now, (done) => written.push(done));
		expect(summary).toEqual({ decks: 3, cards: 12, progress: 0, marks: 1 });
		expect(written).toEqual([100, 200, 300, 400]);
		expect(await db.importPieces.count()).toBe(0);
		expect((await db.decks.orderBy('id').toArray()).map((d) => [d.id, d.title])).toEqual([
			['a', 'A, imported'],
			['x', 'Колода x'],
			['y', 'Колода y']
		]);
		expect(await db.cards.where('deckId').equals('a').count()).toBe(4);
		expect((await db.cards.get('x/c1'))?.flag).toBe(1);
	});

	it('a write interrupted in its transaction (as a closed tab) leaves every table as it was', async () => {
		const db = await withDeck();
		const before = await rows(db);
		const run = await stageImport(db, 'r2', pieces());
		let n = 0;
		const abort = () => {
			// After two pieces are written: the transaction ends unfinished, as a tab's does when it
			// closes (IndexedDB then drops it whole).
			if (++n === 2) Dexie.currentTransaction.abort();
		};
		await expect(writeStaged(db, run, new Map(), now, abort)).rejects.toThrow();
		expect(await rows(db)).toEqual(before);
		// The writer's own catch deletes the pieces; a killed tab's are dropped at the next start.
		expect(await db.importPieces.count()).toBe(0);
	});

	it('a staged piece gone missing fails the whole write: nothing written, none left', async () => {
		const db = await withDeck();
		const before = await rows(db);
		const run = await stageImport(db, 'r3', pieces());
		await db.importPieces.delete(['r3', 2]);
		await expect(writeStaged(db, run, new Map(), now)).rejects.toThrow(
			'the import was interrupted: start it again'
		);
		expect(await rows(db)).toEqual(before);
		expect(await db.importPieces.count()).toBe(0);
	});

	it('a file that fails while staged leaves no piece and writes nothing', async () => {
		const db = await withDeck();
		const before = await rows(db);
		const good = pieces();
		let i = 0;
		const next: NextPiece = async () => {
			if (++i === 3) throw new Error('progress[7].card: broken');
			return good();
		};
		await expect(stageImport(db, 'r4', next)).rejects.toThrow('progress[7].card: broken');
		expect(await db.importPieces.count()).toBe(0);
		expect(await rows(db)).toEqual(before);
	});

	it('the pieces of an import no tab holds are deleted at the next start, a held one kept', async () => {
		const db = await withDeck();
		const before = await rows(db);
		// Two tabs' imports cut short while staging: one tab gone (its lock released), one still on.
		await stageImport(db, 'gone', pieces());
		await stageImport(db, 'alive', pieces());
		const locks = { query: async () => ({ held: [{ name: runLock('alive') }], pending: [] }) };
		expect(await dropAbandonedImports(db, now, locks)).toBe(1);
		expect(await db.importPieces.toCollection().primaryKeys()).toEqual([
			['alive', 0],
			['alive', 1],
			['alive', 2],
			['alive', 3]
		]);
		expect(await rows(db)).toEqual(before);

		// Without Web Locks: by the run's start time in its id.
		const old = `${now.getTime() - STALE_MS - 1}-a`;
		const young = `${now.getTime() - 60_000}-b`;
		await stageImport(db, old, pieces());
		await stageImport(db, young, pieces());
		expect(await dropAbandonedImports(db, now, undefined)).toBe(1);
		const runs = new Set(
			((await db.importPieces.toCollection().primaryKeys()) as [string, number][]).map((k) => k[0])
		);
		expect([...runs].sort()).toEqual(['alive', young].sort());
	});

	it('holds the run lock while it works, when the browser has Web Locks', async () => {
		const names: string[] = [];
		const locks = {
			request: (async (name: string, work: () => Promise<unknown>) => {
				names.push(name);
				return work();
			}) as unknown as LockManager['request']
		};
		expect(await holdingRun('r5', async () => 7, locks)).toBe(7);
		expect(names).toEqual([runLock('r5')]);
		expect(await holdingRun('r6', async () => 8, undefined)).toBe(8);
	});

	it('keeps a run staged at the preview locked until it is released (heldRun)', async () => {
		const held = new Set<string>();
		const locks = {
			request: (async (name: string, work: () => Promise<unknown>) => {
				held.add(name);
				await work();
				held.delete(name);
			}) as unknown as LockManager['request']
		};
		const release = await heldRun('r7', locks);
		expect([...held]).toEqual([runLock('r7')]);
		await new Promise((r) => setTimeout(r, 5));
		expect([...held]).toEqual([runLock('r7')]);
		release();
		await new Promise((r) => setTimeout(r, 0));
		expect(held.size).toBe(0);
		(await heldRun('r8', undefined))();
	});

	it('stages pieces handed on by another read (Stager), the same rows as stageImport', async () => {
		const db = testDb();
		const stager = new Stager(db, 'r9');
		const steps = [
			{ piece: { kind: 'decks', decks: [makeDeck('d', 2)] }, read: 10, total: 30 },
			{ piece: { kind: 'progress', progress: [] }, read: 20, total: 30 },
			{ piece: { kind: 'end' }, read: 30, total: 30 }
		] as const;
		for (const step of steps) await stager.add(step as Parameters<Stager['add']>[0]);
		expect(stager.staged).toEqual({ run: 'r9', count: 2 });
		const staged = await db.importPieces.toArray();
		expect(staged.map((r) => [r.n, r.piece.kind, r.read])).toEqual([
			[0, 'decks', 10],
			[1, 'progress', 20]
		]);
		await stager.drop();
		expect(await db.importPieces.count()).toBe(0);
	});
});
