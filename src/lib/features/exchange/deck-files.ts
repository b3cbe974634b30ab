// Reads of installed decks for the exchange pages: the export list and the print page. Kept apart
// from export-files.ts, whose builders (Anki text, bundles and their validator) the print page
// does not need.
import type { DeckFile } from '$lib/core/deck/types';
import { listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { readDeckFiles } from '$lib/db/exchange-repo';

/** The decks that can be exported, by title. */
export async function readExportableDecks(db: KartotekaDB): Promise<DeckRow[]> {
	return (await listDecks(db)).sort((a, b) => a.title.localeCompare(b.title));
}

/** One deck as a deck file (its active cards in deck order), for the print page; null if gone. */
export async function readDeckFile(db: KartotekaDB, id: string): Promise<DeckFile | null> {
	return (await readDeckFiles(db, [id]))[0] ?? null;
}
