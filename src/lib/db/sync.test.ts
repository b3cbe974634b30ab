// Two devices' databases synced through an in-memory log that behaves as the server's (push
// idempotent by id, pull after a sequence number): the recorder, the snapshot and the apply step.
import { describe, expect, it } from 'vitest';
import type { SyncEvent } from '$lib/core/sync/events';
import { makeDeck, plainScheduler, studyCard, testDb } from '$lib/testing/db';
import type { KartotekaDB } from './database';
import { putBack, setAside, setFlag, unburyBefore } from './card-marks';
import { installDeck } from './deck-install';
import { resetDeckStates, restoreStates } from './deck-progress';
import { getExamPlan, setExamPlan } from './exam-repo';
import { undoReview } from './review-repo';
import { applyPulled } from './sync-apply';
import { dropPushed, ensureNode, pendingEvents, syncCursor, takeSnapshot } from './sync-outbox';
import { syncRecorder } from './sync-recorder';

const T0 = new Date('2026-11-20T09:00:00');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

class Log {
	events: { seq: number; event: SyncEvent }[] = [];
	push(batch: SyncEvent[]) {
		for (const event of batch)
			if (!this.events.some((e) => e.event.id === event.id))
				this.events.push({ seq: this.events.length + 1, event });
	}
	after(seq: number, limit: number) {
		return this.events.filter((e) => e.seq > seq).slice(0, limit);
	}
}

async function device(): Promise<KartotekaDB> {
	const db = testDb();
	db.use(syncRecorder);
	await db.open();
	await ensureNode(db);
	await installDeck(db, makeDeck('d', 3), { origin: 'user', version: 'v1', now: T0 });
	return db;
}

/** One sync as the app runs it: push everything, then pull page by page. */
async function sync(db: KartotekaDB, log: Log, page = 4, now = at(100)) {
	for (;;) {
		const out = await pendingEvents(db, 3);
		if (!out.length) break;
		log.push(out.map((o) => o.event));
		await dropPushed(db, out[out.length - 1].seq);
	}
	const node = await ensureNode(db);
	for (;;) {
		const rows = log.after(await syncCursor(db), page);
		if (!rows.length) break;
		await applyPulled(db, {
			events: rows.map((r) => r.event),
			node,
			cursor: rows[rows.length - 1].seq,
			schedulerOf: () => plainScheduler,
			now
		});
	}
}

const statesOf = async (db: KartotekaDB) =>
	(await db.states.orderBy('key').toArray()).map((s) => [
		s.key,
		s.queue,
		s.due,
		s.card.reps,
		s.card.stability
	]);
const reviewIds = async (db: KartotekaDB) =>
	(await db.reviews.toArray()).map((r) => r.syncId).sort();

