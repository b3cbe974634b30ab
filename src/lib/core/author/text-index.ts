// Every card's search text in one string (issue 11). At 100,000 cards an object per card with its
// own haystack beside the card row held 130 MB after a search; one flat string and a typed array
// of where each card's text starts hold the same text without a string object per card, and the
// card rows (their context and the rest) need not be kept to search them.

/** Never in a normalized query word: a word cannot match across two cards' texts. */
const SEP = '\u0000';

export class TextIndex {
	readonly #text: string;
	/** Where each text starts in #text; the last entry is the end of the last text. */
	readonly #starts: Uint32Array;

	constructor(texts: readonly string[]) {
		this.#starts = new Uint32Array(texts.length + 1);
		let at = 0;
		texts.forEach((t, i) => {
			this.#starts[i] = at;
			at += t.length + SEP.length;
		});
		this.#starts[texts.length] = at;
		this.#text = texts.join(SEP) + SEP;
	}

	get size(): number {
		return this.#starts.length - 1;
	}

	/** The i-th text (a slice of the joined string, not kept once read). */
	text(i: number): string {
		if (!(i >= 0 && i < this.size)) throw new RangeError(`TextIndex: no text ${i}`);
		return this.#text.slice(this.#starts[i], this.#starts[i + 1] - SEP.length);
	}
}
