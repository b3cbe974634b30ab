// Field checks for the editors: a deck's title and description, one card of the generator's
// review, checked with the deck file's own rules (schema.ts) as the person types. Apart from
// validate.ts so that installing the shipped decks on a first visit does not load them.
import * as v from 'valibot';
import { cardSchema, deckInfoSchema, MAX_DESCRIPTION, MAX_TITLE } from './schema';

export type DeckInfoField = 'title' | 'description';

/** What is wrong with a deck's title or description, for a message in the user's language. */
export interface DeckInfoProblem {
	code: 'note.empty' | 'note.tooLong' | 'note.html';
	field: DeckInfoField;
	max: number;
}

/**
 * Checks a title and description with the deck file's own rules (schema.ts): what the editor
 * accepts, an import of its export accepts too. Null when both are fine.
 */
export function checkDeckInfo(info: {
	title: string;
	description?: string;
}): DeckInfoProblem | null {
	const parsed = v.safeParse(
		deckInfoSchema,
		{ title: info.title, description: info.description?.trim() || undefined },
		{ abortPipeEarly: true }
	);
	if (parsed.success) return null;
	const issue = parsed.issues[0];
	const field: DeckInfoField = issue.path?.[0]?.key === 'description' ? 'description' : 'title';
	return {
		code: problemCode(issue) ?? 'note.empty',
		field,
		max: field === 'title' ? MAX_TITLE : MAX_DESCRIPTION
	};
}

/** Which rule of a text field a valibot issue broke, or null when it is none of the three. */
function problemCode(issue: v.BaseIssue<unknown>): DeckInfoProblem['code'] | null {
	if (issue.type === 'max_length') return 'note.tooLong';
	if (issue.type === 'check') return 'note.html';
	if (issue.type === 'non_empty' || issue.received === 'undefined') return 'note.empty';
	return null;
}

/** The card's field a problem is in: a side, its context, its tags, or the fact it teaches. */
export type CardField = 'front' | 'back' | 'context' | 'tags' | 'fact' | 'id' | 'source';

/** What keeps one card out of a deck file; `other`: a rule no person editing text can break. */
export interface CardProblem {
	code: DeckInfoProblem['code'] | 'card.other';
	field: CardField;
	/** The longest text the field takes (for `note.tooLong`). */
	max: number;
}

/**
 * Checks one card with the deck file's own rules (schema.ts), so that a card accepted in the
 * generator's review is one the save and any later import accept. Null when it is fine.
 */
export function checkCard(card: unknown): CardProblem | null {
	const parsed = v.safeParse(cardSchema, card, { abortPipeEarly: true });
	if (parsed.success) return null;
	const issue = parsed.issues[0];
	const key = String(issue.path?.[0]?.key ?? 'id');
	const field = (CARD_FIELDS as readonly string[]).includes(key) ? (key as CardField) : 'id';
	const max = typeof issue.requirement === 'number' ? issue.requirement : 0;
	return { code: problemCode(issue) ?? 'card.other', field, max };
}

const CARD_FIELDS: readonly CardField[] = [
	'front',
	'back',
	'context',
	'tags',
	'fact',
	'id',
	'source'
];
