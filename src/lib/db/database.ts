// The one Dexie database. Schema versions are append-only: never edit a shipped version,
// add a new one with an upgrade.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { deckCountsMiddleware, type DeckCountsRow } from './deck-counts-hook';
import type { ReviewHourRow } from './review-hours';
import { REVIEW_HOURS_STALE, reviewHoursMiddleware } from './review-hours-hook';
import type {
	ArticleRow,
	CardRow,
	DeckRow,
	ImportPieceRow,
	MetaRow,
	NoteRow,
	PresetRow,
	ReviewRow,
	StateRow,
	SyncOutboxRow,
	SyncStampsRow
} from './types';

export class KartotekaDB extends Dexie {
	decks!: EntityTable<DeckRow, 'id'>;
	cards!: EntityTable<CardRow, 'key'>;
	states!: EntityTable<StateRow, 'key'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;
	notes!: EntityTable<NoteRow, 'id'>;
	articles!: EntityTable<ArticleRow, 'file'>;
	reviewHours!: Dexie.Table<ReviewHourRow, [string, number]>;
	presets!: EntityTable<PresetRow, 'id'>;
	declare deckCounts: EntityTable<DeckCountsRow, 'deckId'>;
	// `declare`: typed, and no class field in the first page's JavaScript (Dexie sets them).
	declare syncOutbox: EntityTable<SyncOutboxRow, 'seq'>;
	declare syncStamps: EntityTable<SyncStampsRow, 'key'>;
	declare syncState: EntityTable<MetaRow, 'key'>;
	declare importPieces: Dexie.Table<ImportPieceRow, [string, number]>;

	/**
	 * `options` lets tests pass fake-indexeddb's factory. Every transaction is strict: it counts as
	 * committed only once the browser has flushed it to disk, so a grade the app has confirmed
	 * survives a crash of the browser or the system (Chromium's default commits before the flush).
	 * (Dexie names the option after Chromium, but passes it to every browser's IndexedDB.) The cost
	 * is one flush per write transaction, a few milliseconds.
	 */
	constructor(name = 'kartoteka', options?: DexieOptions) {
		super(name, { chromeTransactionDurability: 'strict', ...options });
		this.version(1).stores({
			decks: 'id, sourceKey',
			cards: 'key, deckId, [deckId+ord]',
			// Today's queue is a range query: [deckId+queue+due] for learning and reviews,
			// [deckId+queue+ord] for new cards in deck order.
			states: 'key, deckId, [deckId+queue+due], [deckId+queue+ord]',
			reviews: '++id, key, at, [deckId+at]',
			meta: 'key'
		});
		// v2, authoring: notes (what the teacher wrote; their cards carry noteId), soft-deleted decks
		// (deletedAt, purged after the undo window), shipped cards moved to other decks (originKey),
		// and the edit overlay on deck-file cards (edited: 0|1, set to 0 on every existing card).
		this.version(2)
			.stores({
				decks: 'id, sourceKey, deletedAt',
				cards: 'key, deckId, [deckId+ord], noteId, originKey',
				notes: 'id, deckId'
			})
			.upgrade((tx) =>
				tx
					.table<CardRow, string>('cards')
					.toCollection()
					.modify((card) => {
						card.edited ??= 0;
					})
			);
		// v3: the articles of decks made on this device (generated from a text), so that the reader
		// opens them as it opens the shipped ones. Keyed by the file name the decks' source names.
		this.version(3).stores({ articles: 'file' });
		// v4, a year of study (issue 11): review aggregates per deck and hour, kept as reviews are
		// written (review-hours.ts) and built once from every log; and states counted for the
		// statistics by index ranges instead of read one by one: due dates and intervals (young /
		// mature) over all decks. Each new index over the states costs the upgrade about 15 s at
		// 100,000 cards in Chromium (it reads every row): two, no more.
		this.version(4)
			.stores({
				states:
					'key, deckId, [deckId+queue+due], [deckId+queue+ord], [queue+due], [queue+card.scheduled_days]',
				reviewHours: '[deckId+hour]'
			})
			// The aggregates are built at the first start (review-hours.ts: rebuildIfStale), not here:
			// that code is not in the first page's bundle, and an upgrade may not wait for an import.
			.upgrade((tx) => tx.table('meta').put({ key: REVIEW_HOURS_STALE, value: true }));
		// v5 (issue 13): deck option presets (named ones; the default preset is the settings page's
		// options). A deck without presetId uses the default one, so the existing rows need no
		// change and studying goes on exactly as before (no upgrade function: first-page bytes).
		this.version(5).stores({ presets: 'id', decks: 'id, sourceKey, deletedAt, presetId' });
		// v6 (issue 14, sync): what this device has to push (syncOutbox), each synced row's field
		// stamps (syncStamps) and the sync's own records (syncState: node, clock, cursor, account).
		// New tables only: every existing row stays as it is (db/sync-*.ts, loaded when sync is on).
		this.version(6).stores({ syncOutbox: '++seq', syncStamps: 'key', syncState: 'key' });
		// v7 (issue 11, third pass): per-deck counters of the states, kept on every write by
		// deck-counts-hook.ts. No upgrade function: a deck without a row is counted by its indexes
		// until deck-counts.ts builds the row (at start, features/app.svelte.ts).
		this.version(7).stores({ deckCounts: 'deckId' });
		// v8 (issue 11, ninth pass): a large bundle's pieces staged for its import, written into
		// place by one transaction and deleted in it (import-stream.ts). A new table only.
		this.version(8).stores({ importPieces: '[run+n]' });
		this.use(reviewHoursMiddleware);
		this.use(deckCountsMiddleware);
	}
}

let instance: KartotekaDB | null = null;

/** The app's database (created on first use). Tests make their own KartotekaDB instances. */
export function getDb(): KartotekaDB {
	instance ??= new KartotekaDB();
	return instance;
}
