// A large bundle read in pieces off the main thread (issue 11): the page sends the File (a handle,
// not its bytes) and then asks for one piece at a time, so the worker reads no further ahead than
// the page has taken: one megabyte of the file and one piece in memory at a time.
import { readBundleStream, type StreamStep } from '$lib/core/exchange/bundle-stream';
import type { BundleReaderRequest } from './bundle-reader';

let steps: AsyncGenerator<StreamStep, void, undefined> | null = null;

self.onmessage = async (e: MessageEvent<BundleReaderRequest>) => {
	const r = e.data;
	if (r.kind === 'open') {
		steps = readBundleStream(r.file, new Date(r.now));
		return;
	}
	try {
		const step = await steps?.next();
		self.postMessage(step && !step.done ? step.value : null);
	} catch (err) {
		// A reader bug (or a file that can no longer be read) must come back as a message.
		self.postMessage({
			ok: false,
			problems: [{ field: '', message: `the file could not be read (${String(err)})` }]
		} satisfies StreamStep);
	}
};
