import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { shareQr } from './share-qr';

/** The matrix as an RGBA image, `scale` pixels a module, as a projector would show it. */
function raster(data: boolean[][], scale = 4): { pixels: Uint8ClampedArray; width: number } {
	const width = data.length * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (let y = 0; y < width; y++)
		for (let x = 0; x < width; x++)
			if (data[Math.floor(y / scale)][Math.floor(x / scale)]) {
				const i = (y * width + x) * 4;
				pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
			}
	return { pixels, width };
}

/** Reads the path shareQr draws back into a matrix (what the SVG shows). */
function matrixOf(path: string, size: number): boolean[][] {
	const m = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) m[Number(y)][Number(x)] = true;
	return m;
}

describe('issue 12: the QR code of a share link', () => {
	it('decodes (with jsQR, another project’s reader) to the link itself', async () => {
		const link = `https://kartoteka.example/share#d=${'AbC_-9'.repeat(120)}`;
		const qr = await shareQr(link);
		expect(qr.ok).toBe(true);
		if (!qr.ok) return;
		const { pixels, width } = raster(matrixOf(qr.path, qr.size));
		expect(jsQR(pixels, width, width)?.data).toBe(link);
	});

	it('draws exactly the library’s modules, with a 4-module quiet zone', async () => {
		const qr = await shareQr('https://kartoteka.example/share#d=x');
		if (!qr.ok) throw new Error('not encoded');
		const data = encode('https://kartoteka.example/share#d=x', { ecc: 'L', border: 4 }).data;
		expect(matrixOf(qr.path, qr.size)).toEqual(data);
		expect(data.slice(0, 4).flat().some(Boolean)).toBe(false);
	});

	it('says so when the link is longer than a QR code holds, instead of failing', async () => {
		expect(await shareQr(`https://kartoteka.example/share#d=${'x'.repeat(5000)}`)).toEqual({
			ok: false
		});
	});
});
