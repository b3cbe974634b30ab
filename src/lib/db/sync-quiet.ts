// Transactions whose writes the sync recorder (sync-recorder.ts) leaves unrecorded: the sync's own
// apply step (its rows came from the server), the first snapshot, and writes every device derives
// by itself (a bury expiring at the next study day). Apart from the recorder so that the study
// screen's writes can say so without loading it.
const QUIET = '__kartotekaSyncApply';

/** Marks a transaction (its `idbtrans`) as one the recorder does not record. */
export function markApplying(idbtrans: unknown): void {
	(idbtrans as Record<string, boolean>)[QUIET] = true;
}

export const isApplying = (trans: unknown): boolean =>
	(trans as Record<string, boolean>)[QUIET] === true;
