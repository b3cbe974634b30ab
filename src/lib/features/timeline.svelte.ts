// The timeline page's model: the dated events of some decks (all dates decks by default),
// in chronological order, grouped by year.
import { groupByYear, timelineEvents, type TimelineEvent, type YearGroup } from '$lib/core/history';
import type { CardRow, DeckRow, KartotekaDB } from '$lib/db';
import { activeCards, timelineDecks } from '$lib/db/history-repo';

export class Timeline {
	#decks = $state.raw<DeckRow[]>([]);
	#events = $state.raw<TimelineEvent<CardRow>[]>([]);
	#groups = $derived(groupByYear(this.#events));
	#loaded = $state(false);

	get decks(): DeckRow[] {
		return this.#decks;
	}
	get events(): TimelineEvent<CardRow>[] {
		return this.#events;
	}
	get groups(): YearGroup<CardRow>[] {
		return this.#groups;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	/** The article file of a deck, for links into the reader. */
	sourceFile(deckId: string): string | undefined {
		return this.#decks.find((d) => d.id === deckId)?.source?.file;
	}

	async load(db: KartotekaDB, deckIds: readonly string[]): Promise<void> {
		const decks = await timelineDecks(db, deckIds);
		const cards = await activeCards(
			db,
			decks.map((d) => d.id)
		);
		this.#decks = decks;
		this.#events = timelineEvents(cards);
		this.#loaded = true;
	}
}
