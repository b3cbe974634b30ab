// The source reader's model: an article shipped in decks/sources/, cleaned for reading, with
// the sentences its cards come from. The articles are bundled as assets here (and only here, not
// in the home page's code), so the service worker precaches them and the reader works offline.
import {
	focusRange,
	highlightsOf,
	layoutReader,
	readerDoc,
	sourceFileName,
	type Highlight,
	type ReaderDoc,
	type ReaderParagraph
} from '$lib/core/history';
import type { CardRow, DeckRow, KartotekaDB } from '$lib/db';
import { activeCards, decksOfSource } from '$lib/db/history-repo';

const files = import.meta.glob('/decks/sources/*.txt', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Shipped article file name → its asset URL. */
export const ARTICLES: Record<string, string> = Object.fromEntries(
	Object.entries(files).map(([path, url]) => [sourceFileName(path), url])
);

export type ReaderStatus = 'loading' | 'ready' | 'missing';

export class SourceReader {
	#status = $state<ReaderStatus>('loading');
	#doc = $state.raw<ReaderDoc | null>(null);
	#highlights = $state.raw<Highlight<CardRow>[]>([]);
	#decks = $state.raw<DeckRow[]>([]);

	get status(): ReaderStatus {
		return this.#status;
	}
	get highlights(): Highlight<CardRow>[] {
		return this.#highlights;
	}
	get decks(): DeckRow[] {
		return this.#decks;
	}
	/** The article's title as its decks give it. */
	get title(): string {
		return this.#decks[0]?.source?.title ?? '';
	}

	/** Paragraphs to render, with the sentence holding raw offset `at` emphasised. */
	layout(at: number | null): ReaderParagraph[] {
		const doc = this.#doc;
		if (!doc) return [];
		const focus = at === null ? null : focusRange(doc, this.#highlights, at);
		return layoutReader(doc, this.#highlights, focus);
	}

	async load(db: KartotekaDB, file: string): Promise<void> {
		this.#status = 'loading';
		// Own keys only: "?source=constructor" must not find Object.prototype.constructor.
		const name = sourceFileName(file);
		const url = Object.hasOwn(ARTICLES, name) ? ARTICLES[name] : undefined;
		if (!url) {
			this.#status = 'missing';
			return;
		}
		const res = await fetch(url);
		if (!res.ok) throw new Error(`HTTP ${res.status}: ${url}`);
		const doc = readerDoc(await res.text());
		const decks = await decksOfSource(db, file);
		const cards = await activeCards(
			db,
			decks.map((d) => d.id)
		);
		this.#decks = decks;
		this.#highlights = highlightsOf(doc, cards, (c) => c.source);
		this.#doc = doc;
		this.#status = 'ready';
	}
}
