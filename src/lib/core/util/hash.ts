// FNV-1a, 32 bits: a short, stable, non-cryptographic hash for ids and seeds (over UTF-16 code
// units, so the same string hashes the same in Node and in every browser). Not for security.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash as an unsigned 32-bit number; `seed` replaces the standard offset basis. */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, FNV_PRIME) >>> 0;
	}
	return h;
}

/** SHA-256 of the text's UTF-8 bytes as 64 hex digits: the `sha256` of a deck's article. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash as 8 hex digits, e.g. for the tail of an id. */
export function fnv1aHex(text: string): string {
	return fnv1a(text).toString(16).padStart(8, '0');
}