describe('sync between two devices', () => {
	it('both studied offline: after syncing both hold every review once and the same states', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime() + 1);
		await studyCard(a, 'd/c0', { at: at(1) });
		await studyCard(b, 'd/c0', { at: at(2), grade: 'again' });
		await studyCard(a, 'd/c0', { at: at(30) });
		await studyCard(b, 'd/c1', { at: at(3) });
		await sync(a, log);
		await sync(b, log);
		await sync(a, log);
		expect(await a.reviews.count()).toBe(4);
		expect(await reviewIds(a)).toEqual(await reviewIds(b));
		expect(new Set(await reviewIds(a)).size).toBe(4);
		expect(await statesOf(a)).toEqual(await statesOf(b));
		expect((await a.states.get('d/c0'))!.card.reps).toBe(3);
		// The local logs now tell the merged history: each review's "before" is the one before it.
		const c0 = (await b.reviews.where('key').equals('d/c0').sortBy('at')).map((r) => r.prev.reps);
		expect(c0).toEqual([0, 1, 2]);
	});

	it('a page applied twice changes nothing (idempotent pull)', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await studyCard(a, 'd/c0', { at: at(1) });
		await sync(a, log);
		await sync(b, log);
		const before = await statesOf(b);
		await b.syncState.put({ key: 'cursor', value: 0 });
		await sync(b, log);
		expect(await b.reviews.count()).toBe(1);
		expect(await statesOf(b)).toEqual(before);
	});

	it('edits merge per field; the later writer of one field wins', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await a.decks.update('d', { title: 'A title' });
		await b.decks.update('d', { description: 'B description' });
		await new Promise((r) => setTimeout(r, 5));
		await b.cards.update('d/c2', { front: 'B front' });
		await new Promise((r) => setTimeout(r, 5));
		await a.cards.update('d/c2', { front: 'A front, later' });
		await sync(a, log);
		await sync(b, log);
		await sync(a, log);
		for (const db of [a, b]) {
			expect(await db.decks.get('d')).toMatchObject({
				title: 'A title',
				description: 'B description'
			});
			expect((await db.cards.get('d/c2'))!.front).toBe('A front, later');
		}
	});

	it('a deck made on one device arrives whole on the other, with new states for its cards', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await installDeck(a, makeDeck('own', 2), { origin: 'user', version: 'v1', now: T0 });
		await sync(a, log);
		await sync(b, log);
		expect((await b.cards.where('deckId').equals('own').toArray()).map((c) => c.front)).toEqual([
			'Вопрос 0',
			'Вопрос 1'
		]);
		expect(await b.states.where('deckId').equals('own').count()).toBe(2);
	});

	it('an undo on one device takes the review away on the other (tombstone), and its state back', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		const fresh = await statesOf(b);
		const id = await studyCard(a, 'd/c0', { at: at(1) });
		await sync(a, log);
		await sync(b, log);
		expect(await b.reviews.count()).toBe(1);
		await undoReview(a, id);
		await sync(a, log);
		await sync(b, log);
		expect(await b.reviews.count()).toBe(0);
		expect(await statesOf(b)).toEqual(fresh);
	});

	it('a row deleted on one device is deleted on the other, unless edited there after', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await a.cards.delete('d/c1');
		await new Promise((r) => setTimeout(r, 5));
		await b.cards.update('d/c2', { front: 'kept' });
		await a.cards.delete('d/c2');
		await new Promise((r) => setTimeout(r, 5));
		await b.cards.update('d/c2', { back: 'edited after the delete' });
		await sync(a, log);
		await sync(b, log);
		await sync(a, log);
		for (const db of [a, b]) {
			expect(await db.cards.get('d/c1')).toBeUndefined();
			expect(await db.cards.get('d/c2')).toMatchObject({
				deckId: 'd',
				ord: 2,
				back: 'edited after the delete'
			});
			expect(await db.states.get('d/c2')).toBeDefined();
		}
	});
});

const pause = () => new Promise((r) => setTimeout(r, 5));
const queues = async (db: KartotekaDB) =>
	(await db.states.orderBy('key').toArray()).map((s) => [s.key, s.queue, s.buriedAt]);

