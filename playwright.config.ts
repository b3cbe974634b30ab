// End-to-end tests: real Chromium against the production build (`npm run build` → `build/`).
//
// Server: our own small static server over `build/` (tests/support/serve.js), not `vite preview`.
// `vite preview` serves `.svelte-kit/output` and cannot change what it serves while running; the
// update test must serve build v1, let its service worker take control, then serve build v2 from the
// same origin, so it starts its own instance of this server and swaps the root. Using the same
// server everywhere means the service-worker, offline and install tests see what a static host
// (headers, SPA fallback to the prerendered shell, gzip) would give a student.
//
// Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download
// (`npx playwright install chromium`); with none of them the run stops here with that advice.
import { defineConfig } from '@playwright/test';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.js';

const { executablePath } = findChromium();
// One port per checkout (4200–4899, from its path), so that two worktrees testing at the same time
// on one machine never reuse each other's server and build. E2E_PORT overrides it.
const checkout = fileURLToPath(new URL('.', import.meta.url));
const PORT = Number(
	process.env.E2E_PORT ??
		4200 + (parseInt(createHash('sha1').update(checkout).digest('hex').slice(0, 8), 16) % 700)
);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	// Two cores: two browsers at a time.
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		locale: 'en-US',
		timezoneId: 'Europe/Berlin',
		serviceWorkers: 'allow',
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: `node tests/support/serve.js --root build --port ${PORT}`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
		stderr: 'pipe',
		timeout: 30_000
	}
});
