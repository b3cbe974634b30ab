// The pages' live reads follow the writes made elsewhere (see page-data.svelte.ts).
import { describe, expect, it } from 'vitest';
import { cardKey } from '$lib/db';
import { tagCards } from '$lib/db/cards-edit';
import { installDeck } from '$lib/db/deck-install';
import { setExamPlan } from '$lib/db/exam-repo';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { readBrowserCards } from './author/card-browser.svelte';
import { readDeckPage } from './deck-page.svelte';
import { readDeckGroups } from './deck-list';
import { liveRead, type LiveRead } from '$lib/db/live-read';

const now = new Date('2026-11-25T12:00:00');

/** Values the observable gives, as they come; `next()` waits for the next one. */
function follow<T>(observable: LiveRead<T>) {
	const values: T[] = [];
	let wake: (() => void) | null = null;
	const subscription = observable.subscribe({
		next: (v) => {
			values.push(v);
			wake?.();
		},
		error: (e) => {
			throw e;
		}
	});
	return {
		values,
		async next(count: number): Promise<T> {
			while (values.length < count) await new Promise<void>((r) => (wake = r));
			return values[count - 1];
		},
		stop: () => subscription.unsubscribe()
	};
}

async function setup() {
	const db = testDb();
	await installDeck(db, makeDeck('d', 3), { origin: 'shipped', version: 'v1', now });
	return db;
}

describe('liveRead', () => {
	it('deck page shows an exam plan saved after it opened (reads after the first await were not watched)', async () => {
		const db = await setup();
		const page = follow(liveRead(() => readDeckPage(db, 'd', now)));
		expect((await page.next(1))?.plan).toBeNull();
		await setExamPlan(db, ['d'], { examDate: '2026-12-10', target: 0.9 });
		expect((await page.next(2))?.plan).toEqual({ examDate: '2026-12-10', target: 0.9 });
		page.stop();
	});

	it('the home screen counts follow a review', async () => {
		const db = await setup();
		const home = follow(liveRead(() => readDeckGroups(db, now)));
		expect((await home.next(1)).groups[0].decks[0].counts).toEqual({
			new: 3,
			learning: 0,
			review: 0
		});
		await studyCard(db, cardKey('d', 'c0'), { grade: 'again', at: now });
		expect((await home.next(2)).groups[0].decks[0].counts).toEqual({
			new: 2,
			learning: 1,
			review: 0
		});
		home.stop();
		// With the held-back reader (loaded once something was studied today), still live.
		const { heldToday } = await import('./held-cards');
		const withHeld = follow(liveRead(() => readDeckGroups(db, now, heldToday)));
		expect((await withHeld.next(1)).studiedToday).toBe(true);
		await studyCard(db, cardKey('d', 'c1'), { grade: 'again', at: now });
		expect((await withHeld.next(2)).groups[0].decks[0].counts.learning).toBe(2);
		withHeld.stop();
	});

	it('the card browser shows a tag without reloading by hand', async () => {
		const db = await setup();
		const cards = follow(liveRead(() => readBrowserCards(db)));
		expect((await cards.next(1)).cards.every((c) => !c.tags?.length)).toBe(true);
		await tagCards(db, [cardKey('d', 'c1')], 'важное');
		const tagged = (await cards.next(2)).cards.find((c) => c.key === cardKey('d', 'c1'));
		expect(tagged?.tags).toEqual(['важное']);
		cards.stop();
	});
});
