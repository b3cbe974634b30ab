// The deck page's progress tools: bring suspended cards back, reset the deck's progress with an
// undo (issue 12, study features). The writes are db/card-marks.ts and db/deck-progress.ts.
import type { KartotekaDB, StateRow } from '$lib/db';
import { unsuspendDeck } from '$lib/db/card-marks';
import { resetDeckStates, restoreStates } from '$lib/db/deck-progress';

export { unsuspendDeck };

/** What a reset took away: the undo puts it back. */
export interface ResetUndo {
	deckId: string;
	states: StateRow[];
}

export async function resetProgress(
	db: KartotekaDB,
	deckId: string,
	now: Date
): Promise<ResetUndo> {
	return { deckId, states: await resetDeckStates(db, deckId, now) };
}

export function undoReset(db: KartotekaDB, undo: ResetUndo): Promise<number> {
	return restoreStates(db, undo.states);
}
