// Links from a card to its sentence in the source reader (used on the study screen).
import { readerHref } from '$lib/core/history/reader-link';
import { getDeck, type CardRow, type KartotekaDB } from '$lib/db';

/** Deck id → its article file, for the decks that name one. */
export async function sourceFilesOf(
	db: KartotekaDB,
	deckIds: readonly string[]
): Promise<Record<string, string>> {
	const decks = await Promise.all(deckIds.map((id) => getDeck(db, id)));
	return Object.fromEntries(
		decks.flatMap((d) => (d?.source?.file ? [[d.id, d.source.file] as const] : []))
	);
}

/** The reader at this card's sentence, when the card has offsets and its deck an article. */
export function cardReaderHref(
	card: Pick<CardRow, 'deckId' | 'source'>,
	files: Record<string, string>
): string | undefined {
	const file = files[card.deckId];
	return file && card.source ? readerHref(file, card.source.start) : undefined;
}
