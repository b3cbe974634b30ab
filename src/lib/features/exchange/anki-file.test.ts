// The Anki reader's worker as the page sees it: progress messages are passed on, the result comes
// back, a worker that fails to load is said in the user's words, and the worker is always ended.
import { describe, expect, it } from 'vitest';
import type { AnkiProgress } from '$lib/core/exchange/apkg-import';
import type { AnkiWorkerReply } from './anki-protocol';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as ankiMessages from '$lib/i18n/messages/anki-import';
import { readAnkiFile } from './anki-file';

i18n.register(ankiMessages);

/** A stand-in Worker that answers a request with the given replies (or an error event). */
function fakeWorker(replies: AnkiWorkerReply[] | 'error') {
	const w = {
		terminated: false,
		received: null as unknown,
		onmessage: null as ((e: MessageEvent<AnkiWorkerReply>) => void) | null,
		onerror: null as ((e: ErrorEvent) => void) | null,
		postMessage(m: unknown) {
			w.received = m;
			queueMicrotask(() => {
				if (replies === 'error') w.onerror!({ message: 'script failed' } as ErrorEvent);
				else for (const r of replies) w.onmessage!({ data: r } as MessageEvent<AnkiWorkerReply>);
			});
		},
		terminate() {
			w.terminated = true;
		}
	};
	return w;
}
const now = new Date('2026-11-25T12:00:00Z');

describe('readAnkiFile in a worker', () => {
	it('passes the progress on and resolves with the worker’s result', async () => {
		const result = { ok: false as const, problems: [{ field: '', message: 'from the worker' }] };
		const w = fakeWorker([
			{ type: 'progress', progress: { stage: 'open', done: 0, total: 1 } },
			{ type: 'progress', progress: { stage: 'cards', done: 500, total: 1000 } },
			{ type: 'result', result }
		]);
		const seen: AnkiProgress[] = [];
		const r = await readAnkiFile(
			new Uint8Array([1, 2, 3]),
			now,
			(p) => seen.push(p),
			() => w as unknown as Worker
		);
		expect(r).toEqual(result);
		expect(seen.map((p) => p.stage)).toEqual(['open', 'cards']);
		expect(w.received).toMatchObject({ now: now.getTime() });
		expect(w.terminated).toBe(true);
	});

	it('a worker that cannot load (offline before the first import) says to go online once', async () => {
		const w = fakeWorker('error');
		const r = await readAnkiFile(new Uint8Array([1]), now, undefined, () => w as unknown as Worker);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems[0].message).toMatch(/online/i);
		expect(w.terminated).toBe(true);
		const loadFailed = await readAnkiFile(
			new Uint8Array([1]),
			now,
			undefined,
			() => fakeWorker([{ type: 'loadFailed' }]) as unknown as Worker
		);
		expect(!loadFailed.ok && loadFailed.problems[0].message).toMatch(/online/i);
	});

	it('without workers it refuses with a reason instead of freezing the page', async () => {
		const r = await readAnkiFile(new Uint8Array([1]), now, undefined, null);
		expect(!r.ok && r.problems[0].message).toMatch(/Web Workers/);
	});
});
