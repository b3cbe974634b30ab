// Authoring as a teacher would: make a deck by hand and study it, edit a shipped card, delete a
// deck and undo, search with ё/е. Only data-testids and roles: the UI may speak either language.
import { expect, test, type Page } from '@playwright/test';
import { deckCounts, frontText, grade, openHome, reveal, startStudy } from '../support/app';

// The shipped dates deck an English interface starts with (the tests' locale).
const SHIPPED_DATES = 'congress-of-berlin-1878.dates';

/** Creates a deck on /author and returns its id (the deck page is open afterwards). */
async function createDeck(page: Page, title: string): Promise<string> {
	await page.goto('/author');
	await page.getByTestId('new-deck-title').fill(title);
	await page.getByTestId('new-deck-create').click();
	await expect(page).toHaveURL(/\/author\/deck\?id=u-/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return new URL(page.url()).searchParams.get('id') ?? '';
}

async function addNote(
	page: Page,
	kind: 'basic' | 'reverse' | 'cloze',
	front: string,
	back = ''
): Promise<void> {
	const form = page.getByTestId('add-card');
	await form.getByTestId(`note-kind-${kind}`).check();
	await form.getByTestId('note-front').fill(front);
	if (kind !== 'cloze') await form.getByTestId('note-back').fill(back);
	const cards = page.getByTestId('card-item');
	const before = await cards.count();
	await form.getByTestId('note-save').click();
	await expect(cards).toHaveCount(before + (kind === 'basic' ? 1 : 2));
	await expect(form.getByTestId('note-front')).toHaveValue('');
}

test('author a deck by hand (basic, basic + reverse, cloze with two gaps) and study it', async ({
	page
}) => {
	const id = await createDeck(page, 'Рапалло, 1922');
	await addNote(page, 'basic', 'Кто возглавлял НКИД в 1922 г.?', 'Г. В. Чичерин');
	await addNote(page, 'reverse', 'Рапалльский договор', '16 апреля 1922 г.');

	// The cloze note: the preview shows its two cards as they are typed, and bad syntax is named.
	const form = page.getByTestId('add-card');
	await form.getByTestId('note-kind-cloze').check();
	await form.getByTestId('note-front').fill('Договор подписали {{c1::Чичерин}} и {{c2::Ратенау');
	await expect(form.getByTestId('note-problem')).toBeVisible();
	await expect(form.getByTestId('note-save')).toBeDisabled();
	await form.getByTestId('note-front').fill('Договор подписали {{c1::Чичерин}} и {{c2::Ратенау}}');
	await expect(form.getByTestId('preview-card')).toHaveCount(2);
	await expect(form.getByTestId('preview-card').first()).toContainText(
		'Договор подписали […] и Ратенау'
	);
	const cards = page.getByTestId('card-item');
	await form.getByTestId('note-save').click();
	await expect(cards).toHaveCount(5);

	// The home screen shows the deck with its five new cards.
	await openHome(page);
	expect(await deckCounts(page, id)).toEqual({ id, newCount: 5, dueCount: 0 });

	// Study in deck order; the reverse card and the second gap are related to cards studied just
	// before (issue 12): they wait until tomorrow, or until the student asks for them.
	await startStudy(page, id);
	const fronts: string[] = [];
	const studyNext = async (backIs?: string) => {
		const front = await frontText(page);
		fronts.push(front);
		await reveal(page);
		if (backIs) await expect(page.getByTestId('card-back')).toHaveText(backIs);
		await grade(page, 'easy', front);
	};
	for (let i = 0; i < 3; i++) await studyNext(i === 2 ? 'Чичерин' : undefined);
	await expect(page.getByTestId('study-done')).toBeVisible();
	await expect(page.getByTestId('study-held')).toHaveAttribute('data-held', '2');
	await page.getByTestId('study-show-held').click();
	for (let i = 0; i < 2; i++) await studyNext();
	expect(fronts).toEqual([
		'Кто возглавлял НКИД в 1922 г.?',
		'Рапалльский договор',
		'Договор подписали […] и Ратенау',
		'16 апреля 1922 г.',
		'Договор подписали Чичерин и […]'
	]);
	await expect(page.getByTestId('study-done')).toBeVisible();
	await expect(page.getByTestId('study-held')).toHaveCount(0);
});

test('edit a shipped card’s back: study shows the edit, the list marks it', async ({ page }) => {
	await page.goto('/author');
	await page
		.locator(`[data-testid="author-deck"][data-deck-id="${SHIPPED_DATES}"]`)
		.getByTestId('author-deck-edit')
		.click();
	await expect(page.getByTestId('shipped-note')).toBeVisible();
	await expect(page.getByTestId('deck-delete')).toHaveCount(0);

	const first = page.getByTestId('card-item').first();
	const front = (await first.getByTestId('card-item-front').textContent())?.trim() ?? '';
	await first.getByTestId('card-edit').click();
	const dialog = page.getByTestId('edit-dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByTestId('note-back').fill('Исправленный учителем ответ');
	// The answer changed: the dialog says so and offers to start the card over.
	await expect(dialog.getByTestId('edit-outcome')).toBeVisible();
	await expect(dialog.getByTestId('edit-reset')).toBeChecked();
	await dialog.getByTestId('note-save').click();
	await expect(dialog).toBeHidden();
	await expect(first.getByTestId('card-item-back')).toHaveText('Исправленный учителем ответ');

	await openHome(page);
	await startStudy(page, SHIPPED_DATES);
	await expect(page.getByTestId('card-front')).toHaveText(front);
	await reveal(page);
	await expect(page.getByTestId('card-back')).toHaveText('Исправленный учителем ответ');
});

test('delete a deck, then undo: the deck and its cards are back', async ({ page }) => {
	const id = await createDeck(page, 'Удалить и вернуть');
	await addNote(page, 'basic', 'Вопрос', 'Ответ');

	await page.goto('/author');
	const item = page.locator(`[data-testid="author-deck"][data-deck-id="${id}"]`);
	await item.getByTestId('deck-delete').click();
	await item.getByTestId('deck-delete-confirm').click();
	await expect(item).toHaveCount(0);
	await expect(page.getByTestId('undo-toast')).toBeVisible();
	await page.getByTestId('undo-delete').click();
	await expect(item).toBeVisible();
	await expect(page.getByTestId('undo-toast')).toBeHidden();

	await item.getByTestId('author-deck-edit').click();
	await expect(page.getByTestId('card-item')).toHaveCount(1);
	await openHome(page);
	expect((await deckCounts(page, id)).newCount).toBe(1);

	// Without undo the deck is gone from the home screen at once, for good after the window.
	await page.goto(`/author/deck?id=${id}`);
	await page.getByTestId('deck-delete').click();
	await page.getByTestId('deck-delete-confirm').click();
	await expect(page).toHaveURL(/\/author$/);
	await expect(page.getByTestId('undo-toast')).toBeVisible();
	await openHome(page);
	await expect(page.locator(`[data-testid="deck-item"][data-deck-id="${id}"]`)).toHaveCount(0);
});

test('search with ё/е and any case; bulk tag and filter by tag', async ({ page }) => {
	await createDeck(page, 'Гражданская война');
	await addNote(page, 'basic', 'Атаман Семёнов действовал в…', 'Забайкалье');
	await addNote(page, 'basic', 'Кто командовал рейхсвером?', 'Сект');

	const search = page.getByTestId('card-search');
	const cards = page.getByTestId('card-item');
	for (const q of ['семенов', 'СЕМЁНОВ', 'Семенов  забайкалье']) {
		await search.fill(q);
		await expect(cards).toHaveCount(1);
		await expect(cards.first().getByTestId('card-item-front')).toContainText('Семёнов');
	}
	await search.fill('Чичерин');
	await expect(cards).toHaveCount(0);

	await search.fill('');
	await expect(cards).toHaveCount(2);
	await cards.first().getByRole('checkbox').check();
	await page.getByTestId('bulk-tag').fill('урок5');
	await page.getByTestId('bulk-tag-apply').click();
	await expect(page.getByTestId('author-status')).toBeVisible();
	await page.getByTestId('filter-tag').selectOption('урок5');
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('#урок5');

	// Across all decks, with the deck filter: the same card is found, ё/е insensitive.
	await page.goto('/author/cards');
	await page.getByTestId('card-search').fill('семенов');
	await expect(page.getByTestId('card-item')).toHaveCount(1);
	// Issue 11: the list keeps its texts coded one byte a character; they show as typed.
	await expect(page.getByTestId('card-item-front')).toHaveText('Атаман Семёнов действовал в…');
	// Edit opens the card in its deck.
	await page.getByTestId('card-edit').click();
	await expect(page).toHaveURL(/\/author\/deck\?id=u-/);
	await expect(page.getByTestId('edit-dialog').getByTestId('note-front')).toHaveValue(
		'Атаман Семёнов действовал в…'
	);
});

test('bug: deleting a card could not be undone; Undo brings it back', async ({ page }) => {
	await createDeck(page, 'Удаление');
	await addNote(page, 'basic', 'Кто возглавлял НКИД в 1922 г.?', 'Г. В. Чичерин');
	await addNote(page, 'basic', 'Где подписан договор 1922 г.?', 'Рапалло');
	const cards = page.getByTestId('card-item');
	await cards.first().getByTestId('card-edit').click();
	const dialog = page.getByTestId('edit-dialog');
	await dialog.getByTestId('card-delete').click();
	await dialog.getByTestId('card-delete-confirm').click();
	await expect(cards).toHaveCount(1);
	await page.getByTestId('undo-toast').getByTestId('undo-delete').click();
	await expect(cards).toHaveCount(2);
	await expect(page.getByTestId('undo-toast')).toHaveCount(0);
});
