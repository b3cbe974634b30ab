// Why an Anki package cannot be read, as the core says it (English; the import page says it again
// from the message catalogue, keys anki.problem.<name>). Its own file: the page needs no zip code.
export const ANKI_MESSAGES = {
	damaged: 'the Anki package is damaged: it is not a readable zip archive',
	noCollection:
		'the Anki package holds no collection (collection.anki21b, collection.anki21 or collection.anki2)',
	tooNew:
		'the Anki package comes from a newer Anki than this app can read: in Anki, export again with “Support older Anki versions” checked',
	notZstd: 'the collection in the Anki package is damaged: its zstd compression cannot be read',
	notSqlite: 'the collection in the Anki package is damaged: it is not an SQLite database',
	schema: 'the collection in the Anki package has no note types or decks this app can read',
	emptySides:
		'the Anki package holds no card this app can take: each has an empty front or back (a side that is only an image or a sound is empty here: media are not imported)'
};
