// Text normalisation shared by search, the typed-answer checks, the test and the editor's "did the
// answer change": what a student types on a phone differs from a deck's text in case, ё/е and
// spacing. The generator folds its own (NFC) text with `yo` (text/fold.ts), this without NFC.
import { yo } from './fold';

/** Lower case with ё read as е. NFC first: "ё" may arrive as "е" + a combining diaeresis. */
export function foldCase(text: string): string {
	return yo(text.normalize('NFC'));
}

/** Runs of white space as one space, none at the ends. */
export function collapseSpaces(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

// prettier-ignore
const CYRILLIC_LATIN: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
	к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
	х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia'
};

/** Lower-case Russian letters in Latin (for ids): "рапалло" → "rapallo"; other characters kept. */
export function transliterate(lower: string): string {
	return [...lower].map((ch) => CYRILLIC_LATIN[ch] ?? ch).join('');
}
