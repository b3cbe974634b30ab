// Service worker registration and the update prompt (workbox-window). A new version waits
// until the student chooses to reload: the app never reloads itself in the middle of a review.
import type { Workbox } from 'workbox-window';
import { t } from '$lib/i18n/i18n.svelte';
import { handleError } from './errors.svelte';

class PwaUpdate {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#wb: Workbox | null = null;

	get needRefresh(): boolean {
		return this.#needRefresh;
	}
	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
		// A first visit has no version to update yet: register without workbox-window (2 KB of
		// the first page's budget). Any later start finds the registration and takes the update
		// flow below, where a new version can wait.
		if (!(await navigator.serviceWorker.getRegistration('/'))) return this.#registerFirst();
		// Loaded after the first paint: it is not needed to show the decks.
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/sw.js', { scope: '/' });
		this.#wb = wb;
		wb.addEventListener('waiting', () => (this.#needRefresh = true));
		wb.addEventListener('installed', (e) => {
			if (!e.isUpdate) this.#offlineReady = true;
		});
		try {
			await wb.register();
		} catch (e) {
			handleError(e, t('update.swFailed'));
		}
	}

	async #registerFirst(): Promise<void> {
		try {
			const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') this.#offlineReady = true;
			});
		} catch (e) {
			handleError(e, t('update.swFailed'));
		}
	}

	/** Checks the server for a new version (also done by the browser on navigation). */
	async check(): Promise<void> {
		if (this.#wb) await this.#wb.update();
		else await (await navigator.serviceWorker?.getRegistration('/'))?.update();
	}

	/** Activates the waiting version and reloads once it controls the page. */
	reload(): void {
		const wb = this.#wb;
		if (!wb) return;
		wb.addEventListener('controlling', () => window.location.reload());
		wb.messageSkipWaiting();
	}

	dismiss(): void {
		this.#needRefresh = false;
	}

	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}
}

export const pwaUpdate = new PwaUpdate();
