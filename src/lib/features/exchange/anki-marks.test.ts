// Anki's marks come over as the app's (issue 14 part 2 with issue 12's study features): a flag of
// any colour and a marked note become the card's flag, a suspended card is suspended, a buried one
// buried until the next study day; cards without marks stay in the queue they had.
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readApkg } from '$lib/core/exchange/apkg-import';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { SET_ASIDE } from '$lib/core/schedule/set-aside';
import { unburyBefore } from '$lib/db/card-marks';
import { collection, pkg, type Pkg } from '$lib/testing/anki-package';
import { testDb } from '$lib/testing/db';
import { ImportFlow } from './import-flow.svelte';

const require = createRequire(import.meta.url);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
});
const now = new Date('2026-11-25T12:00:00Z');
const DAY = 86_400_000;

/** Six Basic notes in deck "Words": plain, red flag, purple flag, marked, suspended, buried. */
const marked: Pkg = {
	notes: [
		[1, 'g1', 100, ['plain', 'a']],
		[2, 'g2', 100, ['red', 'b']],
		[3, 'g3', 100, ['purple', 'c']],
		[4, 'g4', 100, ['marked note', 'd'], ' marked history '],
		[5, 'g5', 100, ['suspended', 'e']],
		[6, 'g6', 100, ['buried', 'f'], ' Marked ']
	],
	cards: [
		[11, 1, 20, 0, 0, 0, 1, 0, 0, 0, 0],
		[21, 2, 20, 0, 0, 0, 2, 0, 0, 0, 0, '', 1],
		[31, 3, 20, 0, 0, 0, 3, 0, 0, 0, 0, '', 7],
		[41, 4, 20, 0, 0, 0, 4, 0, 0, 0, 0],
		// A suspended review card: it keeps its schedule and is out of the queue.
		[51, 5, 20, 0, 2, -1, 330, 10, 2500, 3, 0],
		// Buried by hand (-3), of a marked note.
		[61, 6, 20, 0, 0, -3, 6, 0, 0, 0, 0]
	]
};

async function imported() {
	const db = testDb();
	const flow = new ImportFlow(() => db, {
		estimate: async () => ({ usage: 0, quota: 1e9 }),
		readAnki: async (bytes, at) => readApkg(SQL, bytes, at)
	});
	await flow.readFile(
		new File([pkg({ 'collection.anki2': collection(SQL, marked) }) as BlobPart], 'm.apkg')
	);
	return { db, flow };
}

describe('Anki marks on import', () => {
	it('the preview counts the flags, marked notes, suspended and buried cards', async () => {
		const { flow } = await imported();
		expect(flow.anki?.marks).toEqual({ flagged: 2, marked: 2, suspended: 1, buried: 1 });
	});

	it('flags, suspends and buries the cards as Anki had them, in the import’s transaction', async () => {
		const { db, flow } = await imported();
		await flow.confirm(now);
		expect(flow.summary?.marks).toBe(5);
		const cards = await db.cards.toArray();
		const byFront = new Map(cards.map((c) => [c.front, c]));
		const flagged = cards.filter((c) => c.flag === 1).map((c) => c.front);
		expect(flagged.sort()).toEqual(['buried', 'marked note', 'purple', 'red']);
		const queue = async (front: string) => (await db.states.get(byFront.get(front)!.key))!;
		expect((await queue('plain')).queue).toBe(QUEUE_CODE.new);
		expect((await queue('red')).queue).toBe(QUEUE_CODE.new);
		const suspended = await queue('suspended');
		expect(suspended.queue).toBe(SET_ASIDE.suspended);
		// Suspended with its Anki schedule kept: unsuspending it gives a review card back.
		expect(suspended.card.state).toBe(2);
		expect(suspended.card.scheduled_days).toBe(10);
		const buried = await queue('buried');
		expect([buried.queue, buried.buriedAt]).toEqual([SET_ASIDE.buried, now.getTime()]);
		// A bury lasts until the next study day: then the card is back in its queue.
		expect(await unburyBefore(db, ['anki-words'], now.getTime() + DAY)).toBe(1);
		expect((await queue('buried')).queue).toBe(QUEUE_CODE.new);
	});
});
