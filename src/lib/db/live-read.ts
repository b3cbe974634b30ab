// A Dexie live query around one of the app's read functions: how pages follow writes (see
// features/page-data.svelte.ts). Here because Dexie is the db layer's alone.
import { liveQuery } from 'dexie';

/** What a live read gives: subscribe for every new value, unsubscribe when the page goes. */
export interface LiveRead<T> {
	subscribe(observer: { next: (value: T) => void; error: (e: unknown) => void }): {
		unsubscribe(): void;
	};
}

/**
 * `read` again whenever a write (in this tab or another) touches what it read. The querier Dexie
 * runs must itself be an async function: only then does Dexie carry its zone across the awaits of
 * nested async functions, and see the reads made after the first await. A plain arrow that
 * returns `read()` watched only the first read (the deck page missed an exam plan being saved).
 */
export function liveRead<T>(read: () => Promise<T>): LiveRead<T> {
	return liveQuery(async () => await read());
}
