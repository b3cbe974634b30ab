// Limits of the exchange formats, in one place so the UI and the README can quote them.

/** Largest file we import. A deck of 20 000 cards with context is about 5 MB of JSON. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Largest bundle (a `.json` file) we import; one over MAX_IMPORT_BYTES is read in pieces in a
 * worker (core/exchange/bundle-stream.ts). A year of study at 100,000 cards and ~470,000 reviews
 * exports as about 310 MB: 1 GB leaves room for three such years.
 */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;

/**
 * Longest share link we make. Browsers take URLs of 2 MB, but links are pasted into messengers
 * and mail, opened from QR codes and phone address bars: some cut or refuse links past 16–64 K
 * characters (Telegram and WhatsApp previews, Android intents). 16 000 keeps a link usable
 * everywhere we tried; a larger deck goes as a file.
 */
export const MAX_SHARE_LINK = 16_000;

/** File extensions the importer reads. */
export const IMPORT_EXTENSIONS = ['.json', '.csv', '.tsv', '.txt'] as const;

/** More decks than anyone hands out at once in one file; keeps a hostile file from making us loop. */
export const MAX_DECKS = 200;
