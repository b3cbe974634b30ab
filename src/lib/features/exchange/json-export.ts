// A JSON bundle written deck by deck into Blob parts (issue 11: the whole bundle as one string
// took 46 s and an 0.8 GB heap for 100,000 cards and 470,000 logs). Each deck's cards and
// progress are read, serialised and handed to a Blob of about a megabyte, then dropped: the page
// holds the deck it writes and the few it reads ahead, the browser keeps the Blob parts outside
// the JavaScript heap. The text is exactly JSON.stringify(makeBundle(…), null, '\t') + '\n', as
// before.
import type { DeckFile } from '$lib/core/deck/types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleArticle } from '$lib/core/exchange/bundle';
import { readDeckExport } from '$lib/db/exchange-repo';
import type { KartotekaDB } from '$lib/db';
import { BlobSink, element, list } from './blob-json';

/** Decks read ahead of the one being written: three hold a few megabytes each at 100k cards. */
const AHEAD = 3;

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
	articlesFor: (decks: DeckFile[]) => Promise<BundleArticle[]>,
	/** Called as each deck has been read: decks done of all. */
	onDeck?: (done: number, total: number) => void
): Promise<StreamedBundle | null> {
	const decks = new BlobSink();
	const progress = new BlobSink();
	const marks = new BlobSink();
	const written: DeckFile[] = [];
	let studied = 0;
	let marked = 0;
	// The next decks are read while this one is written (issue 11, seventh pass): the storage
	// process reads as the page writes, and reading is most of an export's time.
	const reads = ids.slice(0, AHEAD).map((id) => readDeckExport(db, id, withProgress));
	try {
		for (let i = 0; i < ids.length; i++) {
			const read = await reads[i];
			delete reads[i];
			if (i + AHEAD < ids.length)
				reads[i + AHEAD] = readDeckExport(db, ids[i + AHEAD], withProgress);
			onDeck?.(i + 1, ids.length);
			if (!read || read.deck.cards.length === 0) continue;
			const { deck } = read;
			decks.add(element(deck, written.length === 0));
			for (const p of read.progress) progress.add(element(p, studied++ === 0));
			// Flags and suspended or buried cards go with the progress: they are the student's own.
			for (const m of read.marks) marks.add(element(m, marked++ === 0));
			written.push({ ...deck, cards: [] });
		}
	} catch (e) {
		// The reads still under way fail with the first: none is left unhandled.
		for (const r of reads) r?.catch(() => undefined);
		throw e;
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
