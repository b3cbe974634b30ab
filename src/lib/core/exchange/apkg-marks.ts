// Anki's marks on a card (its flag colour, its note's "marked" tag, a suspended or buried queue)
// as this app's: one flag, suspended, buried (db/card-marks.ts has the same three).
import type { AnkiCard, AnkiNote } from './apkg-read';
import type { CardMark } from './bundle';

export interface AnkiMarkCounts {
	/** Cards with one of Anki's flags (its 7 colours become the app's one flag). */
	flagged: number;
	/** Cards of notes tagged "marked" (Anki's Mark Note), flagged here too. */
	marked: number;
	suspended: number;
	/** Buried in Anki (by hand or as siblings): buried here until the next study day. */
	buried: number;
}

/**
 * An Anki card's marks as this app's: any flag colour (the low 3 bits of `flags`) or a marked note
 * (the tag "marked", Anki's Mark Note) is the one flag; queue -1 suspended; -2 (buried as a
 * sibling) and -3 (buried by hand) buried.
 */
export function markOf(
	c: AnkiCard,
	note: AnkiNote,
	counts: AnkiMarkCounts
): Omit<CardMark, 'deckId' | 'cardId'> | null {
	const coloured = (c.flags & 7) > 0;
	const marked = note.tags.split(/\s+/).some((t) => t.toLowerCase() === 'marked');
	const setAside =
		c.queue === -1 ? 'suspended' : c.queue === -2 || c.queue === -3 ? 'buried' : null;
	if (coloured) counts.flagged++;
	if (marked) counts.marked++;
	if (setAside) counts[setAside]++;
	if (!coloured && !marked && !setAside) return null;
	return { ...(coloured || marked ? { flag: 1 } : {}), ...(setAside ? { setAside } : {}) };
}
