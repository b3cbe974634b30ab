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

test('Settings → Option presets: edit a preset, and two decks with different presets study with their own limits', async ({
	page
}) => {
	await openHome(page);
	const ids = await page
		.getByTestId('deck-item')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-id') ?? ''));
	const counts = await Promise.all(ids.map((id) => deckCounts(page, id)));
	counts.sort((x, y) => y.newCount - x.newCount);
	const [a, b] = [counts[0].id, counts[1].id];
	expect(counts[1].newCount).toBeGreaterThan(3);

	// Two presets made on the deck pages: A "Quick" (4 new a day), B "Slow" (4 new a day).
	for (const [deck, name] of [
		[a, 'Quick'],
		[b, 'Slow']
	] as const) {
		await page.goto(`/deck?id=${encodeURIComponent(deck)}`);
		await page.getByTestId('preset-name').fill(name);
		await page.getByTestId('preset-new-per-day').fill('4');
		await page.getByTestId('preset-create').click();
		await expect(page.getByTestId('preset-saved')).toContainText(name);
	}

	// Settings lists both, each with its deck.
	await page.goto('/settings');
	const row = (name: string) =>
		page
			.getByTestId('preset-row')
			.filter({ has: page.getByTestId('preset-row-name').getByText(name) });
	await expect(row('Quick')).toContainText('decks: 1');
	await expect(row('Slow')).toContainText('decks: 1');

	// Edit Slow: a bad value is refused next to its field, in the UI's language, nothing saved.
	await row('Slow').getByTestId('preset-edit').click();
	const form = row('Slow').getByTestId('preset-edit-form');
	await form.getByTestId('preset-edit-newPerDay').fill('');
	await form.getByTestId('preset-edit-learningSteps').fill('1m ten');
	await form.getByTestId('preset-edit-save').click();
	await expect(
		form.locator('[data-testid="preset-edit-error"][data-field="newPerDay"]')
	).toHaveText('Enter a whole number from 0 to 9999.');
	await expect(
		form.locator('[data-testid="preset-edit-error"][data-field="learningSteps"]')
	).toContainText('1m ten');
	await expect(form.getByTestId('preset-edit-newPerDay')).toHaveAttribute('aria-invalid', 'true');
	// Fixed: Slow gets one new card a day, steps in minutes, 95 % retention.
	await form.getByTestId('preset-edit-name').fill('Slow and steady');
	await form.getByTestId('preset-edit-newPerDay').fill('1');
	await form.getByTestId('preset-edit-learningSteps').fill('2m 15m');
	await form.getByTestId('preset-edit-retention').fill('95');
	await form.getByTestId('preset-edit-save').click();
	await expect(page.getByTestId('preset-status')).toHaveText('Preset “Slow and steady” saved.');
	await expect(row('Slow and steady').getByTestId('preset-row-summary')).toHaveText(
		'1 new · 200 reviews a day · retention 95 %'
	);

	// Home: A offers 4 new cards (Quick), B 1 (Slow and steady, edited).
	await openHome(page);
	expect((await deckCounts(page, a)).newCount).toBe(4);
	expect((await deckCounts(page, b)).newCount).toBe(1);

	// Studying B: its one new card, with the edited steps on the buttons, then done.
	await deckItem(page, b).getByTestId('study-start').click();
	const front = await frontText(page);
	await reveal(page);
	await expect(page.getByTestId('grade-again')).toContainText('2m');
	await expect(page.getByTestId('grade-good')).toContainText('15m');
	await grade(page, 'easy', front);
	await expect(page.getByTestId('study-done')).toBeVisible();

	// Studying A: four new cards, then done.
	await openHome(page);
	await deckItem(page, a).getByTestId('study-start').click();
	for (let i = 0; i < 4; i++) {
		const f = await frontText(page);
		await reveal(page);
		await grade(page, 'easy', f);
	}
	await expect(page.getByTestId('study-done')).toBeVisible();

	// Delete Quick (confirmed): A falls back to Default; Undo brings it back.
	await page.goto('/settings');
	await row('Quick').getByTestId('preset-delete').click();
	await page.getByTestId('preset-delete-confirm').click();
	await expect(page.getByTestId('undo-toast')).toContainText('Preset “Quick” deleted');
	await expect(row('Quick')).toHaveCount(0);
	await page.getByTestId('undo-delete').click();
	await expect(row('Quick')).toContainText('decks: 1');
	await page.goto(`/deck?id=${encodeURIComponent(a)}`);
	await expect(page.getByTestId('preset-select')).not.toHaveValue('default');
});
