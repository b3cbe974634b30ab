// Layout on a phone and a desktop: thumb-reachable grade buttons, no layout shift when the answer
// appears, and screenshots to look at (test-results/screens/).
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openHome, reveal, startStudy } from '../support/app';

const SCREENS = 'test-results/screens';
const GRADES = ['again', 'hard', 'good', 'easy'] as const;

declare global {
	interface Window {
		__shifts: { value: number; at: number }[];
	}
}

/** Records every layout shift, also those right after an input (which CLS itself would forgive). */
async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
				window.__shifts.push({ value: entry.value, at: entry.startTime });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

async function shiftsSince(page: Page, index: number): Promise<number> {
	return page.evaluate(
		(from) => window.__shifts.slice(from).reduce((s, e) => s + e.value, 0),
		index
	);
}

async function settle(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string): Promise<void> {
	const { width, height } = page.viewportSize()!;
	mkdirSync(SCREENS, { recursive: true });
	await page.screenshot({ path: `${SCREENS}/${name}-${width}x${height}.png` });
}

test.describe('phone 390×844', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('grade buttons are tall enough and in thumb reach; reveal shifts nothing', async ({
		page
	}) => {
		await recordShifts(page);
		await openHome(page);
		await shoot(page, 'home');
		await startStudy(page);
		await settle(page);
		await shoot(page, 'study-front');

		const frontBefore = await page.getByTestId('card-front').boundingBox();
		const revealButton = await page.getByTestId('show-answer').boundingBox();
		const shiftsBefore = await page.evaluate(() => window.__shifts.length);

		await reveal(page);
		await settle(page);
		await shoot(page, 'study-back');

		const frontAfter = await page.getByTestId('card-front').boundingBox();
		expect(frontAfter, 'card front after reveal').not.toBeNull();
		expect(
			Math.abs(frontAfter!.y - frontBefore!.y),
			'card front moves on reveal (px)'
		).toBeLessThan(1);
		expect(Math.abs(frontAfter!.x - frontBefore!.x)).toBeLessThan(1);
		const shift = await shiftsSince(page, shiftsBefore);
		console.log(`phone: layout shift on reveal ${shift.toFixed(4)}`);
		expect(shift, 'layout shift caused by revealing the answer').toBeLessThan(0.01);

		const viewport = page.viewportSize()!;
		const boxes = [];
		for (const which of GRADES) {
			const box = await page.getByTestId(`grade-${which}`).boundingBox();
			expect(box, `grade-${which} is laid out`).not.toBeNull();
			expect(box!.height, `grade-${which} height (px)`).toBeGreaterThanOrEqual(44);
			expect(box!.y, `grade-${which} top in the bottom half`).toBeGreaterThanOrEqual(
				viewport.height / 2
			);
			expect(box!.y + box!.height, `grade-${which} bottom on screen`).toBeLessThanOrEqual(
				viewport.height
			);
			boxes.push(box!);
		}
		// Not a requirement, a note: ideally the grade row takes the place of the reveal button.
		expect(revealButton, 'show-answer is laid out').not.toBeNull();
		const gradeTop = Math.min(...boxes.map((b) => b.y));
		const gradeBottom = Math.max(...boxes.map((b) => b.y + b.height));
		const revealMiddle = revealButton!.y + revealButton!.height / 2;
		if (revealMiddle < gradeTop - 1 || revealMiddle > gradeBottom + 1) {
			console.log(
				`note: show-answer (y=${revealButton!.y}) is not where the grade row appears (y=${gradeTop}..${gradeBottom})`
			);
		}
	});
});

test.describe('desktop 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('screens and no shift on reveal', async ({ page }) => {
		await recordShifts(page);
		await openHome(page);
		await shoot(page, 'home');
		await startStudy(page);
		await settle(page);
		await shoot(page, 'study-front');
		const frontBefore = await page.getByTestId('card-front').boundingBox();
		const shiftsBefore = await page.evaluate(() => window.__shifts.length);
		await reveal(page);
		await settle(page);
		await shoot(page, 'study-back');
		const frontAfter = await page.getByTestId('card-front').boundingBox();
		expect(
			Math.abs(frontAfter!.y - frontBefore!.y),
			'card front moves on reveal (px)'
		).toBeLessThan(1);
		const shift = await shiftsSince(page, shiftsBefore);
		console.log(`desktop: layout shift on reveal ${shift.toFixed(4)}`);
		expect(shift, 'layout shift caused by revealing the answer').toBeLessThan(0.01);
		for (const which of GRADES) {
			await expect(page.getByTestId(`grade-${which}`)).toBeInViewport();
		}
	});
});
