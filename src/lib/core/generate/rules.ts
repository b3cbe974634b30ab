// The shape of every extraction rule: an id (named in tests and in a card's provenance), an
// example that is its own unit test, and the function itself. Rules of one kind form an ordered
// list; a language pack holds its lists.

export interface Rule<I, O> {
	id: string;
	/** An input the rule must read, and what it must read there (checked by rules.test.ts). */
	example: { text: string; [key: string]: unknown };
	apply(input: I): O;
}
