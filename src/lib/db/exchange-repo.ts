// Reads decks out for export and writes imported bundles in: the preview (what an import would
// change) and the import itself, decks and progress, in one transaction. Loaded only by the
// import/export, share and print pages.
import Dexie from 'dexie';
import type { CardFile, DeckFile } from '$lib/core/deck/types';
import { planDeckUpdate, type DeckUpdatePlan } from '$lib/core/deck/merge';
import type { CardMark, DeckBundle } from '$lib/core/exchange/bundle';
import { withInstalledExtras } from '$lib/core/exchange/text-extras';
import {
	cardFromJson,
	cardToJson,
	isNewerProgress,
	reviewFromJson,
	reviewToJson,
	type CardProgress
} from '$lib/core/exchange/progress';
import { queueCodeOf } from '$lib/core/schedule/queue';
import { SET_ASIDE } from '$lib/core/schedule/set-aside';
import type { KartotekaDB } from './database';
import { plannedContent } from './deck-install';
import { installUserDeck } from './user-deck-install';
import { applyMarks } from './import-marks';
import { overlay } from './cards-edit';
import { cardKey } from './decks-repo';
import { DENSE, rowsByCard, SLACK } from './deck-keys';
import type { CardRow, DeckOrigin, DeckRow, ReviewRow, StateRow } from './types';
// Writes to the logs keep the statistics' aggregates (review-hours-hook.ts): load their code.
import './review-hours';
// Writes to states and cards keep the deck counters (deck-counts-hook.ts): load their arithmetic.
import './deck-counts-tally';

/** Drops undefined fields so exported JSON holds only what the card has. */
const defined = <T extends object>(o: T): T =>
	Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function cardFileOf(row: CardRow): CardFile {
	return defined({
		id: row.id,
		front: row.front,
		back: row.back,
		context: row.context,
		tags: row.tags?.length ? row.tags : undefined,
		source: row.source,
		fact: row.fact
	});
}

/** A deck row and its card rows as a deck file: its active cards in deck order. */
function deckFileOf(deck: DeckRow, rows: CardRow[]): DeckFile {
	return defined({
		format: 'kartoteka-deck' as const,
		version: 1 as const,
		id: deck.id,
		title: deck.title,
		description: deck.description,
		lang: deck.lang,
		kind: deck.kind,
		source: deck.source,
		generator: deck.generator,
		cards: rows.filter((r) => r.retired === 0).map(cardFileOf)
	});
}

const deckCards = (db: KartotekaDB, id: string) =>
	db.cards.where('[deckId+ord]').between([id, -Infinity], [id, Infinity]).toArray();
