// The fuzz suite inside `npm test` (issue 9): a fixed seed, 150 cases per target (1,050 in all),
// inputs up to 100 KB. `npm run fuzz` runs more, larger, from any seed (scripts/fuzz.ts).
import { describe, expect, it } from 'vitest';
import { formatReport, runFuzz, totals } from './run';
import type { FuzzTarget } from './targets';

const clock = () => performance.now();

describe('fuzz suite', () => {
	it(
		'1,050 hostile inputs: none crashes, hangs, is accepted wrongly or refused unclearly',
		{ timeout: 60_000 },
		() => {
			const report = runFuzz({ seed: 20261125, cases: 150, maxSize: 100_000, clock });
			console.log(formatReport(report));
			const t = totals(report);
			expect(t.tried).toBeGreaterThanOrEqual(1000);
			expect(report.failures.map((f) => `${f.verdict} ${f.id} (${f.label}): ${f.reason}`)).toEqual(
				[]
			);
			// Both sides are exercised: much is refused, much is accepted (and checked).
			for (const [name, c] of report.counts) {
				if (name !== 'typed') expect(c.refused, name).toBeGreaterThan(10);
				expect(c.accepted, name).toBeGreaterThan(10);
			}
		}
	);
});

// The runner itself: it must see each kind of failure, or its zeros mean nothing.
describe('fuzz runner', () => {
	const target = (run: FuzzTarget['run'], fault = false): FuzzTarget => ({
		name: 'probe',
		make: () => ({
			input: 'x'.repeat(3000),
			size: 3000,
			label: 'probe',
			...(fault ? { fault: { label: 'planted', field: /planted/ } } : {})
		}),
		run,
		check: (_c, o) => (o.ok && o.value === 'bad' ? 'a rule broken' : null)
	});
	const run = (t: FuzzTarget) => totals(runFuzz({ seed: 1, cases: 20, clock }, [t]));

	it('counts a throw as a crash, a quadratic parser as hung', () => {
		expect(
			run(
				target(() => {
					throw new RangeError('stack');
				})
			).crashed
		).toBe(20);
		// 3 KB in 150 ms: over the bound (50 ms + 2 ms per KB), as a quadratic parser would be.
		const slow = target(() => {
			const until = clock() + 150;
			while (clock() < until);
			return { ok: true, value: 1 };
		});
		expect(totals(runFuzz({ seed: 1, cases: 2, clock }, [slow])).hung).toBe(2);
	});

	it('counts a planted fault let through, a broken rule and prototype pollution as accepted wrongly', () => {
		expect(run(target(() => ({ ok: true, value: 1 }), true)).acceptedWrongly).toBe(20);
		expect(run(target(() => ({ ok: true, value: 'bad' }))).acceptedWrongly).toBe(20);
		const polluting = target(() => {
			(Object.prototype as Record<string, unknown>).polluted = 1;
			return { ok: true, value: 1 };
		});
		try {
			expect(run(polluting).acceptedWrongly).toBe(20);
		} finally {
			delete (Object.prototype as Record<string, unknown>).polluted;
		}
	});

	it('counts a refusal without a message, or one beside the planted fault, as unclear', () => {
		expect(run(target(() => ({ ok: false, messages: [' '] }))).unclear).toBe(20);
		expect(run(target(() => ({ ok: false, messages: ['something else'] }), true)).unclear).toBe(20);
		expect(run(target(() => ({ ok: false, messages: ['the planted fault'] }), true)).refused).toBe(
			20
		);
	});
});
