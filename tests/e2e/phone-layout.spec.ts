// Phone layout defects of issue 12, each measured: a long unbroken title must not widen a page,
// and nothing of the card may show through the answer bar in dark mode. Screenshots go to
// test-results/screens/ to look at.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openHome, reveal, startStudy } from '../support/app';

const SCREENS = 'test-results/screens';

async function shoot(page: Page, name: string): Promise<void> {
	const { width, height } = page.viewportSize()!;
	mkdirSync(SCREENS, { recursive: true });
	await page.screenshot({ path: `${SCREENS}/${name}-${width}x${height}.png`, fullPage: true });
}

const LONG = 'Советскогерманскиевоенно'.repeat(12);

test.describe('phone 390×844', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('bug: a title of one long unbroken word made the home page 4,242 px wide', async ({
		page
	}) => {
		await page.goto('/author');
		await page.getByTestId('new-deck-title').fill(LONG);
		await page.getByTestId('new-deck-create').click();
		await expect(page).toHaveURL(/\/author\/deck\?id=/);
		const id = new URL(page.url()).searchParams.get('id')!;
		const q = encodeURIComponent(id);
		// Four cards, so that study, test and print have something to show; long words in them too.
		const form = page.getByTestId('add-card');
		for (let i = 0; i < 4; i++) {
			await form.getByTestId('note-kind-basic').check();
			await form.getByTestId('note-front').fill(`${LONG} ${i}?`);
			await form.getByTestId('note-back').fill(`${i}${LONG}`);
			await form.getByTestId('note-save').click();
			await expect(page.getByTestId('card-item')).toHaveCount(i + 1);
		}
		for (const path of [
			'/',
			'/author',
			`/author/deck?id=${q}`,
			`/deck?id=${q}`,
			`/study?deck=${q}`,
			`/test?deck=${q}`,
			`/print?deck=${q}`,
			'/import'
		]) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expect(page.getByRole('main')).toContainText(LONG.slice(0, 24));
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(390);
		}
		await openHome(page);
		await expect(page.getByRole('main')).toContainText(LONG.slice(0, 24));
		await shoot(page, 'long-title-home');
	});

	test('bug: in dark mode the card’s text showed through the disabled Check button', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await openHome(page);
		await startStudy(page);
		await expect(page.getByTestId('typed-check')).toBeVisible();
		await reveal(page);
		const check = page.getByTestId('typed-check');
		await expect(check).toBeDisabled();
		// Everything from the button to the answer bar is opaque: no opacity below 1, and every
		// background painted is a solid colour, no gradient into transparency.
		const see = await check.evaluate((button) => {
			const out: { tag: string; opacity: string; image: string }[] = [];
			let el: Element | null = button;
			while (el && el !== document.body) {
				const s = getComputedStyle(el);
				out.push({ tag: el.className || el.tagName, opacity: s.opacity, image: s.backgroundImage });
				if (s.position === 'sticky' || s.position === 'fixed') {
					out.push({ tag: 'bar', opacity: s.opacity, image: s.backgroundColor });
					break;
				}
				el = el.parentElement;
			}
			return out;
		});
		for (const s of see) {
			expect(s.opacity, `opacity of ${s.tag}`).toBe('1');
			expect(s.image, `background of ${s.tag}`).not.toMatch(/transparent|rgba\(.*, 0\)|gradient/);
		}
		const bar = see.at(-1)!;
		expect(bar.tag).toBe('bar');
		expect(bar.image, 'the answer bar paints a solid background').toMatch(/^rgb\(/);
		await shoot(page, 'dark-typed-revealed');
	});
});
