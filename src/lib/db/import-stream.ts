// A large bundle written as it is read (issue 11), in two steps (ninth pass):
//   1. staged: each piece (core/exchange/bundle-stream.ts) as it comes from the worker reading the
//      file is put as it is into `importPieces` (schema v8), in a short transaction of its own;
//   2. written: ONE transaction reads the staged pieces back one at a time and writes each as
//      applyImport writes a whole bundle (importDecks, importProgress, applyMarks), then deletes
//      them. It waits on nothing but its own requests, so IndexedDB keeps it open however long it
//      takes, and a failure, a full disk or a closed tab anywhere in it writes nothing.
// Why not one transaction held open across the worker's pieces (eighth pass): IndexedDB commits a
// transaction as soon as it waits on anything else, and `Dexie.waitFor` (which kept it alive with
// requests of its own) ended with "Transaction committed too early" in Chromium after 95 s on a
// real 10k-card backup; Dexie's documentation warns against waiting on long non-IndexedDB work in
// a transaction. Why not each piece written into the real tables in its own transaction and undone
// on failure: the student (and another tab, and sync's recorder, which pushes every write) would see
// a half-imported collection until the undo, and a kill mid-import would need the undo at the next
// start. Staged pieces are seen by nothing but this module.
// The cost: the file's pieces go through IndexedDB twice (put, then read), and about the file's
// size is taken while both are stored. Memory stays bounded: the page holds one or two pieces.
// Pieces left behind by a closed tab or a crash are deleted at the next start (and before the next
// large import) once no tab holds their run's lock (Web Locks).
import type { BundlePiece } from '$lib/core/exchange/bundle-stream';
import type { DeckFile } from '$lib/core/deck/types';
import type { KartotekaDB } from './database';
import { importDecks, importProgress, type ImportSummary } from './exchange-repo';
import { applyMarks } from './import-marks';
import { dropStaged, runRange } from './import-staging';
import type { ImportPieceRow, StagedPiece } from './types';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/** One step of the file: a piece with the bytes read so far, of all. Rejects when the file is bad. */
export type NextPiece = () => Promise<{ piece: BundlePiece; read: number; total: number }>;

/** An article's name on this device, by `file\nsha256` (features/exchange/bundle-articles.ts). */
export type ArticleNames = ReadonlyMap<string, string>;

/** Bytes of the file dealt with so far, of all (staged, then written). */
export type OnBytes = (done: number, total: number) => void;

/** A run's staged pieces: `count` of them, keyed [run, 0 … count − 1]. */
export interface StagedImport {
	run: string;
	count: number;
}

/**
 * Step 1: every piece of the file put into importPieces, each in its own transaction, while the
 * worker reads the next one. On any failure the pieces staged so far are deleted and the error
 * rethrown. `run` must be unique (runId).
 */
export async function stageImport(
	db: KartotekaDB,
	run: string,
	next: NextPiece,
	onStaged?: OnBytes
): Promise<StagedImport> {
	let n = 0;
	try {
		let pending = next();
		for (;;) {
			const step = await pending;
			if (step.piece.kind === 'end') return { run, count: n };
			// The worker reads and checks the next piece while this one is stored.
			pending = next();
			// A rejection before it is awaited must not count as unhandled: it is awaited next turn.
			pending.catch(() => undefined);
			const row: ImportPieceRow = { run, n, piece: step.piece, read: step.read, total: step.total };
			await db.importPieces.add(row);
			n++;
			onStaged?.(step.read, step.total);
		}
	} catch (e) {
		await dropStaged(db, run).catch((err) => console.error('staged import', err));
		throw e;
	}
}

/**
 * Step 1 as the pieces come from a read made for something else (the preview, tenth pass: the
 * file was read a second time on confirmation only to be staged): each piece added in order, in a
 * short transaction of its own. `drop` deletes what was staged.
 */
export class Stager {
	#n = 0;
	constructor(
		private readonly db: KartotekaDB,
		readonly run: string
	) {}

	async add(step: Awaited<ReturnType<NextPiece>>): Promise<void> {
		const { piece, read, total } = step;
		if (piece.kind === 'end') return;
		await this.db.importPieces.add({ run: this.run, n: this.#n, piece, read, total });
		this.#n++;
	}

	get staged(): StagedImport {
		return { run: this.run, count: this.#n };
	}

	async drop(): Promise<void> {
		await dropStaged(this.db, this.run);
	}
}

/**
 * Step 2: the staged pieces written in ONE transaction, in the order of the file, and deleted in
 * it. Reads one piece ahead of the one it writes. A piece missing (deleted as abandoned) fails the
 * whole write. Afterwards, written or not, no staged piece of the run is left.
 */
export async function writeStaged(
	db: KartotekaDB,
	staged: StagedImport,
	names: ArticleNames,
	now: Date,
	onWritten?: OnBytes
): Promise<ImportSummary> {
	const tables = [db.decks, db.cards, db.states, db.reviews, db.notes, db.articles];
	try {
		return await db.transaction('rw', [...tables, db.importPieces], async () => {
			const summary: ImportSummary = { decks: 0, cards: 0, progress: 0, marks: 0 };
			for (let n = 0; n < staged.count; n++) {
				const row = await db.importPieces.get([staged.run, n]);
				if (!row) throw new Error('the import was interrupted: start it again');
				await applyPiece(db, row.piece, names, now, summary);
				onWritten?.(row.read, row.total);
			}
			await db.importPieces
				.where('[run+n]')
				.between(...runRange(staged.run))
				.delete();
			return summary;
		});
	} catch (e) {
		await dropStaged(db, staged.run).catch((err) => console.error('staged import', err));
		throw e;
	}
}

async function applyPiece(
	db: KartotekaDB,
	piece: StagedPiece,
	names: ArticleNames,
	now: Date,
	summary: ImportSummary
): Promise<void> {
	if (piece.kind === 'decks') {
		const decks = piece.decks.map((d) => renamed(d, names));
		summary.cards += await importDecks(db, { decks }, now);
		summary.decks += decks.length;
	} else if (piece.kind === 'progress')
		summary.progress += await importProgress(db, piece.progress);
	else if (piece.kind === 'marks') summary.marks += await applyMarks(db, piece.marks, now);
	else
		for (const a of piece.articles) {
			const file = names.get(`${a.file}\n${a.sha256}`) ?? a.file;
			await db.articles.put({ ...a, file, savedAt: now.getTime() });
		}
}

/** A deck whose article takes another name on this device follows it. */
function renamed(deck: DeckFile, names: ArticleNames): DeckFile {
	const s = deck.source;
	const file = s?.file && s.sha256 ? names.get(`${s.file}\n${s.sha256}`) : undefined;
	return file && s ? { ...deck, source: { ...s, file } } : deck;
}
