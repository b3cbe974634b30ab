import { describe, expect, it } from 'vitest';
import { growth, LINEAR } from '$lib/testing/timing';
import { jsonErrorOffset, lineColumn, parseJsonText } from './json-text';

const message = (text: string) => {
	const r = parseJsonText(text);
	if (r.ok) throw new Error('expected a rejection');
	return r.message;
};

describe('JSON error positions', () => {
	it('finds where the text stops being JSON', () => {
		expect(jsonErrorOffset('{"a": oops}')).toBe(6);
		expect(jsonErrorOffset('[1, 2,]')).toBe(6);
		expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
		expect(jsonErrorOffset('{"a": "\\q"}')).toBe(8);
		expect(jsonErrorOffset('{"a": [1, {"b": ')).toBe(16);
		expect(jsonErrorOffset('{"a": 1, }')).toBe(9);
		expect(lineColumn('a\nbc\nd', 4)).toEqual({ line: 2, column: 3 });
	});

	// Issue 9, item 5: broken JSON nested 10,000 deep overflowed the stack of a recursive scanner.
	it('reports broken JSON nested 10,000 deep (regression: stack overflow)', () => {
		const deep = '['.repeat(10_000) + 'x';
		expect(jsonErrorOffset(deep)).toBe(10_000);
		expect(message(deep)).toMatch(/^not valid JSON at line 1, column 10001 /);
		const objects = '{"a":'.repeat(20_000) + '}';
		expect(jsonErrorOffset(objects)).toBe(100_000);
	});

	it('takes linear time on long broken input', () => {
		const open = (n: number) => '['.repeat(n) + '"' + 'x'.repeat(n);
		const number = (n: number) => '{"k": ' + '1'.repeat(n);
		expect(growth((n) => jsonErrorOffset(open(n)), 50_000)).toBeLessThan(LINEAR);
		expect(growth((n) => jsonErrorOffset(number(n)), 100_000)).toBeLessThan(LINEAR);
	});
});
