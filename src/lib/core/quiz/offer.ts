// Whether to offer a test at all (the home screen and the deck page): a deck with cards whose
// article has enough answers to set beside them. Fact decks draw wrong options from the article's
// facts (one is enough), any other deck from the other cards' answers (three, for four options).
// Kept apart from the test's code: the first page imports it.

export function canTest(
	deck: { kind: string; cardCount: number },
	/** Active cards in all decks of the deck's article, this one included. */
	articleCards: number
): boolean {
	return deck.cardCount > 0 && articleCards >= (deck.kind === 'custom' ? 4 : 2);
}
