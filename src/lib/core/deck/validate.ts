// Deck validation: every load and import goes through here. A rejected deck comes back with a
// message that names the field and the problem, e.g. `cards[3].front: must not be empty`.
import * as v from 'valibot';
import { cardSchema, deckInfoSchema, deckSchema, MAX_DESCRIPTION, MAX_TITLE } from './schema';
import type { DeckFile } from './types';

export interface DeckProblem {
	/** Dotted path of the field, e.g. "cards[3].front", or "" for the file as a whole. */
	field: string;
	message: string;
}

export type DeckResult = { ok: true; deck: DeckFile } | { ok: false; problems: DeckProblem[] };

export function validateDeck(input: unknown): DeckResult {
	const parsed = v.safeParse(deckSchema, input, { abortPipeEarly: true });
	if (!parsed.success) {
		return { ok: false, problems: parsed.issues.slice(0, 20).map(issueProblem) };
	}
	const deck = parsed.output as DeckFile;
	const problems: DeckProblem[] = [];
	const seen = new Map<string, number>();
	deck.cards.forEach((c, i) => {
		const first = seen.get(c.id);
		if (first !== undefined) {
			problems.push({
				field: `cards[${i}].id`,
				message: `duplicate id "${c.id}" (also cards[${first}])`
			});
		} else seen.set(c.id, i);
	});
	return problems.length ? { ok: false, problems } : { ok: true, deck };
}

/** Parses JSON text first, so broken JSON is reported like any other problem. */
export function parseDeckJson(text: string): DeckResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			problems: [{ field: '', message: `not valid JSON (${(e as Error).message})` }]
		};
	}
	return validateDeck(data);
}

export function describeProblems(problems: DeckProblem[]): string {
	return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
}

/** A valibot issue as a problem: its field's path and what is wrong (shared by every schema). */
export function issueProblem(issue: v.BaseIssue<unknown>): DeckProblem {
	const path = (issue.path ?? [])
		.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
		.join('')
		.replace(/^\./, '');
	const message =
		issue.kind === 'schema' && issue.received === 'undefined' ? 'is missing' : issue.message;
	return { field: path, message };
}

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
