// The shipped decks in another language than the interface's, offered on the import page: on first
// start only the decks of the student's language are installed (shipped-decks.ts); the others wait
// here, one entry per source article, and are installed whole on request.
import { getMeta, setMeta, type KartotekaDB } from '$lib/db';
import { fetchDeck, OFFER, SHIPPED, VERSIONS, type ShippedDeck } from './shipped-decks';

export interface OfferedArticle {
	/** The source article's title (its decks' grouping on the home screen). */
	title: string;
	lang: string;
	decks: { file: string; url: string; title: string; cards: number }[];
}

/** The offered articles with their decks, read from the shipped files (precached: offline too). */
export async function offeredArticles(
	db: KartotekaDB,
	shipped: ShippedDeck[] = SHIPPED,
	fetchText: (url: string) => Promise<string> = fetchDeck
): Promise<OfferedArticle[]> {
	const versions = (await getMeta<Record<string, string>>(db, VERSIONS)) ?? {};
	const offered = shipped.filter(({ file, url }) => versions[file] === OFFER + url);
	if (!offered.length) return [];
	const { parseDeckJson } = await import('$lib/core/deck/validate');
	const byTitle = new Map<string, OfferedArticle>();
	for (const { file, url } of offered) {
		const result = parseDeckJson(await fetchText(url));
		if (!result.ok) continue; // reported at start already
		const { deck } = result;
		const title = deck.source?.title ?? deck.title;
		const entry = byTitle.get(title) ?? { title, lang: deck.lang, decks: [] };
		entry.decks.push({ file, url, title: deck.title, cards: deck.cards.length });
		byTitle.set(title, entry);
	}
	return [...byTitle.values()];
}

/** Installs an offered article's decks; from then on they are updated like any shipped deck. */
export async function installOffered(
	db: KartotekaDB,
	article: OfferedArticle,
	now: Date,
	fetchText: (url: string) => Promise<string> = fetchDeck
): Promise<void> {
	const [{ parseDeckJson, describeProblems }, { installDeck }] = await Promise.all([
		import('$lib/core/deck/validate'),
		import('$lib/db/deck-install')
	]);
	for (const { file, url } of article.decks) {
		const result = parseDeckJson(await fetchText(url));
		if (!result.ok) throw new Error(`${file}: ${describeProblems(result.problems)}`);
		await installDeck(db, result.deck, { origin: 'shipped', version: url, now });
		const versions = (await getMeta<Record<string, string>>(db, VERSIONS)) ?? {};
		versions[file] = url;
		await setMeta(db, VERSIONS, versions);
	}
}
