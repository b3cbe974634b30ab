// One deck's progress today, for the deck page and the review write path (the home screen reads
// every deck's at once: study-repo.ts, dayProgressByDeck). Apart from study-repo.ts: the first page
// does not need it.
import Dexie from 'dexie';
import type { DayProgress } from '$lib/core/schedule/queue';
import { CardState } from '$lib/core/schedule/state';
import type { KartotekaDB } from './database';

/** New cards introduced and reviews done in a deck since `dayStartMs`. */
export async function dayProgress(
	db: KartotekaDB,
	deckId: string,
	dayStartMs: number
): Promise<DayProgress> {
	const progress = { newDone: 0, reviewsDone: 0 };
	await db.reviews
		.where('[deckId+at]')
		.between([deckId, dayStartMs], [deckId, Dexie.maxKey])
		.each((r) => {
			if (r.log.state === CardState.New) progress.newDone++;
			else if (r.log.state === CardState.Review) progress.reviewsDone++;
		});
	return progress;
}
