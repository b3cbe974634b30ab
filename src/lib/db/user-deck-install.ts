// Installing a deck of the user's own (an import, a share link, decks generated from an article).
// Such an id may have been used before by a deck since deleted: the deck then starts clean. Kept
// apart from deck-install.ts, which the first visit loads to install the shipped decks (their ids
// are never deleted), so that the first page's JavaScript does not grow.
import type { DeckFile } from '$lib/core/deck/types';
import type { DeckUpdatePlan } from '$lib/core/deck/merge';
import type { KartotekaDB } from './database';
import { eraseDeck } from './deck-erase';
import { installDeck, type InstallOptions } from './deck-install';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/**
 * installDeck, after erasing whatever is still stored under the deck's id when no deck of that id
 * is installed, or it was deleted (in its Undo window, or never purged): no old state or review
 * re-attaches to the new deck or counts against its limits (issue 9, item 4). An installed deck is
 * updated in place, its progress kept. Joins the caller's transaction, which must then span the
 * decks, cards, states, reviews and notes.
 */
export async function installUserDeck(
	db: KartotekaDB,
	deck: DeckFile,
	options: InstallOptions
): Promise<DeckUpdatePlan> {
	return db.transaction('rw', [db.decks, db.cards, db.states, db.reviews, db.notes], async () => {
		const installed = await db.decks.get(deck.id);
		if (!installed || installed.deletedAt !== undefined) await eraseDeck(db, deck.id);
		return installDeck(db, deck, options);
	});
}
