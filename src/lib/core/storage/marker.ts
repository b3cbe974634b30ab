// Noticing a database that came back empty. IndexedDB can vanish on its own (Chromium discards
// an origin's database when the disk fills; "clear site data" for one storage kind; a damaged
// profile), and the app would silently start over. So the app keeps a small marker outside
// IndexedDB (localStorage): the database's random id and how much it held when last seen. A
// database with another id where the marker says one with data was is a lost database.

export interface DbMarker {
	/** The id stored in the database (meta "db-id"), made when the database was created. */
	id: string;
	/** Reviews and decks of the user's own when last seen. */
	reviews: number;
	decks: number;
	/** When it was last seen (ms). */
	at: number;
}

/**
 * 'lost' when the marker names another database than the one here now (`id`), and that one held
 * the user's data. Fewer reviews in the same database is no loss: decks are deleted on purpose.
 */
export function judgeDatabase(marker: DbMarker | null, id: string): 'lost' | 'same' | 'new' {
	if (!marker) return 'new';
	if (marker.id === id) return 'same';
	return marker.reviews > 0 || marker.decks > 0 ? 'lost' : 'new';
}

/** The marker as read back from storage: anything malformed counts as no marker. */
export function parseMarker(raw: string | null): DbMarker | null {
	if (!raw) return null;
	try {
		const m = JSON.parse(raw) as Partial<DbMarker>;
		return typeof m.id === 'string' &&
			[m.reviews, m.decks, m.at].every((x) => typeof x === 'number' && Number.isFinite(x))
			? (m as DbMarker)
			: null;
	} catch {
		return null;
	}
}
