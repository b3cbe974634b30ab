// Issue 12, study features: bury, suspend, flag and edit a card from the study screen, each undone
// with Z; a suspended card stays out of study until the deck page brings it back; a deck's
// progress is reset with a confirmation and an undo. Screenshots at a phone's and a laptop's size.
import { expect, test, type Page } from '@playwright/test';
import { deckCounts, frontText, openHome, startStudy } from '../support/app';

const SCREENS = 'test-results/screens';

async function nextFront(page: Page, before: string) {
	await expect.poll(() => frontText(page)).not.toBe(before);
	return frontText(page);
}

for (const [width, height] of [
	[390, 844],
	[1280, 800]
]) {
	test(`bury, suspend, flag and edit from the study screen, with undo (${width}px)`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await openHome(page);
		const { id, newCount } = await deckCounts(page);
		expect(newCount).toBeGreaterThan(2);
		await startStudy(page, id);
		const first = await frontText(page);
		await page.screenshot({ path: `${SCREENS}/study-actions-${width}x${height}.png` });

		// Bury with "-": the next card; Z brings the buried one back.
		await page.keyboard.press('-');
		const second = await nextFront(page, first);
		await expect(page.getByTestId('card-action-status')).not.toBeEmpty();
		await page.keyboard.press('z');
		await expect.poll(() => frontText(page)).toBe(first);

		// Suspend with the button: it leaves the session, and the next session too.
		await page.getByTestId('card-suspend').click();
		await expect.poll(() => frontText(page)).toBe(second);
		await openHome(page);
		await startStudy(page, id);
		expect(await frontText(page)).toBe(second);

		// Flag with F, unflag with Z.
		await page.keyboard.press('f');
		await expect(page.getByTestId('card-flag')).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('z');
		await expect(page.getByTestId('card-flag')).toHaveAttribute('aria-pressed', 'false');

		// Edit with E: the dialog, the new text on the card; Z puts the old text back.
		await page.keyboard.press('e');
		const dialog = page.getByTestId('study-edit-dialog');
		await expect(dialog).toBeVisible();
		await dialog.getByTestId('note-front').fill('Исправленный вопрос');
		if (width === 390)
			await page.screenshot({ path: `${SCREENS}/study-edit-${width}x${height}.png` });
		await dialog.locator('button[type="submit"]').click();
		await expect(dialog).toBeHidden();
		await expect(page.getByTestId('card-front')).toHaveText('Исправленный вопрос');
		await page.keyboard.press('z');
		await expect.poll(() => frontText(page)).toBe(second);

		// The deck page names the suspended card and brings it back.
		await page.goto(`/deck?id=${encodeURIComponent(id)}`);
		await expect(page.getByTestId('deck-set-aside')).toHaveAttribute('data-suspended', '1');
		await page.getByTestId('deck-unsuspend').click();
		await expect(page.getByTestId('deck-set-aside')).toHaveCount(0);
		await expect(page.getByTestId('new-count')).toHaveText(String(Math.min(newCount, 20)));
	});
}

test("reset a deck's progress with a confirmation, and undo it", async ({ page, context }) => {
	await openHome(page);
	const { id } = await deckCounts(page);
	await startStudy(page, id);
	const before = await frontText(page);
	await page.getByTestId('show-answer').click();
	await page.getByTestId('grade-easy').click();
	await nextFront(page, before);
	const studyFirst = async () => {
		const other = await context.newPage();
		await other.goto(`/study?deck=${encodeURIComponent(id)}`);
		const front = await frontText(other);
		await other.close();
		return front;
	};
	await page.goto(`/deck?id=${encodeURIComponent(id)}`);
	await page.getByTestId('deck-reset').click();
	await page.getByTestId('deck-reset-confirm').click();
	await expect(page.getByTestId('undo-toast')).toBeVisible();
	await page.screenshot({ path: `${SCREENS}/deck-reset-1280x720.png`, fullPage: true });
	// The card answered Easy is new again: first in deck order.
	expect(await studyFirst()).toBe(before);
	await page.getByTestId('undo-delete').click();
	await expect(page.getByTestId('deck-tools-status')).toContainText(/restored|возвращ/i);
	expect(await studyFirst()).not.toBe(before);
});
