// Settings → Sync and the automatic syncs (issue 14, part 3): the account, the state the page
// shows (syncing, waiting while offline, last synced, what failed) and one sync at a time. Loaded
// only once sync is on, or by the settings page's sync section.
import {
	takeSnapshot,
	forgetSync,
	lastSynced,
	markSynced,
	pendingCount,
	saveAccount,
	syncAccount,
	type SyncAccount
} from '$lib/db/sync-outbox';
import { ensureNode } from '$lib/db/sync-outbox';
import { app } from '../app.svelte';
import { serverBase, signIn, signOut, signUp, SyncRefused, SyncUnreachable } from './client';
import { runSync } from './run';
import { installNow, SYNC_FLAG } from './start';

export type SyncStatus = 'off' | 'idle' | 'syncing' | 'offline' | 'error';

/** What went wrong, as a message key suffix (sync.error.<code>). */
export type SyncProblem =
	| 'bad-server'
	| 'unreachable'
	| 'wrong-credentials'
	| 'name-taken'
	| 'short-passphrase'
	| 'too-many-attempts'
	| 'signed-out'
	| 'failed';

function problemOf(e: unknown): SyncProblem {
	if (e instanceof SyncUnreachable) return 'unreachable';
	if (e instanceof SyncRefused) {
		if (e.status === 401 && e.code === 'unauthorized') return 'signed-out';
		const known: SyncProblem[] = [
			'wrong-credentials',
			'name-taken',
			'short-passphrase',
			'too-many-attempts'
		];
		return known.includes(e.code as SyncProblem) ? (e.code as SyncProblem) : 'failed';
	}
	return 'failed';
}

/** How long a sync that found no network waits before it tries again. */
const RETRY_MS = 15_000;

const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

class SyncController {
	#account = $state<SyncAccount | null>(null);
	#status = $state<SyncStatus>('off');
	#problem = $state<SyncProblem | null>(null);
	#last = $state<number | undefined>(undefined);
	#pending = $state(0);
	#running: Promise<void> | null = null;
	#loaded: Promise<void> | null = null;
	#waiting = false;

	get account() {
		return this.#account;
	}
	get status() {
		return this.#status;
	}
	get problem() {
		return this.#problem;
	}
	get lastSynced() {
		return this.#last;
	}
	get pending() {
		return this.#pending;
	}

	/** Reads the account and the last sync (once). */
	load(): Promise<void> {
		this.#loaded ??= (async () => {
			const db = await app.ready();
			if (!db) return;
			this.#account = (await syncAccount(db)) ?? null;
			this.#last = await lastSynced(db);
			this.#pending = await pendingCount(db);
			this.#status = this.#account ? (online() ? 'idle' : 'offline') : 'off';
		})();
		return this.#loaded;
	}

	/** At start-up: sync once the app is ready (or when the network comes back). */
	async whenReady(): Promise<void> {
		await this.load();
		if (this.#account) await this.syncNow();
	}

	/** Signs up or in, turns sync on, and syncs. Returns the problem, or null. */
	async connect(
		mode: 'signup' | 'signin',
		server: string,
		name: string,
		passphrase: string
	): Promise<SyncProblem | null> {
		const base = serverBase(server);
		if (!base) return (this.#problem = 'bad-server');
		try {
			const { token } = await (mode === 'signup' ? signUp : signIn)(base, name, passphrase);
			const db = app.db;
			await ensureNode(db);
			await installNow(db);
			const previous = await syncAccount(db);
			// Another account (or server) than before: this device starts its sync afresh.
			if (previous && (previous.server !== base || previous.name !== name.trim().toLowerCase()))
				await forgetSync(db);
			const account = { server: base, name: name.trim().toLowerCase(), token };
			await saveAccount(db, account);
			await takeSnapshot(db, () => Date.now());
			this.#account = account;
			this.#problem = null;
			this.#status = 'idle';
			await this.syncNow();
			return this.#problem;
		} catch (e) {
			return (this.#problem = problemOf(e));
		}
	}

	/** Stops syncing on this device (the collection stays; the server keeps the account). */
	async disconnect(): Promise<void> {
		const account = this.#account;
		const db = app.db;
		localStorage.removeItem(SYNC_FLAG);
		if (account) await signOut(account.server, account.token).catch(() => {});
		await forgetSync(db);
		this.#account = null;
		this.#status = 'off';
		this.#problem = null;
		this.#last = undefined;
	}

	/** Syncs now (after study, at start, on the button); offline it waits for the network. */
	syncNow(): Promise<void> {
		this.#running ??= this.#sync().finally(() => (this.#running = null));
		return this.#running;
	}

	async #sync(): Promise<void> {
		const account = this.#account;
		if (!account) return;
		const db = app.db;
		if (!online()) return this.#waitForNetwork();
		this.#status = 'syncing';
		try {
			await runSync(db, account, () => new Date());
			const now = Date.now();
			await markSynced(db, now);
			this.#last = now;
			this.#problem = null;
			this.#status = 'idle';
		} catch (e) {
			this.#problem = problemOf(e);
			if (this.#problem === 'unreachable') return this.#waitForNetwork();
			this.#status = 'error';
		} finally {
			this.#pending = await pendingCount(db);
		}
	}

	/**
	 * Offline (or the server out of reach): says so, and tries again when the browser says it is
	 * back online, and every RETRY_MS meanwhile (the event does not always come, and "online"
	 * does not mean the server answers).
	 */
	#waitForNetwork(): void {
		this.#status = 'offline';
		if (this.#waiting || typeof window === 'undefined') return;
		this.#waiting = true;
		const again = () => {
			if (!this.#waiting) return;
			this.#waiting = false;
			window.removeEventListener('online', again);
			clearTimeout(timer);
			void this.syncNow();
		};
		window.addEventListener('online', again);
		const timer = setTimeout(again, RETRY_MS);
	}

	/** After a write the page made (a study session's end): count what waits, sync. */
	async afterStudy(): Promise<void> {
		await this.load();
		if (this.#account) await this.syncNow();
	}
}

export const sync = new SyncController();
