import { describe, expect, it } from 'vitest';
import { format, pickLang, type MessageArea } from './messages';

const areas = import.meta.glob<MessageArea>('./messages/*.ts', { eager: true });

describe('messages', () => {
	const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

	it('every area has the same keys and placeholders in Russian and English', () => {
		expect(Object.keys(areas).length).toBeGreaterThan(3);
		for (const [file, area] of Object.entries(areas)) {
			if (!area.ru) continue; // not an area (e.g. a test file)
			expect(Object.keys(area.en).sort(), file).toEqual(Object.keys(area.ru).sort());
			for (const key of Object.keys(area.ru)) {
				expect(area.en[key], `${file} ${key}`).toBeTruthy();
				expect(ph(area.en[key]), `${file} ${key}`).toEqual(ph(area.ru[key]));
			}
		}
	});

	it('no key is defined by two areas', () => {
		const seen = new Map<string, string>();
		for (const [file, area] of Object.entries(areas)) {
			for (const key of Object.keys(area.ru ?? {})) {
				expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
				seen.set(key, file);
			}
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
