// The home screen's data: decks grouped by their source article, with today's counts.
import { byKindThenTitle } from '$lib/core/deck/order';
import { dayStart, nextDayStart } from '$lib/core/schedule/day';
import type { QueueCounts } from '$lib/core/schedule/queue';
import { deckCounts, listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { loadSettings } from './settings';

export interface DeckSummary {
	deck: DeckRow;
	/** The title without the article's name, which the group heading already shows. */
	label: string;
	counts: QueueCounts;
}

/** "Даты: <article title>" under the article's heading reads as just "Даты". */
export function shortTitle(title: string, sourceKey: string): string {
	if (title === sourceKey || !title.includes(sourceKey)) return title;
	const rest = title
		.replace(sourceKey, '')
		.replace(/[\s:—–-]+$/u, '')
		.replace(/^[\s:—–-]+/u, '')
		.trim();
	return rest || title;
}

export interface DeckGroup {
	sourceKey: string;
	decks: DeckSummary[];
}

/** The decks in use grouped by article, each with today's counts (limited as the queue is). */
export async function readDeckGroups(db: KartotekaDB, now: Date): Promise<DeckGroup[]> {
	const settings = await loadSettings(db);
	const start = dayStart(now, settings.dayStartHour).getTime();
	const end = nextDayStart(now, settings.dayStartHour).getTime();
	const decks = await listDecks(db);
	const summaries = await Promise.all(
		decks.map(async (deck) => ({
			deck,
			label: shortTitle(deck.title, deck.sourceKey),
			counts: await deckCounts(db, deck.id, settings, start, end)
		}))
	);
	const groups = new Map<string, DeckSummary[]>();
	for (const s of summaries)
		groups.set(s.deck.sourceKey, [...(groups.get(s.deck.sourceKey) ?? []), s]);
	return [...groups.entries()]
		.map(([sourceKey, list]) => ({
			sourceKey,
			decks: list.sort((a, b) => byKindThenTitle(a.deck, b.deck))
		}))
		.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
}
