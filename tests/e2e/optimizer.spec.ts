// The FSRS optimizer (issue 13, item 1) in the production build: Settings → FSRS parameters →
// Optimize. On a fresh collection it says there are too few reviews and changes nothing; on a
// collection seeded with a simulated student's logs (a student with known parameters, scheduled
// with FSRS's defaults: src/lib/core/schedule/simulate.ts) it fits parameters in its worker,
// shows Evaluate's figures and saves them; the worker and its WebAssembly are then cached by the
// service worker, so Optimize works offline too.
import { expect, test, type Page } from '@playwright/test';
import { default_w } from 'ts-fsrs';
import type { SimulatedReview } from '../../src/lib/core/schedule/simulate';
import { studentReviews } from '../../src/lib/testing/student';
import { deckCounts, openHome, waitForServiceWorkerControl } from '../support/app';

/** The logs straight into IndexedDB, as reviews of deck `deckId`. */
async function seedReviews(page: Page, deckId: string, logs: SimulatedReview[]): Promise<void> {
	await page.evaluate(
		async ({ deckId, logs }) => {
			const db: IDBDatabase = await new Promise((ok, fail) => {
				const r = indexedDB.open('kartoteka');
				r.onsuccess = () => ok(r.result);
				r.onerror = () => fail(r.error);
			});
			const tx = db.transaction(['reviews', 'meta'], 'readwrite');
			// Written past the app's review aggregates: marked stale, as stats.spec.ts does.
			tx.objectStore('meta').put({ key: 'review-hours-stale', value: true });
			const reviews = tx.objectStore('reviews');
			for (const r of logs)
				reviews.add({
					key: `${deckId}/sim-${r.card}`,
					deckId,
					at: r.at,
					rating: r.rating,
					log: { state: r.state, rating: r.rating },
					prev: {},
					prevQueue: 0,
					durationMs: 5000
				});
			await new Promise((ok) => (tx.oncomplete = ok));
			db.close();
		},
		{ deckId, logs }
	);
}

const defaultPreset = (page: Page) =>
	page.locator('[data-testid="optimizer-preset"][data-preset-id="default"]');

test('too few reviews: Optimize says how many it has and needs, and changes nothing', async ({
	page
}) => {
	await openHome(page);
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(r.url()));
	await page.goto('/settings');
	const preset = defaultPreset(page);
	await expect(preset.getByTestId('optimizer-params')).toHaveAttribute('data-fitted', 'no');
	await preset.getByTestId('optimizer-run').click();
	await expect(preset.getByTestId('optimizer-status')).toHaveText(
		/Too few reviews: 0 of the 400 needed.*not changed/
	);
	await expect(preset.getByTestId('optimizer-params')).toHaveAttribute('data-fitted', 'no');
	await expect(preset.getByTestId('optimizer-evaluate')).toHaveCount(0);
	// Counted on the page: the optimizer itself was never downloaded.
	expect(fetched.filter((u) => /optimize\.worker|fsrs_browser/.test(u))).toEqual([]);
});

test('Optimize fits a simulated student’s reviews, shows Evaluate, saves; works offline after', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const logs = studentReviews(120, 60, { newPerDay: 8, seed: 5 });
	await openHome(page);
	await waitForServiceWorkerControl(page);
	const { id } = await deckCounts(page);
	await seedReviews(page, id, logs);
	// Nothing of the optimizer comes with the first pages.
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(r.url()));
	await page.goto('/settings');
	await expect(defaultPreset(page)).toBeVisible();
	expect(fetched.filter((u) => /optimize\.worker|fsrs_browser/.test(u))).toEqual([]);

	const preset = defaultPreset(page);
	const started = Date.now();
	await preset.getByTestId('optimizer-run').click();
	const status = preset.getByTestId('optimizer-status');
	await expect(status).toHaveText(/Reviews used: \d+ \(at least 400 needed\).*saved/, {
		timeout: 90_000
	});
	console.log(
		`optimize: ${logs.length} logs, ${await status.textContent()} (${Date.now() - started} ms)`
	);
	const used = Number((await status.textContent())!.match(/Reviews used: (\d+)/)![1]);
	expect(used).toBeGreaterThanOrEqual(400);
	// Evaluate: log loss and RMSE, current (defaults) vs fitted, on held-out reviews; fitted lower.
	const figures = async (testId: string) =>
		(await preset.getByTestId(testId).locator('td').allTextContents()).map((s) =>
			Number(s.replace('%', '').trim())
		);
	const [lossBefore, lossAfter] = await figures('optimizer-logloss');
	expect(lossAfter).toBeGreaterThan(0);
	expect(lossAfter).toBeLessThan(lossBefore);
	const [rmseBefore, rmseAfter] = await figures('optimizer-rmse');
	expect(rmseAfter).toBeGreaterThan(0);
	expect(rmseBefore).toBeGreaterThan(0);
	// Saved: the preset now uses 21 fitted parameters, kept across a reload.
	await page.reload();
	await expect(preset.getByTestId('optimizer-params')).toHaveAttribute('data-fitted', 'yes');
	await preset.getByText('Parameters (21)').click();
	const w = (await preset.getByTestId('optimizer-weights').textContent())!.split(',').map(Number);
	expect(w).toHaveLength(21);
	expect(w.every(Number.isFinite)).toBe(true);
	expect(w[0]).not.toBeCloseTo(default_w[0], 2);

	// Cached at run time by the service worker: Optimize works offline.
	const cached = await page.evaluate(async () =>
		(await (await caches.open('kartoteka-optimizer')).keys()).map((r) => r.url)
	);
	expect(cached.some((u) => /fsrs_browser_bg[^/]*\.wasm$/.test(u))).toBe(true);
	expect(cached.some((u) => /optimize\.worker[^/]*\.js$/.test(u))).toBe(true);
	await context.setOffline(true);
	await page.reload();
	await preset.getByTestId('optimizer-run').click();
	await expect(status).toHaveText(/Reviews used: \d+/, { timeout: 90_000 });

	// Back to the defaults.
	await preset.getByTestId('optimizer-reset').click();
	await expect(preset.getByTestId('optimizer-params')).toHaveAttribute('data-fitted', 'no');
});
