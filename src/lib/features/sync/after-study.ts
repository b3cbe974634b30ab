// The study page calls this when a session ends: a sync, when sync is on (its code loads then).
import { SYNC_FLAG } from './start';

export function syncAfterStudy(): void {
	if (typeof localStorage === 'undefined' || !localStorage.getItem(SYNC_FLAG)) return;
	void import('./sync.svelte').then((m) => m.sync.afterStudy());
}
