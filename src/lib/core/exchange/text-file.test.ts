import { describe, expect, it } from 'vitest';
import { describeProblems } from '$lib/core/deck/validate';
import { readImportFile } from './import-file';
import { decodeImportFile } from './text-file';

const utf8 = (s: string) => new TextEncoder().encode(s);
const deckJson = JSON.stringify({
	format: 'kartoteka-deck',
	version: 1,
	id: 'd',
	title: 'Т',
	lang: 'ru',
	kind: 'custom',
	cards: [{ id: 'a', front: 'в', back: 'о' }]
});
const message = (r: ReturnType<typeof decodeImportFile> | ReturnType<typeof readImportFile>) => {
	if (r.ok) throw new Error('expected a rejection');
	return describeProblems(r.problems);
};

describe('imported files', () => {
	it('accepts UTF-8 with a BOM and tells JSON from CSV', () => {
		const r = decodeImportFile('deck.json', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(deckJson)]));
		expect(r.ok && r.text).toBe(deckJson);
		expect(r.ok && r.kind).toBe('json');
		const csv = decodeImportFile('deck.txt', utf8('#separator:tab\nа\tб'));
		expect(csv.ok && csv.kind).toBe('delimited');
	});

	it('rejects other encodings, binaries, wrong extensions, empty and huge files', () => {
		// "Вопрос" in Windows-1251.
		expect(
			message(decodeImportFile('d.csv', new Uint8Array([0xc2, 0xee, 0xef, 0xf0, 0xee, 0xf1])))
		).toMatch(/^the file is not UTF-8 text \(byte 1 is invalid\)/);
		expect(message(decodeImportFile('d.csv', new Uint8Array([0xff, 0xfe, 0x41, 0])))).toMatch(
			/UTF-16/
		);
		expect(message(decodeImportFile('d.json', new Uint8Array([0x50, 0x4b, 3, 4])))).toMatch(
			/zip archive/
		);
		expect(message(decodeImportFile('deck.apkg', utf8('x')))).toMatch(
			/^"deck.apkg" is not a deck file/
		);
		expect(message(decodeImportFile('notes.docx', utf8('x')))).toMatch(
			/expected \.json, \.csv, \.tsv, \.txt/
		);
		expect(message(decodeImportFile('d.csv', new Uint8Array()))).toBe('the file is empty');
		expect(message(decodeImportFile('d.csv', utf8(' \n ')))).toBe('the file is empty');
		expect(message(decodeImportFile('d.json', new Uint8Array(5 * 1024 * 1024 + 1)))).toBe(
			'the file is too large: 5.0 MB, at most 5.0 MB'
		);
	});

	it('reads a deck file and a CSV into bundles', () => {
		const json = readImportFile('deck.json', utf8(deckJson));
		expect(json.ok && json.bundle.decks[0].id).toBe('d');
		const csv = readImportFile('Рапалло.csv', utf8('вопрос,ответ\n'));
		expect(csv.ok && csv.bundle.decks[0].title).toBe('Рапалло');
	});
});
