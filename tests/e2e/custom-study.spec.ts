// Issue 12, custom study: from the deck page, go through the cards answered Again today (or the
// whole deck) without changing their schedule: the counts are the same after the round.
import { expect, test } from '@playwright/test';
import { deckCounts, frontText, openHome, startStudy } from '../support/app';

test('the cards I got wrong today, crammed from the deck page; the schedule is unchanged', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHome(page);
	const { id } = await deckCounts(page);
	await startStudy(page, id);
	const wrong = await frontText(page);
	await page.getByTestId('show-answer').click();
	await page.getByTestId('grade-again').click();
	await expect.poll(() => frontText(page)).not.toBe(wrong);

	await page.goto(`/deck?id=${encodeURIComponent(id)}`);
	const counts = async () =>
		Promise.all(
			['new-count', 'learning-count', 'due-count'].map((t) => page.getByTestId(t).textContent())
		);
	await expect(page.getByTestId('learning-count')).toHaveText('1');
	const before = await counts();
	await page.getByTestId('custom-mode').selectOption('wrong');
	await page.getByTestId('custom-start').click();
	await expect(page.getByTestId('custom-study')).toBeVisible();
	expect(await frontText(page)).toBe(wrong);
	await expect(page.getByTestId('custom-left')).toContainText('1');
	await page.keyboard.press(' ');
	await page.getByTestId('custom-again').click();
	// Again: the only card comes back.
	expect(await frontText(page)).toBe(wrong);
	await page.getByTestId('show-answer').click();
	await page.screenshot({ path: 'test-results/screens/custom-study-390x844.png' });
	await page.getByTestId('custom-got-it').click();
	await expect(page.getByTestId('custom-done')).toBeVisible();

	await page.goto(`/deck?id=${encodeURIComponent(id)}`);
	await expect(page.getByTestId('learning-count')).toHaveText('1');
	expect(await counts()).toEqual(before);

	// The whole deck: as many cards as the deck holds.
	await page.getByTestId('custom-mode').selectOption('all');
	await page.getByTestId('custom-start').click();
	await expect(page.getByTestId('custom-left')).toContainText(/\d+/);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.screenshot({ path: 'test-results/screens/custom-study-1280x800.png' });
});
