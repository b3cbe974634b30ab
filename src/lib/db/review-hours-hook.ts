// The part of the review aggregates (review-hours.ts) that the database needs from its opening: a
// DBCore middleware that puts the aggregates into every read-write transaction over the reviews
// and hands each write to the logs to review-hours.ts. That module is imported by every repository
// that writes logs (review-repo, cards-edit, exchange-repo, deck-erase), not by the first page,
// whose JavaScript budget has no room for it; a write to the logs without it fails loudly.
//
// Level −2, right on IndexedDB: Dexie's own middlewares above (hooks, cache, observability) need
// Dexie's zone, which the awaits of review-hours.ts leave. So live queries do not see the
// aggregates change: a read of them also reads a range of the logs the write touches.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/** Set in meta by the v4 upgrade until the aggregates have been built from every log. */
export const REVIEW_HOURS_STALE = 'review-hours-stale';

type Wrap = (reviews: DBCoreTable, hours: () => DBCoreTable) => DBCoreTable['mutate'];
let wrap: Wrap | null = null;

export function provideReviewHours(w: Wrap): void {
	wrap = w;
}

export const reviewHoursMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'review-hours',
	level: -2,
	create: (down) => ({
		...down,
		transaction: (stores, mode, options) =>
			down.transaction(
				mode === 'readwrite' && stores.includes('reviews') && !stores.includes('reviewHours')
					? [...stores, 'reviewHours']
					: stores,
				mode,
				options
			),
		table: (name) => {
			const table = down.table(name);
			if (name !== 'reviews') return table;
			return {
				...table,
				mutate: (req) => {
					if (!wrap) throw new Error('review logs written without db/review-hours.ts loaded');
					return wrap(table, () => down.table('reviewHours'))(req);
				}
			};
		}
	})
};
