// A custom study round (issue 12: cram a deck without changing its schedule, the cards I got wrong
// today, review ahead, study by tag). Like Anki's cram ("filtered deck" without rescheduling): the
// student goes through the chosen cards, "Again" sends a card to the end of the round, "Got it"
// takes it out; nothing is written, so no FSRS state and no review log change.
import { dayStart, nextDayStart } from '$lib/core/schedule/day';
import type { CardRow, KartotekaDB } from '$lib/db';
import { customCards, deckTags, type CustomChoice } from '$lib/db/custom-study-repo';

export { deckTags };
import { loadSettings } from './settings';

export type CustomMode = 'all' | 'wrong' | 'ahead' | 'tag';
export const CUSTOM_MODES: readonly CustomMode[] = ['all', 'wrong', 'ahead', 'tag'];
/** The mode an address names (`custom=`), or null when it names none. */
export function customMode(value: string | null): CustomMode | null {
	return CUSTOM_MODES.includes(value as CustomMode) ? (value as CustomMode) : null;
}

/** How far "review ahead" looks: the next week's reviews. */
export const AHEAD_DAYS = 7;

export class CustomRound {
	#queue = $state.raw<CardRow[]>([]);
	#revealed = $state(false);
	#total = 0;
	#again = $state(0);

	constructor(cards: CardRow[]) {
		this.#queue = cards;
		this.#total = cards.length;
	}

	get card(): CardRow | null {
		return this.#queue[0] ?? null;
	}
	get revealed(): boolean {
		return this.#revealed;
	}
	/** Cards chosen for the round, and cards still to get right. */
	get total(): number {
		return this.#total;
	}
	get left(): number {
		return this.#queue.length;
	}
	/** How many times "Again" was pressed. */
	get again(): number {
		return this.#again;
	}

	reveal(): void {
		if (this.card) this.#revealed = true;
	}

	/** "Got it" takes the card out of the round; "Again" sends it to the end. */
	answer(gotIt: boolean): void {
		const [card, ...rest] = this.#queue;
		if (!card || !this.#revealed) return;
		if (!gotIt) this.#again++;
		this.#queue = gotIt ? rest : [...rest, card];
		this.#revealed = false;
	}
}

/** Reads the cards the mode chooses (in the study day the app uses) and opens a round. */
export async function openCustomRound(
	db: KartotekaDB,
	deckId: string,
	mode: CustomMode,
	tag: string,
	now: Date
): Promise<CustomRound> {
	const hour = (await loadSettings(db)).dayStartHour;
	const choice: CustomChoice =
		mode === 'wrong'
			? { kind: 'wrong', dayStartMs: dayStart(now, hour).getTime() }
			: mode === 'ahead'
				? {
						kind: 'ahead',
						untilMs: nextDayStart(now, hour).getTime() + AHEAD_DAYS * 86_400_000
					}
				: mode === 'tag'
					? { kind: 'tag', tag }
					: { kind: 'all' };
	return new CustomRound(await customCards(db, deckId, choice));
}
