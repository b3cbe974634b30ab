// What the extractors of a language pack give the pipeline: facts with their card drafts, in the
// deck format's own Fact shape, and what selection needs to weigh them. Language-independent.

import type { Fact } from '../deck/types';
import type { Person } from './lang/person';

export type DeckName = 'dates' | 'actors' | 'positions';

export interface CardDraft {
	deck: DeckName;
	front: string;
	back: string;
	fact: Fact;
}

export interface FactDraft {
	/** Index of the sentence that tells it. */
	sentence: number;
	/** Offsets (cleaned text) of the clause the fact comes from. */
	clause: [number, number];
	/** What kind of event it is (treaty, conference, war, decision, government, letter …). */
	kind: string;
	/** How much the kind is worth learning, 0–3 (the language pack's lexicon). */
	weight: number;
	/** Persons the fact involves. */
	persons: Person[];
	/** The card(s): one direction, or both where both are worth knowing. */
	cards: CardDraft[];
	/** Identity of the fact across decks: one fact is asked once. */
	key: string;
	/** Facts a text reports without vouching for them are kept out of the core. */
	hedged?: boolean;
}
