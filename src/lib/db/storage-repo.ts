// What the storage checks read from the database (issue 9, item 1; see core/storage/marker.ts).
// Its own file, not meta-repo.ts: meta-repo is on the first page, these load with the checks.
import type { KartotekaDB } from './database';

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

/** What the user would lose with this database: reviews, and decks of their own. */
export async function userDataCounts(db: KartotekaDB): Promise<{ reviews: number; decks: number }> {
	const [reviews, decks] = await Promise.all([
		db.reviews.count(),
		db.decks.filter((d) => d.origin === 'user' && d.deletedAt === undefined).count()
	]);
	return { reviews, decks };
}
