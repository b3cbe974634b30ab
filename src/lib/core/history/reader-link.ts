// Links into the source reader. A deck names its article by path ("decks/sources/x.txt"); the
// reader takes the file name.

/** "decks/sources/x.txt" → "x.txt". */
export function sourceFileName(file: string): string {
	return file.split(/[\\/]/).pop() ?? file;
}

/** The reader at the sentence holding raw offset `at` of the article `file`. */
export function readerHref(file: string, at?: number): string {
	const q = new URLSearchParams({ source: sourceFileName(file) });
	if (at !== undefined) q.set('at', String(at));
	return `/reader?${q}`;
}
