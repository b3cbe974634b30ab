// Reading an imported file off the main thread: decoding, JSON or CSV parsing and validation of a
// file of several megabytes must not freeze the page (issue 9: "imports parsed off the main thread
// when large"). Same code as the main thread's path (core/exchange/import-file.ts).
import { readImportFile } from '$lib/core/exchange/import-file';
import { readShareFragment } from '$lib/core/exchange/share-link';
import type { ImportRequest } from './parse-import';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	const r = e.data;
	try {
		const now = new Date(r.now);
		self.postMessage(
			r.kind === 'link'
				? readShareFragment(r.hash, now)
				: readImportFile(r.name, new Uint8Array(r.bytes), now)
		);
	} catch (err) {
		// A parser bug must come back as a message, not as a silent worker.
		self.postMessage({
			ok: false,
			problems: [{ field: '', message: `the file could not be read (${String(err)})` }]
		});
	}
};
