// What each table's rows must be for the app to read them: their fields' types, and keys that agree
// with each other (a card's key is its deck and id). Structure only, not the deck format's content
// rules (lengths, no HTML): a backup gives back what the database held, and a row the app wrote
// must never make its own backup unreadable. Nested objects the app checks where it reads them
// (a card's fact, a deck's source, a preset's options) are only checked to be objects; meta values
// are normalized by their readers (settings, exam plans). The messages are codes: the page says
// them in the user's language (features/backup/problem-text.ts).
//
// Only valibot functions the deck schema already uses: valibot's chunk is on the first page.
import * as v from 'valibot';
import { deckSchema } from '$lib/core/deck/schema';
import type { BackupTable } from './format';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const text = v.string('text');
const name = v.pipe(v.string('text'), v.nonEmpty('empty'));
const num = v.pipe(
	v.number('number'),
	v.check((n) => Number.isFinite(n), 'number')
);
const int = v.pipe(v.number('number'), v.integer('integer'));
const bit = v.picklist([0, 1], 'bit');
const date = v.pipe(
	v.string('date'),
	v.check((s) => ISO.test(s) && !Number.isNaN(Date.parse(s)), 'date')
);
const object = v.object({}, 'object');
const queue = v.picklist([0, 1, 2, 9, -1, -2], 'queue');
const fsrsState = v.picklist([0, 1, 2, 3], 'state');

/** A ts-fsrs card, every field (ts-fsrs resets missing ones). */
const fsrsCard = v.object(
	{
		due: date,
		stability: num,
		difficulty: num,
		elapsed_days: num,
		scheduled_days: num,
		learning_steps: int,
		reps: int,
		lapses: int,
		state: fsrsState,
		last_review: v.optional(date)
	},
	'object'
);

export const ROW_SCHEMAS = {
	decks: v.object(
		{
			id: name,
			title: text,
			description: v.optional(text),
			lang: text,
			// The deck format's kinds.
			kind: v.picklist(deckSchema.entries.kind.options, 'kind'),
			source: v.optional(object),
			generator: v.optional(object),
			sourceKey: text,
			origin: v.picklist(['shipped', 'user'], 'origin'),
			version: text,
			cardCount: int,
			updatedAt: num,
			deletedAt: v.optional(num),
			presetId: v.optional(name)
		},
		'object'
	),
	cards: v.pipe(
		v.object(
			{
				key: name,
				deckId: name,
				id: name,
				ord: num,
				front: text,
				back: text,
				context: v.optional(text),
				tags: v.optional(v.array(text, 'list')),
				source: v.optional(object),
				fact: v.optional(object),
				retired: bit,
				noteId: v.optional(name),
				edited: v.optional(bit),
				upstream: v.optional(object),
				originKey: v.optional(name),
				removed: v.optional(bit),
				flag: v.optional(bit)
			},
			'object'
		),
		v.check((c) => c.key === `${c.deckId}/${c.id}`, 'key')
	),
	states: v.pipe(
		v.object(
			{
				key: name,
				deckId: name,
				queue,
				due: num,
				ord: num,
				card: fsrsCard,
				buriedAt: v.optional(num),
				// The last progress reset (core/sync/resets.ts): a sync's replay starts from it.
				reset: v.optional(v.object({ hlc: v.pipe(v.string(), v.maxLength(100)), at: num }))
			},
			'object'
		),
		v.check((s) => s.key.startsWith(`${s.deckId}/`), 'key')
	),
	reviews: v.pipe(
		v.object(
			{
				id: v.pipe(int, v.minValue(1, 'id')),
				key: name,
				deckId: name,
				at: num,
				rating: int,
				log: v.object(
					{
						rating: int,
						state: fsrsState,
						due: date,
						stability: num,
						difficulty: num,
						elapsed_days: num,
						last_elapsed_days: num,
						scheduled_days: num,
						learning_steps: int,
						review: date
					},
					'object'
				),
				prev: fsrsCard,
				prevQueue: queue,
				durationMs: num
			},
			'object'
		),
		v.check((r) => r.key.startsWith(`${r.deckId}/`), 'key')
	),
	notes: v.object(
		{
			id: name,
			deckId: name,
			kind: v.picklist(['basic', 'reverse', 'cloze'], 'kind'),
			front: text,
			back: text,
			context: v.optional(text),
			tags: v.array(text, 'list'),
			createdAt: num,
			updatedAt: num
		},
		'object'
	),
	articles: v.object({ file: name, title: text, sha256: text, text, savedAt: num }, 'object'),
	presets: v.object({ id: name, name: text, options: object }, 'object'),
	meta: v.object({ key: name }, 'object')
} satisfies Record<BackupTable, v.GenericSchema>;

/** Each table's primary key: two rows with one key would silently become one. */
export const PRIMARY_KEYS: Record<BackupTable, string> = {
	decks: 'id',
	cards: 'key',
	states: 'key',
	reviews: 'id',
	notes: 'id',
	articles: 'file',
	presets: 'id',
	meta: 'key'
};

/** The row's dates as the database keeps them (Date objects in ts-fsrs cards and logs). */
export function reviveDates(table: BackupTable, row: Record<string, unknown>): void {
	if (table === 'states') reviveCard(row.card as Record<string, unknown>);
	if (table === 'reviews') {
		reviveCard(row.prev as Record<string, unknown>);
		const log = row.log as Record<string, unknown>;
		log.due = new Date(log.due as string);
		log.review = new Date(log.review as string);
	}
}

function reviveCard(card: Record<string, unknown>): void {
	card.due = new Date(card.due as string);
	if (card.last_review !== undefined) card.last_review = new Date(card.last_review as string);
}
