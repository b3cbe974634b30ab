// A bundle too large to read whole (over MAX_IMPORT_BYTES, up to MAX_BUNDLE_BYTES): read twice in
// pieces (bundle-reader.ts), once for the preview and once, on confirmation, to stage its pieces
// and write them (db/import-stream.ts: the write in one transaction). Each pass holds one or two
// pieces at a time, never the file or the bundle; the second pass checks the file again, so a file
// changed in between is refused with nothing written.
import type { DeckProblem } from '$lib/core/deck/validate';
import type { BundleArticle } from '$lib/core/exchange/bundle';
import type { BundlePiece, StreamStep } from '$lib/core/exchange/bundle-stream';
import { sha256Hex } from '$lib/core/util/hash';
import type { KartotekaDB } from '$lib/db';
import { freeArticleFile } from '$lib/db/articles-repo';
import { previewDeck, progressPreview, type DeckImportPreview } from '$lib/db/exchange-repo';
import type { ArticleNames, NextPiece } from '$lib/db/import-stream';
import type { BundleReader } from './bundle-reader';
import { describeImportProblems } from './problem-text';

/** Bytes read so far, of all. */
export type OnRead = (read: number, total: number) => void;

export type StreamPreview =
	| { ok: true; preview: DeckImportPreview[]; names: ArticleNames }
	| { ok: false; problems: DeckProblem[] };

const refused = (message: string): StreamPreview => ({
	ok: false,
	problems: [{ field: '', message }]
});

/**
 * Pieces asked of the worker ahead of the one the page previews (tenth pass: with one, the worker
 * still waited about a third of the time, while the page waited for IndexedDB). Each is at most a
 * deck or 1,000 progress entries, a few megabytes.
 */
const AHEAD = 3;

/** A piece as it was read (for staging it as the preview reads it). */
export type OnPiece = (step: Extract<StreamStep, { ok: true }>) => Promise<void>;

/**
 * The first pass: every piece checked, the preview of each deck, the articles' names here; with
 * `onPiece`, each piece (but the end) handed on as well, at the same time as it is previewed.
 * The worker reads the next pieces while the page previews this one (tenth pass: the page and the
 * worker took turns, each idle while the other worked).
 */
export async function previewStream(
	db: KartotekaDB,
	reader: BundleReader,
	onRead?: OnRead,
	onPiece?: OnPiece
): Promise<StreamPreview> {
	const previews = new Map<string, DeckImportPreview>();
	const names = new Map<string, string>();
	const ahead: Promise<StreamStep | null>[] = [];
	const fill = () => {
		while (ahead.length < AHEAD) {
			const next = reader.next();
			// A rejection before it is awaited must not count as unhandled: it is awaited in turn.
			next.catch(() => undefined);
			ahead.push(next);
		}
	};
	fill();
	for (;;) {
		const step = await ahead.shift()!;
		if (!step) return refused('the file ends early');
		if (!step.ok) return step;
		if (step.piece.kind === 'end') return { ok: true, preview: [...previews.values()], names };
		fill();
		onRead?.(step.read, step.total);
		const [problem] = await Promise.all([
			previewPiece(db, step.piece, previews, names),
			onPiece?.(step)
		]);
		if (problem) return refused(problem);
	}
}

/** One piece's share of the preview; a problem of its articles, else null. */
async function previewPiece(
	db: KartotekaDB,
	piece: BundlePiece,
	previews: Map<string, DeckImportPreview>,
	names: Map<string, string>
): Promise<string | null> {
	if (piece.kind === 'decks')
		for (const deck of piece.decks) previews.set(deck.id, await previewDeck(db, deck));
	else if (piece.kind === 'progress') await countProgress(db, previews, piece.progress);
	else if (piece.kind === 'articles') return placeArticles(db, piece.articles, names);
	return null;
}

async function countProgress(
	db: KartotekaDB,
	previews: Map<string, DeckImportPreview>,
	progress: Extract<BundlePiece, { kind: 'progress' }>['progress']
): Promise<void> {
	// Not Map.groupBy: Node 20 (the unit tests) has none.
	const byDeck = new Map<string, typeof progress>();
	for (const p of progress) {
		const list = byDeck.get(p.deckId);
		if (list) list.push(p);
		else byDeck.set(p.deckId, [p]);
	}
	for (const [id, entries] of byDeck) {
		const preview = previews.get(id);
		if (preview) preview.progress = await progressPreview(db, preview, entries);
	}
}

/** Each article's text must be the one its hash names; each gets a free name on this device. */
async function placeArticles(
	db: KartotekaDB,
	articles: BundleArticle[],
	names: Map<string, string>
): Promise<string | null> {
	for (const a of articles) {
		if ((await sha256Hex(a.text)) !== a.sha256)
			return `article "${a.file}": its text does not match its sha256`;
		const file = await freeArticleFile(db, a.file, a.sha256);
		if (file !== a.file) names.set(`${a.file}\n${a.sha256}`, file);
	}
	return null;
}

/** The second pass as pieces to stage: a bad step rejects (nothing is written). */
export function piecesOf(reader: BundleReader): NextPiece {
	return async () => {
		const step: StreamStep | null = await reader.next();
		if (!step) throw new Error('the file ends early');
		if (!step.ok) throw new Error(describeImportProblems(step.problems));
		return step;
	};
}
