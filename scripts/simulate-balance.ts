// npm run simulate:balance [-- --seeds N]
// Load balancing's table (README, "Load balancing"): plain FSRS with fuzz, without and with the
// balancer (src/lib/core/schedule/load-balance.ts), over a few collections and paces. Per cell,
// the mean over seeds 1 … N of the recall on the last day, the reviews, the standard deviation of
// the reviews per day, and the same against the week around each day (day-to-day unevenness).
process.env.TZ = 'Europe/Berlin';

const { simulateBalance } = await import('../src/lib/core/schedule/simulate');

const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const seeds = at >= 0 ? Number(args[at + 1]) : 3;
if (!Number.isInteger(seeds) || seeds < 1 || seeds > 50) {
	console.error('simulate:balance: --seeds must be a whole number from 1 to 50');
	process.exit(2);
}

const CELLS: [cards: number, days: number, newPerDay: number][] = [
	[300, 60, 20],
	[1000, 90, 20],
	[1000, 120, 10],
	[2000, 120, 30],
	[3000, 180, 20]
];

const f1 = (x: number) => x.toFixed(1);
console.log(
	'| cards | days | new/day | recall: fuzz → balanced | reviews | sd of reviews/day | sd against the week | worst recall gap |'
);
console.log(
	'| ----: | ---: | ------: | ----------------------: | ------: | ----------------: | ------------------: | ---------------: |'
);
for (const [cards, days, newPerDay] of CELLS) {
	const sum = { r0: 0, r1: 0, n0: 0, n1: 0, s0: 0, s1: 0, l0: 0, l1: 0, gap: 0 };
	for (let seed = 1; seed <= seeds; seed++) {
		const { fuzz, balanced } = simulateBalance({ cards, days, newPerDay, seed });
		sum.r0 += fuzz.recall;
		sum.r1 += balanced.recall;
		sum.n0 += fuzz.reviews;
		sum.n1 += balanced.reviews;
		sum.s0 += fuzz.sd;
		sum.s1 += balanced.sd;
		sum.l0 += fuzz.sdLocal;
		sum.l1 += balanced.sdLocal;
		sum.gap = Math.max(sum.gap, Math.abs(fuzz.recall - balanced.recall) * 100);
	}
	const m = (x: number) => x / seeds;
	console.log(
		`| ${cards} | ${days} | ${newPerDay} | ${f1(m(sum.r0) * 100)} → ${f1(m(sum.r1) * 100)} % | ` +
			`${Math.round(m(sum.n0))} → ${Math.round(m(sum.n1))} | ${f1(m(sum.s0))} → ${f1(m(sum.s1))} | ` +
			`${f1(m(sum.l0))} → ${f1(m(sum.l1))} | ${sum.gap.toFixed(2)} pt |`
	);
}
