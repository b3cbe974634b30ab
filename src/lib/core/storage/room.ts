// Whether a large write (an import, a restore, saving generated decks) fits on the device with a
// margin, and sizes in words for the messages. Loaded with the features that write, not at start.
import { freeBytes, type SpaceEstimate } from './space';

const MB = 1024 * 1024;
/** Left free after a large write, for the reviews that follow it. */
export const RESERVE_BYTES = 20 * MB;

/**
 * What a write of `chars` characters of JSON may take on disk: IndexedDB stores strings as
 * UTF-16 (Cyrillic too), adds keys and indexes per row, and writes a journal before it compacts.
 * Four bytes per character is on the safe side of what Chromium measured for our decks.
 */
export const bytesToWrite = (chars: number) => chars * 4;

export type SpaceVerdict = { ok: true } | { ok: false; needed: number; free: number };

/** Whether `bytes` fit with the reserve. Without an estimate (an old browser) the write goes on. */
export function checkSpace(estimate: SpaceEstimate | null, bytes: number): SpaceVerdict {
	if (!estimate || !Number.isFinite(estimate.quota) || !Number.isFinite(estimate.usage))
		return { ok: true };
	const free = freeBytes(estimate);
	const needed = bytes + RESERVE_BYTES;
	return needed <= free ? { ok: true } : { ok: false, needed, free };
}

/** "12 MB", "850 KB", "1.2 GB", "0 B" (decimal separator and units of the language). */
export function formatBytes(bytes: number, lang: 'ru' | 'en'): string {
	if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} ${lang === 'ru' ? 'Б' : 'B'}`;
	const [value, unit] =
		bytes >= 1024 * MB
			? [bytes / (1024 * MB), lang === 'ru' ? 'ГБ' : 'GB']
			: bytes >= MB
				? [bytes / MB, lang === 'ru' ? 'МБ' : 'MB']
				: [bytes / 1024, lang === 'ru' ? 'КБ' : 'KB'];
	const text = value >= 10 ? String(Math.round(value)) : value.toFixed(1);
	return `${lang === 'ru' ? text.replace('.', ',') : text} ${unit}`;
}
