// The one way a page gets its data. A route calls `liveData` (a view of stored data) or
// `snapshot` (a session that must not change under the student) while it initialises; both wait
// for the app's start (database open, shipped decks installed), read again when their arguments
// change (the URL's deck ids, a filter), and send errors to the one error path. ARCHITECTURE.md
// says why these and not SvelteKit's load functions.
import { untrack } from 'svelte';
import type { KartotekaDB } from '$lib/db';
import { liveRead } from '$lib/db/live-read';
import { app } from './app.svelte';
import { handleError } from './errors.svelte';

export interface PageData<T> {
	/** The latest value; undefined until the first read is done. */
	readonly current: T | undefined;
	/** True while the latest arguments have not been read yet (the previous value stays shown). */
	readonly loading: boolean;
}

type Read<A, T> = (db: KartotekaDB, args: A) => Promise<T>;

/**
 * A Dexie live query: read once, then again whenever a write (in this tab or another) touches
 * what it read. Writes never reload a page by hand: the views that show the data follow them.
 * `read` may await only Dexie calls and pure code (Dexie watches what they read).
 */
export function liveData<A, T>(args: () => A, read: Read<A, T>, message: string): PageData<T> {
	return pageData(args, message, (db, a, put) => {
		const subscription = liveRead(() => read(db, a)).subscribe({
			next: put,
			error: (e) => handleError(e, message)
		});
		return () => subscription.unsubscribe();
	});
}

/**
 * A read done once per arguments: a study session, a test, a chronology round. `dispose` ends a
 * value that is replaced or whose page is left (a session's timer).
 */
export function snapshot<A, T>(
	args: () => A,
	read: Read<A, T>,
	message: string,
	dispose?: (value: T) => void
): PageData<T> {
	return pageData(args, message, (db, a, put) => {
		let value: T | undefined;
		let stale = false;
		read(db, a).then(
			(v) => {
				if (stale) return dispose?.(v);
				value = v;
				put(v);
			},
			(e) => handleError(e, message)
		);
		return () => {
			stale = true;
			if (value !== undefined) dispose?.(value);
		};
	});
}

/** The shared part: reactive state, the wait for the app, a restart when the arguments change. */
function pageData<A, T>(
	args: () => A,
	message: string,
	start: (db: KartotekaDB, args: A, put: (value: T) => void) => () => void
): PageData<T> {
	let current = $state.raw<T | undefined>(undefined);
	let loading = $state(true);
	$effect(() => {
		const a = args();
		if (app.status !== 'ready') return;
		loading = true;
		// Untracked: what the read touches must not restart it; only `args` and the app do.
		return untrack(() => {
			try {
				return start(app.db, a, (value) => {
					current = value;
					loading = false;
				});
			} catch (e) {
				handleError(e, message);
			}
		});
	});
	return {
		get current() {
			return current;
		},
		get loading() {
			return loading;
		}
	};
}
