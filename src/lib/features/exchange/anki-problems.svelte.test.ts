// (A DOM test: the interface language lives on the document.) An Anki package's problems in the user's language.
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { strToU8, zipSync } from 'fflate';
import { readApkg } from '$lib/core/exchange/apkg-import';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as ankiMessages from '$lib/i18n/messages/anki-import';
import * as exchangeMessages from '$lib/i18n/messages/exchange';
import { describeImportProblems } from './problem-text';

i18n.register(exchangeMessages);
i18n.register(ankiMessages);
// The zip is checked before SQLite is needed.
const noSql = {} as SqlJsStatic;
const problemsOf = (bytes: Uint8Array) => {
	const r = readApkg(noSql, bytes, new Date());
	if (r.ok) throw new Error('expected a refusal');
	return r.problems;
};

describe('Anki package problems and preview in the user’s language', () => {
	afterEach(() => {
		i18n.lang = 'en';
	});

	it('a damaged zip and a zip without a collection, said in Russian', () => {
		i18n.lang = 'ru';
		expect(describeImportProblems(problemsOf(strToU8('PK\x03\x04 broken')))).toBe(
			'пакет Anki повреждён: это не читаемый zip-архив'
		);
		expect(describeImportProblems(problemsOf(zipSync({ 'notes.txt': strToU8('x') })))).toBe(
			'в пакете Anki нет коллекции (collection.anki21b, collection.anki21 или collection.anki2)'
		);
	});
});
