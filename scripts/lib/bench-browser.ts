// The headless Chromium the bench scripts drive (bench-scale, profile-scale, profile-exchange):
// one persistent profile per run, the same locale and time zone, and their command-line flags.
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.js';

type Extra = Parameters<typeof chromium.launchPersistentContext>[1];

export function launchBench(dir: string, extra: Extra = {}): Promise<BrowserContext> {
	return chromium.launchPersistentContext(dir, {
		executablePath: findChromium().executablePath,
		args: CHROMIUM_ARGS,
		headless: true,
		locale: 'en-US',
		timezoneId: 'Europe/Berlin',
		...extra
	});
}

/** The value after `--name` in argv, or undefined. */
export const flag = (argv: string[], name: string) =>
	argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined;
