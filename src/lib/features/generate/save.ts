// Saving reviewed decks: every deck is validated first, then all are installed in one transaction
// with the article they came from, so a failure leaves nothing half-written.
import { describeProblems, validateDeck } from '$lib/core/deck/validate';
import type { DeckFile } from '$lib/core/deck/types';
import { listDecks, type ArticleRow, type DeckOrigin, type KartotekaDB } from '$lib/db';
import { putArticle } from '$lib/db/articles-repo';
import { installUserDeck } from '$lib/db/user-deck-install';
import { estimateSpace, markDatabase } from '../storage-notices';
import { ensureSpace } from '../storage-space';

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

/**
 * Installs the decks, and stores `article` (the text their cards' offsets point into) with them.
 * `estimate` is for tests: the room the device reports.
 */
export async function saveUserDecks(
	db: KartotekaDB,
	decks: DeckFile[],
	now: Date,
	article?: ArticleRow,
	estimate = estimateSpace
): Promise<void> {
	const valid: DeckFile[] = [];
	for (const deck of decks) {
		const result = validateDeck(deck);
		if (!result.ok) throw new InvalidDeckError(deck.id, describeProblems(result.problems));
		valid.push(result.deck);
	}
	// Refused before the transaction when it would not fit (NoSpaceError, in the user's language).
	await ensureSpace(JSON.stringify(valid).length, estimate);
	// All tables: installUserDeck's own transaction joins this one whatever tables it touches.
	await db.transaction('rw', db.tables, async () => {
		if (article) await putArticle(db, article);
		for (const deck of valid)
			await installUserDeck(db, deck, {
				origin: 'user',
				version: `generated:${now.getTime()}`,
				now
			});
	});
	// From now on there is something to lose: the marker notices if it goes (issue 9, item 1).
	await markDatabase(db, now, undefined, true).catch((e) => console.error('storage marker', e));
}
