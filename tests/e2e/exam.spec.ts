// Exam mode: set an exam date on a deck's page, see the countdown, the expected recall and the
// forecast; they are kept over a reload and move sensibly after studying.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { deckItem, frontText, grade, openHome, reveal } from '../support/app';

const SCREENS = 'test-results/screens';

/** The study day's date `days` ahead as YYYY-MM-DD, in the page's zone (the day rolls at 4:00). */
async function dayAhead(page: Page, days: number): Promise<string> {
	return page.evaluate((n) => {
		const d = new Date();
		if (d.getHours() < 4) d.setDate(d.getDate() - 1);
		d.setDate(d.getDate() + n);
		const mm = String(d.getMonth() + 1).padStart(2, '0');
		const dd = String(d.getDate()).padStart(2, '0');
		return `${d.getFullYear()}-${mm}-${dd}`;
	}, days);
}

/** Opens the first deck's page from its title on the home screen. */
async function openDeckPage(page: Page): Promise<string> {
	await openHome(page);
	const deck = deckItem(page);
	const id = (await deck.getAttribute('data-deck-id')) ?? '';
	await deck.getByRole('heading').getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/deck\\?id=${encodeURIComponent(id)}$`));
	await expect(page.getByTestId('exam-date')).toBeVisible();
	return id;
}

const share = async (page: Page) =>
	Number(await page.getByTestId('exam-expected').getAttribute('data-share'));
const total = async (page: Page) =>
	Number(await page.getByTestId('exam-forecast').getAttribute('data-total'));

test('set an exam 10 days ahead: countdown and forecast, kept over a reload, moved by studying', async ({
	page
}) => {
	const id = await openDeckPage(page);
	await expect(page.getByTestId('exam-countdown')).toHaveCount(0);
	await expect(page.getByTestId('study-start')).toHaveAttribute(
		'href',
		`/study?deck=${encodeURIComponent(id)}`
	);

	// A date in the past is refused with a message naming it.
	await page.getByTestId('exam-date').fill(await dayAhead(page, -3));
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-error')).toBeVisible();
	await expect(page.getByTestId('exam-error')).toContainText(/past/);
	await expect(page.getByTestId('exam-countdown')).toHaveCount(0);

	const examDate = await dayAhead(page, 10);
	await page.getByTestId('exam-date').fill(examDate);
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-error')).toHaveCount(0);
	const countdown = page.getByTestId('exam-countdown');
	await expect(countdown).toHaveAttribute('data-days-left', '10');
	await expect(countdown).toContainText('10');
	// Nothing studied yet: nothing recalled, but the forecast counts the cards still to learn
	// (bug: it ignored them and showed no reviews at all).
	expect(await share(page)).toBe(0);
	await expect(page.getByTestId('exam-forecast')).toBeVisible();
	expect(await total(page)).toBeGreaterThan(0);
	await expect(page.getByTestId('exam-new-today')).toBeVisible();
	// The home screen counts down too.
	await openHome(page);
	await expect(
		page.locator(`[data-deck-id="${id}"]`).getByTestId('home-exam-countdown')
	).toHaveAttribute('data-days-left', '10');
	await page.goto(`/deck?id=${encodeURIComponent(id)}`);

	mkdirSync(SCREENS, { recursive: true });
	await page.reload();
	await expect(page.getByTestId('exam-countdown')).toHaveAttribute('data-days-left', '10');
	await expect(page.getByTestId('exam-date')).toHaveValue(examDate);
	await expect(page.getByTestId('exam-forecast')).toBeVisible();

	// Study three new cards through their learning steps (Good, Good).
	await page.getByTestId('study-start').click();
	await expect(page.getByTestId('card-front')).toBeVisible();
	for (let i = 0; i < 6; i++) {
		const before = await frontText(page);
		await reveal(page);
		await grade(page, 'good', before);
		if ((await page.getByTestId('card-front').count()) === 0) break;
	}

	await page.goto(`/deck?id=${encodeURIComponent(id)}`);
	await expect(page.getByTestId('exam-countdown')).toHaveAttribute('data-days-left', '10');
	// Learnt cards are now partly recalled; the forecast still counts reviews before the exam.
	await expect.poll(() => share(page)).toBeGreaterThan(0);
	expect(await share(page)).toBeLessThan(0.5);
	expect(await total(page)).toBeGreaterThan(0);
	// The numbers as a table (for screen readers): ten days, a header row, summing to the total.
	const table = page.getByTestId('exam-forecast').getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(11);
	const cells = await table.getByRole('cell').allTextContents();
	expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(await total(page));
	await page.screenshot({ path: `${SCREENS}/deck-exam-1280.png`, fullPage: true });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: `${SCREENS}/deck-exam-390-dark.png`, fullPage: true });
});

test('clear the exam: back to no plan', async ({ page }) => {
	await openDeckPage(page);
	await page.getByTestId('exam-date').fill(await dayAhead(page, 5));
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-countdown')).toHaveAttribute('data-days-left', '5');
	await page.getByTestId('exam-clear').click();
	await expect(page.getByTestId('exam-countdown')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('exam-date')).toHaveValue('');
	await expect(page.getByTestId('exam-countdown')).toHaveCount(0);
});

test('apply to all decks of the article: the sibling deck shows the same exam', async ({
	page
}) => {
	await openDeckPage(page);
	await page.getByTestId('exam-all-decks').check();
	await page.getByTestId('exam-date').fill(await dayAhead(page, 7));
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-countdown')).toHaveAttribute('data-days-left', '7');

	await openHome(page);
	await page.getByTestId('deck-item').nth(1).getByRole('heading').getByRole('link').click();
	await expect(page.getByTestId('exam-countdown')).toHaveAttribute('data-days-left', '7');
	await expect(page.getByTestId('exam-all-decks')).toBeChecked();
});

test('the deck page on a phone: the forecast shows the whole period, 60 days, without scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openDeckPage(page);
	await page.getByTestId('exam-date').fill(await dayAhead(page, 60));
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-forecast')).toBeVisible();
	// Bug: the chart scrolled sideways and hid the last days. Every day's column is on screen.
	const columns = page.getByTestId('exam-forecast').locator('.col');
	await expect(columns).toHaveCount(60);
	const last = await columns.last().boundingBox();
	expect(last, 'the last day is drawn').not.toBeNull();
	expect(last!.x + last!.width).toBeLessThanOrEqual(390);
	const chart = page.getByTestId('exam-forecast').locator('.chart');
	const widths = await chart.evaluate((el) => [el.scrollWidth, el.clientWidth]);
	expect(widths[0], JSON.stringify(widths)).toBeLessThanOrEqual(widths[1] + 1);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
	expect(overflow, 'no horizontal scrolling of the page').toBe(false);
	mkdirSync(SCREENS, { recursive: true });
	await page.screenshot({ path: `${SCREENS}/deck-exam-390.png`, fullPage: true });
});

test('bug: changing or clearing the target % made “Set exam” do nothing, with no message', async ({
	page
}) => {
	await openDeckPage(page);
	await page.getByTestId('exam-date').fill(await dayAhead(page, 6));
	await page.getByTestId('exam-target').fill('85');
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-countdown')).toHaveAttribute('data-days-left', '6');
	await expect(page.getByTestId('exam-saved')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('exam-target')).toHaveValue('85');

	// Cleared: the default target, as the hint says.
	await page.getByTestId('exam-target').fill('');
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-target')).toHaveValue('90');
	await expect(page.getByTestId('exam-error')).toHaveCount(0);

	// Out of range: said next to the button, naming the value.
	await page.getByTestId('exam-target').fill('120');
	await page.getByTestId('exam-save').click();
	await expect(page.getByTestId('exam-error')).toContainText('120');
});
