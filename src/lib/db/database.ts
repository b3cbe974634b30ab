// The one Dexie database. Schema versions are append-only: never edit a shipped version,
// add a new one with an upgrade.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { CardRow, DeckRow, MetaRow, ReviewRow, StateRow } from './types';

export class KartotekaDB extends Dexie {
	decks!: EntityTable<DeckRow, 'id'>;
	cards!: EntityTable<CardRow, 'key'>;
	states!: EntityTable<StateRow, 'key'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;

	/** `options` lets tests pass fake-indexeddb's factory. */
	constructor(name = 'kartoteka', options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			decks: 'id, sourceKey',
			cards: 'key, deckId, [deckId+ord]',
			// Today's queue is a range query: [deckId+queue+due] for learning and reviews,
			// [deckId+queue+ord] for new cards in deck order.
			states: 'key, deckId, [deckId+queue+due], [deckId+queue+ord]',
			reviews: '++id, key, at, [deckId+at]',
			meta: 'key'
		});
	}
}

let instance: KartotekaDB | null = null;

/** The app's database (created on first use). Tests make their own KartotekaDB instances. */
export function getDb(): KartotekaDB {
	instance ??= new KartotekaDB();
	return instance;
}
