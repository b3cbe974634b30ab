// Reading an Anki package off the main thread (brief item 3 of issue 14 part 2): unzipping,
// zstd, SQLite and making thousands of cards took one 2.4 s task on the main thread for a
// 10,000-card package, with the page frozen. Here sql.js, its wasm and the reader load in this
// worker only, and the page gets progress messages, then the result.
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { AnkiWorkerReply, AnkiWorkerRequest } from './anki-protocol';

const post = (m: AnkiWorkerReply) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<AnkiWorkerRequest>) => {
	let loaded;
	try {
		const [{ default: initSqlJs }, reader] = await Promise.all([
			import('sql.js'),
			import('$lib/core/exchange/apkg-import')
		]);
		loaded = { SQL: await initSqlJs({ locateFile: () => wasmUrl }), readApkg: reader.readApkg };
	} catch (err) {
		// Offline before the first Anki import: the wasm (or the script) is not there to fetch.
		console.warn('sql.js did not load', err);
		return post({ type: 'loadFailed' });
	}
	try {
		const { bytes, now } = e.data;
		const result = loaded.readApkg(loaded.SQL, new Uint8Array(bytes), new Date(now), (p) =>
			post({ type: 'progress', progress: p })
		);
		post({ type: 'result', result });
	} catch (err) {
		// A reader bug must come back as a message, not as a silent worker.
		post({ type: 'failed', message: String(err) });
	}
};
