// The QR code of a share link, for a projector (issue 12). uqr (~8 KB gzipped) is loaded only
// when the code is asked for, on the share page: never on the first page.

export type ShareQr =
	| { ok: true; size: number; path: string }
	/** The link holds more than a QR code can (about 2,900 bytes at the lowest error correction). */
	| { ok: false };

/** The modules of the link's QR code as one SVG path of unit squares, quiet zone included. */
export async function shareQr(link: string): Promise<ShareQr> {
	const { encode } = await import('uqr');
	let data: boolean[][];
	try {
		// Low error correction: the largest link that fits; a projected code is seen clean.
		data = encode(link, { ecc: 'L', border: 4 }).data;
	} catch {
		return { ok: false };
	}
	return { ok: true, size: data.length, path: modulesPath(data) };
}

/** Dark modules as an SVG path ("M x y h1 v1 h-1 z" each): text, never markup, for the view. */
export function modulesPath(data: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
		})
	);
	return parts.join('');
}
