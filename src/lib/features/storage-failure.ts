// What the app says when its storage fails at start: loaded only then, with the strings, so that
// none of it is first-page JavaScript (moved out of app.svelte.ts to make room for sync's hook).
import * as storageMessages from '$lib/i18n/messages/storage';

export { storageMessages };

export function describeStorageError(e: unknown): string {
	const err = e as { name?: string; inner?: { name?: string }; message?: string };
	const name = err?.inner?.name ?? err?.name ?? '';
	if (/Quota/i.test(name)) return 'QuotaExceededError: the device is out of space for this site';
	if (/MissingAPI|InvalidState|Security/i.test(name))
		return `${name}: IndexedDB is unavailable (private browsing or blocked site data)`;
	return err?.message ? `${name || 'Error'}: ${err.message}` : String(e);
}
