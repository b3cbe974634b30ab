// Share links: a deck packed into the link (fflate loaded only when a link is made or opened).
import type { BundleResult } from '$lib/core/exchange/bundle';
import type { ShareLinkResult } from '$lib/core/exchange/share-link';
import { readDeckFiles } from '$lib/db/exchange-repo';
import { parseShareLink } from './parse-import';
import type { KartotekaDB } from '$lib/db';
import { t } from '$lib/i18n/i18n.svelte';

export async function createShareLink(
	db: KartotekaDB,
	deckId: string,
	origin: string
): Promise<ShareLinkResult & { title: string }> {
	const [[deck], { makeShareLink }] = await Promise.all([
		readDeckFiles(db, [deckId]),
		import('$lib/core/exchange/share-link')
	]);
	if (!deck) throw new Error(`no deck "${deckId}"`);
	if (!deck.cards.length) throw new Error(t('ex.emptyDeck'));
	return { ...makeShareLink(deck, `${origin}/share`), title: deck.title };
}

export function openShareLink(hash: string): Promise<BundleResult> {
	return parseShareLink(hash, new Date());
}

/** Copies text with the Clipboard API; false when the browser refuses (no permission, old browser). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
