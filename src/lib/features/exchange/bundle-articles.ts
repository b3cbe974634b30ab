// The articles an imported bundle carries: each text must be the one its hash names, and each
// gets a file name that no other article uses on this device (its decks follow the new name).
import type { DeckBundle } from '$lib/core/exchange/bundle';
import { sha256Hex } from '$lib/core/util/hash';
import type { KartotekaDB } from '$lib/db';
import { freeArticleFile } from '$lib/db/articles-repo';

export type PlacedArticles = { ok: true; bundle: DeckBundle } | { ok: false; problem: string };

export async function placeArticles(db: KartotekaDB, bundle: DeckBundle): Promise<PlacedArticles> {
	const articles = bundle.articles ?? [];
	let decks = bundle.decks;
	const placed = [];
	for (const [i, a] of articles.entries()) {
		if ((await sha256Hex(a.text)) !== a.sha256)
			return { ok: false, problem: `articles[${i}].text: does not match its sha256` };
		const file = await freeArticleFile(db, a.file, a.sha256);
		if (file !== a.file)
			decks = decks.map((d) =>
				d.source?.file === a.file && d.source.sha256 === a.sha256
					? { ...d, source: { ...d.source, file } }
					: d
			);
		placed.push({ ...a, file });
	}
	return { ok: true, bundle: articles.length ? { ...bundle, decks, articles: placed } : bundle };
}
