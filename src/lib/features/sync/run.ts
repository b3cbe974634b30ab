// One sync: everything in the outbox goes up (in batches, each dropped once the server has it),
// then everything the server has after this device's cursor comes down, page by page, each page
// applied in one transaction with its cursor (db/sync-apply.ts). Interrupted anywhere, the next
// sync carries on: pushes are idempotent, and a page not applied is pulled again. A pull says
// what this app knows (server/log.ts); a device that pulled with an older app, which knew fewer
// entities, catches up once on the ones it lacks, from the start.
import { createScheduler, type Scheduler } from '$lib/core/schedule';
import type { KartotekaDB } from '$lib/db/database';
import { deckSettings, deckWeights } from '$lib/db/presets-repo';
import { applyPulled } from '$lib/db/sync-apply';
import {
	CATCHUP_KEY,
	catchUpCursor,
	dropPushed,
	ensureNode,
	pendingEvents,
	pulledEntities,
	savePulledEntities,
	syncCursor,
	type SyncAccount
} from '$lib/db/sync-outbox';
import { PULL_KNOWN, SYNCED_ENTITIES, type SyncEvent } from '$lib/core/sync/events';
import { loadSettings } from '../settings';
import { pullEvents, pushEvents } from './client';

const PUSH_BATCH = 500;
const PULL_PAGE = 500;

export interface SyncCounts {
	pushed: number;
	pulledReviews: number;
	pulledChanges: number;
}

/** The schedulers of the decks, as the study session makes them (each deck's preset). */
async function schedulers(
	db: KartotekaDB,
	deckIds: string[]
): Promise<(deckId: string) => Scheduler> {
	const global = await loadSettings(db);
	const [perDeck, weights] = await Promise.all([
		deckSettings(db, deckIds, global),
		deckWeights(db, deckIds)
	]);
	const base = createScheduler(global, { fuzz: true });
	const made = new Map(
		deckIds.map((id) => [
			id,
			createScheduler(perDeck.get(id) ?? global, { fuzz: true, w: weights.get(id) })
		])
	);
	return (id) => made.get(id) ?? base;
}

/** The deck whose cards an event replays: a review's, a reset's (its row is the deck). */
const deckOf = (e: SyncEvent): string[] =>
	e.kind === 'review' ? [e.deckId] : e.entity === 'resets' ? [e.row] : [];

export async function runSync(
	db: KartotekaDB,
	account: SyncAccount,
	now: () => Date
): Promise<SyncCounts> {
	const counts: SyncCounts = { pushed: 0, pulledReviews: 0, pulledChanges: 0 };
	for (;;) {
		const batch = await pendingEvents(db, PUSH_BATCH);
		if (!batch.length) break;
		const out = await pushEvents(
			account.server,
			account.token,
			batch.map((b) => b.event)
		);
		counts.pushed += out.accepted;
		await dropPushed(db, batch[batch.length - 1].seq);
	}
	const node = await ensureNode(db);
	const pullAll = async (known: readonly string[], cursorKey?: string) => {
		for (;;) {
			const after = cursorKey ? await catchUpCursor(db) : await syncCursor(db);
			const page = await pullEvents(account.server, account.token, after, PULL_PAGE, known);
			// A page of events this app does not apply still moves the cursor past them.
			if (page.events.length || page.seq > after) {
				const events = page.events.map((e) => e.event);
				const applied = await applyPulled(db, {
					events,
					node,
					cursor: page.seq,
					cursorKey,
					schedulerOf: await schedulers(db, [...new Set(events.flatMap(deckOf))]),
					now: now()
				});
				counts.pulledReviews += applied.reviews;
				counts.pulledChanges += applied.changes;
			}
			if (!page.more) break;
		}
	};
	const covered = await pulledEntities(db);
	await pullAll(PULL_KNOWN);
	// The entities this app knows and the device had not pulled (it pulled with an older app):
	// their changes from the start, merged as any others (same stamps: no change twice).
	const missing = SYNCED_ENTITIES.filter((e) => !covered.includes(e));
	if (missing.length) await pullAll(missing, CATCHUP_KEY);
	await savePulledEntities(db, SYNCED_ENTITIES);
	return counts;
}
