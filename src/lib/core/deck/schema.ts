// The valibot schema of a deck file. Kept apart from validate.ts so the messages stay readable.
import * as v from 'valibot';
import { hasHtmlTag } from './plain-text';
import { DECK_FORMAT, DECK_VERSION } from './types';

/** Longest text we accept in one card field: a card is a card, not an article. */
export const MAX_FIELD = 2000;
export const MAX_CARDS = 20000;
/** Longest deck title and description. */
export const MAX_TITLE = 300;
export const MAX_DESCRIPTION = 2000;

const text = (max = MAX_FIELD) =>
	v.pipe(
		v.string('expected text'),
		v.trim(),
		v.nonEmpty('must not be empty'),
		v.maxLength(max, `longer than ${max} characters`),
		v.check((s) => !hasHtmlTag(s), 'contains HTML markup; card text must be plain text')
	);
const optText = (max = MAX_FIELD) => v.optional(text(max));

// Years BC as ISO 8601 extended years, numbered astronomically: 44 BC is "-0043" (1 BC is "0000").
const isoDate = v.pipe(
	v.string('expected a date'),
	v.regex(
		/^(?:-\d{4}|\d{3,4})(?:-\d\d){0,2}(?:\/(?:-\d{4}|\d{3,4})(?:-\d\d){0,2})?$/,
		'expected an ISO 8601 date such as 1920, 1920-10, 1920-10-12 or 1923-10-28/1923-11-05'
	)
);

const fact = v.variant(
	'type',
	[
		v.object({
			type: v.literal('date'),
			ask: v.picklist(['date', 'event']),
			date: isoDate,
			event: text()
		}),
		v.object({
			type: v.literal('person'),
			ask: v.picklist(['person', 'role']),
			person: text(200),
			surname: text(100),
			role: text()
		}),
		v.object({
			type: v.literal('post'),
			ask: v.picklist(['person', 'post']),
			person: text(200),
			surname: text(100),
			post: text(500),
			date: v.optional(isoDate)
		}),
		v.object({
			type: v.literal('stance'),
			ask: v.picklist(['holder', 'stance']),
			holder: text(200),
			stance: text(),
			topic: optText(500),
			date: v.optional(isoDate)
		})
	],
	'expected a fact of type date, person, post or stance'
);

/** One card of a deck file: also what the generator's review checks each card against. */
export const cardSchema = v.object({
	id: v.pipe(
		text(200),
		v.regex(/^[\w.:-]+$/, 'may hold only letters, digits, ".", ":", "_" and "-"')
	),
	front: text(),
	back: text(),
	context: optText(4000),
	tags: v.optional(v.array(text(100), 'expected a list of tags')),
	source: v.optional(
		v.pipe(
			v.object({
				start: v.pipe(v.number(), v.integer(), v.minValue(0)),
				end: v.pipe(v.number(), v.integer(), v.minValue(0))
			}),
			v.check((s) => s.end >= s.start, 'end lies before start')
		)
	),
	fact: v.optional(fact)
});

/**
 * A deck's title and description: the deck file's rules, and the editor's (db/deck-edit.ts), so
 * that a deck made or renamed in the app always exports and imports again.
 */
export const deckInfoSchema = v.object({
	title: text(MAX_TITLE),
	description: optText(MAX_DESCRIPTION)
});

export const deckSchema = v.object({
	format: v.literal(DECK_FORMAT, `expected "${DECK_FORMAT}"`),
	version: v.literal(DECK_VERSION, `expected ${DECK_VERSION} (this app reads version 1)`),
	id: v.pipe(
		text(100),
		v.regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected a slug: lower-case letters, digits, ".", "_", "-"')
	),
	title: deckInfoSchema.entries.title,
	description: deckInfoSchema.entries.description,
	lang: v.pipe(text(35), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a BCP 47 tag')),
	kind: v.picklist(
		['dates', 'actors', 'positions', 'custom'],
		'expected dates, actors, positions or custom'
	),
	source: v.optional(
		v.object({
			title: text(500),
			file: optText(300),
			sha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)))
		})
	),
	generator: v.optional(v.object({ name: text(100), version: text(50) })),
	cards: v.pipe(
		v.array(cardSchema, 'expected a list of cards'),
		v.nonEmpty('holds no cards'),
		v.maxLength(MAX_CARDS, `more than ${MAX_CARDS} cards`)
	)
});
