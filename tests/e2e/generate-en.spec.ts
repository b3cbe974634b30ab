// Issue 15: an English article pasted on the authoring page (English interface, the tests'
// locale) gives English decks: English questions, dates and names; the saved decks are studied
// with typed English dates, tested, and shown on the timeline and in the reader.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { frontText, grade, normalize, reveal } from '../support/app';

const ARTICLE = readFileSync('tests/articles/en/treaty-of-rapallo-1922.txt', 'utf8');
const SLUG = 'treaty-of-rapallo-1922';
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const tab = (page: Page, kind: string) =>
	page.locator(`[data-testid="generate-tab"][data-kind="${kind}"]`);

/** Front → back of the proposed cards of the open tab. */
async function proposed(page: Page): Promise<Map<string, string>> {
	const cards = page.getByTestId('generate-card');
	const fronts = await cards.getByTestId('generate-front').allTextContents();
	const backs = await cards.getByTestId('generate-back').allTextContents();
	return new Map(fronts.map((f, i) => [normalize(f), normalize(backs[i])]));
}

test('an English article gives English decks that study, test, line up and read', async ({
	page
}) => {
	await page.goto('/author');
	await page.getByTestId('generate-input').fill(ARTICLE);
	await expect(page.getByTestId('generate-title')).toHaveValue('Treaty of Rapallo (1922)');
	await page.getByTestId('generate-run').click();
	await expect(page.getByTestId('generate-card').first()).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('generate-error')).toHaveCount(0);

	// Dates: English questions; the treaty's own card with its date as English writes it.
	const dates = await proposed(page);
	for (const front of dates.keys()) expect(front).toMatch(/^(?:When|What) .*\?$/);
	expect(dates.get('When was the Treaty of Rapallo signed?')).toBe('16 April 1922');
	await page.getByTestId('generate-accept-all').click();
	// People and offices: names as the text gives them, offices with their country.
	await tab(page, 'actors').click();
	const actors = await proposed(page);
	expect(actors.size, 'people found').toBeGreaterThanOrEqual(1);
	for (const front of actors.keys()) expect(front).toMatch(/^Who .*\?$/);
	await page.getByTestId('generate-accept-all').click();
	await tab(page, 'positions').click();
	const positions = await proposed(page);
	expect([...positions.values()]).toContain('Prime Minister of Britain');
	expect(positions.get('Who was chief of the Army Command from 1920 to 1926?')).toBe(
		'Hans von Seeckt'
	);
	await page.getByTestId('generate-accept-all').click();
	await page.getByTestId('generate-save').click();
	await expect(page.getByTestId('generate-saved-deck')).toHaveCount(3);

	// Home: the decks are titled in English, whatever the interface says.
	await page.getByTestId('generate-home').click();
	const own = page.locator('[data-testid="deck-group"][data-own="true"]');
	await expect(own.locator('h2')).toContainText('Treaty of Rapallo (1922)');
	await expect(own.locator(`[data-deck-id="${SLUG}.dates"]`)).toContainText('Dates');
	await expect(own.locator(`[data-deck-id="${SLUG}.actors"]`)).toContainText('People');

	// Study: a day-precise card answered the American way ("April 16, 1922") is right in full.
	await own.locator(`[data-deck-id="${SLUG}.dates"]`).getByTestId('study-start').click();
	let typed = false;
	for (let i = 0; i < 30 && !typed; i++) {
		const front = await frontText(page);
		const back = dates.get(front) ?? '';
		const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(back);
		if (m && MONTHS.includes(m[2])) {
			await page.getByTestId('typed-answer').fill(`${m[2]} ${m[1]}, ${m[3]}`);
			await page.getByTestId('typed-check').click();
			await expect(page.getByTestId('card-back')).toHaveText(back);
			for (const part of ['year', 'month', 'day'])
				await expect(page.getByTestId(`typed-part-${part}`)).toHaveAttribute('data-state', 'right');
			await expect(page.getByTestId('grade-good')).toHaveAttribute('data-suggested', 'true');
			typed = true;
		} else await reveal(page);
		await grade(page, 'good', front);
	}
	expect(typed, 'a day-precise date card came up').toBe(true);

	// The test: English questions, one right option, the wrong ones in English too.
	await page.goto('/');
	await own.getByTestId('test-group').click();
	await page.getByTestId('test-start').click();
	const question = normalize(await page.getByTestId('test-question').textContent());
	expect(question).toMatch(/^(?:When|What|Who) .*\?$/);
	const options = (await page.getByTestId('test-option').allTextContents()).map((o) =>
		normalize(o).replace(/^\d\s*/, '')
	);
	expect(options.length).toBeGreaterThanOrEqual(2);
	for (const o of options) expect(o, 'no Russian in an English test').not.toMatch(/[а-яё]/i);

	// The timeline: the deck's events in order, dated in English.
	await page.goto('/');
	await own.getByTestId('open-timeline').click();
	const events = page.getByTestId('timeline-event');
	await expect(events.first()).toBeVisible();
	await expect(
		page.getByTestId('timeline-event').filter({ hasText: 'Treaty of Rapallo' })
	).not.toHaveCount(0);
	const order = await events.evaluateAll((els) =>
		els.map((el) => el.getAttribute('data-date') ?? '')
	);
	// By start: "1922-04-16" before "1922-05-19"; a range by its first day.
	const start = (iso: string) => iso.split('/')[0].padEnd(10, '-00').replace(/-$/, '');
	const starts = order.map(start);
	expect(starts).toEqual([...starts].sort());
	await expect(events.filter({ hasText: '16 April 1922' })).not.toHaveCount(0);

	// The reader: the article itself.
	await page.goto('/');
	await own.getByTestId('open-article').click();
	await expect(page.getByTestId('reader-text')).toContainText('Walther Rathenau');
});