describe('sync of marks (flag, suspend, bury) and exam plans', () => {
	it('a card suspended on one device is suspended on the other; unsuspended, it comes back', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await setAside(a, 'd/c1', 'suspend', at(1));
		await setFlag(a, 'd/c2', 1);
		await sync(a, log);
		await sync(b, log);
		expect((await b.states.get('d/c1'))!.queue).toBe(-1);
		expect((await b.cards.get('d/c2'))!.flag).toBe(1);
		await putBack(b, 'd/c1');
		await setFlag(b, 'd/c2', 0);
		await sync(b, log);
		await sync(a, log);
		expect((await a.states.get('d/c1'))!.queue).toBe(0);
		expect((await a.cards.get('d/c2'))!.flag).toBe(0);
		expect(await queues(a)).toEqual(await queues(b));
	});

	it('marks set before sync was turned on go up with the first snapshot', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await setAside(a, 'd/c0', 'suspend', at(1));
		await setAside(a, 'd/c1', 'bury', at(1));
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await sync(a, log);
		await sync(b, log);
		expect(await queues(b)).toEqual([
			['d/c0', -1, undefined],
			['d/c1', -2, at(1).getTime()],
			['d/c2', 0, undefined]
		]);
	});

	it('both devices set marks offline, in either sync order: the same queues, last writer per field', async () => {
		for (const first of ['a', 'b'] as const) {
			const log = new Log();
			const [a, b] = [await device(), await device()];
			await takeSnapshot(a, () => T0.getTime());
			await takeSnapshot(b, () => T0.getTime());
			await setAside(a, 'd/c0', 'suspend', at(1));
			await setAside(b, 'd/c1', 'bury', at(1));
			await pause();
			// B, not having seen A's suspend, buries c0: the suspend still holds (it outranks).
			await setAside(b, 'd/c0', 'bury', at(2));
			await pause();
			// A brings c1 back after B buried it? A never saw the bury: its put-back writes nothing.
			await putBack(a, 'd/c1');
			const [x, y] = first === 'a' ? [a, b] : [b, a];
			await sync(x, log);
			await sync(y, log);
			await sync(x, log);
			expect(await queues(a)).toEqual(await queues(b));
			expect((await a.states.get('d/c0'))!.queue).toBe(-1);
			expect((await a.states.get('d/c1'))!.queue).toBe(-2);
		}
	});

	it('a card reviewed on one device while suspended on the other: suspended on both, with the review', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await setAside(a, 'd/c0', 'suspend', at(1));
		await studyCard(b, 'd/c0', { at: at(2) });
		await sync(a, log);
		await sync(b, log);
		await sync(a, log);
		expect(await statesOf(a)).toEqual(await statesOf(b));
		for (const db of [a, b]) {
			const s = (await db.states.get('d/c0'))!;
			expect([s.queue, s.card.reps]).toEqual([-1, 1]);
		}
	});

	it('a bury expires on each device at its next study day; that expiry is not recorded', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await setAside(a, 'd/c0', 'bury', at(1));
		await sync(a, log);
		await sync(b, log);
		expect((await b.states.get('d/c0'))!).toMatchObject({ queue: -2, buriedAt: at(1).getTime() });
		// The next day B's session starts: the bury is over there, and nothing goes into the outbox.
		const pending = (await pendingEvents(b, 100)).length;
		expect(await unburyBefore(b, ['d'], at(24).getTime())).toBe(1);
		expect((await pendingEvents(b, 100)).length).toBe(pending);
		// A buries the card again that day: B, having expired the old bury, takes the new one.
		await unburyBefore(a, ['d'], at(24).getTime());
		await setAside(a, 'd/c0', 'bury', at(26));
		await sync(b, log);
		await sync(a, log);
		await sync(b, log);
		for (const db of [a, b])
			expect(await db.states.get('d/c0')).toMatchObject({ queue: -2, buriedAt: at(26).getTime() });
	});

	it('an exam plan set, changed and removed on one device follows on the other', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await setExamPlan(a, ['d'], { examDate: '2027-01-20', target: 0.9 });
		await sync(a, log);
		await sync(b, log);
		expect(await getExamPlan(b, 'd')).toEqual({ examDate: '2027-01-20', target: 0.9 });
		await pause();
		await setExamPlan(b, ['d'], { examDate: '2027-01-27', target: 0.95 });
		await sync(b, log);
		await sync(a, log);
		expect(await getExamPlan(a, 'd')).toEqual({ examDate: '2027-01-27', target: 0.95 });
		await pause();
		await setExamPlan(a, ['d'], null);
		await sync(a, log);
		await sync(b, log);
		expect(await getExamPlan(b, 'd')).toBeNull();
	});

	it('a change of an entity this version does not know is left alone, stamps included, and the cursor moves on', async () => {
		const [b] = [await device()];
		const node = await ensureNode(b);
		const hlc = `000001790000000-000000-other`;
		await applyPulled(b, {
			events: [
				{
					kind: 'change',
					id: `${hlc}|future|x`,
					entity: 'future' as never,
					row: 'x',
					fields: { a: 1 },
					hlc
				}
			],
			node,
			cursor: 1,
			schedulerOf: () => plainScheduler,
			now: at(1)
		});
		// No stamps: once an app knows the entity, its catch-up merges the change whole.
		expect(await b.syncStamps.get('future|x')).toBeUndefined();
		expect(await syncCursor(b)).toBe(1);
	});
});

