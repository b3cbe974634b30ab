// Helpers the end-to-end tests share. Only `data-testid`s from DESIGN.md's testing contract are used:
// the UI may speak Russian or English.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The first integer in an element's text ("12", "New: 12", "12 новых"). */
export async function countOf(locator: Locator): Promise<number> {
	const text = (await locator.textContent()) ?? '';
	const match = /\d+/.exec(text);
	if (!match) throw new Error(`no number in ${JSON.stringify(text)}`);
	return Number(match[0]);
}

export interface DeckCounts {
	id: string;
	newCount: number;
	dueCount: number;
}

/** Opens the home screen and waits for the decks. */
export async function openHome(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
}

/** The counts of a deck on the home screen (the first deck when no id is given). */
export async function deckCounts(page: Page, id?: string): Promise<DeckCounts> {
	const deck = deckItem(page, id);
	await expect(deck).toBeVisible();
	const deckId = (await deck.getAttribute('data-deck-id')) ?? '';
	expect(deckId, 'deck-item carries data-deck-id').not.toBe('');
	return {
		id: deckId,
		newCount: await countOf(deck.getByTestId('new-count')),
		dueCount: await countOf(deck.getByTestId('due-count'))
	};
}

export function deckItem(page: Page, id?: string): Locator {
	return id
		? page.locator(`[data-testid="deck-item"][data-deck-id="${id}"]`)
		: page.getByTestId('deck-item').first();
}

/** From the home screen: starts studying a deck and waits for its first card. */
export async function startStudy(page: Page, id?: string): Promise<string> {
	const deck = deckItem(page, id);
	const deckId = (await deck.getAttribute('data-deck-id')) ?? '';
	await deck.getByTestId('study-start').click();
	await expect(page).toHaveURL(
		new RegExp(`/study\\?(.*&)?deck=${escapeRegExp(encodeURIComponent(deckId))}(&|$)`)
	);
	await expect(page.getByTestId('card-front')).toBeVisible();
	return deckId;
}

export async function frontText(page: Page): Promise<string> {
	const front = page.getByTestId('card-front');
	await expect(front).toBeVisible();
	return normalize(await front.textContent());
}

/** Whitespace collapsed, as `toHaveText` compares. */
export function normalize(text: string | null): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Reveals the answer with the button and waits for the back and the grade buttons. */
export async function reveal(page: Page): Promise<void> {
	await page.getByTestId('show-answer').click();
	await expect(page.getByTestId('card-back')).toBeVisible();
	await expect(page.getByTestId('grade-good')).toBeVisible();
}

/** Grades the shown (revealed) card and waits until a different front, or the end, is shown. */
export async function grade(
	page: Page,
	which: 'again' | 'hard' | 'good' | 'easy',
	before: string
): Promise<void> {
	await page.getByTestId(`grade-${which}`).click();
	await expect(page.getByTestId('card-back')).toBeHidden();
	await expect
		.poll(async () => {
			const front = page.getByTestId('card-front');
			if ((await front.count()) === 0) return 'no card';
			return normalize(await front.textContent()) === before ? 'same card' : 'next card';
		})
		.not.toBe('same card');
}

/** Waits until a service worker is active and controls this page (reloading once if needed). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
	if (!controlled) {
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), {
				message: 'the service worker controls the page after a reload'
			})
			.toBe(true);
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The home screen's new count expected after one new card of a shipped deck is graded: the card
 * itself goes, and so do the deck's cards of the same fact asked the other way ("Когда …?" and
 * "Что произошло …?"), held back until tomorrow; within the default 20 new cards a day. Read from
 * the deck file in the repository, not from the app.
 */
export function newCountAfterOneGrade(deckId: string, front: string): number {
	const deck = JSON.parse(readFileSync(`decks/${deckId}.json`, 'utf8')) as {
		cards: { front: string; fact?: object }[];
	};
	const studied = deck.cards.find((c) => normalize(c.front) === normalize(front));
	if (!studied) throw new Error(`no card "${front}" in decks/${deckId}.json`);
	// The same fact whichever way it is asked: its fields without `ask`.
	const same = (f: unknown) => JSON.stringify({ ...(f as object), ask: undefined });
	const related = deck.cards.filter(
		(c) => c !== studied && !!studied.fact && same(c.fact) === same(studied.fact)
	).length;
	return Math.min(20 - 1, deck.cards.length - 1 - related);
}

/**
 * An English interface (the tests' locale) starts with the English sample decks; the Russian seed
 * article's decks are installed from the import page, as a student would. Ends on the home screen.
 */
export async function installRussianSamples(page: Page): Promise<void> {
	await page.goto('/import');
	const offer = page.getByTestId('sample-article').filter({ hasText: 'Советско-германские' });
	await offer.getByTestId('sample-install').click();
	await expect(page.getByTestId('sample-done')).toBeVisible();
	await openHome(page);
	await expect(
		page.locator(
			'[data-testid="deck-item"][data-deck-id="soviet-german-relations-1920-1923.dates"]'
		)
	).toBeVisible();
}

/** The home screen's group of the Russian seed article. */
export const russianGroup = (page: Page): Locator =>
	page.getByTestId('deck-group').filter({ hasText: 'Советско-германские' });
