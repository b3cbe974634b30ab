// Exam mode's storage and its part in a study session, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	dayStart,
	nextDayStart,
	queueCodeOf,
	type Card
} from '$lib/core/schedule';
import type { ExamPlan } from '$lib/core/schedule/exam';
import { cardKey, getMeta } from '$lib/db';
import { queueCandidates } from '$lib/db/review-repo';
import { installDeck } from '$lib/db/deck-install';
import {
	activeStates,
	examKey,
	getExamPlan,
	reviewCardsDueFrom,
	setExamPlan
} from '$lib/db/exam-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import { addExamCards, loadExamPlans, planExamDecks } from './exam-session';
import { reviewedCard } from '$lib/testing/cards';

const now = new Date(2026, 10, 20, 18, 0);
const plan: ExamPlan = { examDate: '2026-11-30', target: 0.9 };

async function setup() {
	const db = testDb();
	await installDeck(db, makeDeck('a', 4), { origin: 'shipped', version: 'v1', now });
	await installDeck(db, makeDeck('b', 2), { origin: 'shipped', version: 'v1', now });
	return db;
}

async function putCard(db: ReturnType<typeof testDb>, key: string, card: Card) {
	const state = (await db.states.get(key))!;
	await db.states.put({ ...state, card, due: card.due.getTime(), queue: queueCodeOf(card) });
}

describe('exam plans in the meta table', () => {
	it('sets, reads and clears the plans of several decks at once', async () => {
		const db = await setup();
		expect(await getExamPlan(db, 'a')).toBeNull();
		await setExamPlan(db, ['a', 'b'], { examDate: '2026-11-30', target: 0.95 });
		expect(await getExamPlan(db, 'a')).toEqual({ examDate: '2026-11-30', target: 0.95 });
		expect(await getMeta(db, examKey('b'))).toEqual({ examDate: '2026-11-30', target: 0.95 });
		const plans = await loadExamPlans(db, ['a', 'b', 'c']);
		expect([...plans.keys()]).toEqual(['a', 'b']);
		await setExamPlan(db, ['a'], null);
		expect(await getExamPlan(db, 'a')).toBeNull();
		expect(await getExamPlan(db, 'b')).not.toBeNull();
	});

	it('rejects a plan whose date is not a date, writing nothing', async () => {
		const db = await setup();
		await expect(setExamPlan(db, ['a'], { examDate: '2026-02-30', target: 0.9 })).rejects.toThrow(
			/2026-02-30/
		);
		expect(await db.meta.count()).toBe(0);
	});
});

describe('exam mode in a session', () => {
	it('reads review cards due after today and active states', async () => {
		const db = await setup();
		await putCard(db, cardKey('a', 'c0'), reviewedCard(now, 3, 5, 0.1));
		await putCard(db, cardKey('a', 'c1'), reviewedCard(now, 3, 5, 4));
		const end = nextDayStart(now).getTime();
		expect((await reviewCardsDueFrom(db, 'a', end, 10)).map((s) => s.key)).toEqual([
			cardKey('a', 'c1')
		]);
		expect(await activeStates(db, 'a')).toHaveLength(4);
	});

	it('adds the unplanned at-risk cards to the reviews, a share a day, and paces the new cards', async () => {
		const db = await setup();
		// Due after the exam, but below 90 % on the exam day: at risk, not planned.
		await putCard(db, cardKey('a', 'c1'), reviewedCard(now, 10, 2, 20));
		// Due after the exam and safe.
		await putCard(db, cardKey('a', 'c2'), reviewedCard(now, 1, 300, 200));
		const session = async (at: Date) => {
			const end = nextDayStart(at).getTime();
			const cand = [await queueCandidates(db, 'a', DEFAULT_SETTINGS, dayStart(at).getTime(), end)];
			const plans = await loadExamPlans(db, ['a']);
			const exams = await planExamDecks(db, cand, plans, DEFAULT_SETTINGS.newPerDay, at, 4);
			await addExamCards(db, cand, exams, at, 4, end);
			return cand[0];
		};
		// Without a plan: nothing added, the deck's two new cards both offered.
		expect((await session(now)).reviews).toEqual([]);
		expect((await session(now)).fresh).toHaveLength(2);
		await setExamPlan(db, ['a'], plan);
		// Ten days before the exam: one at-risk card, today's share is that card.
		const today = await session(now);
		expect(today.reviews.map((q) => q.key)).toEqual([cardKey('a', 'c1')]);
		expect(today.reviews[0].due).toBeLessThan(nextDayStart(now).getTime());
		// Two new cards over the seven days before the last three: one today.
		expect(today.fresh).toHaveLength(1);
	});
});
