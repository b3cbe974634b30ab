// Articles stored with the decks made from them (generated on this device): the reader's text for
// decks whose article is not shipped in decks/sources/.
import type { KartotekaDB } from './database';
import type { ArticleRow, DeckRow } from './types';

export async function getArticle(db: KartotekaDB, file: string): Promise<ArticleRow | undefined> {
	return db.articles.get(file);
}

/**
 * A file name for an article that no other article uses: `wanted` when it is free or already
 * names this same text (`sha256`), else "name-2.txt", "name-3.txt" … Decks of every origin count,
 * so a teacher's "article.txt" never takes the place of another one, shipped or saved.
 */
export async function freeArticleFile(
	db: KartotekaDB,
	wanted: string,
	sha256: string
): Promise<string> {
	const [decks, articles] = await Promise.all([db.decks.toArray(), db.articles.toArray()]);
	const taken = new Map<string, string | undefined>();
	for (const d of decks) if (d.source?.file) taken.set(d.source.file, d.source.sha256);
	for (const a of articles) taken.set(a.file, a.sha256);
	const dot = wanted.lastIndexOf('.');
	const [stem, ext] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
	for (let n = 1; ; n++) {
		const file = n === 1 ? wanted : `${stem}-${n}${ext}`;
		if (!taken.has(file) || taken.get(file) === sha256) return file;
	}
}

/** Stores the article (inside the caller's transaction when there is one). */
export async function putArticle(db: KartotekaDB, article: ArticleRow): Promise<void> {
	await db.articles.put(article);
}

/** The stored articles these decks name (same file, same hash), for an export. */
export async function articlesOf(
	db: KartotekaDB,
	decks: readonly Pick<DeckRow, 'source'>[]
): Promise<ArticleRow[]> {
	const wanted = decks.flatMap((d) => (d.source?.file && d.source.sha256 ? [d.source] : []));
	const rows = await db.articles.bulkGet([...new Set(wanted.map((s) => s.file!))]);
	return rows.filter(
		(a): a is ArticleRow => !!a && wanted.some((s) => s.file === a.file && s.sha256 === a.sha256)
	);
}
