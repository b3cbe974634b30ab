import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { parseParameters } from './parameters';

describe('parseParameters (simulate --params)', () => {
	it('reads the settings page’s comma-separated list, a JSON array and { w }', () => {
		const w = [...default_w];
		expect(parseParameters(w.map((x) => x.toFixed(4)).join(', '))).toEqual({
			w: w.map((x) => Number(x.toFixed(4)))
		});
		expect(parseParameters(JSON.stringify(w))).toEqual({ w });
		expect(parseParameters(JSON.stringify({ w }))).toEqual({ w });
	});

	it('says what is wrong with a bad file', () => {
		expect(parseParameters('[1, 2, 3]')).toEqual({
			problem: 'expected 21 parameters (FSRS-6), got 3'
		});
		expect(parseParameters('1, x, 3')).toEqual({ problem: 'every parameter must be a number' });
		expect(parseParameters('[1, 2')).toEqual({ problem: 'not valid JSON' });
		expect(parseParameters('{"v": 1}')).toEqual({
			problem: 'expected an array of numbers or { "w": [...] }'
		});
	});
});
