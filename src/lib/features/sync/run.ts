// One sync: everything in the outbox goes up (in batches, each dropped once the server has it),
// then everything the server has after this device's cursor comes down, page by page, each page
// applied in one transaction with its cursor (db/sync-apply.ts). Interrupted anywhere, the next
// sync carries on: pushes are idempotent, and a page not applied is pulled again.
import { createScheduler, type Scheduler } from '$lib/core/schedule';
import type { KartotekaDB } from '$lib/db/database';
import { deckSettings, deckWeights } from '$lib/db/presets-repo';
import { applyPulled } from '$lib/db/sync-apply';
import {
	dropPushed,
	ensureNode,
	pendingEvents,
	syncCursor,
	type SyncAccount
} from '$lib/db/sync-outbox';
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
	for (;;) {
		const page = await pullEvents(account.server, account.token, await syncCursor(db), PULL_PAGE);
		if (page.events.length) {
			const events = page.events.map((e) => e.event);
			const deckIds = [...new Set(events.flatMap((e) => (e.kind === 'review' ? [e.deckId] : [])))];
			const applied = await applyPulled(db, {
				events,
				node,
				cursor: page.seq,
				schedulerOf: await schedulers(db, deckIds),
				now: now()
			});
			counts.pulledReviews += applied.reviews;
			counts.pulledChanges += applied.changes;
		}
		if (!page.more) break;
	}
	return counts;
}
