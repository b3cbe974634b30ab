// One sync as the app runs it (runSync) against a stand-in for the server's log that filters a
// pull by what the client says it knows, as server/log.ts does (server.test.ts tests that one):
// a device that pulled with an older app catches up on the entities it did not know.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_1_ENTITIES, type SyncEvent } from '$lib/core/sync/events';
import type { KartotekaDB } from '$lib/db/database';
import { setAside } from '$lib/db/card-marks';
import { installDeck } from '$lib/db/deck-install';
import { resetDeckStates } from '$lib/db/deck-progress';
import { applyPulled } from '$lib/db/sync-apply';
import { ensureNode, syncCursor, takeSnapshot } from '$lib/db/sync-outbox';
import { syncRecorder } from '$lib/db/sync-recorder';
import { makeDeck, plainScheduler, studyCard, testDb } from '$lib/testing/db';
import { runSync } from './run';

const T0 = new Date('2026-11-20T09:00:00');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const SERVER = 'http://sync.test';

class FakeServer {
	log: { seq: number; event: SyncEvent }[] = [];
	pulls: string[] = [];
	page(after: number, limit: number, known: readonly string[]) {
		const fits = (e: SyncEvent) =>
			e.kind === 'review' ? known.includes('review') : known.includes(e.entity);
		const rows = this.log.filter((e) => e.seq > after && fits(e.event));
		const more = rows.length > limit;
		const events = rows.slice(0, limit);
		return { events, seq: more ? events[events.length - 1].seq : this.log.length, more };
	}
	fetch = async (url: string, init: { body?: string }) => {
		const u = new URL(url);
		if (u.pathname === '/api/push') {
			const events = (JSON.parse(init.body!) as { events: SyncEvent[] }).events;
			for (const event of events)
				if (!this.log.some((e) => e.event.id === event.id))
					this.log.push({ seq: this.log.length + 1, event });
			return Response.json({ accepted: events.length, seq: this.log.length });
		}
		this.pulls.push(u.search);
		const known = u.searchParams.get('known')?.split(',') ?? PROTOCOL_1_ENTITIES;
		const page = this.page(
			Number(u.searchParams.get('after')),
			Number(u.searchParams.get('limit')),
			known
		);
		return Response.json(JSON.parse(JSON.stringify(page)));
	};
}

async function device(): Promise<KartotekaDB> {
	const db = testDb();
	db.use(syncRecorder);
	await db.open();
	await ensureNode(db);
	await installDeck(db, makeDeck('d', 3), { origin: 'user', version: 'v1', now: T0 });
	await takeSnapshot(db, () => T0.getTime());
	return db;
}

const account = { server: SERVER, name: 'n', token: 't' };

afterEach(() => vi.unstubAllGlobals());

describe('runSync', () => {
	it('a device that pulled with an app before marks and resets catches up on them once (the bug: an old app stopped at a marks page)', async () => {
		const server = new FakeServer();
		vi.stubGlobal('fetch', server.fetch);
		const [a, b] = [await device(), await device()];
		await studyCard(a, 'd/c0', { at: at(1) });
		await setAside(a, 'd/c1', 'suspend', at(2));
		await resetDeckStates(a, 'd', at(3));
		await runSync(a, account, () => at(4));
		// B pulled everything with an older app, which asked for nothing by name: the server gave
		// it protocol 1's entities and moved its cursor past the rest.
		const old = server.page(0, 1000, ['review', ...PROTOCOL_1_ENTITIES]);
		await applyPulled(b, {
			events: old.events.map((e) => e.event),
			node: await ensureNode(b),
			cursor: old.seq,
			schedulerOf: () => plainScheduler,
			now: at(4)
		});
		expect(await syncCursor(b)).toBe(server.log.length);
		expect((await b.states.get('d/c0'))!.card.reps).toBe(1);
		expect((await b.states.get('d/c1'))!.queue).toBe(0);
		// Now B runs this app: its pull names what it knows, and it catches up from the start.
		server.pulls = [];
		await runSync(b, account, () => at(5));
		expect(
			server.pulls.some((q) => q.includes('after=0') && q.includes('known=marks,resets'))
		).toBe(true);
		expect((await b.states.get('d/c1'))!.queue).toBe(-1);
		expect((await b.states.get('d/c0'))!.card.reps).toBe(0);
		expect((await b.states.get('d/c0'))!.reset).toEqual((await a.states.get('d/c0'))!.reset);
		// Once: the next sync asks only after its cursor.
		server.pulls = [];
		await runSync(b, account, () => at(6));
		expect(server.pulls).toHaveLength(1);
		expect(server.pulls[0]).toContain(`after=${server.log.length}`);
	});
});
