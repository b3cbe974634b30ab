// Text normalisation for search and for "did the answer change": case-folded, ё read as е,
// runs of whitespace as one space. A student types "ленин" or "Ленин", "Семёнов" or "Семенов".

import { collapseSpaces, foldCase } from '../text/normalize';

export function normalizeText(text: string): string {
	return collapseSpaces(foldCase(text));
}

/** Tags as typed in a field: separated by spaces or commas, no duplicates, no empties. */
export function parseTags(input: string): string[] {
	return [...new Set(input.split(/[\s,]+/u).filter(Boolean))];
}

/** Every word of the query occurs in the text (both normalised). */
export function matchesQuery(normalizedHaystack: string, query: string): boolean {
	const words = normalizeText(query).split(' ').filter(Boolean);
	return words.every((w) => normalizedHaystack.includes(w));
}
