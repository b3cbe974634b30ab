// The chronology exercise: a round of 4–6 events to put in order, checked and scored.
// Rounds are seeded: the same seed and decks give the same round.
import {
	chronologyRound,
	moveItem,
	scoreOrder,
	timelineEvents,
	type ChronologyScore,
	type TimelineEvent
} from '$lib/core/history';
import type { CardRow, KartotekaDB } from '$lib/db';
import { activeCards, timelineDecks } from '$lib/db/history-repo';
import { historyDate } from './history-date';

type Event = TimelineEvent<CardRow>;

/** A card key, not the event id: that holds the date, the answer. */
const itemId = (ev: Event) => ev.cards[0]?.key ?? ev.id;

/** A round of the exercise, dealt once per visit (see page-data's snapshot). */
export async function openChronology(
	db: KartotekaDB,
	{ deckIds, seed }: { deckIds: readonly string[]; seed: number }
): Promise<Chronology> {
	const game = new Chronology();
	await game.load(db, deckIds, seed);
	return game;
}

export class Chronology {
	#events: Event[] = [];
	#seed = 0;
	#answer = $state.raw<Event[]>([]);
	#order = $state.raw<Event[]>([]);
	#score = $state.raw<ChronologyScore | null>(null);
	#loaded = $state(false);

	get loaded(): boolean {
		return this.#loaded;
	}
	/** False when the decks hold too few distinct dates for a round. */
	get playable(): boolean {
		return this.#order.length > 0;
	}
	/** The events in the student's current order. */
	get order(): Event[] {
		return this.#order;
	}
	/** After a check: the score, and the order is frozen until a new round. */
	get score(): ChronologyScore | null {
		return this.#score;
	}
	/** The items the list shows; after a check with their dates and places. */
	get items() {
		const score = this.#score;
		return this.#order.map((ev, i) => ({
			id: itemId(ev),
			text: ev.event,
			...(score && {
				dateLabel: historyDate(ev.date),
				isoDate: ev.date,
				inPlace: score.inPlace[i],
				belongs: this.rankOf(ev) + 1
			})
		}));
	}

	/** Where an event belongs (0-based). */
	rankOf(event: Event): number {
		return this.#answer.indexOf(event);
	}

	async load(db: KartotekaDB, deckIds: readonly string[], seed: number): Promise<void> {
		const decks = await timelineDecks(db, deckIds);
		this.#events = timelineEvents(
			await activeCards(
				db,
				decks.map((d) => d.id)
			)
		);
		this.#deal(seed);
		this.#loaded = true;
	}

	newRound(): void {
		this.#deal(this.#seed + 1);
	}

	move(from: number, to: number): void {
		if (this.#score) return;
		this.#order = moveItem(this.#order, from, to);
	}

	check(): void {
		if (!this.#order.length) return;
		this.#score = scoreOrder(this.#order.map((e) => this.#answer.indexOf(e)));
	}

	#deal(seed: number): void {
		this.#seed = seed;
		const round = chronologyRound(this.#events, seed);
		this.#answer = round?.answer ?? [];
		this.#order = round?.shown ?? [];
		this.#score = null;
	}
}
