// What IndexedDB holds for a deck's study, read in the page with the raw API (the tests check the
// app's storage, not its own view of it), and the study page of a deck.
import { expect, type Page } from '@playwright/test';

export interface StudyRows {
	/** One entry per stored review (log row): its card and whether it introduced a new card. */
	reviews: { key: string; introduced: boolean }[];
	/** Cards with at least one review in their stored state: key → reps. */
	studied: Record<string, number>;
	/** Cards whose stored state and log disagree (reps ≠ number of log rows). */
	mismatches: string[];
}

/** Opens /study for one deck and waits for a card (or the end of the day's cards). */
export async function studyPage(page: Page, deckId: string): Promise<void> {
	await page.goto(`/study?deck=${encodeURIComponent(deckId)}`);
	await expect(page.getByTestId('card-front').or(page.getByTestId('study-done'))).toBeVisible();
}

export function readStudyRows(page: Page, deckId: string): Promise<StudyRows> {
	return page.evaluate(async (deckId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('kartoteka');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const q = db.transaction(store).objectStore(store).getAll();
				q.onsuccess = () => resolve(q.result as T[]);
				q.onerror = () => reject(q.error);
			});
		type State = { key: string; deckId: string; card: { reps: number } };
		type Review = { key: string; deckId: string; log: { state: number } };
		const [states, reviews] = await Promise.all([all<State>('states'), all<Review>('reviews')]);
		db.close();
		const mine = reviews.filter((r) => r.deckId === deckId);
		const studied: Record<string, number> = {};
		for (const s of states)
			if (s.deckId === deckId && s.card.reps > 0) studied[s.key] = s.card.reps;
		const logs = new Map<string, number>();
		for (const r of mine) logs.set(r.key, (logs.get(r.key) ?? 0) + 1);
		const keys = new Set([...Object.keys(studied), ...logs.keys()]);
		return {
			reviews: mine.map((r) => ({ key: r.key, introduced: r.log.state === 0 })),
			studied,
			mismatches: [...keys].filter((k) => (studied[k] ?? 0) !== (logs.get(k) ?? 0))
		};
	}, deckId);
}
