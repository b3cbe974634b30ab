// Issue 11, seventh pass: the Blob parts are UTF-8 coded into one buffer, and an element is cut out
// of JSON.stringify's own indentation; both must give the very text they gave before.
import { describe, expect, it } from 'vitest';
import { BlobSink, element, list } from './blob-json';

/** The element as it was written before: stringified, then every line break indented by hand. */
const byReplace = (value: unknown, first: boolean) =>
	(first ? '\n' : ',\n') + '\t\t' + JSON.stringify(value, null, '\t').replace(/\n/g, '\n\t\t');

const bytesOf = async (blobs: Blob[]) => Buffer.from(await new Blob(blobs).arrayBuffer());

describe('BlobSink', () => {
	it('codes text across its parts as one UTF-8 text, no character cut at a part’s end', async () => {
		const sink = new BlobSink();
		// Two-, three- and four-byte characters (a surrogate pair), so that parts end inside them.
		const pieces = Array.from(
			{ length: 5000 },
			(_, i) => `${i}: Договор 🙂 ${'ё€'.repeat(i % 97)}\n`
		);
		pieces.push('я'.repeat(3 << 19)); // one piece larger than several parts
		for (const p of pieces) sink.add(p);
		sink.flush();
		const text = pieces.join('');
		expect((await bytesOf(sink.parts)).equals(Buffer.from(text, 'utf8'))).toBe(true);
		expect(sink.parts.length).toBeGreaterThan(3);
		for (const part of sink.parts) expect(part.size).toBeLessThanOrEqual(1 << 20);
		// Each part is whole characters: it decodes alone without a replacement character.
		for (const part of sink.parts) expect(await part.text()).not.toContain('\uFFFD');
	});

	it('keeps nothing of a part already handed to a Blob when the buffer is used again', async () => {
		const sink = new BlobSink();
		sink.add('a'.repeat((1 << 20) - 1));
		sink.add('bc'); // fills the first part, the rest starts the second
		sink.add('d'.repeat(10));
		sink.flush();
		expect(sink.parts.map((p) => p.size)).toEqual([1 << 20, 11]);
		expect(await new Blob(sink.parts).text()).toBe(
			`${'a'.repeat((1 << 20) - 1)}bc${'d'.repeat(10)}`
		);
	});
});

describe('element', () => {
	const values: unknown[] = [
		{ deckId: 'd', cardId: 'c1', card: { due: '2026-11-25T12:00:00.000Z', reps: 2 }, reviews: [] },
		{ a: [], b: {}, c: [1, [2, [3, {}]]], d: null, e: 'line\nbreak\tand tab "quoted" \\', f: true },
		{ skipped: undefined, date: new Date('2026-11-25T12:00:00Z'), n: -0.000001, big: 1e21 },
		['top', 'level', []],
		'a string',
		42
	];
	it('is the text of the stringify-and-indent it replaced, first or not', () => {
		for (const v of values) {
			expect(element(v, true)).toBe(byReplace(v, true));
			expect(element(v, false)).toBe(byReplace(v, false));
		}
	});

	it('makes, in a list, the array JSON.stringify makes two levels deep', async () => {
		const sink = new BlobSink();
		values.forEach((v, i) => sink.add(element(v, i === 0)));
		sink.flush();
		const text = await new Blob(list(sink, values.length)).text();
		const whole = JSON.stringify({ x: values }, null, '\t');
		expect(`{\n\t"x": ${text}\n}`).toBe(whole);
	});

	it('compact: one line per element, as the backup writes its rows', () => {
		expect(element({ a: [1, 2] }, true, true)).toBe('\n\t\t{"a":[1,2]}');
		expect(element({ a: [1, 2] }, false, true)).toBe(',\n\t\t{"a":[1,2]}');
	});
});
