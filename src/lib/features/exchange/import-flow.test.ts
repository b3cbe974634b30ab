import { describe, expect, it, vi } from 'vitest';
import { makeDeck, testDb } from '$lib/testing/db';
import { saveUserDecks } from '../generate/save';
import { ImportFlow } from './import-flow.svelte';
import { parseImport, WORKER_BYTES, WORKER_TIMEOUT_MS } from './parse-import';

const MB = 1024 * 1024;
const file = (name: string, text: string) => new File([text], name);
const roomy = async () => ({ usage: 0, quota: 1000 * MB });
const full = async () => ({ usage: 990 * MB, quota: 1000 * MB });

describe('the import flow never hangs and never half-writes (issue 9)', () => {
	// Item 5: a parser that threw left the page on "Checking the file…", blaming storage.
	it('a file the parser chokes on is rejected with the reason, not left "reading"', async () => {
		const flow = new ImportFlow(testDb, {
			parse: () => Promise.reject(new RangeError('Maximum call stack size exceeded'))
		});
		await flow.readFile(file('x.json', '{}'));
		expect(flow.phase).toBe('rejected');
		expect(flow.problem).toBe('Maximum call stack size exceeded');
	});

	it('a file over the limit is refused by its size, without reading it', async () => {
		const flow = new ImportFlow(testDb);
		const video = { name: 'lecture.json', size: 2 * 1024 * MB } as File;
		video.arrayBuffer = () => Promise.reject(new Error('read into memory'));
		await flow.readFile(video);
		expect(flow.phase).toBe('rejected');
		// Read in pieces (issue 11), a bundle is refused at 1 GB.
		expect(flow.problem).toBe('the file is too large: 2048.0 MB, at most 1024.0 MB');
		// With the pieces turned off (as before the ninth pass), at 5 MB.
		const whole = new ImportFlow(testDb, { streamAbove: Infinity });
		await whole.readFile(video);
		expect(whole.problem).toBe('the file is too large: 2048.0 MB, at most 5.0 MB');
		const pieces = new ImportFlow(testDb);
		// Files read whole (CSV, text) keep their limit (issue 11 reads only bundles in pieces).
		const table = { name: 'lecture.csv', size: 6 * MB } as File;
		table.arrayBuffer = () => Promise.reject(new Error('read into memory'));
		await pieces.readFile(table);
		expect(pieces.problem).toBe('the file is too large: 6.0 MB, at most 5.0 MB');
	});

	it('broken JSON nested 10,000 deep is rejected with its line and column', async () => {
		const flow = new ImportFlow(testDb);
		await flow.readFile(file('deep.json', '['.repeat(10_000) + 'x'));
		expect(flow.phase).toBe('rejected');
		expect(flow.problem).toMatch(/^not valid JSON at line 1, column 10001/);
	});

	// Item 1: a full disk during an import made Chromium discard the whole database.
	it('refuses an import that would not fit, before writing anything', async () => {
		const db = testDb();
		const deck = JSON.stringify(makeDeck('d', 50));
		const flow = new ImportFlow(() => db, { estimate: full });
		await flow.readFile(file('d.json', deck));
		expect(flow.phase).toBe('preview');
		await flow.confirm(new Date());
		expect(flow.phase).toBe('preview');
		expect(flow.problem).toMatch(
			/^Not enough space on the device: with a safety margin this needs about \d+ MB, and 10 MB is free/
		);
		expect(await db.decks.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);

		const ok = new ImportFlow(() => db, { estimate: roomy });
		await ok.readFile(file('d.json', deck));
		await ok.confirm(new Date());
		expect(ok.phase).toBe('done');
		expect(await db.cards.count()).toBe(50);
	});

	it('refuses to save generated decks that would not fit', async () => {
		const db = testDb();
		await expect(
			saveUserDecks(db, [makeDeck('g', 5)], new Date(), undefined, full)
		).rejects.toThrow(/^Not enough space on the device/);
		expect(await db.decks.count()).toBe(0);
	});
});

describe('reading large files off the main thread', () => {
	class FakeWorker {
		onmessage: ((e: MessageEvent) => void) | null = null;
		onerror: ((e: ErrorEvent) => void) | null = null;
		terminated = false;
		constructor(readonly answer: boolean) {}
		postMessage(req: { name: string }) {
			if (this.answer)
				setTimeout(() =>
					this.onmessage?.({
						data: { ok: false, problems: [{ field: '', message: req.name }] }
					} as MessageEvent)
				);
		}
		terminate() {
			this.terminated = true;
		}
	}

	it('small files are read at once; large ones in the worker, which is then ended', async () => {
		const made: FakeWorker[] = [];
		const factory = () => {
			const w = new FakeWorker(true);
			made.push(w);
			return w as unknown as Worker;
		};
		const small = await parseImport('s.json', new Uint8Array([123]), new Date(), factory);
		expect(small.ok).toBe(false);
		expect(made).toHaveLength(0);
		const big = await parseImport(
			'big.json',
			new Uint8Array(WORKER_BYTES + 1),
			new Date(),
			factory
		);
		expect(big).toEqual({ ok: false, problems: [{ field: '', message: 'big.json' }] });
		expect(made.map((w) => w.terminated)).toEqual([true]);
	});

	it('a worker that never answers ends in a message after the time limit', async () => {
		vi.useFakeTimers();
		try {
			const w = new FakeWorker(false);
			const r = parseImport(
				'big.json',
				new Uint8Array(WORKER_BYTES + 1),
				new Date(),
				() => w as unknown as Worker
			);
			await vi.advanceTimersByTimeAsync(WORKER_TIMEOUT_MS);
			expect(await r).toEqual({
				ok: false,
				problems: [{ field: '', message: 'reading took longer than 30 s' }]
			});
			expect(w.terminated).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});
});
