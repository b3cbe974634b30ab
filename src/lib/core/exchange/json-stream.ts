// A JSON object read in pieces of text (issue 11: a 100,000-card bundle is ~310 MB): its top-level
// fields one by one, and the elements of the arrays named in `spread` one by one, each handed over
// as the value JSON.parse makes of its own text. No streaming JSON parser from npm is used: the
// ones kept up (e.g. @streamparser/json) build every value token by token in JavaScript, several
// times slower than JSON.parse on a deck of 1,000 cards, and weigh 20–40 kB; the bundle needs only
// its top level cut apart, which this scanner does in one pass over each character (the state of
// an unfinished value is kept between pieces, so a value cut by a piece is not scanned again).
import { jsonErrorOffset } from './json-text';

export type JsonEvent =
	| { kind: 'field'; key: string; value: unknown }
	| { kind: 'item'; key: string; index: number; value: unknown }
	/** A list of `spread` opens (its elements follow as items). */
	| { kind: 'list'; key: string };

/** Broken JSON, with the line and column in the whole text. */
export class JsonStreamError extends Error {}

type Stage = 'start' | 'key' | 'colon' | 'value' | 'items' | 'itemEnd' | 'next' | 'end';

export class JsonObjectStream {
	#buf = '';
	#pos = 0;
	#stage: Stage = 'start';
	#key = '';
	#index = 0;
	#first = true;
	// An unfinished value: where it starts in #buf, how far it was scanned, and the scan's state.
	#from = -1;
	#scan = 0;
	#depth = 0;
	#inString = false;
	#escape = false;
	// Lines before #buf (for messages): count and the column where the buffer starts.
	#line = 1;
	#column = 1;

	constructor(private readonly spread: ReadonlySet<string>) {}

