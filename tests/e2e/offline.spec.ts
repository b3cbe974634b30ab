// After the first visit the app works with no network at all: reload, study, reload again.
import { expect, test } from '@playwright/test';
import {
	newCountAfterOneGrade,
	deckCounts,
	frontText,
	grade,
	openHome,
	reveal,
	startStudy,
	waitForServiceWorkerControl
} from '../support/app';

test('offline after the first visit: decks load, study goes on, progress survives a reload', async ({
	page,
	context
}) => {
	await openHome(page);
	await waitForServiceWorkerControl(page);
	await expect(page.getByTestId('deck-item').first()).toBeVisible();

	await context.setOffline(true);
	// Really offline: a request the service worker does not answer from its cache fails.
	const reachable = await page.evaluate(() =>
		fetch(`/not-precached-${Date.now()}.json`).then(
			() => true,
			() => false
		)
	);
	expect(reachable, 'the network is off').toBe(false);

	await page.reload();
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	const before = await deckCounts(page);

	const deckId = await startStudy(page, before.id);
	const graded = await frontText(page);
	await reveal(page);
	await grade(page, 'good', graded);

	await page.reload();
	await expect(page.getByTestId('card-front')).toBeVisible();
	await expect(page.getByTestId('card-front')).not.toHaveText(graded);

	await page.goto('/');
	await expect(page.getByTestId('deck-item').first()).toBeVisible();
	expect((await deckCounts(page, deckId)).newCount).toBe(newCountAfterOneGrade(deckId, graded));
});
