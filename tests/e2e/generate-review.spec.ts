// Issue 12, item 7: the generator's review checks every card with the import's rules, says next to
// the card what would keep it from being saved (in the user's language), and the save names the
// cards it cannot save beside its button instead of dumping the validator's English above it.
import { expect, test, type Page } from '@playwright/test';

test.use({ locale: 'ru-RU' });

// An article with markup in one sentence (copied from a web page): the generator keeps the
// sentence as the card's context.
const ARTICLE = `Парижский мирный конгресс 1856 года

В 1853 г. началась Крымская война между Россией и Османской империей. 27 марта 1854 г. Великобритания и Франция объявили <tag> войну России.

30 марта 1856 г. был подписан Парижский мирный договор. В апреле 1856 г. министром иностранных дел России стал А. М. Горчаков.
`;

const SCREENS = 'test-results/screens';

async function generate(page: Page) {
	await page.goto('/author');
	await page.getByTestId('generate-input').fill(ARTICLE);
	await page.getByTestId('generate-run').click();
	await expect(page.getByTestId('generate-card').first()).toBeVisible({ timeout: 60_000 });
}

for (const [width, height] of [
	[390, 844],
	[1280, 800]
]) {
	test(`a card that cannot be saved says why next to it; save names it (${width}px)`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await generate(page);
		const cards = page.getByTestId('generate-card');
		const bad = cards.filter({ has: page.getByTestId('generate-card-problem') });
		await expect(bad.first()).toBeVisible();
		await expect(bad.first().getByTestId('generate-card-problem')).toContainText('HTML-разметка');
		const badIndex = await cards.evaluateAll((els) =>
			els.findIndex((e) => e.querySelector('[data-testid="generate-card-problem"]'))
		);

		await page.getByTestId('generate-accept-all').click();
		await page.getByTestId('generate-save').click();
		const error = page.getByTestId('generate-save-error');
		await expect(error).toContainText(`№ ${badIndex + 1}`);
		await expect(error).not.toContainText('contains HTML');
		// Next to the button, not far above it.
		const [e, b] = [
			await error.boundingBox(),
			await page.getByTestId('generate-save').boundingBox()
		];
		expect(Math.abs((b?.y ?? 0) - (e?.y ?? 0))).toBeLessThan(200);
		await page.screenshot({ path: `${SCREENS}/generate-invalid-${width}x${height}.png` });

		// An edit with <b> is refused while typed, in Russian.
		const good = cards.nth(badIndex === 0 ? 1 : 0);
		await good.getByTestId('generate-edit').click();
		await good.getByTestId('generate-edit-back').fill('<b>1853</b>');
		await expect(good.getByTestId('generate-edit-problem')).toContainText('«Ответ»');
		await good.getByTestId('generate-edit-done').click();
		await expect(good.getByTestId('generate-edit-back')).toBeVisible();
		await good.getByTestId('generate-edit-back').fill('1853');
		await good.getByTestId('generate-edit-done').click();
		await expect(good.getByTestId('generate-back')).toHaveText('1853');

		// The teacher cleans the card (question, answer, sentence): it can be saved; the other
		// cards with markup are rejected, and the decks save.
		const fix = cards.nth(badIndex);
		await fix.getByTestId('generate-edit').click();
		for (const side of ['front', 'back', 'context']) {
			const field = fix.getByTestId(`generate-edit-${side}`);
			await field.fill((await field.inputValue()).replace('<tag> ', ''));
		}
		await fix.getByTestId('generate-edit-done').click();
		await expect(fix.getByTestId('generate-card-problem')).toHaveCount(0);
		await expect(fix).toHaveAttribute('data-verdict', 'accepted');
		for (const card of await bad.all()) await card.getByTestId('generate-reject').click();
		await page.getByTestId('generate-save').click();
		await expect(page.getByTestId('generate-saved')).toBeVisible();
	});
}
