// Optimize / Evaluate per preset (issue 13, item 1): the settings page's list of presets with the
// FSRS parameters each uses, and the run that fits them in the optimizer's worker. The worker
// (and its WebAssembly) is created only when Optimize is pressed.
import { DEFAULT_PRESET_ID } from '$lib/core/schedule/presets';
import { tooFewReviews, type OptimizeOutcome } from '$lib/core/schedule/optimizer/optimize';
import type { KartotekaDB } from '$lib/db';
import { presetParameters, presetReviews, savePresetParameters } from '$lib/db/preset-parameters';
import { listPresets } from '$lib/db/presets-repo';
import { loadSettings } from '../settings';
import type { OptimizeReply, OptimizeRequest } from './protocol';

export interface PresetParametersRow {
	id: string;
	/** The preset's name; empty for the default preset (the page names it). */
	name: string;
	/** Fitted parameters, or undefined: FSRS's defaults. */
	w?: number[];
}

/** The presets (the default one first) with the parameters they schedule with. */
export async function readPresetParameters(db: KartotekaDB): Promise<PresetParametersRow[]> {
	const named = await listPresets(db);
	const rows: PresetParametersRow[] = [{ id: DEFAULT_PRESET_ID, name: '' }, ...named];
	return Promise.all(
		rows.map(async (r) => ({ id: r.id, name: r.name, w: await presetParameters(db, r.id) }))
	);
}

export interface OptimizerWorker {
	postMessage(message: OptimizeRequest): void;
	terminate(): void;
	onmessage: ((e: MessageEvent<OptimizeReply>) => void) | null;
	onerror: ((e: ErrorEvent) => void) | null;
}

/** Vite builds the worker as its own file from this exact expression. */
export function createOptimizerWorker(): OptimizerWorker {
	return new Worker(new URL('./optimize.worker.ts', import.meta.url), {
		type: 'module',
		name: 'optimize'
	}) as OptimizerWorker;
}

export interface OptimizeRun {
	outcome: OptimizeOutcome;
	/** The fitted parameters were saved into the preset (fitted, and no worse than the current). */
	saved: boolean;
	ms: number;
}

function runWorker(worker: OptimizerWorker, request: OptimizeRequest) {
	return new Promise<{ outcome: OptimizeOutcome; ms: number }>((resolve, reject) => {
		worker.onmessage = (e) => {
			if (e.data.type === 'result') resolve(e.data);
			else reject(new Error(e.data.message));
		};
		worker.onerror = (e) => reject(new Error(e.message || 'the optimizer could not start'));
		worker.postMessage(request);
	}).finally(() => worker.terminate());
}

export class PresetOptimizer {
	#runs = $state.raw<Record<string, OptimizeRun>>({});
	readonly #createWorker: () => OptimizerWorker;

	constructor(createWorker: () => OptimizerWorker = createOptimizerWorker) {
		this.#createWorker = createWorker;
	}

	/** The last run for the preset on this page, if any. */
	run(presetId: string): OptimizeRun | undefined {
		return this.#runs[presetId];
	}

	/**
	 * Fits the preset's parameters to the reviews of its decks and evaluates them; saves them when
	 * there were enough reviews and they predict at least as well as the current ones. With
	 * `save: false` (Evaluate) it only reports.
	 */
	async optimize(
		db: KartotekaDB,
		presetId: string,
		{ save = true }: { save?: boolean } = {}
	): Promise<OptimizeRun> {
		const [reviews, settings, current] = await Promise.all([
			presetReviews(db, presetId),
			loadSettings(db),
			presetParameters(db, presetId)
		]);
		const request = { reviews, rolloverHour: settings.dayStartHour, current };
		const started = performance.now();
		const tooFew = tooFewReviews(request);
		const { outcome, ms } = tooFew
			? { outcome: tooFew, ms: Math.round(performance.now() - started) }
			: await runWorker(this.#createWorker(), request);
		const saved = save && outcome.kind === 'fitted' && outcome.better;
		if (saved) await savePresetParameters(db, presetId, outcome.w);
		const run = { outcome, saved, ms };
		this.#runs = { ...this.#runs, [presetId]: run };
		return run;
	}

	/** Back to FSRS's default parameters. */
	async reset(db: KartotekaDB, presetId: string): Promise<void> {
		await savePresetParameters(db, presetId, undefined);
		const { [presetId]: _dropped, ...rest } = this.#runs;
		this.#runs = rest;
	}
}
