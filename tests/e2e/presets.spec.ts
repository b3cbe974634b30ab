// Deck option presets (issue 13, item 2): two decks, two presets, each studies with its own limits.
import { expect, test } from '@playwright/test';
import { deckCounts, deckItem, frontText, grade, openHome, reveal } from '../support/app';

test('two decks with different presets: each shows and studies with its own new-card limit', async ({
	page
}) => {
	await openHome(page);
	// A: the deck with the most new cards (more than the preset's two); B: another deck.
	const ids = await page
		.getByTestId('deck-item')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-id') ?? ''));
	const counts = await Promise.all(ids.map((id) => deckCounts(page, id)));
	counts.sort((x, y) => y.newCount - x.newCount);
	const [a, b] = [counts[0].id, counts[1].id];
	expect(counts[0].newCount).toBeGreaterThan(2);
	const before = counts[1];

	// Deck A gets a preset of two new cards a day.
	await deckItem(page, a).getByRole('heading').getByRole('link').click();
	await expect(page.getByTestId('deck-preset')).toBeVisible();
	await expect(page.getByTestId('preset-select')).toHaveValue('default');
	// A bad number is refused with a message.
	await page.getByTestId('preset-name').fill('Light');
	await page.getByTestId('preset-new-per-day').fill('-1');
	await page.getByTestId('preset-create').click();
	await expect(page.getByTestId('preset-error')).toBeVisible();
	await page.getByTestId('preset-new-per-day').fill('2');
	await page.getByTestId('preset-create').click();
	await expect(page.getByTestId('preset-saved')).toContainText('Light');
	await expect(page.getByTestId('preset-error')).toHaveCount(0);
	await expect(page.getByTestId('new-count')).toHaveText('2');

	// Home: A offers two new cards, B keeps the default limit.
	await openHome(page);
	expect((await deckCounts(page, a)).newCount).toBe(2);
	expect((await deckCounts(page, b)).newCount).toBe(before.newCount);

	// Studying A: two new cards, then done for today (Easy graduates a card at once).
	await deckItem(page, a).getByTestId('study-start').click();
	for (let i = 0; i < 2; i++) {
		const front = await frontText(page);
		await reveal(page);
		await grade(page, 'easy', front);
	}
	await expect(page.getByTestId('study-done')).toBeVisible();

	// Back to the default preset: the default limit again.
	await page.goto(`/deck?id=${encodeURIComponent(a)}`);
	await page.getByTestId('preset-select').selectOption('default');
	await expect(page.getByTestId('preset-saved')).toBeVisible();
	await openHome(page);
	expect((await deckCounts(page, a)).newCount).toBeGreaterThan(0);
});
