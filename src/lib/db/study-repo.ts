// Today's counts per deck (range queries on the compound indexes), for the home screen and the
// deck page. The study session's reads and the review write path are in review-repo.ts, which
// the first page does not load.
import Dexie from 'dexie';
// Imports name core files, not the schedule index: the home screen's bundle must not pull ts-fsrs.
import {
	QUEUE_CODE,
	remainingLimits,
	type DayProgress,
	type QueueCounts
} from '$lib/core/schedule/queue';
import type { StudySettings } from '$lib/core/schedule/settings';
import { heldBack, siblingTies, type Ties } from '$lib/core/schedule/siblings';
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

export const range = (deckId: string, queue: number, lo: unknown, hi: unknown) =>
	[
		[deckId, queue, lo],
		[deckId, queue, hi]
	] as const;

/**
 * Counts for the home screen: limited by what the day has left, like the queue itself; cards
 * `held` back today (related to a card studied today, see heldToday) are not counted.
 */
export async function deckCounts(
	db: KartotekaDB,
	deckId: string,
	settings: StudySettings,
	dayStartMs: number,
	dayEndMs: number,
	held: ReadonlySet<string> = new Set()
): Promise<QueueCounts> {
	const { newLeft, reviewsLeft } = remainingLimits(
		settings,
		await dayProgress(db, deckId, dayStartMs)
	);
	const free = (s: { key: string }) => !held.has(s.key);
	const [fresh, learning, review] = await Promise.all([
		db.states
			.where('[deckId+queue+ord]')
			.between(...range(deckId, QUEUE_CODE.new, Dexie.minKey, Dexie.maxKey))
			.filter(free)
			.count(),
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.learning, Dexie.minKey, dayEndMs))
			.count(),
		db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.review, Dexie.minKey, dayEndMs))
			.filter(free)
			.count()
	]);
	return { new: Math.min(fresh, newLeft), learning, review: Math.min(review, reviewsLeft) };
}

/** The relations of the cards of some decks' articles, and the cards of them studied today. */
export interface SiblingsToday {
	ties: Map<string, Ties>;
	/** Keys of the articles' cards reviewed today, once per review. */
	reviewed: string[];
	/** Keys of the active cards of the decks asked for. */
	keys: string[];
}

/**
 * What holding back related cards needs for some decks: the relations of every card of their
 * articles (decks with the same source key) and today's reviews there. Null when nothing was
 * reviewed today and `always` is not set: nothing is held back, nothing else is read.
 */
export async function siblingsToday(
	db: KartotekaDB,
	deckIds: readonly string[],
	dayStartMs: number,
	always = false
): Promise<SiblingsToday | null> {
	const asked = (await db.decks.bulkGet([...deckIds])).filter((d) => d !== undefined);
	const articles = [...new Set(asked.map((d) => d.sourceKey))];
	const decks = articles.length
		? (await db.decks.where('sourceKey').anyOf(articles).toArray()).filter((d) => !d.deletedAt)
		: [];
	const reviewed: string[] = [];
	await Promise.all(
		decks.map((d) =>
			db.reviews
				.where('[deckId+at]')
				.between([d.id, dayStartMs], [d.id, Dexie.maxKey])
				.each((r) => void reviewed.push(r.key))
		)
	);
	if (!reviewed.length && !always) return null;
	const article = new Map(decks.map((d) => [d.id, d.sourceKey]));
	const cards = (
		await db.cards
			.where('deckId')
			.anyOf(decks.map((d) => d.id))
			.toArray()
	).filter((c) => c.retired === 0);
	const wanted = new Set(deckIds);
	return {
		ties: siblingTies(cards.map((c) => ({ ...c, article: article.get(c.deckId) ?? '' }))),
		reviewed,
		keys: cards.filter((c) => wanted.has(c.deckId)).map((c) => c.key)
	};
}

/** The cards of these decks held back today; empty when the setting is off. */
export async function heldToday(
	db: KartotekaDB,
	deckIds: readonly string[],
	settings: StudySettings,
	dayStartMs: number
): Promise<Set<string>> {
	if (!settings.burySiblings) return new Set();
	const s = await siblingsToday(db, deckIds, dayStartMs);
	return s ? heldBack(s.ties, s.reviewed, s.keys) : new Set();
}