	/** Takes the next piece of text; returns the fields and elements it completed. */
	push(text: string): JsonEvent[] {
		const drop = this.#from >= 0 ? this.#from : this.#pos;
		this.#advanceLines(drop);
		this.#buf = this.#buf.slice(drop) + text;
		if (this.#from >= 0) {
			this.#scan -= this.#from;
			this.#pos -= this.#from;
			this.#from = 0;
		} else this.#pos = 0;
		const out: JsonEvent[] = [];
		while (this.#step(out));
		return out;
	}

	/** The text has ended: anything but a closed object and white space is an error. */
	end(): void {
		this.#ws();
		if (this.#stage !== 'end') this.#fail(this.#buf.length, 'the text ends early');
		if (this.#pos < this.#buf.length) this.#fail(this.#pos, 'text after the end of the object');
	}

	/** One move of the state machine; false when it needs more text. */
	#step(out: JsonEvent[]): boolean {
		if (this.#stage === 'value' || this.#stage === 'items' || this.#stage === 'key')
			return this.#valueStep(out);
		if (!this.#ws()) return false;
		const c = this.#buf[this.#pos];
		if (this.#stage === 'start') return this.#expect(c, '{', 'key');
		if (this.#stage === 'colon') return this.#expect(c, ':', 'value');
		if (this.#stage === 'next') {
			if (c === '}') return this.#expect(c, '}', 'end');
			return this.#expect(c, ',', 'key');
		}
		if (this.#stage === 'itemEnd') {
			if (c === ']') return this.#expect(c, ']', 'next');
			return this.#expect(c, ',', 'items');
		}
		this.#fail(this.#pos, 'text after the end of the object');
		return false;
	}

	/** A key, a field's value or an array's element: scanned whole, then parsed. */
	#valueStep(out: JsonEvent[]): boolean {
		if (this.#from < 0) {
			if (!this.#ws()) return false;
			const c = this.#buf[this.#pos];
			if (this.#stage === 'key' && c === '}' && this.#first) return this.#expect(c, c, 'end');
			if (this.#stage === 'key' && c !== '"') this.#fail(this.#pos, 'expected a field name');
			if (this.#stage === 'items' && c === ']' && this.#index === 0)
				return this.#expect(c, c, 'next');
			if (this.#stage === 'value' && c === '[' && this.spread.has(this.#key)) {
				this.#index = 0;
				out.push({ kind: 'list', key: this.#key });
				return this.#expect(c, c, 'items');
			}
			this.#from = this.#scan = this.#pos;
			this.#depth = 0;
			this.#inString = this.#escape = false;
		}
		const end = this.#scanValue();
		if (end < 0) return false;
		const value = this.#parse(this.#from, end);
		this.#from = -1;
		this.#pos = end;
		if (this.#stage === 'key') {
			this.#key = value as string;
			this.#first = false;
			this.#stage = 'colon';
		} else if (this.#stage === 'items') {
			out.push({ kind: 'item', key: this.#key, index: this.#index++, value });
			this.#stage = 'itemEnd';
		} else {
			out.push({ kind: 'field', key: this.#key, value });
			this.#stage = 'next';
		}
		return true;
	}

	/** Where the value begun at #from ends (exclusive), or −1 if the text so far does not close it. */
	#scanValue(): number {
		const b = this.#buf;
		let i = this.#scan;
		// The next backslash and quote at or after i (2³² − 1 when none): a string's text is skipped
		// to its next quote or backslash by indexOf, not character by character (tenth pass).
		let slash = -1;
		let quote = -1;
		for (; i < b.length; i++) {
			if (this.#inString) {
				if (this.#escape) {
					this.#escape = false;
					continue;
				}
				if (slash < i) slash = b.indexOf('\\', i) >>> 0;
				if (quote < i) quote = b.indexOf('"', i) >>> 0;
				if (slash < quote) {
					// The loop's step moves past the backslash; the escaped character is skipped next.
					i = slash;
					this.#escape = true;
				} else if (quote >= b.length) i = b.length - 1;
				else {
					i = quote;
					this.#inString = false;
					if (this.#depth === 0) return i + 1;
				}
				continue;
			}
			const c = b.charCodeAt(i);
			if (c === 34) this.#inString = true;
			else if (c === 123 || c === 91) this.#depth++;
			else if (c === 125 || c === 93) {
				// A closing bracket at depth 0 ends a number or a word before it (the parent's).
				if (this.#depth === 0) return i;
				if (--this.#depth === 0) return i + 1;
			} else if (this.#depth === 0 && (c === 44 || c === 32 || c === 10 || c === 13 || c === 9))
				return i;
		}
		this.#scan = i;
		return -1;
	}

	#parse(from: number, to: number): unknown {
		const text = this.#buf.slice(from, to);
		try {
			return JSON.parse(text);
		} catch (e) {
			const reason = (e as Error).message
				.replace(/\s*\(line \d+ column \d+\)/, '')
				.replace(/ in JSON at position \d+/, '')
				.replace(/, ".*" is not valid JSON$/s, '');
			return this.#fail(from + Math.min(jsonErrorOffset(text), text.length), reason);
		}
	}

	/** Skips white space; false at the end of the text so far. */
	#ws(): boolean {
		const b = this.#buf;
		while (this.#pos < b.length) {
			const c = b.charCodeAt(this.#pos);
			if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return true;
			this.#pos++;
		}
		return false;
	}

	#expect(c: string, want: string, next: Stage): boolean {
		if (c !== want) this.#fail(this.#pos, `expected "${want}"`);
		this.#pos++;
		this.#stage = next;
		if (want === '{') this.#first = true;
		return true;
	}

	/** Counts the lines of the text dropped from the buffer (line breaks found by indexOf). */
	#advanceLines(upTo: number): void {
		const b = this.#buf;
		let last = -1;
		for (let i = b.indexOf('\n'); i >= 0 && i < upTo; i = b.indexOf('\n', i + 1)) {
			this.#line++;
			last = i;
		}
		this.#column = last < 0 ? this.#column + upTo : upTo - last;
	}

	#fail(at: number, reason: string): never {
		let line = this.#line;
		let column = this.#column;
		for (let i = 0; i < at && i < this.#buf.length; i++)
			if (this.#buf.charCodeAt(i) === 10) {
				line++;
				column = 1;
			} else column++;
		throw new JsonStreamError(`not valid JSON at line ${line}, column ${column} (${reason})`);
	}
}
