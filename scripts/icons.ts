// Draws the app's icons from one SVG and renders the PNGs with headless Chromium.
//   npm run icons        (= tsx scripts/icons.ts)
// Writes static/favicon.svg and static/icons/{icon-192,icon-512,maskable-512,apple-touch-icon}.png.
// The mark: a white index card with a dark blue band and a "К", a second card peeking behind it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.js';

const THEME = '#1f3a5f';
const BACKGROUND = '#f7f5f0';
const BACK_CARD = '#9fb2c8';

/** The two cards, drawn in a 512×512 space and centred on (256, 256). */
function cards(): string {
	return `
	<g transform="translate(-6 12)">
		<rect x="150" y="104" width="290" height="200" rx="22" fill="${BACK_CARD}" transform="rotate(8 295 204)"/>
		<clipPath id="card"><rect x="72" y="168" width="340" height="236" rx="24"/></clipPath>
		<rect x="72" y="168" width="340" height="236" rx="24" fill="#ffffff"/>
		<rect x="72" y="168" width="340" height="62" fill="${THEME}" clip-path="url(#card)"/>
		<rect x="72" y="168" width="340" height="236" rx="24" fill="none" stroke="${THEME}" stroke-width="10"/>
		<g fill="none" stroke="${THEME}" stroke-width="24" stroke-linecap="round" stroke-linejoin="round">
			<path d="M204 262 V372"/>
			<path d="M282 262 L214 317 L286 372"/>
		</g>
	</g>`;
}

/**
 * @param scale  the cards' size relative to the 512 design
 * @param background  full-bleed background colour, or none (transparent)
 * @param viewBox  the visible part of the 512 design
 */
function svg({
	scale = 1,
	background,
	viewBox = '0 0 512 512'
}: {
	scale?: number;
	background?: string;
	viewBox?: string;
}): string {
	const bg = background ? `<rect width="512" height="512" fill="${background}"/>` : '';
	const s = `translate(256 256) scale(${scale}) translate(-256 -256)`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${bg}<g transform="${s}">${cards()}</g></svg>\n`;
}

// The favicon: the cards alone on a transparent background, cropped to them so they read at 16 px.
const favicon = svg({ viewBox: '56 72 400 368' });

const pngs: { file: string; size: number; svg: string }[] = [
	{
		file: 'static/icons/icon-192.png',
		size: 192,
		svg: svg({ background: BACKGROUND, scale: 1.08 })
	},
	{
		file: 'static/icons/icon-512.png',
		size: 512,
		svg: svg({ background: BACKGROUND, scale: 1.08 })
	},
	// Maskable: launchers crop to any shape inside the central circle of 80 % diameter; the cards'
	// farthest corner sits at ~0.78 × 204.8 px from the centre, the background bleeds to the edges.
	{
		file: 'static/icons/maskable-512.png',
		size: 512,
		svg: svg({ background: BACKGROUND, scale: 0.8 })
	},
	// iOS fills transparency with black and rounds the corners itself: full background, some margin.
	{
		file: 'static/icons/apple-touch-icon.png',
		size: 180,
		svg: svg({ background: BACKGROUND, scale: 1 })
	}
];

async function main(): Promise<void> {
	mkdirSync('static/icons', { recursive: true });
	writeFileSync('static/favicon.svg', favicon);
	const { executablePath } = findChromium();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		for (const { file, size, svg: source } of pngs) {
			const page = await browser.newPage({ viewport: { width: size, height: size } });
			const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`;
			await page.setContent(html);
			await page.screenshot({ path: file, omitBackground: true });
			await page.close();
			console.log(`${file} (${size}×${size})`);
		}
	} finally {
		await browser.close();
	}
	console.log('static/favicon.svg');
}

await main();
