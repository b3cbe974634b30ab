// Issue 12: the deck's own options and handouts — typed answers on every card, the print handout.
import { expect, test, type Page } from '@playwright/test';
import { openHome } from '../support/app';

const DECK = {
	format: 'kartoteka-deck',
	version: 1,
	id: 'e2e-own-words',
	title: 'Термины',
	lang: 'ru',
	kind: 'custom',
	cards: [
		{ id: 'c1', front: 'Договор 16 апреля 1922 г. назван по городу…', back: 'Рапалло' },
		{ id: 'c2', front: 'Вооружённые силы Веймарской республики', back: 'Рейхсвер' },
		{ id: 'c3', front: 'Конференция весны 1922 г.', back: 'Генуэзская конференция' }
	]
};

async function importDeck(page: Page): Promise<void> {
	await openHome(page);
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'terms.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(DECK))
	});
	await page.getByTestId('import-confirm').click();
	await expect(page.getByTestId('import-done')).toBeVisible();
}

test('typed answers on any card: the deck option gives cards without a fact an answer field', async ({
	page
}) => {
	await importDeck(page);
	// Without the option, a card with no date or name fact is only revealed.
	await page.goto(`/study?deck=${DECK.id}`);
	await expect(page.getByTestId('card-front')).toBeVisible();
	await expect(page.getByTestId('typed-answer')).toHaveCount(0);

	await page.goto(`/deck?id=${DECK.id}`);
	const option = page.getByTestId('deck-type-answers');
	await expect(option).not.toBeChecked();
	await option.check();
	await expect(page.getByTestId('deck-type-answers-saved')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('deck-type-answers')).toBeChecked();

	await page.goto(`/study?deck=${DECK.id}`);
	const front = (await page.getByTestId('card-front').textContent()) ?? '';
	const card = DECK.cards.find((c) => front.includes(c.front))!;
	await page.getByTestId('typed-answer').fill(card.back.toUpperCase());
	await page.getByTestId('typed-check').click();
	await expect(page.getByTestId('typed-part-answer')).toHaveAttribute('data-state', 'right');
	await expect(page.getByTestId('card-back')).toHaveText(card.back);
	await expect(page.getByTestId('grade-good')).toHaveAttribute('data-suggested', 'true');
});

test('print handout without answers: numbered questions, no answer before the key, the key on its own page', async ({
	page
}) => {
	await importDeck(page);
	await page.goto(`/deck?id=${DECK.id}`);
	await page.getByTestId('deck-handout').click();
	await expect(page).toHaveURL(/\/print\?deck=e2e-own-words&handout=1/);
	const questions = page.getByTestId('handout-question');
	await expect(questions).toHaveCount(DECK.cards.length);
	const text = await page.getByTestId('handout-questions').innerText();
	for (const c of DECK.cards) {
		expect(text).toContain(c.front);
		expect(text, `answer "${c.back}" among the questions`).not.toContain(c.back);
	}
	// Numbered (an ordered list), the answers in the key in the same order.
	expect(await page.locator('[data-testid="handout-questions"] ol').count()).toBe(1);
	await expect(page.getByTestId('handout-answer')).toHaveText(DECK.cards.map((c) => c.back));
	// Printed: the app's header and buttons gone, the key starts a new page.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('print-button')).toBeHidden();
	const breakBefore = await page
		.getByTestId('handout-key')
		.evaluate((el) => getComputedStyle(el).breakBefore);
	expect(breakBefore).toBe('page');
});

test('share page: a large QR code of the share link, made when asked for', async ({ page }) => {
	await importDeck(page);
	await page.goto('/import');
	await page
		.locator(`[data-testid="export-item"][data-deck-id="${DECK.id}"]`)
		.getByTestId('share-deck')
		.click();
	const link = await page.getByTestId('share-link').inputValue();
	await page.goto(link);
	await expect(page.getByTestId('share-title')).toHaveText(DECK.title);
	await expect(page.getByTestId('share-qr')).toHaveCount(0);
	await page.getByTestId('share-qr-toggle').click();
	const qr = page.getByTestId('share-qr');
	await expect(qr).toBeVisible();
	const box = await qr.boundingBox();
	expect(box!.width, 'large enough for a projector').toBeGreaterThanOrEqual(400);
	expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
	await page.getByTestId('share-qr-toggle').click();
	await expect(qr).toHaveCount(0);
});
