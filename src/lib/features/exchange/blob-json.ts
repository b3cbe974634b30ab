// JSON written into Blob parts of about a megabyte, element by element (issue 11): the page holds
// one piece at a time, the browser keeps the parts outside the JavaScript heap. The deck export
// (json-export.ts) and the backup (features/backup/backup-file.ts) write their files with it.

const CHUNK = 1 << 20;
const encoder = new TextEncoder();

/**
 * Text gathered into Blob parts of about CHUNK bytes. The text is coded as UTF-8 into one buffer
 * as it comes (issue 11, seventh pass: a Blob made of strings took 3.2 s of a 100,000-card export
 * for 309 MB, five times the cost of the coding); a Blob copies the bytes it is made of, so the
 * buffer is used again.
 */
export class BlobSink {
	readonly parts: Blob[] = [];
	#bytes = new Uint8Array(CHUNK);
	#at = 0;
	add(text: string): void {
		for (;;) {
			const { read, written } = encoder.encodeInto(text, this.#bytes.subarray(this.#at));
			this.#at += written;
			if (read === text.length) return;
			// The buffer is full (a character is never cut): the rest goes into the next part.
			this.flush();
			text = text.slice(read);
		}
	}
	flush(): void {
		if (this.#at) this.parts.push(new Blob([this.#bytes.subarray(0, this.#at)]));
		this.#at = 0;
	}
}

/**
 * `value` as an element of an array two levels deep, as JSON.stringify(…, null, '\t') puts it;
 * `compact`: on one line (the backup's rows: half a million logs pretty-printed would triple it).
 * Stringified inside two arrays and cut out, so that JSON.stringify indents it itself (issue 11,
 * seventh pass: a replace of every line break to indent it cost four times the stringify).
 */
export const element = (value: unknown, first: boolean, compact = false) =>
	compact
		? (first ? '\n' : ',\n') + '\t\t' + JSON.stringify(value)
		: // '[\n\t[\n\t\t' + value + '\n\t]\n]': the first four and the last five characters go.
			(first ? '' : ',') + JSON.stringify([[value]], null, '\t').slice(4, -5);

/** The parts of a sink as a JSON array of its `n` elements. */
export const list = (sink: BlobSink, n: number) =>
	n ? [new Blob(['[']), ...sink.parts, new Blob(['\n\t]'])] : [new Blob(['[]'])];