const deckStates = (db: KartotekaDB, id: string) => db.states.where('deckId').equals(id).toArray();
// The deck's logs by one [deckId+at] range read with getAll (anyOf over the card keys walked a
// cursor).
const deckReviews = (db: KartotekaDB, id: string) =>
	db.reviews.where('[deckId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();

/** The installed decks as deck files (active cards in deck order), in the order of `ids`. */
export async function readDeckFiles(db: KartotekaDB, ids: string[]): Promise<DeckFile[]> {
	const out: DeckFile[] = [];
	for (const id of ids) {
		const deck = await db.decks.get(id);
		if (deck) out.push(deckFileOf(deck, await deckCards(db, id)));
	}
	return out;
}

/** Study progress of the decks' active, studied cards: the whole ts-fsrs card and the review log. */
export async function readProgress(db: KartotekaDB, decks: DeckFile[]): Promise<CardProgress[]> {
	const out: CardProgress[] = [];
	// The deck's states by one index range (issue 11: a bulkGet is one request per card in
	// Chromium, 100,000 for an export of everything).
	for (const deck of decks)
		out.push(...progressOf(deck, await deckStates(db, deck.id), await deckReviews(db, deck.id)));
	return out;
}

/** The progress of a deck's studied cards, in the order of its cards, from its states and logs. */
function progressOf(deck: DeckFile, states: StateRow[], reviews: ReviewRow[]): CardProgress[] {
	const byKey = new Map(states.map((s) => [s.key, s]));
	const studied = deck.cards
		.map((c) => byKey.get(cardKey(deck.id, c.id)))
		.filter((s): s is StateRow => !!s && s.card.reps > 0);
	// Grouped by card once (issue 11: a filter of every log of the deck per card was quadratic),
	// only those of its studied cards.
	const byCard = new Map<string, ReviewRow[]>(studied.map((s) => [s.key, []]));
	for (const r of reviews) byCard.get(r.key)?.push(r);
	return studied.map((s) => ({
		deckId: deck.id,
		cardId: s.key.slice(deck.id.length + 1),
		card: cardToJson(s.card),
		reviews: (byCard.get(s.key) ?? [])
			.sort((a, b) => a.at - b.at)
			.map((r) => reviewToJson(r.log, r.prev, r.durationMs))
	}));
}

/**
 * The marks of a deck's active cards, for an export with progress: flagged, suspended, buried
 * (with the time of the bury, so that it ends on the other device when it would have here).
 */
export async function readCardMarks(db: KartotekaDB, deck: DeckFile): Promise<CardMark[]> {
	const flagged = await db.cards
		.where('deckId')
		.equals(deck.id)
		.filter((c) => c.flag === 1)
		.primaryKeys();
	const setAside = await db.states
		.where('[deckId+queue+due]')
		.between(
			[deck.id, SET_ASIDE.buried, Dexie.minKey],
			[deck.id, SET_ASIDE.suspended, Dexie.maxKey]
		)
		.toArray();
	return marksOf(deck, flagged, setAside);
}

/** The marks of a deck's active cards from the keys of its flagged cards and its set-aside states. */
function marksOf(deck: DeckFile, flagged: string[], setAside: StateRow[]): CardMark[] {
	const ids = new Set(deck.cards.map((c) => c.id));
	const cardId = (key: string) => key.slice(deck.id.length + 1);
	const byId = new Map<string, CardMark>();
	const mark = (key: string) => {
		const id = cardId(key);
		const m = byId.get(id) ?? { deckId: deck.id, cardId: id };
		byId.set(id, m);
		return m;
	};
	for (const key of flagged) if (ids.has(cardId(key))) mark(key).flag = 1;
	for (const s of setAside) {
		if (!ids.has(cardId(s.key))) continue;
		const m = mark(s.key);
		m.setAside = s.queue === SET_ASIDE.suspended ? 'suspended' : 'buried';
		if (m.setAside === 'buried' && s.buriedAt !== undefined)
			m.buriedAt = new Date(s.buriedAt).toISOString();
	}
	return deck.cards.flatMap((c) => byId.get(c.id) ?? []);
}

export interface DeckExport {
	deck: DeckFile;
	/** With progress only: its studied cards' progress and its cards' marks (else empty). */
	progress: CardProgress[];
	marks: CardMark[];
}

/**
 * One deck as the export writes it, from one read-only transaction of four requests: the deck, its
 * cards, and with progress its states and logs (issue 11: the marks came from a cursor over every
 * card of the deck, one round trip to the storage process per card); null when there is no deck.
 * The same deck file, progress and marks as readDeckFiles, readProgress and readCardMarks.
 */
export function readDeckExport(
	db: KartotekaDB,
	id: string,
	withProgress: boolean
): Promise<DeckExport | null> {
	return db.transaction('r', [db.decks, db.cards, db.states, db.reviews], async () => {
		const [row, cards, states, reviews] = await Promise.all([
			db.decks.get(id),
			deckCards(db, id),
			withProgress ? deckStates(db, id) : [],
			withProgress ? deckReviews(db, id) : []
		]);
		if (!row) return null;
		const deck = deckFileOf(row, cards);
		if (!withProgress) return { deck, progress: [], marks: [] };
		const flagged = cards.filter((c) => c.flag === 1).map((c) => c.key);
		const setAside = states.filter(
			(s) => s.queue >= SET_ASIDE.buried && s.queue <= SET_ASIDE.suspended
		);
		return {
			deck,
			progress: progressOf(deck, states, reviews),
			marks: marksOf(deck, flagged, setAside)
		};
	});
}

/**
 * The bundle as it will be written. From CSV/TSV, the installed decks' facts, source offsets and
 * kind are kept where the file cannot express them (see core/exchange/text-extras.ts).
 */
export async function resolveBundle(
	db: KartotekaDB,
	bundle: DeckBundle,
	fromText: boolean
): Promise<DeckBundle> {
	if (!fromText) return bundle;
	const decks: DeckFile[] = [];
	for (const deck of bundle.decks) {
		const [installed] = await readDeckFiles(db, [deck.id]);
		decks.push(withInstalledExtras(deck, installed));
	}
	return { ...bundle, decks };
}

export interface DeckImportPreview {
	id: string;
	title: string;
	cardCount: number;
	/** The deck installed under this id, if any: the import updates it in place. */
	existing: { title: string; origin: DeckOrigin } | null;
	counts: DeckUpdatePlan['counts'];
	/** Cards of the file left out: not in the shipped deck whose id the file reuses. */
	skipped: number;
	/** Cards with study progress in the file, and how many of them are newer than this device's. */
	progress: { included: number; newer: number };
}

/** What importing the bundle would do, deck by deck. Reads only. */
export async function previewImport(
	db: KartotekaDB,
	bundle: DeckBundle
): Promise<DeckImportPreview[]> {
	const out: DeckImportPreview[] = [];
	for (const deck of bundle.decks) {
		const preview = await previewDeck(db, deck);
		const progress = (bundle.progress ?? []).filter((p) => p.deckId === deck.id);
		preview.progress = await progressPreview(db, preview, progress);
		out.push(preview);
	}
	return out;
}

/** What importing one deck would do to its cards (its progress counted apart). Reads only. */
export async function previewDeck(db: KartotekaDB, deck: DeckFile): Promise<DeckImportPreview> {
	// A deleted deck (or rows left under a free id) does not count: the import starts it clean.
	const stored = await db.decks.get(deck.id);
	const existing = stored?.deletedAt === undefined ? stored : undefined;
	const installed = existing ? await db.cards.where('deckId').equals(deck.id).toArray() : [];
	let counts: DeckUpdatePlan['counts'];
	let skipped = 0;
	if (existing?.origin === 'shipped') {
		const merge = planShippedMerge(installed, deck);
		counts = {
			new: 0,
			changed: merge.edits.length,
			unchanged: merge.unchanged,
			revived: 0,
			retired: 0
		};
		skipped = merge.skipped;
	} else {
		counts = planDeckUpdate(
			installed.map((c) => ({
				id: c.id,
				ord: c.ord,
				retired: c.retired === 1,
				content: plannedContent(c)
			})),
			deck
		).counts;
	}
	return {
		id: deck.id,
		// A shipped deck keeps its own title: the file cannot rename it.
		title: existing?.origin === 'shipped' ? existing.title : deck.title,
		cardCount: deck.cards.length,
		existing: existing ? { title: existing.title, origin: existing.origin } : null,
		counts,
		skipped,
		progress: { included: 0, newer: 0 }
	};
}

/**
 * The deck's preview's progress counts with `progress` (entries of that deck) added: how many
 * the file brings, and how many are newer than this device's. Reads only.
 */
export async function progressPreview(
	db: KartotekaDB,
	preview: DeckImportPreview,
	progress: readonly CardProgress[]
): Promise<DeckImportPreview['progress']> {
	// By key ranges (deck-keys.ts), not one get per card.
	const states = preview.existing
		? await rowsByCard(
				db.states,
				progress.map((p) => ({ deckId: preview.id, cardId: p.cardId }))
			)
		: [];
	const newer = progress.filter((p, i) =>
		isNewerProgress(cardFromJson(p.card), states[i]?.card)
	).length;
	return {
		included: preview.progress.included + progress.length,
		newer: preview.progress.newer + newer
	};
}

/**
 * A file (a backup, a link, a CSV) that reuses a shipped deck's id. The app owns that deck: the
 * file cannot rename it, retire its cards or add cards an update would retire again. What it can
 * bring is what a student can do to a shipped deck in the app: edit a card's text (kept as the
 * user's edit over the app's text, as the card editor keeps it) and progress (applied after).
 */
export function planShippedMerge(
	installed: CardRow[],
	deck: DeckFile
): { edits: CardRow[]; unchanged: number; skipped: number } {
	const byId = new Map(installed.map((c) => [c.id, c]));
	const edits: CardRow[] = [];
	let unchanged = 0;
	let skipped = 0;
	for (const card of deck.cards) {
		const row = byId.get(card.id);
		// Not in the shipped deck, retired or deleted from it, or a note's card (edited via its note).
		if (!row || row.retired === 1 || row.removed === 1 || row.noteId) {
			skipped++;
			continue;
		}
		const text = { front: card.front, back: card.back, context: card.context, tags: card.tags };
		const same =
			row.front === text.front &&
			row.back === text.back &&
			(row.context ?? '') === (text.context ?? '') &&
			(row.tags ?? []).join('\n') === (text.tags ?? []).join('\n');
		if (same) unchanged++;
		else edits.push(overlay(row, text));
	}
	return { edits, unchanged, skipped };
}

export interface ImportSummary {
	decks: number;
	cards: number;
	/** Cards whose progress came from the file. */
	progress: number;
	/** Cards that came flagged, suspended or buried (from an Anki package). */
	marks: number;
}

/**
 * Imports a validated bundle in one transaction: every deck installed or updated in place by card
 * id (progress kept, cards missing from the file retired), then the file's progress where it is
 * newer than this device's, with its review log. A failure anywhere writes nothing.
 */
export async function applyImport(
	db: KartotekaDB,
	bundle: DeckBundle,
	now: Date,
	/** Review rows written so far, of all: for a progress bar on large imports. */
	onWrite?: (done: number, total: number) => void
): Promise<ImportSummary> {
	return db.transaction(
		'rw',
		[db.decks, db.cards, db.states, db.reviews, db.notes, db.articles],
		async () => {
			// The articles the decks came from, for the reader (their names made free on this device
			// by features/exchange/bundle-articles.ts).
			for (const a of bundle.articles ?? [])
				await db.articles.put({ ...a, savedAt: now.getTime() });
			const cards = await importDecks(db, bundle, now);
			const progress = await importProgress(db, bundle.progress ?? [], onWrite);
			const marks = await applyMarks(db, bundle.marks ?? [], now);
			return { decks: bundle.decks.length, cards, progress, marks };
		}
	);
}

/** Installs the bundle's decks; a shipped deck's id only takes card edits (it cannot be renamed). */
export async function importDecks(
	db: KartotekaDB,
	bundle: Pick<DeckBundle, 'decks'>,
	now: Date
): Promise<number> {
	let cards = 0;
	for (const deck of bundle.decks) {
		const existing = await db.decks.get(deck.id);
		if (existing?.origin === 'shipped') {
			const installed = await db.cards.where('deckId').equals(deck.id).toArray();
			const { edits, unchanged } = planShippedMerge(installed, deck);
			await db.cards.bulkPut(edits);
			cards += edits.length + unchanged;
			continue;
		}
		await installUserDeck(db, deck, {
			origin: 'user',
			version: `import:${now.toISOString()}`,
			now
		});
		cards += deck.cards.length;
	}
	return cards;
}

/**
 * The file's progress where it is newer than this device's, with its review log; returns how many
 * cards took it. In bulk: one read of the states, cards and stored reviews, one write of each (a
 * read and a write per card took 60 s for a 10,000-card Anki collection in Chromium).
 */
export async function importProgress(
	db: KartotekaDB,
	progress: NonNullable<DeckBundle['progress']>,
	onWrite?: (done: number, total: number) => void
): Promise<number> {
	if (!progress.length) return 0;
	const keys = progress.map((p) => cardKey(p.deckId, p.cardId));
	// By key ranges, one or two requests per deck (deck-keys.ts), not one get per card.
	const [states, rows] = await Promise.all([
		rowsByCard(db.states, progress),
		rowsByCard(db.cards, progress)
	]);
	const taken: {
		p: CardProgress;
		key: string;
		state: StateRow;
		card: ReturnType<typeof cardFromJson>;
	}[] = [];
	progress.forEach((p, i) => {
		const state = states[i];
		const row = rows[i];
		const card = cardFromJson(p.card);
		// Skipped and retired cards take no progress: it would put them back in the queue.
		if (!state || !row || row.retired === 1 || row.removed === 1) return;
		if (isNewerProgress(card, state.card)) taken.push({ p, key: keys[i], state, card });
	});
	if (!taken.length) return 0;
	await inChunks(
		taken.map(({ state, card }) => ({
			...state,
			card,
			due: card.due.getTime(),
			queue: queueCodeOf(card)
		})),
		(part) => db.states.bulkPut(part)
	);
	// The log comes with the state it led to (so that undo restores the right card); reviews
	// already on this device (same card, same time) are not added twice.
	const have = new Set<string>();
	for (const r of await storedLogs(db, taken)) have.add(`${r.key}@${r.at}`);
	const logs: ReviewRow[] = [];
	for (const { p, key } of taken)
		for (const r of p.reviews.map(reviewFromJson)) {
			const at = r.log.review.getTime();
			if (have.has(`${key}@${at}`)) continue;
			logs.push({
				key,
				deckId: p.deckId,
				at,
				rating: r.log.rating,
				log: r.log,
				prev: r.prev,
				prevQueue: queueCodeOf(r.prev),
				durationMs: r.durationMs
			} as ReviewRow);
		}
	await inChunks(logs, (part) => db.reviews.bulkAdd(part), onWrite);
	return taken.length;
}

/**
 * The stored logs of the cards taking progress (keys `key`), and maybe others': per deck one range
 * of the logs' `key` index from the smallest key to the largest (all of that deck: deck-keys.ts),
 * unless it holds many more logs than the file brings for them (then an anyOf, as before).
 */
async function storedLogs(
	db: KartotekaDB,
	taken: readonly { p: CardProgress; key: string }[]
): Promise<ReviewRow[]> {
	const byDeck = new Map<string, { keys: string[]; logs: number }>();
	for (const { p, key } of taken) {
		const d = byDeck.get(p.deckId) ?? { keys: [], logs: 0 };
		byDeck.set(p.deckId, d);
		d.keys.push(key);
		d.logs += p.reviews.length;
	}
	const out: ReviewRow[] = [];
	for (const { keys, logs } of byDeck.values()) {
		const sorted = [...keys].sort();
		const range = db.reviews.where('key').between(sorted[0], sorted[sorted.length - 1], true, true);
		const dense = (await range.count()) <= DENSE * logs + SLACK;
		out.push(...(await (dense ? range : db.reviews.where('key').anyOf(keys)).toArray()));
	}
	return out;
}

/**
 * Rows written a few thousand at a time, in the caller's transaction: IndexedDB copies each row on
 * the main thread when it is put, and 35,000 review rows in one call made one task of over a
 * second. Between the parts the page can paint and the progress bar move.
 */
const CHUNK = 1000;
async function inChunks<T>(
	rows: T[],
	write: (part: T[]) => Promise<unknown>,
	onWrite?: (done: number, total: number) => void
): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) {
		await write(rows.slice(i, i + CHUNK));
		onWrite?.(Math.min(rows.length, i + CHUNK), rows.length);
	}
}
