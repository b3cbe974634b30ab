// The theme script of app.html runs before the app (issue 12: no flash of the wrong theme); the
// Content-Security-Policy lets it run by its hash, so the two must change together.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_KEY } from './theme';

const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
const script = /<script>([^<]*)<\/script>/.exec(html)?.[1] ?? '';

describe('theme before the first paint', () => {
	it('app.html reads the key the settings write', () => {
		expect(script).toContain(`'${THEME_KEY}'`);
		expect(script).toContain('dataset.theme');
	});
	it('the CSP allows exactly that script, by its hash', () => {
		const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
		// Read as text: the config is no module of the app's layers.
		const config = readFileSync(new URL('../../../svelte.config.js', import.meta.url), 'utf8');
		const sources = /'script-src': \[([^\]]*)\]/.exec(config)?.[1] ?? '';
		expect(sources).toContain(`'${hash}'`);
	});
	it('it is a few bytes, not a bundle', () => {
		expect(script.length).toBeLessThan(200);
	});
});
