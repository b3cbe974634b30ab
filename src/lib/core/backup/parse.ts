// Reading a backup file: everything is checked before anything is written, so a restore either
// takes the whole file or refuses it with what is wrong. Problems carry codes and places (table,
// row, field); the page says them in the user's language.
import * as v from 'valibot';
import { issueProblem } from '$lib/core/deck/validate';
import { parseJsonText } from '$lib/core/exchange/json-text';
import {
	BACKUP_FORMAT,
	BACKUP_TABLES,
	BACKUP_VERSION,
	type Backup,
	type BackupHead,
	type BackupRow,
	type BackupRows,
	type BackupTable
} from './format';
import { PRIMARY_KEYS, reviveDates, ROW_SCHEMAS } from './rows';

export type BackupProblemCode =
	/** Not JSON at all; `detail` says where. */
	| 'json'
	/** JSON, but not a backup; `detail`: what it is instead ('deck', 'bundle') or ''. */
	| 'notBackup'
	/** Written by a newer app (format version or database schema); `detail`: its app version. */
	| 'newer'
	/** The file's opening (format, dates, counts) is damaged; `field` names the part. */
	| 'head'
	/** A table is not in the file. */
	| 'missingTable'
	/** A row of `table`, number `row` (from 1), is wrong in `field`: `detail` is why. */
	| 'row'
	/** Two rows of `table` have one key (`detail`). */
	| 'duplicate'
	/** The table has another number of rows than the file's opening says: cut short or edited. */
	| 'count';

export interface BackupProblem {
	code: BackupProblemCode;
	table?: BackupTable;
	/** 1-based row number within its table. */
	row?: number;
	field?: string;
	detail?: string;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

/** At most this many problems are named: a file broken everywhere needs no list of thousands. */
const MAX_PROBLEMS = 20;

const headSchema = v.object({
	version: v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'number')),
	schema: v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'number')),
	createdAt: v.pipe(
		v.string('date'),
		v.check((s) => !Number.isNaN(Date.parse(s)), 'date')
	),
	app: v.string('text'),
	counts: v.object(
		Object.fromEntries(
			BACKUP_TABLES.map((t) => [t, v.pipe(v.number('number'), v.integer('integer'))])
		) as unknown as Record<BackupTable, v.GenericSchema<number>>,
		'object'
	)
});

/**
 * Parses and checks a backup. `schema` is this app's database version: a file of a later one
 * (or of a later format version) was written by a newer app and is refused with that said.
 */
export function parseBackup(text: string, schema: number): BackupResult {
	const json = parseJsonText(text);
	if (!json.ok) return fail({ code: 'json', detail: json.message });
	const data = json.value as Record<string, unknown>;
	if (!data || typeof data !== 'object' || data.format !== BACKUP_FORMAT) {
		const format = (data as { format?: unknown } | null)?.format;
		const kind =
			format === 'kartoteka-deck' ? 'deck' : format === 'kartoteka-bundle' ? 'bundle' : '';
		return fail({ code: 'notBackup', detail: kind });
	}
	const newer =
		(typeof data.version === 'number' && data.version > BACKUP_VERSION) ||
		(typeof data.schema === 'number' && data.schema > schema);
	if (newer) return fail({ code: 'newer', detail: typeof data.app === 'string' ? data.app : '' });
	const head = v.safeParse(headSchema, data);
	if (!head.success) {
		const issue = head.issues[0];
		return fail({ code: 'head', field: pathOf(issue), detail: reason(issue) });
	}
	const problems: BackupProblem[] = [];
	const rows = {} as BackupRows;
	for (const table of BACKUP_TABLES) {
		const list = data[table];
		if (!Array.isArray(list)) {
			problems.push({ code: 'missingTable', table });
			continue;
		}
		checkTable(table, list as unknown[], problems);
		if (list.length !== head.output.counts[table])
			problems.push({
				code: 'count',
				table,
				detail: `${list.length}/${head.output.counts[table]}`
			});
		rows[table] = list as BackupRow[];
		if (problems.length >= MAX_PROBLEMS) break;
	}
	if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
	for (const table of BACKUP_TABLES) for (const row of rows[table]) reviveDates(table, row);
	return { ok: true, backup: { head: data as unknown as BackupHead, rows } };
}

function checkTable(table: BackupTable, list: unknown[], problems: BackupProblem[]): void {
	const schema = ROW_SCHEMAS[table];
	const key = PRIMARY_KEYS[table];
	const seen = new Set<unknown>();
	for (let i = 0; i < list.length && problems.length < MAX_PROBLEMS; i++) {
		const parsed = v.safeParse(schema, list[i], { abortPipeEarly: true });
		if (!parsed.success) {
			const issue = parsed.issues[0];
			problems.push({
				code: 'row',
				table,
				row: i + 1,
				field: pathOf(issue),
				detail: reason(issue)
			});
			continue;
		}
		const id = (list[i] as BackupRow)[key];
		if (seen.has(id)) problems.push({ code: 'duplicate', table, row: i + 1, detail: String(id) });
		seen.add(id);
	}
}

const fail = (problem: BackupProblem): BackupResult => ({ ok: false, problems: [problem] });

/** "card.due", "tags[2]": where in the row the issue is ("" for the row itself), as decks name it. */
const pathOf = (issue: v.BaseIssue<unknown>) => issueProblem(issue).field;

/** The schema's code for what is wrong ('missing' for an absent field). */
const reason = (issue: v.BaseIssue<unknown>) =>
	issue.kind === 'schema' && issue.received === 'undefined' ? 'missing' : issue.message;
