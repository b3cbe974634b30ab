// The shipped sample decks follow the student's language (issue 15, item 5): with an English
// interface on first start the English decks (the Congress of Berlin) are installed and studied,
// the Russian ones are offered on the import page; with a Russian interface the other way round.
import { expect, test, type Page } from '@playwright/test';
import { openHome, reveal, startStudy } from '../support/app';

const EN_DATES = 'congress-of-berlin-1878.dates';
const RU_DATES = 'soviet-german-relations-1920-1923.dates';
const shots = '/work/shots/en2';

const deckIds = async (page: Page) =>
	page
		.getByTestId('deck-item')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-id') ?? ''));

test.describe('English interface on first start', () => {
	test.use({ locale: 'en-GB', viewport: { width: 390, height: 844 } });

	test('shows the English decks only, studies an English card, installs the Russian ones on request', async ({
		page
	}) => {
		await openHome(page);
		const ids = await deckIds(page);
		expect(ids.sort()).toEqual([
			'congress-of-berlin-1878.actors',
			'congress-of-berlin-1878.dates',
			'congress-of-berlin-1878.positions'
		]);
		await expect(page.getByTestId('deck-group')).toContainText('The Congress of Berlin (1878)');
		await page.screenshot({ path: `${shots}/home-en-390.png`, fullPage: true });

		await startStudy(page, EN_DATES);
		// An English question about the article, in English words ("When …?", "What happened …?").
		await expect(page.getByTestId('card-front')).toHaveText(/^(?:When|What happened) .+\?$/);
		await reveal(page);
		await expect(page.getByTestId('card-back')).toContainText(/1[89]\d\d/);
		await page.screenshot({ path: `${shots}/study-en-390.png` });
		await page.getByTestId('grade-good').click();
		await expect(page.getByTestId('card-front')).toBeVisible();

		// The Russian article's decks wait on the import page.
		await page.goto('/import');
		const offer = page.getByTestId('sample-article');
		await expect(offer).toHaveCount(1);
		await expect(offer).toContainText('Советско-германские');
		await expect(offer).toContainText('In Russian');
		await page.screenshot({ path: `${shots}/import-offer-en-390.png`, fullPage: true });
		await offer.getByTestId('sample-install').click();
		await expect(page.getByTestId('sample-done')).toBeVisible();
		await expect(page.getByTestId('sample-article')).toHaveCount(0);

		await openHome(page);
		await expect(
			page.locator(`[data-testid="deck-item"][data-deck-id="${RU_DATES}"]`)
		).toBeVisible();
		expect(await deckIds(page)).toHaveLength(6);
	});
});

test.describe('Russian interface on first start', () => {
	test.use({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });

	test('shows the Russian decks and offers the English ones', async ({ page }) => {
		await openHome(page);
		const ids = await deckIds(page);
		expect(ids.sort()).toEqual([
			'soviet-german-relations-1920-1923.actors',
			RU_DATES,
			'soviet-german-relations-1920-1923.positions'
		]);
		await page.goto('/import');
		const offer = page.getByTestId('sample-article');
		await expect(offer).toContainText('The Congress of Berlin (1878)');
		await expect(offer).toContainText('По-английски');
		await page.screenshot({ path: `${shots}/import-offer-ru-1280.png`, fullPage: true });
	});
});
