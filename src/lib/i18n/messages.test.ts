import { describe, expect, it } from 'vitest';
import { format, pickLang, type MessageArea } from './messages';

const areas = import.meta.glob<MessageArea>('./messages/*.ts', { eager: true });

describe('messages', () => {
	const ph = (s: string) =>
		[...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

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

	it('every plural gives the forms its language needs (ru: one, few, many, other; en: one, other)', () => {
		const need = { ru: ['few', 'many', 'one', 'other'], en: ['one', 'other'] } as const;
		for (const [file, area] of Object.entries(areas)) {
			if (!area.ru) continue;
			for (const lang of ['ru', 'en'] as const)
				for (const [key, text] of Object.entries(area[lang]))
					for (const m of text.matchAll(/\{\w+, plural, ((?:\w+ \{[^{}]*\} ?)+)\}/g)) {
						const forms = [...m[1].matchAll(/(\w+) \{/g)].map((f) => f[1]).sort();
						expect(forms, `${file} ${lang} ${key}`).toEqual(need[lang]);
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

	it('bug: "1 карточек", "Imported 1 decks": counts take the plural form of their language', () => {
		const ru =
			'{n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}}';
		expect([1, 2, 5, 11, 21, 22, 25, 0, 1.5].map((n) => format(ru, { n }, 'ru'))).toEqual([
			'1 карточка',
			'2 карточки',
			'5 карточек',
			'11 карточек',
			'21 карточка',
			'22 карточки',
			'25 карточек',
			'0 карточек',
			'1.5 карточки'
		]);
		const en = 'Imported {n, plural, one {# deck} other {# decks}}, {c} left';
		expect(format(en, { n: 1, c: 'x' }, 'en')).toBe('Imported 1 deck, x left');
		expect(format(en, { n: 3, c: 'x' }, 'en')).toBe('Imported 3 decks, x left');
		// A form the language lacks falls back to "other".
		expect(format('{n, plural, other {# cards}}', { n: 1 }, 'ru')).toBe('1 cards');
	});

	it('formats placeholders', () => {
		expect(format('{n} cards', { n: 3 })).toBe('3 cards');
		expect(format('{x} stays', {})).toBe('{x} stays');
	});
});
