// Rows merged field by field, last writer wins by HLC stamp (hlc.ts). A row's merged state keeps,
// per field, the value with the greatest stamp; a delete is the tombstone field `$deleted`. A
// tombstone beats every edit stamped before it and loses to one stamped after it (an edit made
// after the delete, on a device that had not seen it, brings the row back). Applying a change is
// a per-field max, so any order and any repetition of the same changes gives the same row.
import type { RowChange } from './events';

export interface Stamped {
	value: unknown;
	hlc: string;
}

export interface MergedRow {
	fields: Record<string, Stamped>;
	/** The newest tombstone's stamp. */
	deleted?: string;
}

export const emptyRow = (): MergedRow => ({ fields: {} });

/** The row with one change applied (a new object; `row` is not changed). */
export function applyChange(
	row: MergedRow,
	change: Pick<RowChange, 'fields' | 'deleted' | 'hlc'>
): MergedRow {
	let out = row;
	if (change.deleted && (row.deleted === undefined || change.hlc > row.deleted))
		out = { ...out, deleted: change.hlc };
	for (const [field, value] of Object.entries(change.fields)) {
		const known = out.fields[field];
		// Equal stamps are the same change (a stamp names one device's one write).
		if (known && known.hlc >= change.hlc) continue;
		out = { ...out, fields: { ...out.fields, [field]: { value, hlc: change.hlc } } };
	}
	return out;
}

export function mergeChanges(
	row: MergedRow,
	changes: readonly Pick<RowChange, 'fields' | 'deleted' | 'hlc'>[]
): MergedRow {
	return changes.reduce(applyChange, row);
}

/** Whether the row exists after the merge: no tombstone, or an edit stamped after it. */
export function isLive(row: MergedRow): boolean {
	if (row.deleted === undefined) return true;
	return Object.values(row.fields).some((f) => f.hlc > row.deleted!);
}

/** The row's field values (without stamps). */
export function valuesOf(row: MergedRow): Record<string, unknown> {
	return Object.fromEntries(Object.entries(row.fields).map(([k, f]) => [k, f.value]));
}

/** The fields of `change` that win over the merged row (what an apply writes), and the tombstone. */
export function winningPart(
	row: MergedRow,
	change: Pick<RowChange, 'fields' | 'deleted' | 'hlc'>
): { fields: Record<string, unknown>; deleted: boolean } {
	const fields: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(change.fields)) {
		const known = row.fields[field];
		if (!known || change.hlc > known.hlc) fields[field] = value;
	}
	const deleted = !!change.deleted && (row.deleted === undefined || change.hlc > row.deleted);
	return { fields, deleted };
}
