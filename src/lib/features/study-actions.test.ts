// Suspend, bury, flag and edit from the study screen, each with undo (issue 12, study features).
import { describe, expect, it } from 'vitest';
import { cardKey, type KartotekaDB } from '$lib/db';
import { QUEUE_CODE } from '$lib/core/schedule';
import { SET_ASIDE } from '$lib/core/schedule/set-aside';
import { unsuspendDeck, setAsideCounts } from '$lib/db/card-marks';
import { editCardText } from '$lib/db/cards-edit';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, testDb } from '$lib/testing/db';
import { ReviewSession, type SessionClock } from './review-session.svelte';
import { readDeckGroups } from './deck-list';
import { resetProgress, undoReset } from './deck-progress';

const start = new Date('2026-11-25T18:00:00');

function clockAt(t: Date): SessionClock {
	return { now: () => t, setTimeout: () => 0, clearTimeout: () => {} };
}

async function open(db: KartotekaDB, at = start) {
	const s = new ReviewSession(db, ['d'], clockAt(at));
	await s.load();
	return s;
}

async function setup(cards = 3) {
	const db = testDb();
	await installDeck(db, makeDeck('d', cards), { origin: 'shipped', version: 'v1', now: start });
	return { db, s: await open(db) };
}

const homeNew = async (db: KartotekaDB, at = start) =>
	(await readDeckGroups(db, at)).groups[0].decks[0].counts.new;

describe('study actions', () => {
	it('a suspended card leaves the session at once and never comes back until unsuspended', async () => {
		const { db, s } = await setup();
		expect(s.card?.id).toBe('c0');
		expect(await s.setAside('suspend')).toBe(true);
		expect(s.card?.id).toBe('c1');
		expect(s.counts.new).toBe(2);
		await s.whenSaved();
		expect(await homeNew(db)).toBe(2);
		// Not the next day either.
		const later = new Date('2026-11-28T10:00:00');
		const s2 = await open(db, later);
		expect(s2.counts.new).toBe(2);
		expect(s2.card?.id).toBe('c1');
		expect(await setAsideCounts(db, 'd')).toEqual({ suspended: 1, buried: 0 });
		expect(await unsuspendDeck(db, 'd')).toBe(1);
		expect((await open(db, later)).card?.id).toBe('c0');
	});

	it('undo of a suspend puts the card back on screen and in the database', async () => {
		const { db, s } = await setup();
		await s.setAside('suspend');
		expect(s.canUndo).toBe(true);
		await s.undo();
		expect(s.card?.id).toBe('c0');
		expect(s.counts.new).toBe(3);
		expect((await db.states.get(cardKey('d', 'c0')))?.queue).toBe(QUEUE_CODE.new);
	});

	it('a buried card is out for the rest of the study day and back after 4:00', async () => {
		const { db, s } = await setup();
		await s.setAside('bury');
		await s.whenSaved();
		// Later the same study day (after midnight, before the 4:00 rollover): still buried.
		const night = new Date('2026-11-26T03:30:00');
		expect((await open(db, night)).card?.id).toBe('c1');
		const morning = new Date('2026-11-26T04:30:00');
		const next = await open(db, morning);
		expect(next.card?.id).toBe('c0');
		expect(await setAsideCounts(db, 'd')).toEqual({ suspended: 0, buried: 0 });
	});

	it('a buried card keeps its schedule: only its queue changed', async () => {
		const { db, s } = await setup();
		const before = await db.states.get(cardKey('d', 'c0'));
		await s.setAside('bury');
		await s.whenSaved();
		const after = await db.states.get(cardKey('d', 'c0'));
		expect(after?.card).toEqual(before?.card);
		expect(after?.due).toBe(before?.due);
	});

	it('flags the shown card, and undo unflags it', async () => {
		const { db, s } = await setup();
		await s.toggleFlag();
		expect(s.card?.flag).toBe(1);
		expect((await db.cards.get(cardKey('d', 'c0')))?.flag).toBe(1);
		await s.undo();
		expect(s.card?.flag).toBe(0);
		expect((await db.cards.get(cardKey('d', 'c0')))?.flag).toBe(0);
	});

	it('an edit from the study screen shows the new text; undo puts the old text back', async () => {
		const { db, s } = await setup();
		const key = cardKey('d', 'c0');
		const front = s.card?.front;
		await s.beforeEdit();
		await editCardText(
			db,
			key,
			{ front: 'Новый вопрос', back: 'Новый ответ' },
			{ reset: false, now: start }
		);
		await s.edited();
		expect(s.card?.front).toBe('Новый вопрос');
		await s.undo();
		expect(s.card?.key).toBe(key);
		expect(s.card?.front).toBe(front);
		expect((await db.cards.get(key))?.edited).toBe(0);
	});

	it("resets a deck's progress (every card new again, suspended ones stay so) and undoes it", async () => {
		const { db, s } = await setup(3);
		s.reveal();
		await s.grade('good');
		s.reveal();
		await s.grade('easy');
		await s.setAside('suspend');
		await s.whenSaved();
		const before = await db.states.where('deckId').equals('d').sortBy('key');
		const undo = await resetProgress(db, 'd', start);
		const after = await db.states.where('deckId').equals('d').sortBy('key');
		expect(after.map((r) => [r.card.state, r.card.reps, r.queue])).toEqual([
			[0, 0, QUEUE_CODE.new],
			[0, 0, QUEUE_CODE.new],
			[0, 0, SET_ASIDE.suspended]
		]);
		expect(await db.reviews.count()).toBe(2);
		expect(await undoReset(db, undo)).toBe(3);
		expect(await db.states.where('deckId').equals('d').sortBy('key')).toEqual(before);
	});

	it('a shipped deck update keeps a changed card suspended', async () => {
		const { db, s } = await setup(3);
		await s.toggleFlag();
		await s.setAside('suspend');
		await s.whenSaved();
		const v2 = makeDeck('d', 3);
		v2.cards[0].back = 'Другой ответ';
		await installDeck(db, v2, { origin: 'shipped', version: 'v2', now: start });
		const key = cardKey('d', 'c0');
		expect((await db.cards.get(key))?.back).toBe('Другой ответ');
		expect((await db.states.get(key))?.queue).toBe(SET_ASIDE.suspended);
	});
});
