// A Dexie live query around one of the app's read functions (see page-data.svelte.ts).
import { liveQuery, type Observable } from 'dexie';

/**
 * `read` again whenever a write (in this tab or another) touches what it read. The querier Dexie
 * runs must itself be an async function: only then does Dexie carry its zone across the awaits of
 * nested async functions, and see the reads made after the first await. A plain arrow that
 * returns `read()` watched only the first read (the deck page missed an exam plan being saved).
 */
export function liveRead<T>(read: () => Promise<T>): Observable<T> {
	return liveQuery(async () => await read());
}
