// Reading an Anki package (.apkg, .colpkg) picked on the import page. sql.js, its wasm and the
// reader load only when such a file is picked (and are cached after), never with the first page.
// On the main thread: sql.js opens the collection in memory; a worker would need its own copy of
// the wasm and of the bytes for no gain in a one-off import.
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { AnkiImportResult } from '$lib/core/exchange/apkg-import';
import { t } from '$lib/i18n/i18n.svelte';

/** An Anki package by its name: these go to the Anki importer, everything else to readImportFile. */
export const isAnkiPackage = (name: string) => /\.(apkg|colpkg)$/i.test(name.trim());

/** Anki collections with years of reviews outgrow the 5 MB limit of deck files. */
export const MAX_ANKI_BYTES = 200 * 1024 * 1024;

export async function readAnkiFile(bytes: Uint8Array, now: Date): Promise<AnkiImportResult> {
	let loaded;
	try {
		const [{ default: initSqlJs }, reader] = await Promise.all([
			import('sql.js'),
			import('$lib/core/exchange/apkg-import')
		]);
		loaded = { SQL: await initSqlJs({ locateFile: () => wasmUrl }), readApkg: reader.readApkg };
	} catch (e) {
		// Offline before the first Anki import: the wasm (or the script) is not there to fetch.
		console.warn('sql.js did not load', e);
		return { ok: false, problems: [{ field: '', message: t('anki.loadFailed') }] };
	}
	return loaded.readApkg(loaded.SQL, bytes, now);
}
