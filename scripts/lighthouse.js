// `npm run lighthouse`: Lighthouse 12 (mobile preset, the default config) on the production build.
//
//   npm run build && npm run lighthouse              serves build/ itself on a free port
//   npm run lighthouse -- --url http://127.0.0.1:4173/   audits a server that already runs
//   npm run lighthouse -- --runs 1                   one run instead of the median of three
//
// Prints the category scores and every audit that lost points, writes the reports to .lighthouse/
// (report.json, report.html, gitignored), and exits non-zero below the budgets:
// performance 0.95, accessibility 1.0, best practices 1.0.
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumBinary } from '../tests/support/chromium.js';
import { startServer } from '../tests/support/serve.js';

const BUDGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
// Simulated throttling still varies a little from run to run: the gate uses the median of three.
const runs = Math.max(1, Number(option('runs') ?? 3));

const server = option('url') ? null : await startServer({ root: 'build', port: 0 });
const url = option('url') ?? `${server?.url}/`;

const chrome = await chromeLauncher.launch({
	chromePath: chromiumBinary(),
	chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
});

/** @type {any[]} */
const results = [];
try {
	for (let run = 1; run <= runs; run++) {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: ['json', 'html'],
			logLevel: 'error',
			onlyCategories: Object.keys(BUDGETS)
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const perf = result.lhr.categories.performance.score;
		if (runs > 1) console.log(`run ${run}: performance ${perf}`);
		results.push(result);
	}
} finally {
	await chrome.kill();
	await server?.close();
}

// The median run by performance score.
results.sort(
	(a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0)
);
const { lhr, report } = results[Math.floor(results.length / 2)];

mkdirSync('.lighthouse', { recursive: true });
const [json, html] = /** @type {string[]} */ (report);
writeFileSync('.lighthouse/report.json', json);
writeFileSync('.lighthouse/report.html', html);

console.log(`Lighthouse ${lhr.lighthouseVersion} on ${lhr.finalDisplayedUrl}`);
console.log(`  ${lhr.environment.hostUserAgent}`);
console.log(
	`  form factor: ${lhr.configSettings.formFactor}, throttling: ${lhr.configSettings.throttlingMethod}`
);

let failed = false;
for (const [id, min] of Object.entries(BUDGETS)) {
	const category = lhr.categories[id];
	const score = category.score ?? 0;
	const ok = score >= min;
	failed ||= !ok;
	console.log(
		`\n${ok ? 'ok  ' : 'FAIL'} ${category.title}: ${score.toFixed(2)} (budget ${min.toFixed(2)})`
	);
	for (const ref of category.auditRefs) {
		const audit = lhr.audits[ref.id];
		if (ref.group === 'metrics') {
			console.log(`       ${audit.title}: ${audit.displayValue ?? ''} (score ${audit.score})`);
			continue;
		}
		if (audit.score === null || audit.score >= 1) continue;
		if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
		if (audit.scoreDisplayMode === 'notApplicable') continue;
		const weight = ref.weight ? `, weight ${ref.weight}` : ', diagnostic';
		const shown = audit.displayValue ? ` — ${audit.displayValue}` : '';
		console.log(`     - ${audit.title}${shown} (score ${audit.score}${weight})`);
	}
}
console.log('\nReports: .lighthouse/report.json, .lighthouse/report.html');
process.exit(failed ? 1 : 0);
