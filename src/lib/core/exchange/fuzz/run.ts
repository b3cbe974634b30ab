// The fuzz runner: cases from a seed, each through its target under a time bound per kilobyte,
// counted as crashed (the parser threw), hung (over the bound, three times running), accepted
// wrongly (a planted fault let through, a rule broken, Object.prototype touched) or refused
// unclearly (no message, or one that does not point at the planted fault). Pure: the clock is
// a parameter. `npm test` runs a small seed range; `npm run fuzz` more (scripts/fuzz.ts).
import { seededRandom, type Random } from './random';
import { prototypePolluted } from './oracles';
import { TARGETS, type FuzzCase, type FuzzTarget, type Outcome } from './targets';

/** Time bound of one case: a fixed allowance plus this much per kilobyte of input. */
export const BOUND = { baseMs: 50, perKbMs: 2 };
export const boundMs = (size: number) => BOUND.baseMs + (BOUND.perKbMs * size) / 1024;

export type Verdict = 'accepted' | 'refused' | 'crashed' | 'hung' | 'accepted-wrongly' | 'unclear';

export interface Counts {
	tried: number;
	accepted: number;
	refused: number;
	crashed: number;
	hung: number;
	acceptedWrongly: number;
	unclear: number;
	/** The slowest case per kilobyte (ms), with its size. */
	slowest: { msPerKb: number; size: number };
}

export interface Failure {
	target: string;
	/** Replays the case: `npm run fuzz -- --seed <seed> --case <id>`. */
	id: string;
	verdict: Verdict;
	label: string;
	reason: string;
	input: unknown;
}

export interface FuzzOptions {
	seed: number;
	/** Cases per target. */
	cases: number;
	clock: () => number;
	targets?: string[];
	/** Largest input in characters (bytes for files). */
	maxSize?: number;
	/** Only this case ("file#12"). */
	only?: string;
}

export interface FuzzReport {
	seed: number;
	counts: Map<string, Counts>;
	failures: Failure[];
}

/** The seed of case `i` of target `t`: any case can be made again on its own. */
const caseSeed = (seed: number, t: number, i: number) =>
	(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(t + 1, 0xc2b2ae35) + i * 0x27d4eb2f) >>> 0;

/** Mostly small inputs, some medium, a few large: hangs show on the large ones. */
function sizeOf(rnd: Random, max: number): number {
	const k = rnd.next();
	const pick = (lo: number, hi: number) => Math.floor(lo + rnd.next() * (Math.max(lo, hi) - lo));
	return k < 0.85
		? pick(16, 2_000)
		: k < 0.97
			? pick(2_000, Math.min(max, 50_000))
			: pick(50_000, max);
}

function timed(target: FuzzTarget, c: FuzzCase, clock: () => number) {
	const t0 = clock();
	const outcome = target.run(c);
	return { outcome, ms: clock() - t0 };
}

/** One case: its verdict, and the reason for any verdict but accepted and refused. */
function judge(target: FuzzTarget, c: FuzzCase, clock: () => number) {
	let run: { outcome: Outcome; ms: number };
	try {
		run = timed(target, c, clock);
		// Over the bound: twice more, so that a pause of the machine is not taken for a hang.
		for (let k = 0; k < 2 && run.ms > boundMs(c.size); k++) {
			const again = timed(target, c, clock);
			if (again.ms < run.ms) run = again;
		}
	} catch (e) {
		return { verdict: 'crashed' as Verdict, reason: String((e as Error)?.stack ?? e), ms: 0 };
	}
	const { outcome, ms } = run;
	if (ms > boundMs(c.size))
		return {
			verdict: 'hung' as Verdict,
			reason: `${ms.toFixed(0)} ms for ${c.size} (bound ${boundMs(c.size).toFixed(0)} ms)`,
			ms
		};
	if (prototypePolluted())
		return { verdict: 'accepted-wrongly' as Verdict, reason: 'Object.prototype changed', ms };
	const broken = target.check(c, outcome);
	if (broken)
		return {
			verdict: (outcome.ok ? 'accepted-wrongly' : 'unclear') as Verdict,
			reason: broken,
			ms
		};
	if (outcome.ok)
		return c.fault
			? { verdict: 'accepted-wrongly' as Verdict, reason: `accepted with “${c.fault.label}”`, ms }
			: { verdict: 'accepted' as Verdict, reason: '', ms };
	const said = outcome.messages.filter((m) => m.trim());
	if (!said.length)
		return { verdict: 'unclear' as Verdict, reason: 'refused without a message', ms };
	if (c.fault && !said.some((m) => c.fault!.field.test(m)))
		return {
			verdict: 'unclear' as Verdict,
			reason: `“${c.fault.label}” refused as: ${said.join('; ').slice(0, 300)}`,
			ms
		};
	return { verdict: 'refused' as Verdict, reason: '', ms };
}

