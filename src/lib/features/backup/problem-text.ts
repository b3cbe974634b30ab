// A backup's problems (core/backup/parse.ts) in the user's language: which table and row, which
// field, what is wrong. The core names them with codes; this says them from the catalogue.
import type { BackupProblem } from '$lib/core/backup/parse';
import { t } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/messages';

/** The codes of rows.ts, said as a reason; an unknown code is shown as it is. */
const REASONS = new Set([
	'missing',
	'text',
	'empty',
	'number',
	'integer',
	'bit',
	'date',
	'object',
	'list',
	'queue',
	'state',
	'kind',
	'origin',
	'key',
	'id'
]);

const reason = (code = '') => (REASONS.has(code) ? t(`backup.why.${code}` as MessageKey) : code);

export function describeBackupProblem(p: BackupProblem): string {
	const table = p.table ? t(`backup.table.${p.table}` as MessageKey) : '';
	switch (p.code) {
		case 'json':
			return t('backup.problem.json', { detail: p.detail ?? '' });
		case 'notBackup':
			return t(p.detail ? 'backup.problem.notBackupDeck' : 'backup.problem.notBackup');
		case 'newer':
			return t('backup.problem.newer', { app: p.detail || '?', mine: __APP_VERSION__ });
		case 'head':
			return t('backup.problem.head', { field: p.field ?? '', why: reason(p.detail) });
		case 'missingTable':
			return t('backup.problem.missingTable', { table });
		case 'row':
			return t(p.field ? 'backup.problem.rowField' : 'backup.problem.row', {
				table,
				row: p.row ?? 0,
				field: p.field ?? '',
				why: reason(p.detail)
			});
		case 'duplicate':
			return t('backup.problem.duplicate', { table, row: p.row ?? 0, key: p.detail ?? '' });
		case 'count': {
			const [have, said] = (p.detail ?? '').split('/');
			return t('backup.problem.count', { table, have, said });
		}
	}
}
