import { describe, expect, it } from 'vitest';
import { makeBundle } from '$lib/core/exchange/bundle';
import { readBundleStream, type StreamStep } from '$lib/core/exchange/bundle-stream';
import { makeDeck } from '$lib/testing/db';
import { openBundleReader, type BundleReaderRequest } from './bundle-reader';

const now = new Date('2026-11-25T12:00:00');
const file = new Blob([JSON.stringify(makeBundle([makeDeck('a', 3), makeDeck('b', 2)], [], now))]);

/** A worker as bundle.worker.ts is, in this thread: each message handled as it comes. */
function fakeWorker() {
	let steps: AsyncGenerator<StreamStep, void, undefined> | null = null;
	const w = {
		onmessage: null as ((e: { data: StreamStep | null }) => void) | null,
		onerror: null as ((e: { message: string }) => void) | null,
		postMessage(m: BundleReaderRequest) {
			setTimeout(async () => {
				if (m.kind === 'open') steps = readBundleStream(m.file, new Date(m.now));
				else {
					const r = await steps?.next();
					w.onmessage?.({ data: r && !r.done ? r.value : null });
				}
			}, 0);
		},
		terminate() {}
	};
	return w;
}

const kinds = (list: (StreamStep | null)[]) =>
	list.map((s) => (s === null ? null : s.ok ? s.piece.kind : 'problems'));

describe('openBundleReader with a worker', () => {
	it('gives the steps in order when several are asked for at once', async () => {
		const w = fakeWorker();
		const reader = openBundleReader(file, now, () => w as unknown as Worker);
		const steps = await Promise.all([reader.next(), reader.next(), reader.next()]);
		steps.push(...(await Promise.all([reader.next(), reader.next()])));
		expect(kinds(steps)).toEqual(['decks', 'decks', 'end', null, null]);
		const alone = openBundleReader(file, now, null);
		const one = [await alone.next(), await alone.next()];
		expect(steps.slice(0, 2)).toEqual(one);
		reader.close();
	});

	it('answers every request waiting with the failure when the worker fails', async () => {
		const w = fakeWorker();
		const reader = openBundleReader(file, now, () => w as unknown as Worker);
		const waiting = [reader.next(), reader.next()];
		w.onerror?.({ message: 'out of memory' });
		const failed = await Promise.all([...waiting, reader.next()]);
		for (const s of failed)
			expect(s).toEqual({
				ok: false,
				problems: [{ field: '', message: 'the file could not be read (out of memory)' }]
			});
		reader.close();
	});
});
