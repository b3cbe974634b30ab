import { describe, expect, it } from 'vitest';
import { fileBase, MAX_FILE_BASE } from './file-name';

describe('export file names', () => {
	it('bug: files were named like u-mx4fdyhu-tdpmo.json; they take the deck’s title', () => {
		expect(fileBase('Рапалло 1922', 'u-mx4fdyhu-tdpmo')).toBe('Рапалло 1922');
		expect(fileBase('Даты: Рапалло / Генуя?', 'x')).toBe('Даты - Рапалло Генуя');
		expect(fileBase('  <b>"x"</b>.  ', 'x')).toBe('b x b');
		expect(fileBase('***', 'fallback-id')).toBe('fallback-id');
	});
	it('cuts a long title at a word', () => {
		const long =
			'Даты: Советско-германские военно-политические отношения (1920 – 1923 гг.) и ещё много слов';
		const base = fileBase(long, 'x');
		expect(base.length).toBeLessThanOrEqual(MAX_FILE_BASE);
		expect(long.replace(':', ' -').startsWith(base)).toBe(true);
		expect(base).not.toMatch(/[\s–-]$/);
	});
});
