// A deck inside a link, no server: /share#d=<base64url(deflate(JSON))>. The fragment never
// leaves the browser (it is not sent in requests), so the deck stays between the people sharing it.
import { deflateSync, Inflate, strToU8 } from 'fflate';
import type { DeckFile } from '$lib/core/deck/types';
import { parseBundleJson, type BundleResult } from './bundle';
import { MAX_IMPORT_BYTES, MAX_SHARE_LINK } from './limits';
import { decodeUtf8 } from '$lib/core/text/utf8';

export const SHARE_PARAM = 'd';

export function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const bin = atob(
			text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)
		);
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}

export type ShareLinkResult = { ok: true; url: string } | { ok: false; length: number };

/** The share link for a deck at `base` (e.g. "https://host/share"), or its length when too long. */
export function makeShareLink(deck: DeckFile, base: string): ShareLinkResult {
	const packed = toBase64Url(deflateSync(strToU8(JSON.stringify(deck)), { level: 9 }));
	const url = `${base}#${SHARE_PARAM}=${packed}`;
	return url.length <= MAX_SHARE_LINK ? { ok: true, url } : { ok: false, length: url.length };
}

/** Reads a link's fragment ("#d=…"): the deck, validated as an imported file would be. */
export function readShareFragment(hash: string, now?: Date): BundleResult {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const packed = params.get(SHARE_PARAM);
	const fail = (message: string): BundleResult => ({
		ok: false,
		problems: [{ field: '', message }]
	});
	if (!packed) return fail('the link holds no deck (nothing after "#d=")');
	const bytes = fromBase64Url(packed);
	if (!bytes) return fail('the link is damaged: it has characters a share link never has');
	const raw = inflateLimited(bytes, MAX_IMPORT_BYTES);
	if (raw === 'too-large') return fail('the link holds more data than a deck can');
	if (!raw)
		return fail('the link is damaged or cut short: it cannot be unpacked (copy the whole link)');
	const text = decodeUtf8(raw);
	if (text === null) return fail('the link is damaged: its content is not text');
	return parseBundleJson(text, now);
}

/** Inflates at most `limit` bytes: a few kilobytes of link must not unpack into gigabytes. */
function inflateLimited(bytes: Uint8Array, limit: number): Uint8Array | 'too-large' | null {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let done = false;
	const TOO_LARGE = new Error('too large');
	const inflate = new Inflate((chunk, final) => {
		size += chunk.length;
		if (size > limit) throw TOO_LARGE;
		chunks.push(chunk);
		done ||= final;
	});
	try {
		inflate.push(bytes, true);
	} catch (e) {
		return e === TOO_LARGE ? 'too-large' : null;
	}
	if (!done) return null;
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
