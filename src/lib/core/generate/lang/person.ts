// What a language pack's person finder gives the pipeline: one canonical person per individual,
// and every place the article mentions them.
import type { Gender } from './morphology';

export interface PersonMention {
	/** Offsets in the cleaned text. */
	start: number;
	end: number;
	/** Token range [from, to). */
	tokens: [number, number];
	/** The rule that found it ("initials-surname", "given-surname", "surname" for a bare one). */
	rule: string;
}

export interface Person {
	/** As a reader writes it, nominative, at the fullest the text gives: "Георгий Чичерин". */
	name: string;
	/** The nominative surname alone: "Чичерин". */
	surname: string;
	/** The nominative first name, if the text gives it. */
	given?: string;
	/** "Г. В.", if the text gives initials. */
	initials?: string;
	gender: Gender;
	mentions: PersonMention[];
}
