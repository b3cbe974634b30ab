// npm run fuzz [-- --cases N] [--seed S] [--target file,link,…] [--max-size BYTES] [--case file#12]
// The fuzz suite at length: N cases per target (default 3,000) from seed S (default: a new one,
// printed), through the real parsers under a time bound per kilobyte. Prints tried / crashed /
// hung / accepted wrongly / refused unclearly per target and exits 1 unless all four are zero.
// A failing case is saved under test-results/fuzz/ and replays with --seed S --case <id>.
// `npm test` runs a fixed seed with fewer cases (src/lib/core/exchange/fuzz/fuzz.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formatReport, runFuzz, totals, type Failure } from '../src/lib/core/exchange/fuzz/run';
import { TARGETS } from '../src/lib/core/exchange/fuzz/targets';

const USAGE =
	'usage: npm run fuzz -- [--cases N] [--seed S] [--target file,link,…] [--max-size BYTES] [--case file#12]';

function fail(message: string): never {
	console.error(`fuzz: ${message}\n${USAGE}`);
	process.exit(2);
}

function readArgs(args: string[]): Map<string, string> {
	const values = new Map<string, string>();
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		}
		if (!['--cases', '--seed', '--target', '--max-size', '--case'].includes(a))
			fail(`unknown option ${a}`);
		if (i + 1 >= args.length) fail(`${a} needs a value`);
		values.set(a.slice(2), args[++i]);
	}
	return values;
}

function count(values: Map<string, string>, key: string, fallback: number): number {
	const raw = values.get(key);
	if (raw === undefined) return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 0) fail(`--${key} expects a whole number, got ${raw}`);
	return n;
}

/** The input of a failing case as a file, to look at or to import by hand. */
function save(seed: number, f: Failure): string {
	mkdirSync('test-results/fuzz', { recursive: true });
	const base = `test-results/fuzz/${seed}-${f.id.replace('#', '-')}`;
	const input = f.input as { name?: string; bytes?: Uint8Array };
	if (input?.bytes) {
		writeFileSync(`${base}-${input.name}`, input.bytes);
		return `${base}-${input.name}`;
	}
	writeFileSync(`${base}.txt`, typeof f.input === 'string' ? f.input : JSON.stringify(f.input));
	return `${base}.txt`;
}

const values = readArgs(process.argv.slice(2));
const seed = count(values, 'seed', Math.floor(Math.random() * 2 ** 31));
const names = TARGETS.map((t) => t.name);
const targets = values.get('target')?.split(',');
for (const t of targets ?? []) if (!names.includes(t)) fail(`no target ${t} (${names.join(', ')})`);

const t0 = performance.now();
const report = runFuzz({
	seed,
	cases: count(values, 'cases', 3000),
	maxSize: count(values, 'max-size', 1_000_000),
	clock: () => performance.now(),
	targets,
	only: values.get('case')
});
console.log(formatReport(report));
for (const f of report.failures.slice(0, 20)) console.log(`  saved ${save(seed, f)}`);
console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
const t = totals(report);
process.exit(t.crashed + t.hung + t.acceptedWrongly + t.unclear === 0 ? 0 : 1);
