// Builds the app a second time, as a "new version", without touching `build/`: the project is
// copied (sources, static files, decks, configs; node_modules linked) to a temporary directory and
// built there with another KARTOTEKA_VERSION, which changes `__APP_VERSION__` and so the bundle.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SKIP = new Set([
	'node_modules',
	'build',
	'.svelte-kit',
	'.git',
	'test-results',
	'playwright-report',
	'.lighthouse',
	'tests'
]);

/** @returns the directory holding the new build (like `build/`), and a function to remove it. */
export function buildVersion(version: string): { dir: string; cleanup: () => void } {
	const project = resolve('.');
	const work = mkdtempSync(join(tmpdir(), 'kartoteka-build-'));
	for (const entry of readdirSync(project)) {
		if (SKIP.has(entry)) continue;
		cpSync(join(project, entry), join(work, entry), { recursive: true });
	}
	symlinkSync(join(project, 'node_modules'), join(work, 'node_modules'), 'dir');
	const vite = join(project, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: work,
		env: { ...process.env, KARTOTEKA_VERSION: version },
		encoding: 'utf8'
	});
	const dir = join(work, 'build');
	if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
		rmSync(work, { recursive: true, force: true });
		throw new Error(`second build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	return { dir, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
