// The deck's own study options kept on its row (not in its preset): typed answers on every card.
import type { KartotekaDB } from './database';

/** Turns typed answers on every card of the deck on or off. */
export async function setTypeAnswers(db: KartotekaDB, deckId: string, on: boolean): Promise<void> {
	const changed = await db.decks.update(deckId, { typeAnswers: on ? 1 : 0 });
	if (!changed && !(await db.decks.get(deckId))) throw new RangeError(`no deck “${deckId}”`);
}
