// UTF-8 at the edges of the app: files, share links and ids arrive as bytes. Strict decoding
// refuses anything that is not UTF-8 (a Windows-1251 CSV, a binary file) instead of turning it into
// U+FFFD replacement characters that would then be studied.

const strict = () => new TextDecoder('utf-8', { fatal: true });

/** The bytes as text (a leading byte-order mark dropped), or null when they are not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
	try {
		return strict().decode(bytes);
	} catch {
		return null;
	}
}

/** Size of a text in UTF-8 bytes, without encoding it (a 2 MB text would be copied for nothing). */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			n += 4; // a surrogate pair is one 4-byte character
			i++;
		} else n += 3;
	}
	return n;
}
