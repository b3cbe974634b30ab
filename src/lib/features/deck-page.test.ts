// The deck page's exam form: what the fields give (a number input gives a number, or null when
// cleared) and saving a plan, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { installDeck } from '$lib/db/deck-install';
import { getExamPlan } from '$lib/db/exam-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import { checkExamInput, readExamForm } from './deck-page.svelte';

const now = new Date(2026, 10, 20, 18, 0);

describe('checkExamInput', () => {
	it('bug: a target the number field gives as a number was refused (t.trim is not a function)', () => {
		expect(checkExamInput('2026-11-30', 85, now, 4)).toEqual({
			plan: { examDate: '2026-11-30', target: 0.85 }
		});
		expect(checkExamInput('2026-11-30', '95', now, 4)).toEqual({
			plan: { examDate: '2026-11-30', target: 0.95 }
		});
	});

	it('bug: a cleared target (null from the number field) did nothing; it is the default 90 %', () => {
		for (const cleared of [null, undefined, '', '  '])
			expect(checkExamInput('2026-11-30', cleared, now, 4)).toEqual({
				plan: { examDate: '2026-11-30', target: 0.9 }
			});
	});

	it('refuses a target out of range or not whole, naming it', () => {
		for (const bad of [69, 100, 85.5, '9x'])
			expect(checkExamInput('2026-11-30', bad, now, 4)).toEqual({
				problem: { kind: 'target', value: String(bad) }
			});
	});

	it('checks the date first', () => {
		expect(checkExamInput('', 85, now, 4)).toEqual({ problem: { kind: 'missing', date: '' } });
	});
});

describe('ExamForm', () => {
	it('saves a plan after the target was changed in the number field', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('a', 3), { origin: 'shipped', version: 'v1', now });
		const form = (await readExamForm(db, 'a'))!;
		form.date = '2026-11-30';
		form.target = 80;
		expect(await form.save(db, now, 4)).toBeNull();
		expect(await getExamPlan(db, 'a')).toEqual({ examDate: '2026-11-30', target: 0.8 });
		form.target = null;
		expect(await form.save(db, now, 4)).toBeNull();
		expect(await getExamPlan(db, 'a')).toEqual({ examDate: '2026-11-30', target: 0.9 });
	});
});
