// The seam between the generator's pipeline and a language: everything that knows Russian (or,
// next, English) sits behind this interface in lang/<code>/, so another language is a new folder.

import type { Doc } from '../doc';
import type { FactDraft } from '../facts';
import type { Sentence } from '../sentences';
import type { DateMention } from './date';
import type { Person } from './person';

export interface DeckTitles {
	dates: { title: string; description: string };
	actors: { title: string; description: string };
	positions: { title: string; description: string };
}

export interface Mentions {
	dates: DateMention[];
	persons: Person[];
}

export interface Language {
	/** BCP 47 code written into the decks: "ru". */
	code: string;
	/**
	 * The cleaned text with what the language writes in capitals for show (an encyclopedia's
	 * headword) in sentence case; same length, so every offset holds. Optional.
	 */
	recase?(text: string): string;
	/** Sentences of the cleaned text (abbreviations and initials do not end one). */
	sentences(text: string): Sentence[];
	/** Dates and persons of the article. */
	mentions(doc: Doc, onSentence?: (done: number, total: number) => void): Mentions;
	/** Facts with their card drafts (questions written in the language). */
	facts(
		doc: Doc,
		mentions: Mentions,
		onSentence?: (done: number, total: number) => void
	): FactDraft[];
	/** The three decks' titles and descriptions for an article title. */
	titles(article: string): DeckTitles;
}
