import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { describeProblems } from '$lib/core/deck/validate';
import { MAX_SHARE_LINK } from './limits';
import { fromBase64Url, makeShareLink, readShareFragment, toBase64Url } from './share-link';

const deck = (n: number): DeckFile => ({
	format: 'kartoteka-deck',
	version: 1,
	id: 'share.test',
	title: 'Рапалло',
	lang: 'ru',
	kind: 'custom',
	cards: Array.from({ length: n }, (_, i) => ({
		id: `c${i}`,
		front: `Вопрос ${i}: когда подписан договор №${i * 7919}?`,
		back: `${1900 + (i % 100)} год, ${i} апреля`
	}))
});
const message = (r: ReturnType<typeof readShareFragment>) => {
	if (r.ok) throw new Error('expected a rejection');
	return describeProblems(r.problems);
};

describe('share links', () => {
	it('round-trips a deck through the link', () => {
		const link = makeShareLink(deck(30), 'https://example.org/share');
		if (!link.ok) throw new Error('too long');
		expect(link.url).toMatch(/^https:\/\/example\.org\/share#d=[A-Za-z0-9_-]+$/);
		const r = readShareFragment(new URL(link.url).hash);
		expect(r.ok && r.bundle.decks[0]).toEqual(deck(30));
	});

	it('says when a deck is too large for a link', () => {
		const link = makeShareLink(deck(3000), 'https://example.org/share');
		expect(link.ok).toBe(false);
		expect(!link.ok && link.length).toBeGreaterThan(MAX_SHARE_LINK);
	});

	it('base64url round-trips every byte', () => {
		const bytes = new Uint8Array(256).map((_, i) => i);
		expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
	});

	it('a damaged, cut or empty link gets a clear message', () => {
		const link = makeShareLink(deck(5), 'https://x/share');
		if (!link.ok) throw new Error('too long');
		const hash = new URL(link.url).hash;
		expect(message(readShareFragment(''))).toMatch(/holds no deck/);
		expect(message(readShareFragment('#d=abc$%'))).toMatch(/damaged/);
		expect(message(readShareFragment(hash.slice(0, hash.length - 20)))).toMatch(
			/damaged or cut short/
		);
		// Valid compression of something that is not a deck: validated like any file.
		expect(
			message(readShareFragment('#d=' + toBase64Url(deflateSync(strToU8('{"format":"x"}')))))
		).toMatch(/^format:/);
	});

	it('a link that unpacks into more than a deck can hold is refused', () => {
		const bomb = toBase64Url(deflateSync(new Uint8Array(6 * 1024 * 1024)));
		expect(message(readShareFragment('#d=' + bomb))).toMatch(/more data than a deck/);
	});
});
