// The timeline of a dates deck: one event per distinct (date, event) pair (a fact's two cards,
// "when?" and "what?", make one event), in chronological order, grouped by year.
import type { Fact } from '$lib/core/deck/types';
import { compareStart, parseHistoryDate, type HistoryDate } from './history-date';

/** What the timeline needs of a card (a CardRow has all of it). */
export interface TimelineCard {
	key: string;
	deckId: string;
	front: string;
	back: string;
	context?: string;
	source?: { start: number; end: number };
	fact?: Fact;
}

export interface TimelineEvent<C extends TimelineCard = TimelineCard> {
	/** `${date}|${event}`: stable while the fact is. */
	id: string;
	/** The ISO date as the fact gives it. */
	date: string;
	/** Null when the date is not a readable ISO date: such events go last. */
	parsed: HistoryDate | null;
	event: string;
	/** The source sentence (of the first card that has one). */
	context?: string;
	/** Offsets of that sentence in the deck's source text. */
	source?: { start: number; end: number };
	deckId: string;
	cards: C[];
}

export interface YearGroup<C extends TimelineCard = TimelineCard> {
	/** Null for events whose date could not be read. */
	year: number | null;
	events: TimelineEvent<C>[];
}

/** Events of the date facts among `cards`, in chronological order. */
export function timelineEvents<C extends TimelineCard>(cards: readonly C[]): TimelineEvent<C>[] {
	const byId = new Map<string, TimelineEvent<C>>();
	for (const card of cards) {
		const fact = card.fact;
		if (fact?.type !== 'date') continue;
		const id = `${fact.date}|${fact.event}`;
		let ev = byId.get(id);
		if (!ev) {
			ev = {
				id,
				date: fact.date,
				parsed: parseHistoryDate(fact.date),
				event: fact.event,
				deckId: card.deckId,
				cards: []
			};
			byId.set(id, ev);
		}
		ev.cards.push(card);
		if (!ev.context && card.context) {
			ev.context = card.context;
			ev.source = card.source;
		}
	}
	return [...byId.values()].sort(compareEvents);
}

/**
 * Chronological: by start (a year before its months, a month before its days), then the shorter
 * span first, then the order of the article, then by text so that the order is total.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	if (!a.parsed || !b.parsed) {
		if (a.parsed) return -1;
		if (b.parsed) return 1;
		return a.date.localeCompare(b.date) || a.event.localeCompare(b.event);
	}
	return (
		compareStart(a.parsed.start, b.parsed.start) ||
		compareStart(a.parsed.end ?? a.parsed.start, b.parsed.end ?? b.parsed.start) ||
		(a.source?.start ?? Infinity) - (b.source?.start ?? Infinity) ||
		a.event.localeCompare(b.event, 'ru')
	);
}

/** Sorted events into year groups (by the year the event starts), in the same order. */
export function groupByYear<C extends TimelineCard>(
	events: readonly TimelineEvent<C>[]
): YearGroup<C>[] {
	const groups: YearGroup<C>[] = [];
	for (const ev of events) {
		const year = ev.parsed?.start.year ?? null;
		const last = groups[groups.length - 1];
		if (last && last.year === year) last.events.push(ev);
		else groups.push({ year, events: [ev] });
	}
	return groups;
}
