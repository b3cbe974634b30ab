// Links from a card to its sentence in the source reader (used on the study screen).
import { readerHref } from '$lib/core/history/reader-link';
import { getDeck, type CardRow, type KartotekaDB } from '$lib/db';

/** Deck id → its article file, for the decks that name one. */
export async function sourceFilesOf(
	db: KartotekaDB,
	deckIds: readonly string[]
): Promise<Record<string, string>> {
	const decks = await Promise.all(deckIds.map((id) => getDeck(db, id)));
	// No prototype: a deck id such as "constructor" must not find Object.prototype's.
	const files: Record<string, string> = Object.create(null);
	for (const d of decks) if (d?.source?.file) files[d.id] = d.source.file;
	return files;
}

/** The reader at this card's sentence, when the card has offsets and its deck an article. */
export function cardReaderHref(
	card: Pick<CardRow, 'deckId' | 'source'>,
	files: Record<string, string>
): string | undefined {
	const file = Object.hasOwn(files, card.deckId) ? files[card.deckId] : undefined;
	return file && card.source ? readerHref(file, card.source.start) : undefined;
}
