import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../messages';
import { en, ru } from './anki-import';

describe('Anki import messages (loaded by the import page)', () => {
	it('Russian and English have the same keys and placeholders', () => {
		const ph = (s: string) =>
			[...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
		expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
		for (const key of Object.keys(ru) as (keyof typeof ru)[])
			expect(ph(en[key]), key).toEqual(ph(ru[key]));
	});
	it('do not clash with the always-loaded strings', () => {
		for (const key of Object.keys(ru)) expect(key in MESSAGES.ru, key).toBe(false);
	});
});
