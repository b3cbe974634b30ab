// A large bundle written as it is read (issue 11): its pieces (core/exchange/bundle-stream.ts) come
// one at a time from a worker reading the file, and each is written as applyImport writes a whole
// bundle. All of them in ONE transaction, so that a file that turns out bad halfway, a full disk or
// a closed tab writes nothing: IndexedDB commits a transaction as soon as it waits on anything but
// its own requests (here: the next piece), so each wait goes through Dexie.waitFor, which keeps the
// transaction alive with requests of its own meanwhile. The page holds one piece at a time; what
// the transaction has written so far is the storage process's, not the page's memory.
import Dexie from 'dexie';
import type { BundlePiece } from '$lib/core/exchange/bundle-stream';
import type { DeckFile } from '$lib/core/deck/types';
import type { KartotekaDB } from './database';
import { importDecks, importProgress, type ImportSummary } from './exchange-repo';
import { applyMarks } from './import-marks';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/** The next piece of the file; rejects when the file is bad or cannot be read. */
export type NextPiece = () => Promise<BundlePiece>;

/** An article's name on this device, by `file\nsha256` (features/exchange/bundle-articles.ts). */
export type ArticleNames = ReadonlyMap<string, string>;

/** Waiting for one piece longer than this is a reader gone wrong: the import is undone. */
const PIECE_TIMEOUT_MS = 60_000;

export async function applyImportPieces(
	db: KartotekaDB,
	next: NextPiece,
	names: ArticleNames,
	now: Date
): Promise<ImportSummary> {
	return db.transaction(
		'rw',
		[db.decks, db.cards, db.states, db.reviews, db.notes, db.articles],
		async () => {
			const summary: ImportSummary = { decks: 0, cards: 0, progress: 0, marks: 0 };
			for (;;) {
				const piece = await Dexie.waitFor(next(), PIECE_TIMEOUT_MS);
				if (piece.kind === 'end') return summary;
				await applyPiece(db, piece, names, now, summary);
			}
		}
	);
}

async function applyPiece(
	db: KartotekaDB,
	piece: Exclude<BundlePiece, { kind: 'end' }>,
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
