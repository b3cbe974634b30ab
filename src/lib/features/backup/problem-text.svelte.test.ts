// A refused backup says, in the user's language, which table and row and what is wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as backupMessages from '$lib/i18n/messages/backup';
import { describeBackupProblem } from './problem-text';

describe('describeBackupProblem', () => {
	afterEach(() => (i18n.lang = 'en'));
	i18n.register(backupMessages);

	it('names the table, row, field and reason in Russian and English', () => {
		const p = { code: 'row', table: 'cards', row: 2, field: 'front', detail: 'text' } as const;
		i18n.lang = 'ru';
		expect(describeBackupProblem(p)).toBe('Карточки, запись 2, поле «front»: ожидался текст');
		i18n.lang = 'en';
		expect(describeBackupProblem(p)).toBe('Cards, row 2, field “front”: expected text');
	});

	it('says which newer version made the file', () => {
		i18n.lang = 'ru';
		const text = describeBackupProblem({ code: 'newer', detail: '0.9.0' });
		expect(text).toContain('0.9.0');
		expect(text).toContain('более новая версия');
	});

	it('sends a deck export to the import page', () => {
		i18n.lang = 'en';
		expect(describeBackupProblem({ code: 'notBackup', detail: 'bundle' })).toMatch(
			/Import and export/
		);
	});
});
