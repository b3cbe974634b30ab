// Messages between the import page and the Anki reader's worker (anki.worker.ts).
import type { AnkiImportResult, AnkiProgress } from '$lib/core/exchange/apkg-import';

export interface AnkiWorkerRequest {
	/** The package's bytes, transferred. */
	bytes: ArrayBuffer;
	/** The time of import (ms). */
	now: number;
}

export type AnkiWorkerReply =
	| { type: 'progress'; progress: AnkiProgress }
	| { type: 'result'; result: AnkiImportResult }
	| { type: 'loadFailed' }
	| { type: 'failed'; message: string };
