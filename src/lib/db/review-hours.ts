// Review aggregates for the statistics page (issue 11: the page read every log, 22 s at 500,000
// logs). One row per deck and hour (UTC hours since the epoch) with the count and the time spent
// for each card state × grade; the deck id '' holds the sums over all decks, the hour TOTAL the
// sums over all time. Hours, not days: a study day depends on the rollover hour and the time zone,
// both of which may change; an hour lies within one study day in every zone of whole hours (in
// zones of half hours, reviews in the half hour around the rollover may count on the next day).
//
// Kept by a DBCore middleware on the reviews table (review-hours-hook.ts), in the transaction that
// writes the review: every write path (a grade, an undo, deleting or restoring cards, moving cards
// to another deck, an import with progress, erasing a deck) updates them with no code of its own.
// Built once from every log after the schema upgrade that creates the table (database.ts, v4),
// at the first start: rebuildIfStale.
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { KartotekaDB } from './database';
import { provideReviewHours, REVIEW_HOURS_STALE } from './review-hours-hook';
import type { ReviewRow } from './types';

export const ALL_DECKS = '';
export const TOTAL = -1;
export const HOUR_MS = 3_600_000;
const SLOTS = 16;

export interface ReviewHourRow {
	deckId: string;
	/** UTC hours since the epoch, or TOTAL. */
	hour: number;
	/** Reviews per slot: card state before the review (0–3) × 4 + grade − 1. */
	n: number[];
	/** Time spent per slot, ms. */
	ms: number[];
}

export type ReviewForHours = Pick<ReviewRow, 'deckId' | 'at' | 'rating' | 'durationMs'> & {
	log: { state: number };
};

const slotOf = (r: ReviewForHours) =>
	Math.min(3, Math.max(0, r.log?.state ?? 0)) * 4 + Math.min(3, Math.max(0, r.rating - 1));

/** Adds (sign 1) or takes away (−1) reviews to the rows in `acc`, keyed as the table is. */
function tally(acc: Map<string, ReviewHourRow>, reviews: readonly ReviewForHours[], sign: 1 | -1) {
	for (const r of reviews) {
		const slot = slotOf(r);
		const hour = Math.floor(r.at / HOUR_MS);
		for (const [deckId, h] of [
			[r.deckId, hour],
			[r.deckId, TOTAL],
			[ALL_DECKS, hour],
			[ALL_DECKS, TOTAL]
		] as const) {
			const key = `${h}\u0000${deckId}`;
			let row = acc.get(key);
			if (!row) {
				row = { deckId, hour: h, n: new Array(SLOTS).fill(0), ms: new Array(SLOTS).fill(0) };
				acc.set(key, row);
			}
			row.n[slot] += sign;
			row.ms[slot] += sign * Math.max(0, r.durationMs || 0);
		}
	}
}

/** Adds the changes in `acc` to the stored rows (a row whose counts all come to 0 goes). */
async function store(
	table: DBCoreTable,
	trans: DBCoreTransaction,
	acc: Map<string, ReviewHourRow>
) {
	if (!acc.size) return;
	const deltas = [...acc.values()];
	const keys = deltas.map((d) => [d.deckId, d.hour]);
	const stored = (await table.getMany({ trans, keys })) as (ReviewHourRow | undefined)[];
	const put: ReviewHourRow[] = [];
	const gone: unknown[] = [];
	deltas.forEach((d, i) => {
		const old = stored[i];
		const n = d.n.map((x, s) => x + (old?.n[s] ?? 0));
		const ms = d.ms.map((x, s) => x + (old?.ms[s] ?? 0));
		if (n.every((x) => x <= 0)) gone.push(keys[i]);
		else put.push({ deckId: d.deckId, hour: d.hour, n, ms });
	});
	if (put.length) await table.mutate({ type: 'put', trans, values: put });
	if (gone.length) await table.mutate({ type: 'delete', trans, keys: gone });
}

/** The review rows a mutation replaces or deletes, read before it runs. */
async function rowsBefore(
	reviews: DBCoreTable,
	req: DBCoreMutateRequest
): Promise<ReviewForHours[]> {
	const { trans } = req;
	if (req.type === 'deleteRange') {
		const q = { index: reviews.schema.primaryKey, range: req.range };
		return (await reviews.query({ trans, query: q, values: true })).result as ReviewForHours[];
	}
	if (req.type === 'add') return [];
	const keys =
		req.type === 'delete'
			? req.keys
			: (req.keys ?? req.values.map((v) => (v as { id?: number }).id));
	const known = keys.filter((k) => k !== undefined && k !== null);
	if (!known.length) return [];
	return ((await reviews.getMany({ trans, keys: known })) as (ReviewForHours | undefined)[]).filter(
		(r): r is ReviewForHours => r !== undefined
	);
}

function withHours(reviews: DBCoreTable, hours: () => DBCoreTable): DBCoreTable['mutate'] {
	return async (req) => {
		const before = await rowsBefore(reviews, req);
		const res = await reviews.mutate(req);
		const acc = new Map<string, ReviewHourRow>();
		tally(acc, before, -1);
		if (req.type === 'add' || req.type === 'put') {
			const failed = new Set(Object.keys(res.failures ?? {}).map(Number));
			tally(
				acc,
				(req.values as ReviewForHours[]).filter((_, i) => !failed.has(i)),
				1
			);
		}
		await store(hours(), req.trans, acc);
		return res;
	};
}
provideReviewHours(withHours);

/** The aggregates of `reviews` (the schema upgrade builds the table from every log with it). */
export function aggregate(reviews: Iterable<ReviewForHours>): ReviewHourRow[] {
	const acc = new Map<string, ReviewHourRow>();
	tally(acc, [...reviews], 1);
	return [...acc.values()];
}

/**
 * After the v4 upgrade (which marks them stale), builds the aggregates from every log, in one
 * transaction with the logs: reviews written meanwhile wait for it, and are counted once.
 */
export async function rebuildIfStale(db: KartotekaDB): Promise<boolean> {
	return db.transaction('rw', [db.reviews, db.reviewHours, db.meta], async () => {
		if (!(await db.meta.get(REVIEW_HOURS_STALE))) return false;
		const rows: ReviewForHours[] = [];
		// In pages of primary keys: getAll is many times faster than a cursor over 500,000 rows.
		for (let last = -Infinity; ;) {
			const page = await db.reviews.where(':id').above(last).limit(20_000).toArray();
			if (!page.length) break;
			for (const { deckId, at, rating, durationMs, log } of page)
				rows.push({ deckId, at, rating, durationMs, log: { state: log.state } });
			last = page[page.length - 1].id;
		}
		await db.reviewHours.clear();
		await db.reviewHours.bulkPut(aggregate(rows));
		await db.meta.delete(REVIEW_HOURS_STALE);
		return true;
	});
}
