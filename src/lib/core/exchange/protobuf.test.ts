// The protobuf reader on what Anki writes (varints, strings, nested and repeated messages, fixed
// fields to step over) and on damaged bytes: a clear Error, never a hang or a wrong value.
import { describe, expect, it } from 'vitest';
import { protoBytes, protoVarint } from '$lib/testing/anki-latest';
import { protoMessages, protoNumber, protoString, readProto } from './protobuf';
import { seededRandom } from '$lib/core/util/random';

const text = (s: string) => [...new TextEncoder().encode(s)];

describe('readProto', () => {
	it('reads varints (past 32 bits), strings, repeated nested messages and skips fixed fields', () => {
		const entry = (name: string, size: number) =>
			protoBytes(1, [...protoBytes(1, text(name)), ...protoVarint(2, size)]);
		const bytes = new Uint8Array([
			...entry('rapallo.jpg', 1234),
			// A fixed64 and a fixed32 field (wire types 1 and 5) between the entries.
			(7 << 3) | 1,
			...new Array(8).fill(0xff),
			(8 << 3) | 5,
			1,
			2,
			3,
			4,
			...entry('звук.mp3', 2 ** 40),
			...protoVarint(3, 3)
		]);
		const f = readProto(bytes);
		const entries = protoMessages(f, 1);
		expect(entries.map((e) => [protoString(e, 1), protoNumber(e, 2)])).toEqual([
			['rapallo.jpg', 1234],
			['звук.mp3', 2 ** 40]
		]);
		expect(protoNumber(f, 3)).toBe(3);
		expect(protoNumber(f, 9)).toBe(0);
		expect(protoString(f, 9)).toBe('');
	});

	it('refuses truncated fields and unknown wire types with an Error', () => {
		expect(() => readProto(new Uint8Array([0x08]))).toThrow(/truncated varint/);
		expect(() => readProto(new Uint8Array([0x0a, 5, 1, 2]))).toThrow(/truncated field/);
		expect(() => readProto(new Uint8Array([0x0b]))).toThrow(/wire type 3/);
		expect(() => readProto(new Uint8Array(11).fill(0x80))).toThrow(/varint/);
	});

	it('on 2,000 random byte strings it ends with a value or an Error, each within the input', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 2000; i++) {
			const bytes = new Uint8Array(Math.floor(random() * 64)).map(() => random() * 256);
			try {
				const f = readProto(bytes);
				for (const values of f.values())
					for (const v of values)
						if (v instanceof Uint8Array) expect(v.length).toBeLessThanOrEqual(bytes.length);
			} catch (e) {
				expect(e).toBeInstanceOf(Error);
				expect(String(e)).toMatch(/^Error: protobuf:/);
			}
		}
	});
});
