// Search text in one byte a character (issue 11). V8 keeps a string of only Latin-1 characters at
// one byte a character, any other string at two: a collection's Russian haystacks took twice the
// memory of the same text in Latin-1. Lower-case Cyrillic а–я (all that is left of Cyrillic once
// case-folded, ё read as е) takes the places of À–ß (gone once folded); every other character
// outside Latin-1, and the few it displaces, is written as an escape: U+0001 and four hex digits
// drawn from U+0080–U+008F, which nothing else is written as. So the code is lossless and a word
// occurs in a text exactly when its code occurs in the text's code.

const ESC = 0x0001;
const CYR = 0x0430;
const CYR_END = 0x044f;
const TO = 0x00c0;

function escape(code: number, out: number[]): void {
	out.push(ESC);
	for (let shift = 12; shift >= 0; shift -= 4) out.push(0x80 + ((code >> shift) & 15));
}

/** The one-byte code of a (normalized) text: see above. */
export function oneByte(text: string): string {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= CYR && code <= CYR_END) out.push(code - CYR + TO);
		else if (
			code < 0x02 ||
			(code >= 0x80 && code < 0xa0) ||
			(code >= 0xc0 && code < 0xe0) ||
			code > 0xff
		)
			escape(code, out);
		else out.push(code);
	}
	// In chunks: a long text's codes would overflow the argument list.
	let s = '';
	for (let i = 0; i < out.length; i += 4096) s += String.fromCharCode(...out.slice(i, i + 4096));
	return s;
}

/** The text a oneByte code was made from. */
export function fromOneByte(code: string): string {
	const out: number[] = [];
	for (let i = 0; i < code.length; i++) {
		const c = code.charCodeAt(i);
		if (c === ESC) {
			out.push(parseInt(hexOf(code.slice(i + 1, i + 5)), 16));
			i += 4;
		} else out.push(c >= TO && c < TO + (CYR_END - CYR + 1) ? c - TO + CYR : c);
	}
	let s = '';
	for (let i = 0; i < out.length; i += 4096) s += String.fromCharCode(...out.slice(i, i + 4096));
	return s;
}

/** An escape's four digits (U+0080–U+008F) as hex digits. */
function hexOf(digits: string): string {
	return [...digits].map((d) => (d.charCodeAt(0) - 0x80).toString(16)).join('');
}
