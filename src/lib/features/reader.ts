// The source reader's model: an article shipped in decks/sources/ (or stored with decks generated
// on this device, db/articles-repo.ts), cleaned for reading, with the sentences its cards come from. The articles are bundled as assets here (and only here, not
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
import { getArticle } from '$lib/db/articles-repo';
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

export type { CardRow } from '$lib/db';
export type ReaderStatus = 'ready' | 'missing';

/** An article as the reader shows it, with the cards of its decks on their sentences. */
export class SourceReader {
	readonly #doc: ReaderDoc | null;
	readonly decks: DeckRow[];
	readonly highlights: Highlight<CardRow>[];

	constructor(doc: ReaderDoc | null, decks: DeckRow[] = [], cards: CardRow[] = []) {
		this.#doc = doc;
		this.decks = decks;
		this.highlights = doc ? highlightsOf(doc, cards, (c) => c.source) : [];
	}

	/** 'missing' when the article's text is nowhere on this device. */
	get status(): ReaderStatus {
		return this.#doc ? 'ready' : 'missing';
	}
	/** The article's title as its decks give it. */
	get title(): string {
		return this.decks[0]?.source?.title ?? '';
	}

	/** Paragraphs to render, with the sentence holding raw offset `at` emphasised. */
	layout(at: number | null): ReaderParagraph[] {
		const doc = this.#doc;
		if (!doc) return [];
		const focus = at === null ? null : focusRange(doc, this.highlights, at);
		return layoutReader(doc, this.highlights, focus);
	}
}

/** Opens the article `file` ("x.txt") with its decks' cards; read once, when the page opens. */
export async function openArticle(db: KartotekaDB, file: string): Promise<SourceReader> {
	const text = await articleText(db, sourceFileName(file));
	if (text === null) return new SourceReader(null);
	const doc = readerDoc(text);
	const decks = await decksOfSource(db, file);
	const cards = await activeCards(
		db,
		decks.map((d) => d.id)
	);
	return new SourceReader(doc, decks, cards);
}

/** A shipped article (an asset), else one stored with its generated decks; null when neither. */
async function articleText(db: KartotekaDB, name: string): Promise<string | null> {
	const url = Object.hasOwn(ARTICLES, name) ? ARTICLES[name] : undefined;
	if (!url) return (await getArticle(db, name))?.text ?? null;
	const res = await fetch(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}: ${url}`);
	return res.text();
}
