// The import use case: read and validate a file (or a share link), show what it would change,
// and write it only on confirmation, in one transaction. Nothing is written before `confirm()`.
// A bundle over MAX_IMPORT_BYTES is read in pieces in a worker, twice: for the preview, then to
// stage its pieces and write them in one transaction (stream-import.ts, db/import-stream.ts);
// neither the page nor the worker holds it whole.
import { describeImportProblems } from './problem-text';
import type { BundleResult, DeckBundle } from '$lib/core/exchange/bundle';
import { extensionOf, tooLargeToImport } from '$lib/core/exchange/text-file';
import { MAX_BUNDLE_BYTES, MAX_IMPORT_BYTES } from '$lib/core/exchange/limits';
import { stageImport, Stager, writeStaged, type ArticleNames } from '$lib/db/import-stream';
import { dropAbandonedImports, heldRun, holdingRun, runId } from '$lib/db/import-staging';
import { openBundleReader } from './bundle-reader';
import { piecesOf, previewStream } from './stream-import';
import {
	applyImport,
	previewImport,
	resolveBundle,
	type DeckImportPreview,
	type ImportSummary
} from '$lib/db/exchange-repo';
import type { KartotekaDB } from '$lib/db';
import type { SpaceEstimate } from '$lib/core/storage/space';
import { bytesToWrite, checkSpace } from '$lib/core/storage/room';
import { estimateSpace, markDatabase } from '../storage-notices';
import { ensureSpace, NoSpaceError } from '../storage-space';
import { placeArticles } from './bundle-articles';
import { parseImport } from './parse-import';
import type { AnkiProgress, AnkiReport } from '$lib/core/exchange/apkg-import';
import { isAnkiPackage, MAX_ANKI_BYTES, readAnkiFile } from './anki-file';

/**
 * A `.json` file over this is read in pieces (up to MAX_BUNDLE_BYTES); smaller ones are read whole
 * as before. The pieces are staged, then written by one transaction (db/import-stream.ts, issue 11,
 * ninth pass: the eighth pass's transaction held across the worker's pieces ended early in Chromium).
 */
const STREAM_ABOVE = MAX_IMPORT_BYTES;

/** While a bundle read in pieces is saved: its pieces staged (read and checked again), then written. */
export type SaveStage = 'staging' | 'writing';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'saving' | 'done' | 'rejected';

/**
 * A bundle's pieces staged as its preview read them (tenth pass), under their run's lock: written
 * on confirmation without reading the file again, or dropped (`end`) when the import is not made.
 */
interface StagedAtPreview {
	stager: Stager;
	release: () => void;
	end: () => Promise<void>;
}

interface Streamed {
	file: File;
	names: ArticleNames;
	/** Null when the preview staged nothing (no room for it then) or the pieces are gone. */
	staging: StagedAtPreview | null;
}

export class ImportFlow {
	#phase = $state<ImportPhase>('idle');
	#source = $state('');
	#problem = $state('');
	#bundle = $state.raw<DeckBundle | null>(null);
	#preview = $state.raw<DeckImportPreview[]>([]);
	#summary = $state.raw<ImportSummary | null>(null);
	#anki = $state.raw<AnkiReport | null>(null);
	#progress = $state.raw<AnkiProgress | null>(null);
	#written = $state.raw<{ done: number; total: number } | null>(null);
	#read = $state.raw<{ done: number; total: number } | null>(null);
	#stage = $state<SaveStage>('staging');
	#streamed = $state.raw<Streamed | null>(null);

	constructor(
		private readonly db: () => KartotekaDB,
		/** For tests: how a file is read, and the room the device reports. */
		private readonly options: {
			parse?: typeof parseImport;
			readAnki?: typeof readAnkiFile;
			estimate?: () => Promise<SpaceEstimate | null>;
			openReader?: typeof openBundleReader;
			/** Bundles over this many bytes are read in pieces (STREAM_ABOVE). */
			streamAbove?: number;
		} = {}
	) {}

