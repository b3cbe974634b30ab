// Statistics at /stats: the empty state on a fresh profile; after grading cards through the study
// flow, today's reviews, the card counts by state and the tables for screen readers agree.
// Screenshots of phone and desktop, light and dark, go to test-results/screens/.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { countOf, frontText, grade, openHome, reveal, startStudy } from '../support/app';

const SCREENS = 'test-results/screens';

async function openStats(page: Page): Promise<void> {
	await page.goto('/stats');
	await expect(page.getByTestId('stats')).toBeVisible();
	await expect(page.getByTestId('stats-counts')).toBeVisible();
}

/** The card count of one state in the "cards by state" table. */
async function stateCount(page: Page, state: string): Promise<number> {
	return countOf(page.getByTestId('stats-counts').locator(`tr[data-state="${state}"] td`).first());
}

test('empty at first; after grading, today’s reviews, card states and tables follow', async ({
	page
}) => {
	await openStats(page);
	await expect(page.getByTestId('stats-empty')).toBeVisible();
	await expect(page.getByTestId('stats-reviews')).toHaveCount(0);
	const total = await stateCount(page, 'total');
	expect(total, 'the shipped decks have cards').toBeGreaterThan(0);
	expect(await stateCount(page, 'new')).toBe(total);
	expect(await stateCount(page, 'learning')).toBe(0);

	// Study: three new cards graded Good, Easy, Again.
	await openHome(page);
	await startStudy(page);
	for (const which of ['good', 'easy', 'again'] as const) {
		const front = await frontText(page);
		await reveal(page);
		await grade(page, which, front);
	}

	await openStats(page);
	await expect(page.getByTestId('stats-empty')).toHaveCount(0);
	await expect(page.getByTestId('stats-today-reviews')).toHaveText('3');
	// Bug (issue 12): with no review of a learnt card yet the table said "not enough data of 0".
	const retention = page.getByTestId('stats-retention');
	await expect(retention.getByTestId('retention-none').first()).toBeVisible();
	await expect(retention).not.toContainText(/of 0\b/);

	// New cards: Good and Again leave them in learning, Easy sends one to review (young).
	expect(await stateCount(page, 'new')).toBe(total - 3);
	expect(await stateCount(page, 'learning')).toBe(2);
	expect(await stateCount(page, 'young')).toBe(1);
	expect(await stateCount(page, 'total')).toBe(total);

	// The table behind the reviews chart: today is the last row, 3 learning reviews.
	const today = page.getByTestId('stats-reviews-table').locator('tbody tr').last();
	await expect(today.locator('td.total')).toHaveText('3');
	const day = await today.getAttribute('data-key');
	expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	await expect(page.getByTestId('stats-reviews-table').locator('tbody tr')).toHaveCount(30);
	// The heat map's table has the same day with the same count.
	await expect(page.getByTestId('stats-heat-table').locator(`td[data-day="${day}"]`)).toHaveText(
		'3'
	);
	// The chart itself is an image with a summary for screen readers.
	await expect(page.getByTestId('stats-reviews').getByRole('img')).toHaveAttribute(
		'aria-label',
		/3/
	);

	// 90 days: the same today, more rows.
	await page.getByRole('radio', { name: /90/ }).check();
	await expect(page.getByTestId('stats-reviews-table').locator('tbody tr')).toHaveCount(90);
	await expect(
		page.getByTestId('stats-reviews-table').locator('tbody tr').last().locator('td.total')
	).toHaveText('3');

	// The numbers can be shown as a table on request.
	const table = page.getByTestId('stats-reviews-table');
	await expect(table).not.toBeInViewport();
	await page
		.getByTestId('stats-reviews')
		.getByRole('button', { name: /numbers|числ/i })
		.click();
	await expect(table.locator('tbody tr').last()).toBeVisible();

	// Another deck than the one studied: no reviews there yet.
	const filter = page.getByTestId('stats-filter');
	const options = await filter
		.locator('option')
		.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
	const studied = options.filter((v) => v.startsWith('deck:'));
	expect(studied.length).toBeGreaterThan(1);
	await filter.selectOption(studied[studied.length - 1]);
	await expect(page.getByTestId('stats-empty')).toBeVisible();
	await filter.selectOption('all');
	await expect(page.getByTestId('stats-today-reviews')).toHaveText('3');
});

