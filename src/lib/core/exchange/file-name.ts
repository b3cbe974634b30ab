// Export file names after what the file holds ("Рапалло 1922.json"), not the deck's id
// ("u-mx4fdyhu-tdpmo.json"): letters of any script are kept, characters that a file system refuses
// (\ / : * ? " < > |, control characters) become spaces or dashes, and long titles are cut at a word.

/** Longest base name, in characters (phones show little more). */
export const MAX_FILE_BASE = 80;

export function fileBase(title: string, fallback: string): string {
	const clean = title
		.normalize('NFC')
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s*[:|]\s*/g, ' - ')
		.replace(/[\\/*?"<>]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		// Windows refuses names ending in a dot or a space.
		.replace(/[. ]+$/, '');
	if (!clean) return fallback;
	if (clean.length <= MAX_FILE_BASE) return clean;
	const cut = clean.slice(0, MAX_FILE_BASE);
	const space = cut.lastIndexOf(' ');
	return (space > MAX_FILE_BASE / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;–—-]+$/, '');
}
