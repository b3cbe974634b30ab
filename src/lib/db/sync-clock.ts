// This device's hybrid logical clock as stored (syncState: its node id and its last stamp), for
// writes that need a stamp of their own whether sync is on or not: a progress reset
// (deck-progress.ts) is stamped when it is made, so that a sync turned on later still orders it
// among the reviews. Apart from the recorder so that the deck page does not load it.
import { HybridClock } from '$lib/core/sync/hlc';
import type { KartotekaDB } from './database';

export const NODE_KEY = 'node';
export const CLOCK_KEY = 'clock';

/** A random node id: letters and digits. */
export function newNode(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A new stamp from the stored clock, which it moves on; the node is made when there is none.
 * Call it inside a transaction that holds `syncState`.
 */
export async function tickStored(db: KartotekaDB, now: () => number): Promise<string> {
	let node = (await db.syncState.get(NODE_KEY))?.value as string | undefined;
	if (!node) {
		node = newNode();
		await db.syncState.put({ key: NODE_KEY, value: node });
	}
	const last = (await db.syncState.get(CLOCK_KEY))?.value as string | undefined;
	const stamp = new HybridClock(node, now, last).tick();
	await db.syncState.put({ key: CLOCK_KEY, value: stamp });
	return stamp;
}
