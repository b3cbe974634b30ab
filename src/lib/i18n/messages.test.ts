import { describe, expect, it } from 'vitest';
import { format, MESSAGES, pickLang } from './messages';

describe('messages', () => {
	it('Russian and English have the same keys and placeholders', () => {
		const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(MESSAGES.ru) as (keyof typeof MESSAGES.ru)[]) {
			expect(MESSAGES.en[key], key).toBeTruthy();
			expect(ph(MESSAGES.en[key]), key).toEqual(ph(MESSAGES.ru[key]));
		}
	});
	it('picks the browser language when spoken, else English', () => {
		expect(pickLang(['ru-RU', 'en'])).toBe('ru');
		expect(pickLang(['de-DE', 'en-US'])).toBe('en');
		expect(pickLang(['uk'])).toBe('en');
	});
	it('formats placeholders', () => {
		expect(format('{n} cards', { n: 3 })).toBe('3 cards');
		expect(format('{x} stays', {})).toBe('{x} stays');
	});
});
