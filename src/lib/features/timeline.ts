// The timeline page's data: the dated events of some decks (all dates decks by default), in
// chronological order, grouped by year, with links into the reader.
import {
	groupByYear,
	readerHref,
	timelineEvents,
	type TimelineEvent,
	type YearGroup
} from '$lib/core/history';
import type { CardRow, DeckRow, KartotekaDB } from '$lib/db';
import { activeCards, timelineDecks } from '$lib/db/history-repo';

export interface TimelineData {
	decks: DeckRow[];
	/** The articles the decks come from (their titles). */
	articles: string[];
	events: TimelineEvent<CardRow>[];
	groups: YearGroup<CardRow>[];
}

export async function readTimeline(
	db: KartotekaDB,
	deckIds: readonly string[]
): Promise<TimelineData> {
	const decks = await timelineDecks(db, deckIds);
	const cards = await activeCards(
		db,
		decks.map((d) => d.id)
	);
	const events = timelineEvents(cards);
	return {
		decks,
		articles: [...new Set(decks.map((d) => d.source?.title ?? d.title))],
		events,
		groups: groupByYear(events)
	};
}

/** The reader at an event's sentence, when its deck has an article and the event an offset. */
export function eventReaderHref(
	data: TimelineData,
	ev: { deckId: string; source?: { start: number } }
): string | undefined {
	const file = data.decks.find((d) => d.id === ev.deckId)?.source?.file;
	return file && ev.source ? readerHref(file, ev.source.start) : undefined;
}
