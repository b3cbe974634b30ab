// Test-data factories shared by the db and feature tests (fake-indexeddb). For tests only: the
// lint rule (eslint.config.js) lets no production file import src/lib/testing/.
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { CardFile, DeckFile } from '$lib/core/deck';
import {
	createScheduler,
	DEFAULT_SETTINGS,
	nextDayStart,
	reviewCard,
	type GradeName
} from '$lib/core/schedule';
import { KartotekaDB } from '$lib/db/database';
import { getCardWithState, recordReview } from '$lib/db/review-repo';
import { dayProgress } from '$lib/db/day-progress';
import type { DeckCountsRow } from '$lib/db/deck-counts-hook';
import { deckCounts } from '$lib/db/study-repo';
import type { StudySettings } from '$lib/core/schedule/settings';

// Dexie's live queries look for IndexedDB on Dexie.dependencies, not on the database: without
// this they never run in Node.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let n = 0;
/** A fresh, empty database with a unique name. */
export function testDb(): KartotekaDB {
	return new KartotekaDB(`test-${++n}`, { indexedDB, IDBKeyRange });
}

export function makeCard(i: number, over: Partial<CardFile> = {}): CardFile {
	return { id: `c${i}`, front: `Вопрос ${i}`, back: `Ответ ${i}`, ...over };
}

export function makeDeck(id: string, count: number, over: Partial<DeckFile> = {}): DeckFile {
	return {
		format: 'kartoteka-deck',
		version: 1,
		id,
		title: `Колода ${id}`,
		lang: 'ru',
		kind: 'custom',
		source: { title: 'Статья' },
		cards: Array.from({ length: count }, (_, i) => makeCard(i)),
		...over
	};
}

/** Plain FSRS without fuzz, so that intervals in tests are exact. */
export const plainScheduler = createScheduler(DEFAULT_SETTINGS, { fuzz: false });

/**
 * Studies a card as the app does: the review computed by core/schedule/review.ts, stored by the
 * repository in one transaction. Returns the review's id.
 */
export async function studyCard(
	db: KartotekaDB,
	key: string,
	{ grade = 'good', at, durationMs = 1000 }: { grade?: GradeName; at: Date; durationMs?: number }
): Promise<number> {
	const found = await getCardWithState(db, key);
	if (!found) throw new Error(`no card ${key}`);
	const review = reviewCard(plainScheduler, found.state, grade, at, nextDayStart(at).getTime());
	return recordReview(db, { before: found.state, review, durationMs });
}

/** A deck's home counts with its progress today read first, as the deck page reads them. */
export async function countsToday(
	db: KartotekaDB,
	deckId: string,
	settings: StudySettings,
	dayStartMs: number,
	dayEndMs: number,
	held?: ReadonlySet<string>,
	row?: DeckCountsRow
) {
	const progress = await dayProgress(db, deckId, dayStartMs);
	return deckCounts(db, deckId, settings, dayStartMs, dayEndMs, held, progress, row);
}
