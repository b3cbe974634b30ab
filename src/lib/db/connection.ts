// The database connection's two ways of being in another tab's way, made visible.
//
// - blocked: this build needs a schema upgrade, but another tab still holds the database open at
//   an older version (an old build, or a tab the browser froze in the background). IndexedDB
//   waits, silently, until that tab lets go; the app says so and carries on by itself after.
// - replaced: a newer build in another tab wants to upgrade. This tab lets go at once (else it
//   would block that tab) and does not reopen with its old schema: it says the app was updated
//   elsewhere and asks for a reload, so that nothing is written by code that no longer matches.
import type { KartotekaDB } from './database';

export type ConnectionEvent = 'blocked' | 'replaced';

export function watchConnection(db: KartotekaDB, tell: (what: ConnectionEvent) => void): void {
	db.on('blocked', () => tell('blocked'));
	db.on('versionchange', () => {
		db.close({ disableAutoOpen: true });
		tell('replaced');
		// Stops Dexie's own handler (its chain runs newest first): it would close with auto-reopen,
		// and the next query would open the database again with this tab's old schema.
		return false;
	});
}