	get phase(): ImportPhase {
		return this.#phase;
	}
	/** The file name (or "link") the current import came from. */
	get source(): string {
		return this.#source;
	}
	/** Why the file was rejected (field or line, and the problem), or why confirming failed. */
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
	/** How far reading an Anki package has come (null when not reading one). */
	get progress(): AnkiProgress | null {
		return this.#progress;
	}
	/** While saving: review rows written so far, of all (null until the first part is written). */
	get written(): { done: number; total: number } | null {
		return this.#written;
	}
	/**
	 * The reading's progress as 0–1: opening and the rows first (a small share, they give no
	 * count), then the cards and their histories, a half each.
	 */
	get progressFraction(): number {
		const p = this.#progress;
		if (!p || p.stage === 'open') return 0;
		if (p.stage === 'read') return 0.05;
		return (p.stage === 'cards' ? 0.1 : 0.55) + (0.45 * p.done) / Math.max(1, p.total);
	}
	/** A bundle read in pieces: its bytes read so far, of all (checking, then writing). */
	get read(): { done: number; total: number } | null {
		return this.#read;
	}
	/** While saving a bundle read in pieces: staging its pieces, or writing them into place. */
	get stage(): SaveStage {
		return this.#stage;
	}
	/** The previewed file is read again in pieces to be written (over MAX_IMPORT_BYTES). */
	get streamed(): boolean {
		return this.#streamed !== null;
	}
	/** What an Anki package holds and what of it will not come over (null for other files). */
	get anki(): AnkiReport | null {
		return this.#anki;
	}

	async readFile(file: File): Promise<void> {
		this.#start(file.name);
		try {
			if (isAnkiPackage(file.name)) return await this.#readAnki(file);
			if (
				extensionOf(file.name) === '.json' &&
				file.size > (this.options.streamAbove ?? STREAM_ABOVE)
			)
				return await this.#readStream(file);
			// A file over the limit is refused by its size: a 2 GB video is not read into memory.
			const tooLarge = tooLargeToImport(file.size);
			if (tooLarge) return await this.useResult(tooLarge, file.name);
			const bytes = new Uint8Array(await file.arrayBuffer());
			const parse = this.options.parse ?? parseImport;
			await this.useResult(await parse(file.name, bytes, new Date()), file.name);
		} catch (e) {
			// Whatever went wrong, the page must not stay on "Checking the file…".
			this.#reject(e);
		}
	}

	/** An Anki package: its bundle goes the way of every import, its report to the preview. */
	async #readAnki(file: File): Promise<void> {
		const tooLarge = tooLargeToImport(file.size, MAX_ANKI_BYTES);
		if (tooLarge) return await this.useResult(tooLarge, file.name);
		const bytes = new Uint8Array(await file.arrayBuffer());
		const r = await (this.options.readAnki ?? readAnkiFile)(bytes, new Date(), (p) => {
			if (this.#phase === 'reading' && this.#source === file.name) this.#progress = p;
		});
		this.#progress = null;
		await this.useResult(r.ok ? { ok: true, bundle: r.bundle } : r, file.name);
		if (r.ok && this.#phase === 'preview') this.#anki = r.report;
	}

	/**
	 * A bundle too large to read whole: checked in pieces, its preview made deck by deck, and its
	 * pieces staged as they are read when there is room for them and the rows (tenth pass).
	 */
	async #readStream(file: File): Promise<void> {
		const tooLarge = tooLargeToImport(file.size, MAX_BUNDLE_BYTES);
		if (tooLarge) return await this.useResult(tooLarge, file.name);
		const staging = await this.#stagingFor(file);
		const reader = (this.options.openReader ?? openBundleReader)(file, new Date());
		let kept = false;
		try {
			const r = await previewStream(
				this.db(),
				reader,
				(done, total) => {
					if (this.#phase === 'reading' && this.#source === file.name) this.#read = { done, total };
				},
				staging ? (step) => staging.stager.add(step) : undefined
			);
			if (this.#phase !== 'reading' || this.#source !== file.name) return;
			this.#read = null;
			if (!r.ok) return await this.useResult(r, file.name);
			this.#preview = r.preview;
			this.#streamed = { file, names: r.names, staging };
			kept = true;
			this.#phase = 'preview';
		} finally {
			reader.close();
			if (!kept) await staging?.end();
		}
	}

	/**
	 * A run to stage the preview's pieces into, under its lock; null (the pieces are then staged on
	 * confirmation, reading the file again) when the device has no room for twice the file now.
	 */
	async #stagingFor(file: File): Promise<StagedAtPreview | null> {
		const estimate = await (this.options.estimate ?? estimateSpace)();
		if (!checkSpace(estimate, bytesToWrite(2 * file.size)).ok) return null;
		const db = this.db();
		const now = new Date();
		await dropAbandonedImports(db, now).catch((e) => console.error('staged imports', e));
		const run = runId(now);
		const release = await heldRun(run);
		const stager = new Stager(db, run);
		const end = () =>
			stager
				.drop()
				.catch((e) => console.error('staged import', e))
				.finally(release);
		return { stager, release, end };
	}

	/**
	 * Writes a bundle read in pieces: its pieces staged at the preview, or else the file read again
	 * and its pieces staged, then written in one transaction; nothing is written if any piece
	 * fails. Under the run's lock, so that another tab's start does not take its staged pieces for
	 * abandoned ones.
	 */
	async #writeStream(streamed: Streamed, now: Date) {
		const staging = streamed.staging;
		// writeStaged leaves no piece of its run, written or not: a second try reads the file again.
		streamed.staging = null;
		if (staging)
			try {
				this.#read = { done: 0, total: streamed.file.size };
				this.#stage = 'writing';
				return await writeStaged(this.db(), staging.stager.staged, streamed.names, now, (d, t) => {
					this.#read = { done: d, total: t };
				});
			} finally {
				staging.release();
				this.#read = null;
			}
		return this.#stageAndWrite(streamed, now);
	}

