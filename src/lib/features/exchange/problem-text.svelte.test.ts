// (A DOM test: the interface language lives on the document.)
import { afterEach, describe, expect, it } from 'vitest';
import { parseDeckJson } from '$lib/core/deck/validate';
import { readShareFragment } from '$lib/core/exchange/share-link';
import { decodeImportFile, tooLargeToImport } from '$lib/core/exchange/text-file';
import { parseJsonText } from '$lib/core/exchange/json-text';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as exchangeMessages from '$lib/i18n/messages/exchange';
import { describeImportProblems } from './problem-text';

i18n.register(exchangeMessages);
const problemsOf = (r: { ok: boolean; problems?: { field: string; message: string }[] }) => {
	if (r.ok || !r.problems) throw new Error('expected a refusal');
	return r.problems;
};

describe('import problems in the user’s language', () => {
	afterEach(() => {
		i18n.lang = 'en';
	});

	it('bug: the Russian interface said "not valid JSON at line 3…", "the file is too large…"', () => {
		i18n.lang = 'ru';
		const json = parseJsonText('{\n"a": 1,\n oops\n}');
		expect(json.ok).toBe(false);
		const jsonText = describeImportProblems([
			{ field: '', message: (json as { message: string }).message }
		]);
		expect(jsonText).toMatch(/^это не JSON: ошибка в строке 3/);
		expect(describeImportProblems(problemsOf(tooLargeToImport(6 * 1024 * 1024)!))).toBe(
			'файл слишком большой: 6,0 МБ, можно не больше 5,0 МБ'
		);
		const win1251 = decodeImportFile('deck.csv', new Uint8Array([0xc0, 0xe1, 0x2c, 0x61]));
		expect(describeImportProblems(problemsOf(win1251))).toMatch(/^файл не в кодировке UTF-8/);
		expect(describeImportProblems(problemsOf(readShareFragment('#d=%%%')))).toMatch(
			/^ссылка повреждена/
		);
		const bad = parseDeckJson(
			JSON.stringify({
				format: 'kartoteka-deck',
				version: 1,
				id: 'a',
				title: '',
				lang: 'ru',
				kind: 'custom',
				cards: [{ id: 'x', front: '<b>x</b>', back: 'y' }]
			})
		);
		const text = describeImportProblems(problemsOf(bad));
		expect(text).toContain('title: не должно быть пустым');
		expect(text).toContain('карточка 1, front: содержит HTML-разметку');
		expect(text).not.toMatch(/must|markup|line \d/);
	});

	it('English stays as the core says it', () => {
		const p = problemsOf(tooLargeToImport(6 * 1024 * 1024)!);
		expect(describeImportProblems(p)).toBe('the file is too large: 6.0 MB, at most 5.0 MB');
	});
});
