// Finds the Chromium the end-to-end tests, the icon script and Lighthouse drive.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download.
// When none exists we stop at once with the advice, instead of failing test by test.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that let Chromium run headless as root in a container, quietly and offline-friendly. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const NO_CHROMIUM_ADVICE = [
	'No Chromium found for the end-to-end tests. Do one of:',
	'  - Debian/Ubuntu: apt-get install -y chromium        (gives /usr/bin/chromium)',
	'  - where downloads work: npx playwright install chromium',
	'  - or point CHROMIUM_PATH at a Chromium/Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test'
].join('\n');

/**
 * @returns {{ executablePath: string | undefined, source: string }}
 *   executablePath is undefined when Playwright's own browser is to be used.
 */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) {
			throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n\n${NO_CHROMIUM_ADVICE}`);
		}
		return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
	}
	if (existsSync('/usr/bin/chromium')) {
		return { executablePath: '/usr/bin/chromium', source: 'Debian /usr/bin/chromium' };
	}
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = '';
	}
	if (bundled && existsSync(bundled)) {
		return { executablePath: undefined, source: `Playwright's Chromium (${bundled})` };
	}
	throw new Error(NO_CHROMIUM_ADVICE);
}

/** The binary itself, for tools (chrome-launcher) that need a path even for Playwright's browser. */
export function chromiumBinary() {
	const found = findChromium();
	return found.executablePath ?? chromium.executablePath();
}
