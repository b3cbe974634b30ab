// A JSON bundle written deck by deck into Blob parts (issue 11: the whole bundle as one string
// took 46 s and an 0.8 GB heap for 100,000 cards and 470,000 logs). Each deck's cards and
// progress are read, serialised and handed to a Blob of about a megabyte, then dropped: the page
// holds one deck at a time, the browser keeps the Blob parts outside the JavaScript heap. The text
// is exactly JSON.stringify(makeBundle(…), null, '\t') + '\n', as before.
import type { DeckFile } from '$lib/core/deck/types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleArticle } from '$lib/core/exchange/bundle';
import { readCardMarks, readDeckFiles, readProgress } from '$lib/db/exchange-repo';
import type { KartotekaDB } from '$lib/db';
import { BlobSink, element, list } from './blob-json';

export interface StreamedBundle {
	blob: Blob;
	/** The decks written (without their cards): for the file's name and the articles. */
	decks: DeckFile[];
}

/**
 * The bundle of decks `ids` (those with cards), with progress if asked, and the articles that
 * `articlesFor` finds for them; null when no deck has a card.
 */
export async function streamBundle(
	db: KartotekaDB,
	ids: string[],
	withProgress: boolean,
	now: Date,
	type: string,
	articlesFor: (decks: DeckFile[]) => Promise<BundleArticle[]>
): Promise<StreamedBundle | null> {
	const decks = new BlobSink();
	const progress = new BlobSink();
	const marks = new BlobSink();
	const written: DeckFile[] = [];
	let studied = 0;
	let marked = 0;
	for (const id of ids) {
		const [deck] = await readDeckFiles(db, [id]);
		if (!deck || deck.cards.length === 0) continue;
		decks.add(element(deck, written.length === 0));
		if (withProgress) {
			for (const p of await readProgress(db, [deck])) progress.add(element(p, studied++ === 0));
			// Flags and suspended or buried cards go with the progress: they are the student's own.
			for (const m of await readCardMarks(db, deck)) marks.add(element(m, marked++ === 0));
		}
		written.push({ ...deck, cards: [] });
	}
	if (!written.length) return null;
	decks.flush();
	progress.flush();
	marks.flush();
	const articles = await articlesFor(written);
	const head = `{\n\t"format": ${JSON.stringify(BUNDLE_FORMAT)},\n\t"version": ${BUNDLE_VERSION},\n\t"exportedAt": ${JSON.stringify(now.toISOString())},\n\t"decks": `;
	const parts: Blob[] = [new Blob([head]), ...list(decks, written.length)];
	if (withProgress) parts.push(new Blob([',\n\t"progress": ']), ...list(progress, studied));
	if (marked) parts.push(new Blob([',\n\t"marks": ']), ...list(marks, marked));
	if (articles.length)
		parts.push(
			new Blob([',\n\t"articles": ' + JSON.stringify(articles, null, '\t').replace(/\n/g, '\n\t')])
		);
	parts.push(new Blob(['\n}\n']));
	return { blob: new Blob(parts, { type }), decks: written };
}
