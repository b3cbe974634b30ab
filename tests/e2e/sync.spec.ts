// Sync across devices (issue 14, part 3): a sync server on a free port with its own PGlite folder,
// two browser profiles signed in to one account, both study the same deck offline, go online and
// sync: both hold the same card states, every review once (the sum of both), nothing lost; then a
// card suspended on one is suspended on the other; then a deck reset on one starts the deck over
// on the other, and a review after it counts from the reset on both.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type Running } from '../../server/start';
import { frontText, grade, openHome, reveal, waitForServiceWorkerControl } from '../support/app';
import { studyPage } from '../support/study-db';

let server: Running;
let dataDir: string;

// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument to pass `info`
test.beforeAll(async ({}, info) => {
	info.setTimeout(120_000);
	dataDir = await mkdtemp(join(tmpdir(), 'kartoteka-sync-e2e-'));
	const origin = new URL(info.project.use.baseURL!).origin;
	server = await startServer({ dataDir, allowedOrigins: [origin], log: () => {} });
});

test.afterAll(async () => {
	await server?.close();
	await rm(dataDir, { recursive: true, force: true });
});

interface Device {
	context: BrowserContext;
	page: Page;
}

async function device(browser: Browser): Promise<Device> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openHome(page);
	await waitForServiceWorkerControl(page);
	return { context, page };
}

async function connect({ page }: Device, mode: 'signup' | 'signin') {
	await page.goto('/settings');
	const section = page.getByTestId('sync-section');
	await section.getByTestId('sync-server').fill(server.url);
	await section.getByTestId('sync-name').fill('student');
	await section.getByTestId('sync-passphrase').fill('phone and laptop');
	await section.getByTestId(mode === 'signup' ? 'sync-signup' : 'sync-signin').click();
	await expect(section.getByTestId('sync-account')).toContainText('student');
	await expect(section.getByTestId('sync-status')).toHaveAttribute('data-status', 'idle');
	await expect(section.getByTestId('sync-last')).not.toContainText('Not synced');
}

async function syncNow({ page }: Device) {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	const status = page.getByTestId('sync-status');
	// Back online the waiting sync may be running: the button waits for it.
	await expect(page.getByTestId('sync-now')).toBeEnabled();
	await page.getByTestId('sync-now').click();
	await expect(status).toHaveAttribute('data-status', 'idle');
	await expect(page.getByTestId('sync-pending')).toHaveCount(0);
}

async function studyOffline(
	{ page, context }: Device,
	deckId: string,
	grades: ('good' | 'again' | 'easy')[]
) {
	await studyPage(page, deckId);
	await context.setOffline(true);
	for (const g of grades) {
		const front = await frontText(page);
		await reveal(page);
		await grade(page, g, front);
	}
	// Leaving the study page syncs; offline, the sync waits and says so.
	await page.goto('/settings');
	await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'offline');
	await expect(page.getByTestId('sync-status')).toContainText('Offline');
}

/** What the device's IndexedDB holds: every card state, and every review's sync id. */
function collection(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('kartoteka');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const q = db.transaction(store).objectStore(store).getAll();
				q.onsuccess = () => resolve(q.result as T[]);
				q.onerror = () => reject(q.error);
			});
		type State = {
			key: string;
			queue: number;
			due: number;
			card: { reps: number; stability: number };
		};
		const [states, reviews] = await Promise.all([
			all<State>('states'),
			all<{ key: string; syncId?: string }>('reviews')
		]);
		db.close();
		return {
			states: states
				.filter((s) => s.card.reps > 0)
				.map((s) => [s.key, s.queue, s.due, s.card.reps, s.card.stability])
				.sort(),
			reviews: reviews.map((r) => `${r.key} ${r.syncId}`).sort(),
			suspended: states
				.filter((s) => s.queue === -1)
				.map((s) => s.key)
				.sort()
		};
	});
}

test('two profiles study offline, sync, and hold the same collection: every review once', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const a = await device(browser);
	const b = await device(browser);
	await connect(a, 'signup');
	await connect(b, 'signin');

	await openHome(a.page);
	const deckId = (await a.page.getByTestId('deck-item').first().getAttribute('data-deck-id'))!;
	// Both start with the deck's first new cards: the same cards graded on two devices.
	await studyOffline(a, deckId, ['good', 'again', 'easy']);
	await studyOffline(b, deckId, ['again', 'good']);

	// Back online, the waiting sync runs by itself.
	await a.context.setOffline(false);
	await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-status', 'idle', {
		timeout: 30_000
	});
	await b.context.setOffline(false);
	await syncNow(a);
	await syncNow(b);
	await syncNow(a);

	const [onA, onB] = [await collection(a.page), await collection(b.page)];
	expect(onA.reviews).toHaveLength(5);
	expect(new Set(onA.reviews).size).toBe(5);
	expect(onB.reviews).toEqual(onA.reviews);
	expect(onB.states).toEqual(onA.states);
	// Reps summed over the cards = the reviews: none lost, none counted twice.
	expect(onA.states.reduce((n, s) => n + (s[3] as number), 0)).toBe(5);

	// A card suspended on one device is suspended on the other (a "marks" change, not a state).
	expect(onA.suspended).toEqual([]);
	await studyPage(a.page, deckId);
	const front = await frontText(a.page);
	await a.page.getByTestId('card-suspend').click();
	await expect.poll(() => frontText(a.page)).not.toBe(front);
	await syncNow(a);
	await syncNow(b);
	const [afterA, afterB] = [await collection(a.page), await collection(b.page)];
	expect(afterA.suspended).toHaveLength(1);
	expect(afterB.suspended).toEqual(afterA.suspended);
	// B's next session leaves it out.
	await studyPage(b.page, deckId);
	expect(await frontText(b.page)).not.toBe(front);

	// A resets the deck's progress: on B too every card starts over, the suspended one stays
	// suspended, and the reviews stay (the bug: B's states, replayed from them, came back).
	await a.page.goto(`/deck?id=${encodeURIComponent(deckId)}`);
	await a.page.getByTestId('deck-reset').click();
	await a.page.getByTestId('deck-reset-confirm').click();
	await expect(a.page.getByTestId('undo-toast')).toBeVisible();
	await syncNow(a);
	await syncNow(b);
	const [resetA, resetB] = [await collection(a.page), await collection(b.page)];
	expect(resetA.states).toEqual([]);
	expect(resetB.states).toEqual([]);
	expect(resetB.suspended).toEqual(afterA.suspended);
	expect(resetB.reviews).toHaveLength(5);
	// A review after the reset, on B: on A the card is replayed from the reset, not the history.
	await studyPage(b.page, deckId);
	const next = await frontText(b.page);
	await reveal(b.page);
	await grade(b.page, 'good', next);
	await syncNow(b);
	await syncNow(a);
	const [lastA, lastB] = [await collection(a.page), await collection(b.page)];
	expect(lastB.states).toHaveLength(1);
	expect(lastB.states[0][3]).toBe(1);
	expect(lastA.states).toEqual(lastB.states);
	expect(lastA.reviews).toHaveLength(6);
	expect(lastA.reviews).toEqual(lastB.reviews);
	await a.context.close();
	await b.context.close();
});
