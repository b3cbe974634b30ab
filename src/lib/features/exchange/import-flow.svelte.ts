// The import use case: read and validate a file (or a share link), show what it would change,
// and write it only on confirmation, in one transaction. Nothing is written before `confirm()`.
import { describeProblems } from '$lib/core/deck/validate';
import type { BundleResult, DeckBundle } from '$lib/core/exchange/bundle';
import { readImportFile } from '$lib/core/exchange/import-file';
import {
	applyImport,
	previewImport,
	resolveBundle,
	type DeckImportPreview,
	type ImportSummary
} from '$lib/db/exchange-repo';
import type { KartotekaDB } from '$lib/db';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'saving' | 'done' | 'rejected';

export class ImportFlow {
	#phase = $state<ImportPhase>('idle');
	#source = $state('');
	#problem = $state('');
	#bundle = $state.raw<DeckBundle | null>(null);
	#preview = $state.raw<DeckImportPreview[]>([]);
	#summary = $state.raw<ImportSummary | null>(null);

	constructor(private readonly db: () => KartotekaDB) {}

	get phase(): ImportPhase {
		return this.#phase;
	}
	/** The file name (or "link") the current import came from. */
	get source(): string {
		return this.#source;
	}
	/** Why the file was rejected: field or line, and the problem. */
	get problem(): string {
		return this.#problem;
	}
	get bundle(): DeckBundle | null {
		return this.#bundle;
	}
	get preview(): DeckImportPreview[] {
		return this.#preview;
	}
	get summary(): ImportSummary | null {
		return this.#summary;
	}

	async readFile(file: File): Promise<void> {
		this.#start(file.name);
		const bytes = new Uint8Array(await file.arrayBuffer());
		await this.useResult(readImportFile(file.name, bytes, new Date()), file.name);
	}

	/** Takes an already parsed result (a share link's). */
	async useResult(result: BundleResult, source: string): Promise<void> {
		this.#start(source);
		if (!result.ok) {
			this.#problem = describeProblems(result.problems);
			this.#phase = 'rejected';
			return;
		}
		const bundle = await resolveBundle(this.db(), result.bundle, !!result.fromText);
		this.#preview = await previewImport(this.db(), bundle);
		this.#bundle = bundle;
		this.#phase = 'preview';
	}

	async confirm(now: Date): Promise<void> {
		const bundle = this.#bundle;
		if (!bundle || this.#phase !== 'preview') return;
		this.#phase = 'saving';
		try {
			this.#summary = await applyImport(this.db(), bundle, now);
			this.#phase = 'done';
		} catch (e) {
			this.#phase = 'preview';
			throw e;
		}
	}

	reset(): void {
		this.#phase = 'idle';
		this.#bundle = null;
		this.#preview = [];
		this.#problem = '';
		this.#summary = null;
	}

	#start(source: string) {
		this.reset();
		this.#source = source;
		this.#phase = 'reading';
	}
}
