// The page's end of a bundle read in pieces: each call of `next` gets one piece (a deck, a batch of
// progress or marks, an article) from the worker (bundle.worker.ts), which reads the file no
// further than that. Without workers (unit tests), the same reader runs on this thread.
import { readBundleStream, type StreamStep } from '$lib/core/exchange/bundle-stream';
import { WORKER_TIMEOUT_MS } from './parse-import';

export type BundleReaderRequest = { kind: 'open'; file: Blob; now: number } | { kind: 'next' };

export interface BundleReader {
	/**
	 * The next step; after the last (an `end` piece or problems) it gives null. Calls may be made
	 * before the last one's step has come: the steps come in the order of the calls.
	 */
	next(): Promise<StreamStep | null>;
	close(): void;
}

const problem = (message: string): StreamStep => ({
	ok: false,
	problems: [{ field: '', message }]
});

type WorkerFactory = (() => Worker) | null;
const defaultWorker = (): WorkerFactory => (typeof Worker === 'undefined' ? null : bundleWorker);

export function openBundleReader(
	file: Blob,
	now: Date,
	createWorker = defaultWorker()
): BundleReader {
	if (!createWorker) {
		const steps = readBundleStream(file, now);
		return {
			next: async () => {
				const r = await steps.next();
				return r.done ? null : r.value;
			},
			close: () => void steps.return()
		};
	}
	const worker = createWorker();
	worker.postMessage({ kind: 'open', file, now: now.getTime() } satisfies BundleReaderRequest);
	// Requests may be several ahead (previewStream): the worker answers them in order.
	const waiting: {
		resolve: (s: StreamStep | null) => void;
		timer: ReturnType<typeof setTimeout>;
	}[] = [];
	let broken: StreamStep | null = null;
	const fail = (step: StreamStep) => {
		// After a failure no answer can be matched with its request: every one gets the failure.
		broken = step;
		for (const w of waiting.splice(0)) {
			clearTimeout(w.timer);
			w.resolve(step);
		}
	};
	worker.onmessage = (e: MessageEvent<StreamStep | null>) => {
		const w = broken ? undefined : waiting.shift();
		if (!w) return;
		clearTimeout(w.timer);
		w.resolve(e.data);
	};
	worker.onerror = (e) =>
		fail(problem(`the file could not be read (${e.message || 'worker error'})`));
	return {
		next: () =>
			new Promise<StreamStep | null>((resolve) => {
				if (broken) return resolve(broken);
				// Per piece: a piece is at most a deck or 1,000 progress entries, read in well under this.
				const timer = setTimeout(
					() => fail(problem(`reading took longer than ${WORKER_TIMEOUT_MS / 1000} s`)),
					WORKER_TIMEOUT_MS
				);
				waiting.push({ resolve, timer });
				worker.postMessage({ kind: 'next' } satisfies BundleReaderRequest);
			}),
		close: () => {
			for (const w of waiting.splice(0)) clearTimeout(w.timer);
			worker.terminate();
		}
	};
}

/** Vite builds the worker as its own file from this exact expression. */
function bundleWorker(): Worker {
	return new Worker(new URL('./bundle.worker.ts', import.meta.url), {
		type: 'module',
		name: 'bundle'
	});
}
