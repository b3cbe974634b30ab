// A large bundle read in pieces (issue 11: a year's collection of 100,000 cards exports as ~310
// MB): the file's bytes a megabyte at a time, decoded as UTF-8, cut apart at the top level
// (json-stream.ts) and checked element by element (bundle-check.ts). What comes out is the bundle
// in pieces: each deck alone, progress entries and marks in batches, each article alone, every
// piece with the bytes read so far. Neither the file nor the bundle is ever held whole.
import type { DeckFile } from '$lib/core/deck/types';
import type { DeckProblem } from '$lib/core/deck/validate';
import type { BundleArticle, CardMark } from './bundle';
import { BundleChecker, SPREAD_KEYS, type CheckedItem } from './bundle-check';
import { JsonObjectStream, JsonStreamError, type JsonEvent } from './json-stream';
import type { CardProgress } from './progress';
import { binaryKind, firstInvalidUtf8 } from './text-file';

export type BundlePiece =
	| { kind: 'decks'; decks: DeckFile[] }
	| { kind: 'progress'; progress: CardProgress[] }
	| { kind: 'marks'; marks: CardMark[] }
	| { kind: 'articles'; articles: BundleArticle[] }
	/** The file has ended and all of it was valid. */
	| { kind: 'end'; exportedAt?: string };

/** A piece with how far the file has been read (bytes), or why the file is refused. */
export type StreamStep =
	| { ok: true; piece: BundlePiece; read: number; total: number }
	| { ok: false; problems: DeckProblem[] };

/** The bytes read at once: a megabyte keeps the buffer small and the reads few. */
export const READ_BYTES = 1024 * 1024;
/** Entries per piece: a piece is written in one go by the page (~3 MB of progress). */
const BATCH: Record<CheckedItem['key'], number> = {
	decks: 1,
	progress: 1000,
	marks: 5000,
	articles: 1
};

const refused = (message: string): StreamStep => ({
	ok: false,
	problems: [{ field: '', message }]
});

/** The pieces of a bundle file in order; the last step is an `end` piece or the problems. */
export async function* readBundleStream(
	file: Blob,
	now?: Date,
	readBytes = READ_BYTES
): AsyncGenerator<StreamStep, void, undefined> {
	const total = file.size;
	if (!total) return yield refused('the file is empty');
	const checker = new BundleChecker(total, now);
	const json = new JsonObjectStream(SPREAD_KEYS);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const batch = new Batch();
	for (let at = 0; at < total; at += readBytes) {
		const bytes = new Uint8Array(await file.slice(at, at + readBytes).arrayBuffer());
		const binary = at === 0 ? binaryKind(bytes) : null;
		if (binary) return yield refused(`the file is ${binary}, not a deck`);
		const read = at + bytes.length;
		let text: string;
		try {
			text = decoder.decode(bytes, { stream: read < total });
		} catch {
			const byte = at + Math.max(0, firstInvalidUtf8(bytes));
			return yield refused(
				`the file is not UTF-8 text (byte ${byte + 1} is invalid); save it as UTF-8 (e.g. Windows-1251 files must be converted)`
			);
		}
		const events = parsed(() => json.push(text));
		if (!Array.isArray(events)) return yield events;
		for (const e of events) {
			if (e.kind === 'list') {
				checker.list(e.key);
				continue;
			}
			const r =
				e.kind === 'field' ? checker.field(e.key, e.value) : checker.item(e.key, e.index, e.value);
			if (!r.ok) return yield r;
			if (!r.item) continue;
			for (const piece of batch.add(r.item)) yield { ok: true, piece, read, total };
		}
	}
	const ended = parsed(() => (json.end(), []));
	if (!Array.isArray(ended)) return yield ended;
	const last = batch.flush();
	if (last) yield { ok: true, piece: last, read: total, total };
	const r = checker.end();
	if (!r.ok) return yield r;
	yield { ok: true, piece: { kind: 'end', exportedAt: checker.exportedAt }, read: total, total };
}

/** Broken JSON as the file's problem; other errors are bugs and go up. */
function parsed(read: () => JsonEvent[]): JsonEvent[] | StreamStep {
	try {
		return read();
	} catch (e) {
		if (e instanceof JsonStreamError) return refused(e.message);
		throw e;
	}
}

/** Items of one list gathered into pieces of BATCH[key] items. */
class Batch {
	#key: CheckedItem['key'] | null = null;
	#items: unknown[] = [];

	/** Adds an item; returns the pieces it completed (the last list's rest when the list changed). */
	add(item: CheckedItem): BundlePiece[] {
		const out: BundlePiece[] = [];
		if (this.#key !== item.key) {
			const rest = this.flush();
			if (rest) out.push(rest);
			this.#key = item.key;
		}
		this.#items.push(item.value);
		if (this.#items.length >= BATCH[item.key]) out.push(this.flush()!);
		return out;
	}

	flush(): BundlePiece | null {
		const key = this.#key;
		const items = this.#items;
		if (!key || !items.length) return null;
		this.#items = [];
		if (key === 'decks') return { kind: 'decks', decks: items as DeckFile[] };
		if (key === 'progress') return { kind: 'progress', progress: items as CardProgress[] };
		if (key === 'marks') return { kind: 'marks', marks: items as CardMark[] };
		return { kind: 'articles', articles: items as BundleArticle[] };
	}
}
