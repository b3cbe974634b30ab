// Saving reviewed decks: every deck is validated first, then all are installed in one transaction
// with the article they came from, so a failure leaves nothing half-written.
import { describeProblems, validateDeck } from '$lib/core/deck/validate';
import type { DeckFile } from '$lib/core/deck/types';
import { listDecks, type ArticleRow, type DeckOrigin, type KartotekaDB } from '$lib/db';
import { putArticle } from '$lib/db/articles-repo';
import { installDeck } from '$lib/db/deck-install';

export class InvalidDeckError extends Error {
	constructor(deckId: string, problems: string) {
		super(`${deckId}: ${problems}`);
		this.name = 'InvalidDeckError';
	}
}

export async function existingDecks(
	db: KartotekaDB
): Promise<Map<string, { title: string; origin: DeckOrigin }>> {
	const rows = await listDecks(db);
	return new Map(rows.map((d) => [d.id, { title: d.title, origin: d.origin }]));
}

/** Installs the decks, and stores `article` (the text their cards' offsets point into) with them. */
export async function saveUserDecks(
	db: KartotekaDB,
	decks: DeckFile[],
	now: Date,
	article?: ArticleRow
): Promise<void> {
	const valid: DeckFile[] = [];
	for (const deck of decks) {
		const result = validateDeck(deck);
		if (!result.ok) throw new InvalidDeckError(deck.id, describeProblems(result.problems));
		valid.push(result.deck);
	}
	// All tables: installDeck's own transaction joins this one whatever tables it touches.
	await db.transaction('rw', db.tables, async () => {
		if (article) await putArticle(db, article);
		for (const deck of valid)
			await installDeck(db, deck, {
				origin: 'user',
				version: `generated:${now.getTime()}`,
				now
			});
	});
}
