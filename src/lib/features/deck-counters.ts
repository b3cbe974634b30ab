// Builds the per-deck counters that are missing (db/deck-counts-build.ts), in the background, one
// run at a time (a run that finds every row there reads two key lists): at a start on a database
// that had decks (the first after the v7 upgrade; after a first visit, whose JavaScript budget has
// no room for the builder, the next), and from the statistics page. Until a deck has its row, its
// counts come from the indexes.
import type { KartotekaDB } from '$lib/db';

let running: Promise<void> | null = null;

export function ensureDeckCounters(db: KartotekaDB): Promise<void> {
	running ??= import('$lib/db/deck-counts-build')
		.then((m) => m.buildMissingDeckCounts(db))
		.then(() => undefined)
		.catch((e) => console.error('deck counters', e))
		.finally(() => (running = null));
	return running;
}
