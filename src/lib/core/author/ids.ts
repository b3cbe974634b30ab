// Ids for what the teacher makes. Time and randomness are parameters (the core has no clock).
// Deck ids follow the deck format's slug rule, card ids its id rule ([\w.:-]).

/** "u-" + time + random, lower-case: a valid deck slug that sorts by creation. */
export function newDeckId(nowMs: number, random: () => number): string {
	return `u-${nowMs.toString(36)}-${randomPart(random)}`;
}

export function newNoteId(nowMs: number, random: () => number): string {
	return `n${nowMs.toString(36)}${randomPart(random)}`;
}

/** A note's cards: the same note and ordinal always give the same card id. */
export function noteCardId(noteId: string, ordinal: number): string {
	return `${noteId}.${ordinal}`;
}

function randomPart(random: () => number): string {
	return Math.floor(random() * 36 ** 5)
		.toString(36)
		.padStart(5, '0');
}
