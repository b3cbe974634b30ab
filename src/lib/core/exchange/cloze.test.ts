import { describe, expect, it } from 'vitest';
import { expandCloze } from './cloze';
import { clozeReference } from './fuzz/oracles';
import { seededRandom } from './fuzz/random';

// The regex this module used before (issue 9, item 10: cubic on "{{c1::" repeated) is the
// reference for what a cloze note means (fuzz/oracles.ts): the linear scanner must agree with it.
const reference = clozeReference;

describe('cloze notes', () => {
	it('makes one card per number, hints shown, other gaps filled', () => {
		expect(expandCloze('{{c1::Чичерин}} подписал {{c2::16 апреля::дата}}, {{c1::он}}')).toEqual([
			{ n: 1, front: '[…] подписал 16 апреля, […]', back: 'Чичерин; он' },
			{ n: 2, front: 'Чичерин подписал [дата], он', back: '16 апреля' }
		]);
		expect(expandCloze('{{c1::a::b::c}} {{c1::x}')).toEqual([
			{ n: 1, front: '[b::c] {{c1::x}', back: 'a' }
		]);
		expect(expandCloze('no gaps')).toEqual([]);
	});

	it('agrees with the regex it replaced on 3,000 random notes', () => {
		const rnd = seededRandom(7);
		const pieces = ['{{c', '1', '2', '::', ':', '}}', '}', '{{', 'a', ' ', 'x::y', '{{c3::'];
		for (let k = 0; k < 3000; k++) {
			const text = Array.from({ length: 1 + rnd.int(14) }, () => rnd.pick(pieces)).join('');
			expect(expandCloze(text), text).toEqual(reference(text));
		}
	});

	// 6,400 openers took 88 s with the regex.
	it('takes linear time on unclosed and nested openers (regression: cubic)', () => {
		const t0 = performance.now();
		expandCloze('{{c1::'.repeat(20_000));
		expandCloze('{{c1::a::'.repeat(10_000) + '}}');
		expandCloze('{{c1::' + ':'.repeat(100_000));
		expect(performance.now() - t0).toBeLessThan(500);
	});

	it('refuses a note whose cards would be longer than the limit, before building them', () => {
		const many = Array.from({ length: 3000 }, (_, i) => `{{c${i + 1}::слово}}`).join(' ');
		const t0 = performance.now();
		expect(expandCloze(many, 2000)).toEqual({ tooLong: 1 });
		expect(performance.now() - t0).toBeLessThan(200);
		expect(expandCloze('{{c1::a}} {{c2::b}}', 2000)).toHaveLength(2);
	});
});
