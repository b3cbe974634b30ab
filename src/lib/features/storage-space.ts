// Refusing a large write that would not fit (issue 9, item 1): imports, restores, generated decks.
// Chromium discards the whole origin's database when the disk fills mid-write, so the check comes
// before the transaction, with a margin (core/storage/space.ts).
import { bytesToWrite, checkSpace, formatBytes } from '$lib/core/storage/room';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import * as storageMessages from '$lib/i18n/messages/storage';
import { estimateSpace, warnIfLowOnSpace } from './storage-notices';

export class NoSpaceError extends Error {
	constructor(
		readonly needed: number,
		readonly free: number
	) {
		i18n.register(storageMessages);
		super(
			t('space.noRoom', {
				needed: formatBytes(needed, i18n.lang),
				free: formatBytes(free, i18n.lang)
			})
		);
		this.name = 'NoSpaceError';
	}
}

/**
 * Throws NoSpaceError when `chars` characters of JSON would not fit with the reserve; otherwise
 * warns if the room is getting low. `estimate` is for tests.
 */
export async function ensureSpace(chars: number, estimate = estimateSpace): Promise<void> {
	const e = await estimate();
	const verdict = checkSpace(e, bytesToWrite(chars));
	if (!verdict.ok) throw new NoSpaceError(verdict.needed, verdict.free);
	warnIfLowOnSpace(e);
}
