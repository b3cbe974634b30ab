// Optimize per preset over the database (issue 13, item 1): the reviews of the preset's decks go
// to the worker (here the same code in-process, with the real WebAssembly), fitted parameters are
// saved into the preset and then schedule its decks; too few reviews change nothing; reset goes
// back to the defaults.
import { beforeAll, describe, expect, it } from 'vitest';
import { optimizeReviews } from '$lib/core/schedule/optimizer/optimize';
import { DEFAULT_SETTINGS } from '$lib/core/schedule/settings';
import { presetOptionsOf } from '$lib/core/schedule/presets';
import { installDeck } from '$lib/db/deck-install';
import { presetParameters, presetReviews } from '$lib/db/preset-parameters';
import { deckWeights, savePreset, setDeckPreset } from '$lib/db/presets-repo';
import type { KartotekaDB, ReviewRow } from '$lib/db';
import { makeDeck, testDb } from '$lib/testing/db';
import { studentReviews } from '$lib/testing/student';
import { wasmFit } from './fsrs-wasm';
import {
	PresetOptimizer,
	readPresetParameters,
	type OptimizerWorker
} from './preset-optimizer.svelte';
import type { OptimizeRequest } from './protocol';
import { initFsrsWasmForNode } from './wasm-node';

/** The worker's job, in-process: what optimize.worker.ts does with the request. */
function inProcessWorker(seen: OptimizeRequest[]): () => OptimizerWorker {
	return () => {
		const worker: OptimizerWorker = {
			onmessage: null,
			onerror: null,
			terminate() {},
			postMessage(request) {
				seen.push(request);
				const outcome = optimizeReviews(request, wasmFit);
				queueMicrotask(() =>
					worker.onmessage?.(
						new MessageEvent('message', { data: { type: 'result', outcome, ms: 1 } })
					)
				);
			}
		};
		return worker;
	};
}

/** A simulated student's reviews, stored as deck `deckId`'s. */
async function seedReviews(db: KartotekaDB, deckId: string, cards: number, days: number) {
	const rows = studentReviews(cards, days, { seed: 11 }).map((r) => ({
		key: `${deckId}:${r.card}`,
		deckId,
		at: r.at,
		rating: r.rating,
		// Only the fields the optimizer reads: the state before the review, and its rating.
		log: { state: r.state, rating: r.rating } as ReviewRow['log'],
		prev: {} as ReviewRow['prev'],
		prevQueue: 0 as ReviewRow['prevQueue'],
		durationMs: 1000
	}));
	await db.reviews.bulkAdd(rows);
}

async function twoDecks(): Promise<KartotekaDB> {
	const db = testDb();
	const now = new Date(2026, 0, 1);
	await installDeck(db, makeDeck('a', 3), { origin: 'shipped', version: 'v1', now });
	await installDeck(db, makeDeck('b', 3), { origin: 'shipped', version: 'v1', now });
	await savePreset(db, { id: 'p', name: 'Exam', options: presetOptionsOf(DEFAULT_SETTINGS) });
	await setDeckPreset(db, ['b'], 'p');
	return db;
}

describe('PresetOptimizer', () => {
	beforeAll(() => initFsrsWasmForNode());

	it('too few reviews: says so without starting the worker, and the preset keeps the defaults', async () => {
		const db = await twoDecks();
		await seedReviews(db, 'a', 10, 10);
		const seen: OptimizeRequest[] = [];
		const run = await new PresetOptimizer(inProcessWorker(seen)).optimize(db, 'default');
		expect(run.outcome.kind).toBe('too-few');
		expect(run.saved).toBe(false);
		// Counted on the page: no worker, so nothing of the optimizer is downloaded.
		expect(seen).toHaveLength(0);
		expect(run.outcome.reviews).toBeGreaterThan(0);
		expect(await presetParameters(db, 'default')).toBeUndefined();
		expect((await deckWeights(db, ['a', 'b'])).size).toBe(0);
	});

	it('fits the preset’s own decks’ reviews, saves them, and they schedule its decks; reset undoes it', async () => {
		const db = await twoDecks();
		await seedReviews(db, 'a', 150, 60);
		await seedReviews(db, 'b', 20, 10);
		const seen: OptimizeRequest[] = [];
		const optimizer = new PresetOptimizer(inProcessWorker(seen));
		const run = await optimizer.optimize(db, 'default');
		// Only deck a uses the default preset: b's reviews are not the default preset's.
		expect(seen[0].reviews.every((r) => r.key.startsWith('a:'))).toBe(true);
		expect(seen[0].reviews).toHaveLength((await presetReviews(db, 'default')).length);
		expect(seen[0].rolloverHour).toBe(DEFAULT_SETTINGS.dayStartHour);
		expect(seen[0].current).toBeUndefined();
		expect(run.outcome.kind).toBe('fitted');
		expect(run.saved).toBe(true);
		if (run.outcome.kind !== 'fitted') return;
		expect(await presetParameters(db, 'default')).toEqual(run.outcome.w);
		const weights = await deckWeights(db, ['a', 'b']);
		expect(weights.get('a')).toEqual(run.outcome.w);
		expect(weights.has('b')).toBe(false);
		expect(optimizer.run('default')).toBe(run);
		const rows = await readPresetParameters(db);
		expect(rows.map((r) => [r.id, !!r.w])).toEqual([
			['default', true],
			['p', false]
		]);
		// Optimizing again starts from the saved parameters.
		await optimizer.optimize(db, 'default');
		expect(seen[1].current).toEqual(run.outcome.w);

		await optimizer.reset(db, 'default');
		expect(await presetParameters(db, 'default')).toBeUndefined();
		expect((await deckWeights(db, ['a'])).size).toBe(0);
		expect(optimizer.run('default')).toBeUndefined();
	}, 60_000);

	it('a named preset’s fit is saved in its options and schedules its decks only', async () => {
		const db = await twoDecks();
		await seedReviews(db, 'b', 150, 60);
		const optimizer = new PresetOptimizer(inProcessWorker([]));
		// Evaluate alone reports the figures and saves nothing.
		const evaluated = await optimizer.optimize(db, 'p', { save: false });
		expect(evaluated.outcome.kind).toBe('fitted');
		expect(evaluated.saved).toBe(false);
		expect((await db.presets.get('p'))?.options.w).toBeUndefined();
		const run = await optimizer.optimize(db, 'p');
		expect(run.saved).toBe(true);
		const stored = await db.presets.get('p');
		expect(stored?.options.w).toHaveLength(21);
		expect(stored?.options.newPerDay).toBe(DEFAULT_SETTINGS.newPerDay);
		const weights = await deckWeights(db, ['a', 'b']);
		expect(weights.get('b')).toEqual(stored?.options.w);
		expect(weights.has('a')).toBe(false);
	}, 60_000);
});
