import { describe, expect, it } from 'vitest';
import { cardIdFromGuid, deckIdOfGuid, guidOf, slugify } from './ids';
import { sha1Hex } from './sha1';
import { expandCloze } from './cloze';
import { htmlToText } from './html-text';

describe('ids', () => {
	it('guids and card ids map both ways', () => {
		for (const [deck, card] of [
			['d', 'c1'],
			['d', 'd:abc'],
			['d', 'anki.662b334b234071']
		]) {
			expect(cardIdFromGuid(deck, guidOf(deck, card))).toBe(card);
		}
		expect(guidOf('d', 'c1')).toBe('d/c1');
		expect(guidOf('d', 'd:abc')).toBe('d:abc');
		expect(cardIdFromGuid('d', 'f+3K#@Tq')).toMatch(/^anki\./);
		expect(guidOf('d', cardIdFromGuid('d', 'f+3K#@Tq'))).toBe('f+3K#@Tq');
		expect(deckIdOfGuid('soviet.dates:239e772d')).toBe('soviet.dates');
		expect(deckIdOfGuid('my-deck/c1')).toBe('my-deck');
		expect(deckIdOfGuid('f+3K#@Tq')).toBeNull();
	});
	it('slugs from Russian names', () => {
		expect(slugify('Даты: Рапалло, 1922')).toBe('daty-rapallo-1922');
		expect(slugify('！！')).toMatch(/^deck-[0-9a-f]{8}$/);
	});
	it('sha1 matches known digests', () => {
		expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
		expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
		expect(sha1Hex('Чичерин'.repeat(20))).toHaveLength(40);
	});
	it('cloze and HTML helpers', () => {
		expect(expandCloze('no gaps')).toEqual([]);
		expect(htmlToText('<div>a</div><div>b&#x41;&#66;</div>')).toEqual({ ok: true, text: 'a\nbAB' });
		expect(htmlToText('<span onclick="x()">a</span>').ok).toBe(false);
		expect(htmlToText('<a href="javascript:x">a</a>').ok).toBe(false);
	});
});