	/** The file read again and its pieces staged, then written (ninth pass). */
	async #stageAndWrite(streamed: Streamed, now: Date) {
		const db = this.db();
		await dropAbandonedImports(db, now).catch((e) => console.error('staged imports', e));
		const run = runId(now);
		const progress = (stage: SaveStage) => (done: number, total: number) => {
			this.#stage = stage;
			this.#read = { done, total };
		};
		return holdingRun(run, async () => {
			const reader = (this.options.openReader ?? openBundleReader)(streamed.file, now);
			try {
				this.#stage = 'staging';
				const staged = await stageImport(db, run, piecesOf(reader), progress('staging'));
				reader.close();
				this.#read = { done: 0, total: streamed.file.size };
				this.#stage = 'writing';
				return await writeStaged(db, staged, streamed.names, now, progress('writing'));
			} finally {
				reader.close();
				this.#read = null;
			}
		});
	}

	/** Takes an already parsed result (a share link's). */
	async useResult(result: BundleResult, source: string): Promise<void> {
		this.#start(source);
		if (!result.ok) {
			this.#problem = describeImportProblems(result.problems);
			this.#phase = 'rejected';
			return;
		}
		try {
			const placed = await placeArticles(this.db(), result.bundle);
			if (!placed.ok) {
				this.#problem = placed.problem;
				this.#phase = 'rejected';
				return;
			}
			const bundle = await resolveBundle(this.db(), placed.bundle, !!result.fromText);
			this.#preview = await previewImport(this.db(), bundle);
			this.#bundle = bundle;
			this.#phase = 'preview';
		} catch (e) {
			this.#reject(e);
		}
	}

	/**
	 * Writes the previewed import. A file that would not fit on the device is refused before
	 * anything is written (NoSpaceError): the preview stays, with the reason as `problem`.
	 */
	async confirm(now: Date): Promise<void> {
		const bundle = this.#bundle;
		const streamed = this.#streamed;
		if ((!bundle && !streamed) || this.#phase !== 'preview') return;
		this.#phase = 'saving';
		this.#problem = '';
		this.#written = null;
		try {
			// A file read in pieces needs about twice its own size while both its staged pieces and
			// its rows are stored (the pieces go once it is written); a whole bundle about its text.
			// Pieces staged at the preview are already stored: the rows need about the file's size.
			const size = streamed
				? (streamed.staging ? 1 : 2) * streamed.file.size
				: JSON.stringify(bundle).length;
			await ensureSpace(size, this.options.estimate ?? estimateSpace);
			this.#summary = streamed
				? await this.#writeStream(streamed, now)
				: await applyImport(this.db(), bundle!, now, (done, total) => {
						this.#written = { done, total };
					});
			// From now on there is something to lose: the marker notices if it goes (issue 9, item 1).
			await markDatabase(this.db(), now, undefined, true).catch((e) =>
				console.error('storage marker', e)
			);
			this.#phase = 'done';
		} catch (e) {
			// The transaction wrote nothing; the page shows why next to the preview.
			if (!(e instanceof NoSpaceError)) console.error('import failed', e);
			this.#phase = 'preview';
			this.#problem = e instanceof Error ? e.message : String(e);
		}
	}

	/**
	 * The page is left: an import being read or previewed is dropped with its staged pieces (the
	 * device would hold them until the tab closes); one being written goes on.
	 */
	leave(): void {
		if (this.#phase !== 'saving') this.reset();
	}

	reset(): void {
		// Pieces staged at a preview that is left go, and their run's lock with them.
		void this.#streamed?.staging?.end();
		this.#phase = 'idle';
		this.#bundle = null;
		this.#preview = [];
		this.#problem = '';
		this.#summary = null;
		this.#anki = null;
		this.#progress = null;
		this.#written = null;
		this.#read = null;
		this.#stage = 'staging';
		this.#streamed = null;
	}

	#reject(e: unknown) {
		this.#problem = e instanceof Error ? e.message : String(e);
		this.#phase = 'rejected';
	}

	#start(source: string) {
		this.reset();
		this.#source = source;
		this.#phase = 'reading';
	}
}
