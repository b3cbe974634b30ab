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

export const VERSIONS = 'shipped-versions';
/** The version mark of a deck offered, not installed: "offer:" + its URL. */
export const OFFER = 'offer:';

/**
 * Installs shipped decks that are new or changed since the last start. A deck that fails to
 * load or validate is skipped with an error naming it and the field; the others still load.
 * On an ordinary start nothing changed, and the validator and installer are not even loaded.
 * With `lang` (the interface's language), a deck in another language that is not installed yet
 * is only offered (features/sample-decks.ts installs it on request): an English-speaking student
 * starts with the English decks, a Russian-speaking one with the Russian decks.
 */
export async function syncShippedDecks(
	db: KartotekaDB,
	now: Date,
	shipped: ShippedDeck[] = SHIPPED,
	fetchText: (url: string) => Promise<string> = fetchDeck,
	lang?: string
): Promise<DeckLoadError[]> {
	const versions = (await getMeta<Record<string, string>>(db, VERSIONS)) ?? {};
	// Installed ("<url>") or offered ("offer:<url>") at this version: nothing to do.
	const changed = shipped.filter(({ file, url }) => !versions[file]?.endsWith(url));
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
		// Another language's deck: offered, unless the student has it already (then it is updated).
		const offer = lang && result.deck.lang !== lang && !(await db.decks.get(result.deck.id));
		if (!offer) await installDeck(db, result.deck, { origin: 'shipped', version: url, now });
		versions[file] = (offer ? OFFER : '') + url;
		await setMeta(db, VERSIONS, versions);
	}
	return errors;
}

export async function fetchDeck(url: string): Promise<string> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return res.text();
}
