// Issue 12, item 15: on a phone the exam forecast showed 8 of 14 days with no cue that it
// scrolls, and "Сегодня" was clipped. Now two weeks fit the width and today is named in full.
import { expect, test } from '@playwright/test';
import { deckItem, frontText, grade, openHome, reveal, startStudy } from '../support/app';

test.use({ locale: 'ru-RU' });

test('a two-week forecast fits a 390px phone, "Сегодня" whole', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHome(page);
	const id = (await deckItem(page).getAttribute('data-deck-id')) ?? '';
	// A few cards studied: the forecast has reviews to show.
	await startStudy(page, id);
	for (let i = 0; i < 4; i++) {
		const front = await frontText(page);
		await reveal(page);
		await grade(page, i % 2 ? 'good' : 'easy', front);
	}
	await page.goto(`/deck?id=${encodeURIComponent(id)}`);
	const examDate = await page.evaluate(() => {
		const d = new Date();
		if (d.getHours() < 4) d.setDate(d.getDate() - 1);
		d.setDate(d.getDate() + 14);
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
	await page.getByTestId('exam-date').fill(examDate);
	await page.getByTestId('exam-save').click();
	const forecast = page.getByTestId('exam-forecast');
	await expect(forecast).toBeVisible();
	const chart = forecast.locator('.chart');
	await expect.poll(() => chart.locator('.col').count()).toBeGreaterThanOrEqual(14);
	const { scroll, client } = await chart.evaluate((el) => ({
		scroll: el.scrollWidth,
		client: el.clientWidth
	}));
	expect(scroll, 'every day visible without scrolling').toBeLessThanOrEqual(client);
	const today = page.getByTestId('exam-forecast-today');
	await expect(today).toHaveText(/Сегодня/);
	const fits = await today.evaluate((el) => el.scrollWidth <= el.clientWidth);
	expect(fits).toBe(true);
	await forecast.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/screens/exam-forecast-390x844.png' });
});