const KEY: Record<Verdict, keyof Omit<Counts, 'tried' | 'slowest'>> = {
	accepted: 'accepted',
	refused: 'refused',
	crashed: 'crashed',
	hung: 'hung',
	'accepted-wrongly': 'acceptedWrongly',
	unclear: 'unclear'
};

/** `all` is for tests of the runner itself. */
export function runFuzz(o: FuzzOptions, all: FuzzTarget[] = TARGETS): FuzzReport {
	const report: FuzzReport = { seed: o.seed, counts: new Map(), failures: [] };
	const [onlyTarget, onlyIndex] = o.only?.split('#') ?? [];
	all.forEach((target, t) => {
		if (o.targets && !o.targets.includes(target.name)) return;
		if (onlyTarget && onlyTarget !== target.name) return;
		const counts: Counts = {
			tried: 0,
			accepted: 0,
			refused: 0,
			crashed: 0,
			hung: 0,
			acceptedWrongly: 0,
			unclear: 0,
			slowest: { msPerKb: 0, size: 0 }
		};
		report.counts.set(target.name, counts);
		for (let i = 0; i < o.cases; i++) {
			if (onlyIndex !== undefined && String(i) !== onlyIndex) continue;
			const rnd = seededRandom(caseSeed(o.seed, t, i));
			const c = target.make(rnd, sizeOf(rnd, o.maxSize ?? 600_000));
			const v = judge(target, c, o.clock);
			counts.tried++;
			counts[KEY[v.verdict]]++;
			const perKb = v.ms / Math.max(1, c.size / 1024);
			if (c.size >= 1024 && perKb > counts.slowest.msPerKb)
				counts.slowest = { msPerKb: perKb, size: c.size };
			if (v.verdict !== 'accepted' && v.verdict !== 'refused')
				report.failures.push({
					target: target.name,
					id: `${target.name}#${i}`,
					verdict: v.verdict,
					label: c.label,
					reason: v.reason,
					input: c.input
				});
		}
	});
	return report;
}

export function totals(report: FuzzReport): Counts {
	const sum: Counts = {
		tried: 0,
		accepted: 0,
		refused: 0,
		crashed: 0,
		hung: 0,
		acceptedWrongly: 0,
		unclear: 0,
		slowest: { msPerKb: 0, size: 0 }
	};
	for (const c of report.counts.values()) {
		for (const k of [
			'tried',
			'accepted',
			'refused',
			'crashed',
			'hung',
			'acceptedWrongly',
			'unclear'
		] as const)
			sum[k] += c[k];
		if (c.slowest.msPerKb > sum.slowest.msPerKb) sum.slowest = c.slowest;
	}
	return sum;
}

/** The figures as a table, then each failure with the id that replays it. */
export function formatReport(report: FuzzReport): string {
	const t = totals(report);
	const row = (name: string, c: Counts) =>
		[
			name.padEnd(6),
			...[c.tried, c.accepted, c.refused, c.crashed, c.hung, c.acceptedWrongly, c.unclear].map(
				(n) => String(n).padStart(9)
			),
			c.slowest.msPerKb.toFixed(3).padStart(11)
		].join('');
	return [
		`fuzz, seed ${report.seed}: tried ${t.tried}, crashed ${t.crashed}, hung ${t.hung}, accepted wrongly ${t.acceptedWrongly}, refused unclearly ${t.unclear}`,
		`time bound per case: ${BOUND.baseMs} ms + ${BOUND.perKbMs} ms per KB`,
		[
			'target',
			...['tried', 'accepted', 'refused', 'crashed', 'hung', 'wrongly', 'unclear'].map((h) =>
				h.padStart(9)
			),
			'ms/KB max'.padStart(11)
		].join(''),
		...[...report.counts].map(([name, c]) => row(name, c)),
		row('total', t),
		...report.failures
			.slice(0, 20)
			.map((f) => `  ${f.verdict} ${f.id} (${f.label}): ${f.reason.split('\n')[0]}`)
	].join('\n');
}
