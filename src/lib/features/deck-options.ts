// The deck's own study options, set on its page: typed answers on every card (issue 12).
import type { KartotekaDB } from '$lib/db';
import { setTypeAnswers } from '$lib/db/deck-options';

/** Turns typed answers on every card of the deck on or off; the study screen reads it per card. */
export function chooseTypeAnswers(db: KartotekaDB, deckId: string, on: boolean): Promise<void> {
	return setTypeAnswers(db, deckId, on);
}
