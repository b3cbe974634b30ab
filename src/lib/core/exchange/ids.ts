// Ids for imported decks and cards, and the Anki note guid of a card. Card ids must stay stable
// across exports and imports (they are the identity that keeps progress), so every mapping here is
// deterministic and reversible where it can be.

import { transliterate } from '../text/normalize';
import { decodeUtf8 } from '../text/utf8';
import { fnv1aHex } from '../util/hash';

const CARD_ID = /^[\w.:-]{1,200}$/;
const DECK_ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** A short stable hash for ids (FNV-1a, 8 hex digits), not for security. */
export const shortHash = fnv1aHex;

/** A deck id (slug) from a deck's name: "Даты: Рапалло" → "daty-rapallo". */
export function slugify(name: string): string {
	const slug = transliterate(name.toLowerCase())
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || `deck-${shortHash(name)}`;
}

export const isDeckId = (id: string) => DECK_ID.test(id);
export const isCardId = (id: string) => CARD_ID.test(id);

const toHex = (s: string) =>
	[...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): string | null {
	if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return decodeUtf8(bytes);
}

/**
 * The Anki note guid of a card: unique across decks (Anki has one namespace). Card ids made by
 * the generator already start with their deck's id ("deck:hash"); others get "deck/" in front.
 */
export function guidOf(deckId: string, cardId: string): string {
	if (cardId.startsWith('anki.')) {
		const original = fromHex(cardId.slice(5));
		if (original !== null) return original;
	}
	return cardId.startsWith(`${deckId}:`) ? cardId : `${deckId}/${cardId}`;
}

/** The card id for a guid read back: the inverse of guidOf; Anki's own guids are hex-encoded. */
export function cardIdFromGuid(deckId: string, guid: string): string {
	const own = guid.startsWith(`${deckId}/`) ? guid.slice(deckId.length + 1) : guid;
	if (isCardId(own) && !own.startsWith('anki.')) return own;
	return `anki.${toHex(guid)}`;
}

/** The deck id a guid made by guidOf names ("deck/c1", "deck:hash"), if any. */
export function deckIdOfGuid(guid: string): string | null {
	const slash = guid.indexOf('/');
	const prefix =
		slash > 0
			? guid.slice(0, slash)
			: guid.includes(':')
				? guid.slice(0, guid.lastIndexOf(':'))
				: '';
	return prefix && isDeckId(prefix) ? prefix : null;
}
