// Rows merged field by field, last writer wins by HLC stamp (hlc.ts). A row's merged state keeps,
// per field, the value with the greatest stamp; a delete is the tombstone field `$deleted`. A
// tombstone beats every edit stamped before it and loses to one stamped after it (an edit made
// after the delete, on a device that had not seen it, brings the row back). Applying a change is
// a per-field max, so any order and any repetition of the same changes gives the same row.
import { DELETED, type FieldChange } from './events';

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
	change: Pick<FieldChange, 'field' | 'value' | 'hlc'>
): MergedRow {
	if (change.field === DELETED) {
		return row.deleted !== undefined && row.deleted >= change.hlc
			? row
			: { ...row, deleted: change.hlc };
	}
	const known = row.fields[change.field];
	// Equal stamps are the same change (a stamp names one device's one write).
	if (known && known.hlc >= change.hlc) return row;
	return {
		...row,
		fields: { ...row.fields, [change.field]: { value: change.value, hlc: change.hlc } }
	};
}

export function mergeChanges(
	row: MergedRow,
	changes: readonly Pick<FieldChange, 'field' | 'value' | 'hlc'>[]
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

/**
 * Whether a remote change wins over the local row's field (the apply step writes only those):
 * the same rule as applyChange.
 */
export function changeWins(row: MergedRow, change: Pick<FieldChange, 'field' | 'hlc'>): boolean {
	if (change.field === DELETED) return row.deleted === undefined || change.hlc > row.deleted;
	const known = row.fields[change.field];
	return !known || change.hlc > known.hlc;
}
