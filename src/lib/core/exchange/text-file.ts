// Bytes of an imported file → text. The file must be UTF-8 (with or without a BOM) and not too
// large; anything else is rejected with a message that says what the file is.
import type { DeckProblem } from '$lib/core/deck/validate';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from './limits';
import { decodeUtf8 } from '$lib/core/text/utf8';

export type ImportKind = 'json' | 'delimited';
type Refused = { ok: false; problems: DeckProblem[] };
export type TextResult = { ok: true; text: string; kind: ImportKind } | Refused;

const problem = (message: string): Refused => ({
	ok: false,
	problems: [{ field: '', message }]
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** Signatures of files people pick by mistake: a zip (.apkg, .docx), a PDF, an old Anki package. */
export function binaryKind(bytes: Uint8Array): string | null {
	const b = bytes;
	if (b[0] === 0x50 && b[1] === 0x4b) return 'a zip archive (an .apkg or office document?)';
	if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'a PDF document';
	if (b[0] === 0x53 && b[1] === 0x51 && b[2] === 0x4c && b[3] === 0x69) return 'an SQLite database';
	if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))
		return 'UTF-16 text; save it as UTF-8';
	return null;
}

/** A file over the import limit, refused by its size alone (before it is read into memory). */
export function tooLargeToImport(size: number, max = MAX_IMPORT_BYTES): Refused | null {
	return size > max ? problem(`the file is too large: ${mb(size)}, at most ${mb(max)}`) : null;
}

export function decodeImportFile(name: string, bytes: Uint8Array): TextResult {
	const ext = extensionOf(name);
	if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
		return problem(
			`"${name}" is not a deck file: expected ${IMPORT_EXTENSIONS.join(', ')}` +
				(ext === '.apkg' ? ' (Anki packages are exported, not imported: export CSV from Anki)' : '')
		);
	}
	const tooLarge = tooLargeToImport(bytes.length);
	if (tooLarge) return tooLarge;
	if (bytes.length === 0) return problem('the file is empty');
	const binary = binaryKind(bytes);
	if (binary) return problem(`the file is ${binary}, not a deck`);
	const text = decodeUtf8(bytes);
	if (text === null) {
		const at = firstInvalidUtf8(bytes);
		return problem(
			`the file is not UTF-8 text (byte ${at + 1} is invalid); save it as UTF-8 (e.g. Windows-1251 files must be converted)`
		);
	}
	if (text.includes('\u0000')) return problem('the file holds binary data, not text');
	if (!text.trim()) return problem('the file is empty');
	const kind: ImportKind =
		ext === '.json' || (ext === '.txt' && /^\s*[[{]/.test(text)) ? 'json' : 'delimited';
	return { ok: true, text, kind };
}

/** Index of the first byte that breaks UTF-8 (for the message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const n =
			b < 0x80
				? 0
				: b >= 0xc2 && b < 0xe0
					? 1
					: b >= 0xe0 && b < 0xf0
						? 2
						: b >= 0xf0 && b < 0xf5
							? 3
							: -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return i;
}
