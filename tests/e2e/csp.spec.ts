// Content-Security-Policy (issue 9, item 17): every page carries it, and nothing the app does runs
// into it — the generator's worker and its dictionaries, the importer's worker, sql.js's wasm for
// the .apkg export. An injected inline script is refused (the policy is really in force).
import { expect, test, type Page } from '@playwright/test';
import { openHome } from '../support/app';

type Violation = { directive: string; blocked: string; page: string };

/** Collects the page's CSP violations, as events and as Chromium's console reports. */
async function watchViolations(page: Page): Promise<Violation[]> {
	const seen: Violation[] = [];
	await page.exposeFunction('__cspViolation', (v: Violation) => seen.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __cspViolation: (v: unknown) => void }).__cspViolation;
			report({ directive: e.violatedDirective, blocked: e.blockedURI, page: location.href });
		});
	});
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text()))
			seen.push({ directive: 'console', blocked: m.text(), page: page.url() });
	});
	return seen;
}

const policyOf = (page: Page) =>
	page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

test('every page has the policy and reports no violation', async ({ page }) => {
	const violations = await watchViolations(page);
	await openHome(page);
	const policy = (await policyOf(page)) ?? '';
	expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
	expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("base-uri 'none'");
	expect(policy).toContain("worker-src 'self'");

	// The pages the home screen links to, with their parameters, and the rest of the app.
	const linked = await page
		.locator('a[href^="/"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	const fixed = ['/stats', '/settings', '/import', '/author', '/author/cards', '/share', '/print'];
	const paths = [...new Set([...linked, ...fixed])];
	expect(paths.length).toBeGreaterThan(10);
	for (const path of paths) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await policyOf(page), `policy on ${path}`).toBeTruthy();
	}
	expect(violations).toEqual([]);
});

test('an injected inline script is refused', async ({ page }) => {
	const violations = await watchViolations(page);
	await openHome(page);
	const ran = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.head.append(s);
		await new Promise((r) => setTimeout(r, 50));
		return (window as unknown as { __injected?: boolean }).__injected ?? false;
	});
	expect(ran).toBe(false);
	await expect.poll(() => violations.map((v) => v.directive)).toContain('script-src-elem');
});

test('the workers and the wasm run under the policy', async ({ page }) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);

	// The generator's worker, with its dictionaries.
	await page.goto('/author');
	await page
		.getByTestId('generate-input')
		.fill('В 1853 г. началась Крымская война. 30 марта 1856 г. был подписан Парижский мир.');
	await page.getByTestId('generate-run').click();
	await expect(page.getByTestId('generate-card').first()).toBeVisible({ timeout: 90_000 });

	// The importer's worker: a file above the size read on the main thread.
	const context = 'Раппальский договор был подписан в 1922 году. '.repeat(5);
	const deck = {
		format: 'kartoteka-deck',
		version: 1,
		id: 'csp-large',
		title: 'Large deck',
		lang: 'ru',
		kind: 'custom',
		cards: Array.from({ length: 1500 }, (_, i) => ({
			id: `c${i}`,
			front: `Вопрос ${i}`,
			back: `Ответ ${i}`,
			context
		}))
	};
	expect(JSON.stringify(deck).length).toBeGreaterThan(256 * 1024);
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'large.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(deck))
	});
	await expect(page.getByTestId('import-confirm')).toBeVisible();

	// sql.js and its wasm: the .apkg export.
	await page.goto('/import');
	await page.getByTestId('export-format').selectOption('apkg');
	const download = page.waitForEvent('download');
	await page.getByTestId('export-deck').first().click();
	expect((await download).suggestedFilename()).toMatch(/\.apkg$/);

	expect(violations).toEqual([]);
});
