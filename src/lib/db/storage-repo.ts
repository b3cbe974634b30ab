// What the storage checks read from the database (issue 9, item 1; see core/storage/marker.ts).
// Its own file, not meta-repo.ts: meta-repo is on the first page, these load with the checks.
import type { KartotekaDB } from './database';
import { ALL_DECKS, TOTAL } from './review-hours';
import { REVIEW_HOURS_STALE } from './review-hours-hook';

const DB_ID = 'db-id';

/**
 * This database's random id, made (in one transaction, so two tabs agree) when it has none: a
 * new database, or one from a build before the id. Digits and dashes only.
 */
export async function databaseId(db: KartotekaDB): Promise<string> {
	return db.transaction('rw', db.meta, async () => {
		const have = (await db.meta.get(DB_ID))?.value;
		if (typeof have === 'string') return have;
		const id = crypto.getRandomValues(new Uint32Array(3)).join('-');
		await db.meta.put({ key: DB_ID, value: id });
		return id;
	});
}

/**
 * How many review logs there are: the statistics' grand total (review-hours.ts keeps it with every
 * write to the logs), one row, once the aggregates are built; before that the store's count. That
 * count walks every log (issue 11: 0.5 s at 470,000 logs, during which Chromium's storage process
 * served no other request, so the home screen waited for it at every start).
 */
export async function reviewCount(db: KartotekaDB): Promise<number> {
	return db.transaction('r', [db.meta, db.reviewHours, db.reviews], async () => {
		if (await db.meta.get(REVIEW_HOURS_STALE)) return db.reviews.count();
		const total = await db.reviewHours.get([ALL_DECKS, TOTAL]);
		return total ? total.n.reduce((a, b) => a + b, 0) : 0;
	});
}

/** What the user would lose with this database: reviews, and decks of their own. */
export async function userDataCounts(db: KartotekaDB): Promise<{ reviews: number; decks: number }> {
	const [reviews, decks] = await Promise.all([
		reviewCount(db),
		db.decks.filter((d) => d.origin === 'user' && d.deletedAt === undefined).count()
	]);
	return { reviews, decks };
}
