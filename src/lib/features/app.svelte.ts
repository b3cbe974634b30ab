// Start-up: open the database, install or update the shipped decks. Everything else waits
// for `ready`. When IndexedDB is unavailable the app says so instead of failing silently; when
// another tab holds the database (blocked) or took it over with a newer version (replaced), too.
// Storage checks (a lost database, low room) follow once ready.
import { getDb, type KartotekaDB } from '$lib/db';
import { watchConnection } from '$lib/db/connection';
import { i18n } from '$lib/i18n/i18n.svelte';
import { syncShippedDecks, type DeckLoadError } from './shipped-decks';
import { checkStorage, storageNotices } from './storage-health';

export type AppStatus = 'loading' | 'ready' | 'storage-error';

class AppState {
	#status = $state<AppStatus>('loading');
	#storageError = $state('');
	#deckErrors = $state<DeckLoadError[]>([]);
	#started: Promise<void> | null = null;

	get status(): AppStatus {
		return this.#status;
	}
	get storageError(): string {
		return this.#storageError;
	}
	get deckErrors(): DeckLoadError[] {
		return this.#deckErrors;
	}

	/** Resolves when the database is open and the shipped decks are installed. */
	start(): Promise<void> {
		this.#started ??= this.#start();
		return this.#started;
	}

	/** The database once the app has started; null when storage is unavailable. */
	async ready(): Promise<KartotekaDB | null> {
		await this.start();
		return this.#status === 'ready' ? getDb() : null;
	}

	retry(): Promise<void> {
		this.#started = null;
		this.#status = 'loading';
		return this.start();
	}

	get db(): KartotekaDB {
		return getDb();
	}

	#watching = false;

	/**
	 * The storage error, its description and strings loaded first (they stay out of the first
	 * page's JavaScript: features/storage-failure.ts).
	 */
	async #fail(e: unknown): Promise<void> {
		await import('./storage-failure').then(
			(m) => {
				this.#storageError = m.describeStorageError(e);
				i18n.register(m.storageMessages);
			},
			(err) => {
				this.#storageError = String(e);
				console.error('storage strings', err);
			}
		);
		this.#status = 'storage-error';
	}

	async #start(): Promise<void> {
		const db = getDb();
		// Another tab in the way (issue 9, item 9): said in a notice, whose code and strings load only
		// then. A blocked start carries on, and the notice goes, once the other tab lets go.
		if (!this.#watching)
			watchConnection(db, (what) => {
				void storageNotices().then((m) => m.tellConnection(what, this.start()));
			});
		this.#watching = true;
		try {
			// Sync (issue 14) records writes from the first one: its recorder, when sync is on.
			if (localStorage.getItem('kartoteka-sync'))
				await import('./sync/start').then((m) => m.beforeOpen(db), console.error);
			await db.open();
		} catch (e) {
			return this.#fail(e);
		}
		let hadDecks = false;
		try {
			hadDecks = (await db.decks.limit(1).count()) > 0;
			this.#deckErrors = await syncShippedDecks(db, new Date(), undefined, undefined, i18n.lang);
		} catch (e) {
			// A write that failed mid-way (quota) was rolled back: say what happened.
			return this.#fail(e);
		}
		this.#status = 'ready';
		// Decks without counters (the first start after schema v7) get them; until then their counts
		// come from the indexes. Not awaited: the decks show at once. A first visit leaves it to the
		// next start (features/deck-counters.ts).
		if (hadDecks)
			import('./deck-counters')
				.then((m) => m.ensureDeckCounters(db))
				.catch((e) => console.error('deck counters', e));
		// Pieces of a large import that a closed tab left staged (db/import-staging.ts): deleted in
		// the background; the code loads only when the table holds any.
		db.importPieces
			.limit(1)
			.count()
			.then(async (n) => {
				if (n) await (await import('$lib/db/import-staging')).dropAbandonedImports(db, new Date());
			})
			.catch((e) => console.error('staged imports', e));
		// A lost database, low room (issue 9, item 1). Not awaited: the decks show at once.
		checkStorage(db).catch((e) => console.error('storage checks', e));
	}
}

export const app = new AppState();
