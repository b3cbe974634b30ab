// The session's in-memory side of suspending and burying a card (issue 12, study features): the
// card leaves today's candidates at once (the next card shows in the same frame) and an undo puts
// it back into the list it came from. The writes are db/card-marks.ts.
import type { DeckCandidates } from '$lib/core/schedule/queue';
import type { QueueList } from '$lib/core/schedule/review';
import type { StateRow } from '$lib/db';

export function dropCandidate(decks: DeckCandidates[], key: string): void {
	for (const d of decks)
		for (const list of ['learning', 'reviews', 'fresh'] as const)
			d[list] = d[list].filter((q) => q.key !== key);
}

export function returnCandidate(
	decks: DeckCandidates[],
	state: StateRow,
	list: QueueList | null
): void {
	const deck = decks.find((d) => d.deckId === state.deckId);
	if (!deck || !list) return;
	dropCandidate([deck], state.key);
	deck[list].push({ key: state.key, deckId: state.deckId, due: state.due, ord: state.ord });
}
