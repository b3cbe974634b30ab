// npm run simulate:grid [-- --seeds N] [--fails K]
// Runs the exam-mode promise over the whole grid (src/lib/core/schedule/exam-promise.ts): every
// number of cards, exam day, new cards a day and target, for the first N seeds (default all 10),
// and prints a table per number of cards and exam day: the cells where plain FSRS reaches the
// target and how many of them exam mode keeps, the same for the others, the cells with no cram
// spike, and the mean recall and reviews of both. --fails K lists the first K broken cells.

// The simulated days are local calendar days: fix the zone, as `npm run simulate` does.
process.env.TZ = 'Europe/Berlin';

const { fullGrid, judgeCell, spikeRatio, GRID } =
	await import('../src/lib/core/schedule/exam-promise');

const args = process.argv.slice(2);
const option = (name: string, dflt: number) => {
	const i = args.indexOf(name);
	const n = i < 0 ? dflt : Number(args[i + 1]);
	if (!Number.isInteger(n) || n < 0) {
		console.error(`simulate:grid: ${name} takes a whole number`);
		process.exit(2);
	}
	return n;
};
const seeds = Math.min(GRID.seeds.length, Math.max(1, option('--seeds', GRID.seeds.length)));
const showFails = option('--fails', 0);

interface Row {
	reach: number;
	reachKept: number;
	other: number;
	otherKept: number;
	spikeKept: number;
	n: number;
	plainRecall: number;
	examRecall: number;
	plainReviews: number;
	examReviews: number;
	worstSpike: number;
	gap: number;
}
const rows = new Map<string, Row>();
const fails: string[] = [];
const started = Date.now();
for (const cell of fullGrid(seeds)) {
	const v = judgeCell(cell);
	const key = `${cell.cards}|${cell.days}`;
	const r =
		rows.get(key) ??
		rows
			.set(key, {
				reach: 0,
				reachKept: 0,
				other: 0,
				otherKept: 0,
				spikeKept: 0,
				n: 0,
				plainRecall: 0,
				examRecall: 0,
				plainReviews: 0,
				examReviews: 0,
				worstSpike: 0,
				gap: 0
			})
			.get(key)!;
	r.n++;
	if (v.reachable) {
		r.reach++;
		if (v.recallKept) r.reachKept++;
	} else {
		r.other++;
		if (v.recallKept) r.otherKept++;
		if (v.knownGap) r.gap++;
	}
	if (v.spikeKept) r.spikeKept++;
	r.plainRecall += v.plain.recall;
	r.examRecall += v.exam.recall;
	r.plainReviews += v.plain.reviews;
	r.examReviews += v.exam.reviews;
	r.worstSpike = Math.max(r.worstSpike, spikeRatio(v.exam.perDay));
	if ((!v.recallKept || !v.spikeKept) && fails.length < showFails)
		fails.push(
			`${JSON.stringify(cell)} ${v.reachable ? 'reachable' : 'unreachable'}: plain ` +
				`${v.plain.recall.toFixed(4)} / ${v.plain.reviews}, exam ${v.exam.recall.toFixed(4)} / ` +
				`${v.exam.reviews}, spike ${spikeRatio(v.exam.perDay).toFixed(2)}`
		);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`;
console.log(
	`Exam-mode promise over ${[...rows.values()].reduce((s, r) => s + r.n, 0)} cells ` +
		`(new/day ${GRID.newPerDay.join(', ')}; targets ${GRID.targets.join(', ')}; seeds 1–${seeds})`
);
console.log(
	'| cards | days | reached: kept | not reached: kept (known gap) | no spike | worst spike | recall plain → exam | reviews plain → exam |'
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const total = { reach: 0, reachKept: 0, other: 0, otherKept: 0, spikeKept: 0, n: 0, gap: 0 };
for (const [key, r] of rows) {
	const [cards, days] = key.split('|');
	for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
	console.log(
		`| ${cards} | ${days} | ${r.reachKept}/${r.reach} | ${r.otherKept}/${r.other} (${r.gap}) | ` +
			`${r.spikeKept}/${r.n} | ${r.worstSpike.toFixed(2)} | ` +
			`${pct(r.plainRecall / r.n)} → ${pct(r.examRecall / r.n)} | ` +
			`${Math.round(r.plainReviews / r.n)} → ${Math.round(r.examReviews / r.n)} |`
	);
}
console.log(
	`| all | | ${total.reachKept}/${total.reach} | ${total.otherKept}/${total.other} (${total.gap}) | ` +
		`${total.spikeKept}/${total.n} | | | |`
);
if (fails.length) console.log(`\nBroken cells:\n${fails.join('\n')}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