describe('sync of a progress reset', () => {
	/** Two devices that studied d/c0 three times and d/c1 once, all synced. */
	async function studied() {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await studyCard(a, 'd/c0', { at: at(1) });
		await studyCard(a, 'd/c0', { at: at(30) });
		await studyCard(b, 'd/c0', { at: at(100) });
		await studyCard(b, 'd/c1', { at: at(100) });
		await sync(a, log);
		await sync(b, log);
		await sync(a, log);
		return { log, a, b };
	}
	const reps = async (db: KartotekaDB) =>
		(await db.states.orderBy('key').toArray()).map((s) => s.card.reps);

	it('a deck reset on one device starts its cards over on the other, and keeps the reviews (the bug: they came back)', async () => {
		const { log, a, b } = await studied();
		expect(await reps(b)).toEqual([3, 1, 0]);
		await resetDeckStates(a, 'd', at(200));
		await sync(a, log);
		await sync(b, log);
		expect(await reps(b)).toEqual([0, 0, 0]);
		expect(await statesOf(b)).toEqual(await statesOf(a));
		expect((await b.states.get('d/c0'))!.reset).toEqual((await a.states.get('d/c0'))!.reset);
		expect(await b.reviews.count()).toBe(4);
		// A later review on either device is replayed from the reset, not from the old history.
		await studyCard(b, 'd/c0', { at: at(201) });
		await sync(b, log);
		await sync(a, log);
		expect(await reps(a)).toEqual([1, 0, 0]);
		expect(await statesOf(a)).toEqual(await statesOf(b));
		expect(await a.reviews.count()).toBe(5);
	});

	it('a reset and an offline review, in either sync order: the same states on both', async () => {
		for (const reviewFirst of [false, true]) {
			for (const first of ['a', 'b'] as const) {
				const { log, a, b } = await studied();
				// B grades offline, before or after A's reset by the clocks.
				if (reviewFirst) await studyCard(b, 'd/c1', { at: at(150) });
				await pause();
				await resetDeckStates(a, 'd', at(200));
				await pause();
				if (!reviewFirst) await studyCard(b, 'd/c1', { at: at(250) });
				const [x, y] = first === 'a' ? [a, b] : [b, a];
				await sync(x, log);
				await sync(y, log);
				await sync(x, log);
				expect(await statesOf(a)).toEqual(await statesOf(b));
				// The review before the reset is history only; the one after it counts.
				expect(await reps(a)).toEqual([0, reviewFirst ? 0 : 1, 0]);
				expect(await a.reviews.count()).toBe(5);
				expect(await b.reviews.count()).toBe(5);
			}
		}
	});

	it('a reset undone on one device gives the other its states back', async () => {
		const { log, a, b } = await studied();
		// A card never studied stays new, due when it was made new: here, at the undone reset.
		const statesOf = async (db: KartotekaDB) =>
			(await db.states.orderBy('key').toArray()).map((s) => [
				s.key,
				s.queue,
				s.queue === 0 ? 'new' : s.due,
				s.card.reps,
				s.card.stability
			]);
		const before = await statesOf(b);
		const rows = await resetDeckStates(a, 'd', at(200));
		await sync(a, log);
		await sync(b, log);
		expect(await reps(b)).toEqual([0, 0, 0]);
		await pause();
		await restoreStates(a, rows);
		await sync(a, log);
		await sync(b, log);
		expect(await statesOf(b)).toEqual(before);
		expect(await statesOf(a)).toEqual(before);
		expect((await b.states.get('d/c0'))!.reset).toBeUndefined();
	});

	it('a reset made before sync was turned on goes up with the first snapshot, after the reviews it wiped', async () => {
		const log = new Log();
		const [a, b] = [await device(), await device()];
		await studyCard(a, 'd/c0', { at: at(1) });
		await studyCard(a, 'd/c0', { at: at(30) });
		await resetDeckStates(a, 'd', at(40));
		await studyCard(a, 'd/c0', { at: at(50) });
		await takeSnapshot(a, () => T0.getTime());
		await takeSnapshot(b, () => T0.getTime());
		await sync(a, log);
		await sync(b, log);
		expect(await b.reviews.count()).toBe(3);
		expect(await reps(b)).toEqual([1, 0, 0]);
		expect(await statesOf(b)).toEqual(await statesOf(a));
	});

	it('the same events applied in any page order give one state (a fresh device)', async () => {
		const { log, a } = await studied();
		await resetDeckStates(a, 'd', at(200));
		await studyCard(a, 'd/c2', { at: at(210) });
		await sync(a, log);
		const all = log.events.map((e) => e.event);
		const results = [];
		for (const order of [all, [...all].reverse(), [...all.slice(3), ...all.slice(0, 3)]]) {
			const c = await device();
			const shuffled = new Log();
			shuffled.push(order);
			await sync(c, shuffled, 5);
			results.push(await statesOf(c));
		}
		expect(results[1]).toEqual(results[0]);
		expect(results[2]).toEqual(results[0]);
		expect(results[0]).toEqual(await statesOf(a));
	});
});
