// Reading an Anki package (.apkg, .colpkg) picked on the import page. sql.js, its wasm and the
// reader load only when such a file is picked (and are cached after), never with the first page.
// In a Web Worker (anki.worker.ts), with progress: on the main thread a 10,000-card collection
// kept the page frozen for 2.4 s in one task. The reader's code is in the worker's file only.
import type { AnkiImportResult, OnAnkiProgress } from '$lib/core/exchange/apkg-import';
import { t } from '$lib/i18n/i18n.svelte';
import type { AnkiWorkerReply, AnkiWorkerRequest } from './anki-protocol';

/** An Anki package by its name: these go to the Anki importer, everything else to readImportFile. */
export const isAnkiPackage = (name: string) => /\.(apkg|colpkg)$/i.test(name.trim());

/** Anki collections with years of reviews outgrow the 5 MB limit of deck files. */
export const MAX_ANKI_BYTES = 200 * 1024 * 1024;

const loadFailed = (): AnkiImportResult => ({
	ok: false,
	problems: [{ field: '', message: t('anki.loadFailed') }]
});

export async function readAnkiFile(
	bytes: Uint8Array,
	now: Date,
	onProgress: OnAnkiProgress = () => {},
	createWorker: (() => Worker) | null = typeof Worker === 'undefined' ? null : ankiWorker
): Promise<AnkiImportResult> {
	// Every browser the app runs in has module workers; the unit tests inject their own reader.
	if (!createWorker) return { ok: false, problems: [{ field: '', message: t('anki.noWorker') }] };
	return inWorker(createWorker(), bytes, now, onProgress);
}

async function inWorker(
	worker: Worker,
	bytes: Uint8Array,
	now: Date,
	onProgress: OnAnkiProgress
): Promise<AnkiImportResult> {
	// Transferred, not copied, when the bytes are a whole buffer of their own (a picked file's).
	const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	const copy = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
	try {
		return await new Promise<AnkiImportResult>((resolve) => {
			worker.onmessage = (e: MessageEvent<AnkiWorkerReply>) => {
				const m = e.data;
				if (m.type === 'progress') onProgress(m.progress);
				else if (m.type === 'result') resolve(m.result);
				else if (m.type === 'loadFailed') resolve(loadFailed());
				else resolve({ ok: false, problems: [{ field: '', message: m.message }] });
			};
			// The worker's script itself did not load (offline before the first Anki import).
			worker.onerror = (e) => {
				console.warn('Anki worker failed', e.message);
				resolve(loadFailed());
			};
			worker.postMessage({ bytes: copy, now: now.getTime() } satisfies AnkiWorkerRequest, [copy]);
		});
	} finally {
		worker.terminate();
	}
}

/** Vite builds the worker as its own file from this exact expression. */
function ankiWorker(): Worker {
	return new Worker(new URL('./anki.worker.ts', import.meta.url), {
		type: 'module',
		name: 'anki'
	});
}
