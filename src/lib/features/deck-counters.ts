// Builds the per-deck counters that are missing (db/deck-counts-build.ts), in the background and
// once at a time: at start on a database that had decks (after the v7 upgrade, and the start after
// a first visit, whose JavaScript budget has no room for the builder), and from the statistics page.
// Until a deck has its row, its counts come from the indexes.
import type { KartotekaDB } from '$lib/db';
import { deckCountsMissing } from '$lib/db/deck-counts';

let running: Promise<void> | null = null;

export function ensureDeckCounters(db: KartotekaDB): Promise<void> {
	running ??= deckCountsMissing(db)
		.then(async (missing) => {
			if (missing) await (await import('$lib/db/deck-counts-build')).buildMissingDeckCounts(db);
		})
		.catch((e) => console.error('deck counters', e))
		.finally(() => (running = null));
	return running;
}
