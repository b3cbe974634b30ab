// The decks shipped with the app: the JSON files in /decks, emitted by the build as hashed
// assets (so the service worker precaches them and a changed deck gets a new URL).
import { getMeta, setMeta, type KartotekaDB } from '$lib/db';

const files = import.meta.glob('/decks/*.json', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

export interface ShippedDeck {
	/** File name in the repository, e.g. "soviet-german-relations-1920-1923.dates.json". */
	file: string;
	/** Hashed asset URL: changes whenever the file's content changes. */
	url: string;
}

export const SHIPPED: ShippedDeck[] = Object.entries(files)
	.map(([path, url]) => ({ file: path.split('/').pop() ?? path, url }))
	.sort((a, b) => (a.file < b.file ? -1 : 1));

export interface DeckLoadError {
	file: string;
	problem: string;
}

const VERSIONS = 'shipped-versions';

/**
 * Installs shipped decks that are new or changed since the last start. A deck that fails to
 * load or validate is skipped with an error naming it and the field; the others still load.
 * On an ordinary start nothing changed, and the validator and installer are not even loaded.
 */
export async function syncShippedDecks(
	db: KartotekaDB,
	now: Date,
	shipped: ShippedDeck[] = SHIPPED,
	fetchText: (url: string) => Promise<string> = fetchDeck
): Promise<DeckLoadError[]> {
	const versions = (await getMeta<Record<string, string>>(db, VERSIONS)) ?? {};
	const changed = shipped.filter(({ file, url }) => versions[file] !== url);
	if (!changed.length) return [];
	const [{ parseDeckJson, describeProblems }, { installDeck }] = await Promise.all([
		import('$lib/core/deck/validate'),
		import('$lib/db/deck-install')
	]);
	const errors: DeckLoadError[] = [];
	for (const { file, url } of changed) {
		let text: string;
		try {
			text = await fetchText(url);
		} catch (e) {
			errors.push({ file, problem: (e as Error).message });
			continue;
		}
		const result = parseDeckJson(text);
		if (!result.ok) {
			errors.push({ file, problem: describeProblems(result.problems) });
			continue;
		}
		await installDeck(db, result.deck, { origin: 'shipped', version: url, now });
		versions[file] = url;
		await setMeta(db, VERSIONS, versions);
	}
	return errors;
}

async function fetchDeck(url: string): Promise<string> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return res.text();
}
