// Where an imported file is read: small files at once on the main thread, large ones in a Web
// Worker (import.worker.ts), with a time limit so that no file can keep the page waiting forever.
import type { BundleResult } from '$lib/core/exchange/bundle';
import { readImportFile } from '$lib/core/exchange/import-file';

export type ImportRequest = (
	{ kind: 'file'; name: string; bytes: ArrayBuffer } | { kind: 'link'; hash: string }
) & {
	/** The time of import (ms). */
	now: number;
};

/** Above this a file is read in the worker: parsing it takes long enough to be felt (~50 ms). */
export const WORKER_BYTES = 256 * 1024;
/** A 5 MB file reads in well under a second; this is for a parser that has gone wrong. */
export const WORKER_TIMEOUT_MS = 30_000;

const problem = (message: string): BundleResult => ({
	ok: false,
	problems: [{ field: '', message }]
});

type WorkerFactory = (() => Worker) | null;
const defaultWorker = (): WorkerFactory => (typeof Worker === 'undefined' ? null : importWorker);

/** An imported file's bytes → the validated bundle or its problems. */
export function parseImport(
	name: string,
	bytes: Uint8Array,
	now: Date,
	createWorker = defaultWorker()
): Promise<BundleResult> {
	if (bytes.length <= WORKER_BYTES || !createWorker)
		return Promise.resolve(readImportFile(name, bytes, now));
	const copy = bytes.slice().buffer;
	return inWorker(createWorker, { kind: 'file', name, bytes: copy, now: now.getTime() }, [copy]);
}

/**
 * A share link's fragment → the deck. Always in the worker where there is one: a link of a few
 * kilobytes may unpack into megabytes (up to the import limit).
 */
export async function parseShareLink(
	hash: string,
	now: Date,
	createWorker = defaultWorker()
): Promise<BundleResult> {
	if (!createWorker) {
		const { readShareFragment } = await import('$lib/core/exchange/share-link');
		return readShareFragment(hash, now);
	}
	return inWorker(createWorker, { kind: 'link', hash, now: now.getTime() }, []);
}

async function inWorker(
	createWorker: () => Worker,
	request: ImportRequest,
	transfer: Transferable[]
): Promise<BundleResult> {
	const worker = createWorker();
	try {
		return await new Promise<BundleResult>((resolve) => {
			const timer = setTimeout(
				() => resolve(problem(`reading took longer than ${WORKER_TIMEOUT_MS / 1000} s`)),
				WORKER_TIMEOUT_MS
			);
			worker.onmessage = (e: MessageEvent<BundleResult>) => {
				clearTimeout(timer);
				resolve(e.data);
			};
			worker.onerror = (e) => {
				clearTimeout(timer);
				resolve(problem(`the file could not be read (${e.message || 'worker error'})`));
			};
			worker.postMessage(request, transfer);
		});
	} finally {
		worker.terminate();
	}
}

/** Vite builds the worker as its own file from this exact expression. */
function importWorker(): Worker {
	return new Worker(new URL('./import.worker.ts', import.meta.url), {
		type: 'module',
		name: 'import'
	});
}
