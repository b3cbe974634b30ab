// The fitted parameters drive the grade buttons' intervals (issue 13, item 1): once Optimize has
// saved a preset's parameters, a study session of its decks previews and grades with them.
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { createScheduler, DEFAULT_SETTINGS } from '$lib/core/schedule';
import { cardKey } from '$lib/db';
import { installDeck } from '$lib/db/deck-install';
import { savePresetParameters } from '$lib/db/preset-parameters';
import { getCardWithState } from '$lib/db/review-repo';
import { makeDeck, testDb } from '$lib/testing/db';
import { ReviewSession } from '../review-session.svelte';

const now = new Date('2026-11-25T18:00:00');
const clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
/** A student who knows an Easy card for a month, not FSRS's average eight days (w3). */
const fitted = default_w.map((x, i) => (i === 3 ? 30 : x));

async function easyLabel(w?: readonly number[]) {
	const db = testDb();
	await installDeck(db, makeDeck('d', 2), { origin: 'shipped', version: 'v1', now });
	if (w) await savePresetParameters(db, 'default', w);
	const s = new ReviewSession(db, ['d'], clock);
	await s.load();
	s.reveal();
	const stored = (await getCardWithState(db, cardKey('d', s.card!.id)))!.state.card;
	return { shown: s.previews!.easy, stored };
}

describe('fitted parameters in the study session', () => {
	it('the grade buttons show the intervals of the preset’s fitted parameters', async () => {
		const withFitted = await easyLabel(fitted);
		const expected = createScheduler(DEFAULT_SETTINGS, { fuzz: true, w: fitted }).preview(
			withFitted.stored,
			now
		).easy.label;
		expect(withFitted.shown).toBe(expected);
		const plain = await easyLabel();
		expect(plain.shown).not.toBe(withFitted.shown);
	});
});
