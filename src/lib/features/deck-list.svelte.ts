// The home screen's model: decks grouped by their source article, with today's counts.
import { dayStart, nextDayStart } from '$lib/core/schedule/day';
import type { QueueCounts } from '$lib/core/schedule/queue';
import { deckCounts, listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { loadSettings } from './settings.svelte';

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

const KIND_ORDER = { dates: 0, actors: 1, positions: 2, custom: 3 };

export class DeckList {
	#groups = $state<DeckGroup[]>([]);
	#loaded = $state(false);

	get groups(): DeckGroup[] {
		return this.#groups;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	async load(db: KartotekaDB, now: Date): Promise<void> {
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
		this.#groups = [...groups.entries()]
			.map(([sourceKey, list]) => ({
				sourceKey,
				decks: list.sort(
					(a, b) =>
						KIND_ORDER[a.deck.kind] - KIND_ORDER[b.deck.kind] ||
						a.deck.title.localeCompare(b.deck.title)
				)
			}))
			.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
		this.#loaded = true;
	}
}
