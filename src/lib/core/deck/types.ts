// The deck file format: the contract between the generator, the app and its users
// (see DESIGN.md, "The deck file format"). Validation lives in validate.ts.

export const DECK_FORMAT = 'kartoteka-deck';
export const DECK_VERSION = 1;

export type DeckKind = 'dates' | 'actors' | 'positions' | 'custom';

export type Fact =
	| { type: 'date'; ask: 'date' | 'event'; date: string; event: string }
	| { type: 'person'; ask: 'person' | 'role'; person: string; surname: string; role: string }
	// `date` on a post: the years the text gives for holding it (optional, format 1 compatible).
	| {
			type: 'post';
			ask: 'person' | 'post';
			person: string;
			surname: string;
			post: string;
			date?: string;
	  }
	// `topic` on a stance: what it is about ("советско-польская война 1920 г."), optional.
	| {
			type: 'stance';
			ask: 'holder' | 'stance';
			holder: string;
			stance: string;
			topic?: string;
			date?: string;
	  };

export interface CardFile {
	/** Stable across regeneration while its fact is unchanged. */
	id: string;
	/** Plain text (no HTML); a cloze gap is written "[…]". */
	front: string;
	/** Plain text: the answer. */
	back: string;
	/** The source sentence, cleaned, answer included. */
	context?: string;
	tags?: string[];
	/** Offsets of `context` in the source text (JS string indices). */
	source?: { start: number; end: number };
	fact?: Fact;
}

export interface DeckFile {
	format: typeof DECK_FORMAT;
	version: typeof DECK_VERSION;
	/** Stable slug, unique per deck. */
	id: string;
	title: string;
	description?: string;
	/** BCP 47, e.g. 'ru'. */
	lang: string;
	kind: DeckKind;
	source?: { title: string; file?: string; sha256?: string };
	generator?: { name: string; version: string };
	cards: CardFile[];
}
