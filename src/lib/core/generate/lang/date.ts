// A date expression found in an article, the same for every language.

export interface DateMention {
	/** Offsets in the cleaned text. */
	start: number;
	end: number;
	/** ISO 8601 at the precision the text gives: "1920", "1920-10", "1920-10-12", or "a/b". */
	iso: string;
	/** How a reader says it, year included: "12 октября 1920 г.". */
	label: string;
	/** The label as an adverbial of time: "в октябре 1920 г.", "12 октября 1920 г.". */
	when: string;
	/** The year was written (not taken from the narrative or a relative phrase). */
	explicitYear: boolean;
	/** The id of the rule that read it. */
	rule: string;
	/** Decades, centuries, seasons, "в начале 1920-х": coarse; rarely the date of one event. */
	coarse?: boolean;
}
