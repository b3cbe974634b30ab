// npm run simulate -- --cards N --days D [--new-per-day K] [--seed S] [--target R] [--params FILE] [--balance] [--json]
// Plays a simulated student (memory = the FSRS model) through plain FSRS and through exam mode
// with the exam on day D, and prints each one's expected recall on the exam day and its reviews.
// --params FILE: FSRS parameters to schedule and plan with, and the student's memory (a student's
// fitted ones: the list Settings → FSRS parameters shows after Optimize, or JSON).
// --balance: instead, plain FSRS with fuzz without and with load balancing (load-balance.ts): recall
// on day D, reviews, the busiest day and the standard deviation of the reviews per day.
// The model is in src/lib/core/schedule/simulate.ts.

// The simulated days are local calendar days, as in the app: fix the zone (the unit tests' zone)
// so that the same seed prints the same figures on every machine.
process.env.TZ = 'Europe/Berlin';

const { readFileSync } = await import('node:fs');
const { simulate, simulateBalance } = await import('../src/lib/core/schedule/simulate');
type SimulationOutcome = import('../src/lib/core/schedule/simulate').SimulationOutcome;
const { parseParameters } = await import('../src/lib/core/schedule/optimizer/parameters');

const USAGE =
	'usage: npm run simulate -- --cards N --days D [--new-per-day K] [--seed S] [--target R] [--params FILE] [--balance] [--json]';

function fail(message: string): never {
	console.error(`simulate: ${message}\n${USAGE}`);
	process.exit(2);
}

const args = process.argv.slice(2);
const values = new Map<string, string>();
let json = false;
let balance = false;
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--json') json = true;
	else if (a === '--balance') balance = true;
	else if (a === '--help' || a === '-h') {
		console.log(USAGE);
		process.exit(0);
	} else if (['--cards', '--days', '--new-per-day', '--seed', '--target', '--params'].includes(a)) {
		if (i + 1 >= args.length) fail(`${a} needs a value`);
		values.set(a, args[++i]);
	} else fail(`unknown argument “${a}”`);
}

function int(name: string, min: number, max: number, dflt?: number): number {
	const raw = values.get(name);
	if (raw === undefined) {
		if (dflt === undefined) fail(`${name} is required`);
		return dflt;
	}
	const n = Number(raw);
	if (!Number.isInteger(n) || n < min || n > max)
		fail(`${name} must be a whole number from ${min} to ${max}, got “${raw}”`);
	return n;
}

const cards = int('--cards', 1, 20_000);
const days = int('--days', 1, 3650);
const newPerDay = int('--new-per-day', 1, 9999, 20);
const seed = int('--seed', 0, 2 ** 31 - 1, 1);
const targetRaw = values.get('--target');
const target = targetRaw === undefined ? undefined : Number(targetRaw);
if (target !== undefined && !(target >= 0.7 && target <= 0.99))
	fail(`--target must be a number from 0.70 to 0.99, got “${targetRaw}”`);

function readParameters(file: string | undefined): number[] | undefined {
	if (file === undefined) return undefined;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		fail(`--params: cannot read “${file}” (${(e as Error).message})`);
	}
	const parsed = parseParameters(text);
	if ('problem' in parsed) fail(`--params “${file}”: ${parsed.problem}`);
	return parsed.w;
}
const w = readParameters(values.get('--params'));

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const figures = (r: SimulationOutcome) => ({
	recall: round(r.recall),
	reviews: r.reviews,
	peak: r.peak,
	sd: Math.round(r.sd * 100) / 100,
	sdLocal: Math.round(r.sdLocal * 100) / 100
});
if (balance) {
	const r = simulateBalance({ cards, days, newPerDay, seed, w });
	if (json) console.log(JSON.stringify({ fuzz: figures(r.fuzz), balanced: figures(r.balanced) }));
	else {
		console.log(
			`${cards} cards, ${newPerDay} new per day, ${days} days, seed ${seed}: plain FSRS with fuzz`
		);
		console.log(
			'                 recall on day D   reviews  busiest day  sd of reviews/day  sd against the week'
		);
		for (const [name, o] of [
			['fuzz only', r.fuzz],
			['load balanced', r.balanced]
		] as const)
			console.log(
				`  ${name.padEnd(14)}${`${(o.recall * 100).toFixed(2)} %`.padStart(16)}` +
					`${String(o.reviews).padStart(10)}${String(o.peak).padStart(13)}${o.sd.toFixed(2).padStart(19)}` +
					o.sdLocal.toFixed(2).padStart(21)
			);
	}
	process.exit(0);
}
const result = simulate({ cards, days, newPerDay, seed, target, w });

if (json) {
	console.log(
		JSON.stringify({
			plain: figures(result.plain),
			exam: figures(result.exam)
		})
	);
} else {
	const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
	console.log(
		`${cards} cards, ${newPerDay} new per day, exam on day ${days}, seed ${seed}` +
			(target ? `, target ${target}` : '') +
			(w ? `, parameters from ${values.get('--params')}` : '')
	);
	console.log('              expected recall on the exam day   reviews  busiest day');
	for (const [name, r] of [
		['plain FSRS', result.plain],
		['exam mode', result.exam]
	] as const)
		console.log(
			`  ${name.padEnd(12)}${pct(r.recall).padStart(33)}${String(r.reviews).padStart(10)}` +
				String(r.peak).padStart(13)
		);
	const dr = (result.exam.recall - result.plain.recall) * 100;
	const dn = ((result.exam.reviews - result.plain.reviews) / result.plain.reviews) * 100;
	console.log(
		`  exam mode: ${dr >= 0 ? '+' : ''}${dr.toFixed(2)} points of recall, ${dn >= 0 ? '+' : ''}${dn.toFixed(1)} % reviews`
	);
}
