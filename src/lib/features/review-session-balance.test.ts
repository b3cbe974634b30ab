// Load balancing in the study session, and undo giving back the day a review took (issue 13).
import { describe, expect, it } from 'vitest';
import { get_fuzz_range } from 'ts-fsrs';
import {
	createScheduler,
	DEFAULT_SETTINGS,
	QUEUE_CODE,
	State,
	type Card
} from '$lib/core/schedule';
import { installDeck } from '$lib/db/deck-install';
import { setExamPlan } from '$lib/db/exam-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import { ReviewSession } from './review-session.svelte';
import { saveSettings } from './settings';

const DAY = 86_400_000;
const now = new Date(2026, 10, 20, 18, 0);
const clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };

/** A review card seen 10 days ago with stability 20, due now. */
const seen: Card = {
	due: now,
	stability: 20,
	difficulty: 5,
	elapsed_days: 0,
	scheduled_days: 10,
	learning_steps: 0,
	reps: 4,
	lapses: 0,
	state: State.Review,
	last_review: new Date(now.getTime() - 10 * DAY)
};

/** Good's fuzz range for `seen` (ts-fsrs's, around the interval without fuzz). */
function goodRange() {
	const plain = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
	const ivl = Math.round((plain.grade(seen, 'good', now).card.due.getTime() - now.getTime()) / DAY);
	return get_fuzz_range(ivl, 10, DEFAULT_SETTINGS.maximumIntervalDays);
}

/**
 * Deck `d` holds `seen`; deck `o` holds `perDay` review cards due on every day of Good's range
 * but `empty`. Returns the session, opened and revealed.
 */
async function open(empty: number, perDay: number, loadBalance = true) {
	const db = testDb();
	const { min_ivl, max_ivl } = goodRange();
	const days = max_ivl - min_ivl + 1;
	await installDeck(db, makeDeck('d', 1), { origin: 'shipped', version: 'v1', now });
	await installDeck(db, makeDeck('o', days * perDay), { origin: 'shipped', version: 'v1', now });
	const row = (await db.states.get('d/c0'))!;
	await db.states.put({ ...row, card: seen, due: now.getTime(), queue: QUEUE_CODE.review });
	for (let i = 0; i < days * perDay; i++) {
		const day = min_ivl + Math.floor(i / perDay);
		if (day === empty) continue;
		const at = new Date(now.getTime() + day * DAY);
		const other = (await db.states.get(`o/c${i}`))!;
		const card = { ...seen, due: at, last_review: now };
		await db.states.put({ ...other, card, due: at.getTime(), queue: QUEUE_CODE.review });
	}
	await saveSettings(db, { ...DEFAULT_SETTINGS, loadBalance });
	const s = new ReviewSession(db, ['d'], clock);
	await s.load();
	s.reveal();
	return { s, db };
}

const daysOf = async (db: Awaited<ReturnType<typeof open>>['db']) =>
	Math.round(((await db.states.get('d/c0'))!.due - now.getTime()) / DAY);

describe('load balancing in the study session', () => {
	it('sends a Good to the day of its fuzz range with nothing due, in every deck', async () => {
		const { min_ivl, max_ivl } = goodRange();
		expect(max_ivl - min_ivl).toBeGreaterThanOrEqual(2);
		for (const empty of [min_ivl, max_ivl]) {
			const { s, db } = await open(empty, 3);
			await s.grade('good');
			expect(await daysOf(db)).toBe(empty);
		}
	});

	it('with the setting off, the fuzz alone picks the day', async () => {
		const { min_ivl, max_ivl } = goodRange();
		const off = await open(min_ivl, 3, false);
		await off.s.grade('good');
		const fuzzed = await daysOf(off.db);
		// The day plain fuzz picks is not the empty one it would be balanced onto.
		const empty = fuzzed === max_ivl ? min_ivl : max_ivl;
		const { s, db } = await open(empty, 3, false);
		await s.grade('good');
		expect(await daysOf(db)).toBe(fuzzed);
	});

	it('regression: after an undo the counts per day were those after the grade (the undone card still counted on its day)', async () => {
		// One card on each day of the range but the last: the grade fills the last day.
		const { max_ivl } = goodRange();
		const { s, db } = await open(max_ivl, 1);
		await s.grade('good');
		expect(await daysOf(db)).toBe(max_ivl);
		await s.undo();
		expect(await daysOf(db)).toBe(0);
		// The last day is empty again: graded again, the card goes there again.
		s.reveal();
		await s.grade('good');
		expect(await daysOf(db)).toBe(max_ivl);
	});
});

describe('undo and exam mode', () => {
	/**
	 * Deck `d`: `seen` and nine more review cards, one due on each of the days 1 … 9 but `empty`;
	 * the exam on day 10 at 97 %, so `seen`'s final review goes to the lightest day of its window.
	 */
	async function exam(empty: number) {
		const db = testDb();
		await installDeck(db, makeDeck('d', 10), { origin: 'shipped', version: 'v1', now });
		const row = (await db.states.get('d/c0'))!;
		await db.states.put({ ...row, card: seen, due: now.getTime(), queue: QUEUE_CODE.review });
		for (let day = 1; day <= 9; day++) {
			if (day === empty) continue;
			const at = new Date(now.getTime() + day * DAY);
			const other = (await db.states.get(`d/c${day}`))!;
			// Stable enough to need no review before the exam: they only weigh on their days.
			const card = { ...seen, stability: 400, due: at, last_review: now };
			await db.states.put({ ...other, card, due: at.getTime(), queue: QUEUE_CODE.review });
		}
		await setExamPlan(db, ['d'], { examDate: '2026-11-30', target: 0.97 });
		const s = new ReviewSession(db, ['d'], clock);
		await s.load();
		s.reveal();
		return { s, db };
	}
	const dayOf = async (db: Awaited<ReturnType<typeof exam>>['db']) =>
		Math.round(((await db.states.get('d/c0'))!.due - now.getTime()) / DAY + 0.5);

	it('regression: after an undo the planner still counted the undone review on its day', async () => {
		// The empty day that the planner picks, and that is not its pick when every day weighs the
		// same (else the test could not tell).
		const tie = await exam(0);
		await tie.s.grade('good');
		const tieDay = await dayOf(tie.db);
		let chosen = 0;
		for (let empty = 9; empty >= 1 && !chosen; empty--) {
			if (empty === tieDay) continue;
			const probe = await exam(empty);
			await probe.s.grade('good');
			if ((await dayOf(probe.db)) === empty) chosen = empty;
		}
		expect(chosen).toBeGreaterThan(0);
		const { s, db } = await exam(chosen);
		await s.grade('good');
		expect(await dayOf(db)).toBe(chosen);
		await s.undo();
		s.reveal();
		await s.grade('good');
		expect(await dayOf(db)).toBe(chosen);
	});
});
