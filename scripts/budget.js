// `npm run budget`: the first-load JavaScript budget (80 KB gzipped) on the production build.
// It runs the Playwright spec that measures it (tests/e2e/budget.spec.ts: real Chromium, every JS
// response of the first page, gzipped with node:zlib) and fails when the budget is exceeded.
// Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

if (!existsSync('build/index.html')) {
	console.error('budget: build/index.html not found: run `npm run build` first.');
	process.exit(1);
}
const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const result = spawnSync(
	process.execPath,
	[cli, 'test', 'tests/e2e/budget.spec.ts', '--reporter=list', ...process.argv.slice(2)],
	{ stdio: 'inherit' }
);
process.exit(result.status ?? 1);
