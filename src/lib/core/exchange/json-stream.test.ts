import { describe, expect, it } from 'vitest';
import { JsonObjectStream, type JsonEvent } from './json-stream';

/** The events of `text` pushed in pieces of `size` characters. */
function events(text: string, size: number): JsonEvent[] {
	const s = new JsonObjectStream(new Set(['items']));
	const out: JsonEvent[] = [];
	for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
	s.end();
	return out;
}

const error = (text: string, size: number): string => {
	try {
		events(text, size);
	} catch (e) {
		return (e as Error).message;
	}
	return 'no error';
};

// Strings skipped by indexOf to their next quote or backslash (tenth pass): escapes at the end of
// a string, an escaped quote and backslash, a string of only escapes, long strings, line breaks.
const tricky = [
	'C:\\',
	'say "hi"',
	'\\"',
	'"\\"\\\\',
	'',
	'a\nb\r\tc',
	'x'.repeat(5000) + '\\' + 'y'.repeat(3000),
	'«ёлка» 𝄞 \u2028',
	'}]{[,'
];

describe('JsonObjectStream', () => {
	it('gives the values JSON.parse gives, for every size of the pieces', () => {
		const value = {
			head: 'a\\',
			items: tricky.map((t, i) => ({ t, n: i, list: [t, { deep: t }] })),
			tail: tricky
		};
		for (const text of [JSON.stringify(value), JSON.stringify(value, null, '\t')]) {
			const whole = events(text, text.length);
			const items = whole.flatMap((e) => (e.kind === 'item' ? [e.value] : []));
			expect(items).toEqual(value.items);
			const tail = whole.flatMap((e) => (e.kind === 'field' && e.key === 'tail' ? [e.value] : []));
			expect(tail).toEqual([tricky]);
			for (const size of [1, 2, 3, 5, 7, 64, 1000]) expect(events(text, size)).toEqual(whole);
		}
	});

	it('names the line and column of an error after strings with escapes and line breaks', () => {
		const good = JSON.stringify({ items: tricky, more: tricky }, null, '\t');
		const at = good.lastIndexOf('"more"');
		const broken = good.slice(0, at) + '"more" ::' + good.slice(at + 7);
		const lines = broken.slice(0, at + 8).split('\n');
		const where = `line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
		for (const size of [1, 3, 7, 100, broken.length]) expect(error(broken, size)).toContain(where);
	});
});
