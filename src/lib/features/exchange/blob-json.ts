// JSON written into Blob parts of about a megabyte, element by element (issue 11): the page holds
// one piece at a time, the browser keeps the parts outside the JavaScript heap. The deck export
// (json-export.ts) and the backup (features/backup/backup-file.ts) write their files with it.

const CHUNK = 1 << 20;

/** Text gathered into Blob parts of about CHUNK characters. */
export class BlobSink {
	readonly parts: Blob[] = [];
	#text = '';
	add(text: string): void {
		this.#text += text;
		if (this.#text.length >= CHUNK) this.flush();
	}
	flush(): void {
		if (this.#text) this.parts.push(new Blob([this.#text]));
		this.#text = '';
	}
}

/**
 * `value` as an element of an array two levels deep, as JSON.stringify(…, null, '\t') puts it;
 * `compact`: on one line (the backup's rows: half a million logs pretty-printed would triple it).
 */
export const element = (value: unknown, first: boolean, compact = false) =>
	(first ? '\n' : ',\n') +
	'\t\t' +
	(compact ? JSON.stringify(value) : JSON.stringify(value, null, '\t').replace(/\n/g, '\n\t\t'));

/** The parts of a sink as a JSON array of its `n` elements. */
export const list = (sink: BlobSink, n: number) =>
	n ? [new Blob(['[']), ...sink.parts, new Blob(['\n\t]'])] : [new Blob(['[]'])];
