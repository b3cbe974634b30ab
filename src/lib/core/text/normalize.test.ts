import { describe, expect, it } from 'vitest';
import { collapseSpaces, foldCase, transliterate } from './normalize';

describe('text normalisation', () => {
	it('folds case and ё, also a decomposed ё', () => {
		expect(foldCase('Семёнов')).toBe('семенов');
		expect(foldCase('Сем\u0435\u0308нов')).toBe('семенов');
		expect(foldCase('ЁЛКА')).toBe('елка');
	});
	it('collapses white space', () => {
		expect(collapseSpaces('  a \n\t b  ')).toBe('a b');
	});
	it('transliterates Russian letters and keeps the rest', () => {
		expect(transliterate('даты: рапалло 1922')).toBe('daty: rapallo 1922');
		expect(transliterate('щёчка')).toBe('shchechka');
	});
});