/** Months of made-up history straight into IndexedDB, so the screenshots show full charts. */
async function seedHistory(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const db: IDBDatabase = await new Promise((ok, fail) => {
			const r = indexedDB.open('kartoteka');
			r.onsuccess = () => ok(r.result);
			r.onerror = () => fail(r.error);
		});
		const tx = db.transaction(['states', 'reviews', 'meta'], 'readwrite');
		// Written past the app, so past its review aggregates (db/review-hours.ts): marked stale, as
		// after the upgrade to schema v4, so that /stats builds them from these logs.
		tx.objectStore('meta').put({ key: 'review-hours-stale', value: true });
		const states = tx.objectStore('states');
		const reviews = tx.objectStore('reviews');
		const all: { key: string; deckId: string; card: Record<string, unknown> }[] = await new Promise(
			(ok) => {
				const r = states.getAll();
				r.onsuccess = () => ok(r.result);
			}
		);
		const now = Date.now();
		const DAY = 86_400_000;
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		all.forEach((s, i) => {
			if (i % 3 === 2) return; // a third stay new
			const ivl = 1 + Math.floor(rnd() * 60);
			const due = now + Math.floor((rnd() * 34 - 4) * DAY);
			const state = i % 17 === 0 ? 1 : i % 23 === 0 ? 3 : 2;
			states.put({
				...s,
				queue: state === 2 ? 2 : 1,
				due,
				card: { ...s.card, state, scheduled_days: ivl, due: new Date(due) }
			});
		});
		for (let d = 150; d >= 0; d--) {
			if (rnd() < 0.3) continue;
			const n = Math.floor(rnd() * 40);
			for (let k = 0; k < n; k++) {
				const s = all[Math.floor(rnd() * all.length)];
				const state = d > 120 ? 0 : rnd() < 0.7 ? 2 : rnd() < 0.5 ? 1 : 3;
				const rating = rnd() < 0.12 ? 1 : rnd() < 0.15 ? 2 : rnd() < 0.9 ? 3 : 4;
				reviews.add({
					key: s.key,
					deckId: s.deckId,
					at: now - d * DAY - Math.floor(rnd() * 3_600_000),
					rating,
					log: { state, rating },
					prev: s.card,
					prevQueue: 0,
					durationMs: 3000 + Math.floor(rnd() * 12000)
				});
			}
		}
		await new Promise((ok) => (tx.oncomplete = ok));
		db.close();
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	]) {
		test(`screenshots ${viewport.width}×${viewport.height} ${colorScheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.setViewportSize(viewport);
			mkdirSync(SCREENS, { recursive: true });
			const name = `${SCREENS}/stats-%s-${viewport.width}x${viewport.height}-${colorScheme}.png`;
			await openStats(page);
			await expect(page.getByTestId('stats-empty')).toBeVisible();
			await page.screenshot({ path: name.replace('%s', 'empty'), fullPage: true });
			await seedHistory(page);
			await openStats(page);
			await expect(page.getByTestId('stats-reviews').getByRole('img')).toBeVisible();
			// Nothing sticks out sideways on a phone (the heat map scrolls inside its own box).
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, 'horizontal overflow of the page (px)').toBeLessThanOrEqual(0);
			await page.screenshot({ path: name.replace('%s', 'full'), fullPage: true });
			// Screen-sized pieces of the long page, to look at in full resolution.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0, i = 1; y < height; y += viewport.height, i++) {
				await page.screenshot({
					path: name.replace('%s', `part${i}`),
					fullPage: true,
					clip: { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) }
				});
			}
		});
	}
}

test.describe('header on a phone, in Russian', () => {
	test.use({ locale: 'ru-RU', viewport: { width: 390, height: 844 } });

	test('the Statistics link fits beside Decks and Settings', async ({ page }) => {
		await openStats(page);
		const nav = page.getByRole('navigation');
		const stats = nav.getByRole('link', { name: 'Статистика' });
		await expect(stats).toHaveAttribute('aria-current', 'page');
		const box = await stats.boundingBox();
		expect(box!.width, 'touch target width').toBeGreaterThanOrEqual(44);
		expect(box!.height, 'touch target height').toBeGreaterThanOrEqual(44);
		for (const name of ['Колоды', 'Статистика', 'Настройки']) {
			await expect(nav.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
		}
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'horizontal overflow (px)').toBeLessThanOrEqual(0);
	});
});
