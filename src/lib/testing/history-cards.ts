// Cards for the history views' unit tests.
import type { TimelineCard } from '$lib/core/history/timeline';

let n = 0;

/** The two cards of a date fact ("when?" and "what?"), as the generator writes them. */
export function dateFact(
	date: string,
	event: string,
	source?: { start: number; end: number },
	deckId = 'd.dates'
): TimelineCard[] {
	const context = `${event} (${date}).`;
	return (['date', 'event'] as const).map((ask) => ({
		key: `${deckId}/c${++n}`,
		deckId,
		front: ask === 'date' ? `${event}: когда?` : `${date}: что?`,
		back: ask === 'date' ? date : event,
		context,
		source,
		fact: { type: 'date', ask, date, event }
	}));
}
