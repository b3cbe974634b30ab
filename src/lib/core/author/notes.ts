// A note is one thing the teacher wrote; it makes one or more cards:
// basic → one card (front → back); reverse → two (front → back, back → front);
// cloze → one card per gap number c1, c2, … (see cloze.ts).
import { hasHtmlTag } from '$lib/core/deck/plain-text';
import { clozeCard, clozeFilled, parseCloze, type ClozeError } from './cloze';

// The deck schema's rules for card text (schema.ts). MAX_FIELD is repeated here rather than
// imported: importing schema.ts would split the deck validator's chunk on the first page's path
// (budget); a test checks that both say the same. The markup check is its own small module.
/** Longest text in one card field, as the deck format accepts it. */
export const MAX_FIELD = 2000;

export type NoteKind = 'basic' | 'reverse' | 'cloze';
export const NOTE_KINDS: readonly NoteKind[] = ['basic', 'reverse', 'cloze'];

export interface NoteContent {
	kind: NoteKind;
	/** For cloze notes: the text with its {{cN::…}} gaps. */
	front: string;
	/** The answer (basic, reverse); unused by cloze notes. */
	back: string;
	/** Optional source or remark shown on the back. Cloze cards show the filled-in text without it. */
	context?: string;
	tags: string[];
}

/** What a card shows: the same fields as a deck file's card, without its id. */
export interface CardText {
	front: string;
	back: string;
	context?: string;
	tags?: string[];
}

export interface NoteCard extends CardText {
	/** 1-based: 1 and 2 for basic/reverse, N for the cloze gap cN. */
	ordinal: number;
}

export type TextField = 'front' | 'back' | 'context';
/** Longest tag, as the deck format accepts it. */
export const MAX_TAG = 100;

export type NoteProblem =
	| { code: 'note.empty'; field: TextField }
	| { code: 'note.tooLong'; field: TextField | 'tags'; max: number }
	| { code: 'note.html'; field: TextField | 'tags' }
	| ClozeError;

export type NoteResult = { ok: true; cards: NoteCard[] } | { ok: false; problem: NoteProblem };

/** The rules of a deck file's card text: plain text, not empty, not too long. */
export function checkText(
	fields: Partial<Record<TextField, string>>,
	required: TextField[]
): NoteProblem | null {
	for (const field of ['front', 'back', 'context'] as const) {
		const value = fields[field]?.trim() ?? '';
		if (!value) {
			if (required.includes(field)) return { code: 'note.empty', field };
			continue;
		}
		if (value.length > MAX_FIELD) return { code: 'note.tooLong', field, max: MAX_FIELD };
		if (hasHtmlTag(value)) return { code: 'note.html', field };
	}
	return null;
}

/** Tags follow the same rules, or an export of the deck could not be imported again. */
function checkTags(tags: string[]): NoteProblem | null {
	if (tags.some((tag) => hasHtmlTag(tag))) return { code: 'note.html', field: 'tags' };
	if (tags.some((tag) => tag.length > MAX_TAG))
		return { code: 'note.tooLong', field: 'tags', max: MAX_TAG };
	return null;
}

const optional = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
const tagsOf = (tags: string[]) => (tags.length ? [...tags] : undefined);

export function noteCards(note: NoteContent): NoteResult {
	const context = optional(note.context);
	const tags = tagsOf(note.tags);
	const tagProblem = checkTags(note.tags);
	if (tagProblem) return { ok: false, problem: tagProblem };
	if (note.kind === 'cloze') {
		const problem = checkText({ front: note.front, context }, ['front']);
		if (problem) return { ok: false, problem };
		const parsed = parseCloze(note.front.trim());
		if (!parsed.ok) return { ok: false, problem: parsed.error };
		const filled = clozeFilled(parsed.parts);
		return {
			ok: true,
			cards: parsed.numbers.map((n) => ({
				ordinal: n,
				...clozeCard(parsed.parts, n),
				context: context ?? filled,
				tags
			}))
		};
	}
	const problem = checkText({ front: note.front, back: note.back, context }, ['front', 'back']);
	if (problem) return { ok: false, problem };
	const front = note.front.trim();
	const back = note.back.trim();
	const cards: NoteCard[] = [{ ordinal: 1, front, back, context, tags }];
	if (note.kind === 'reverse') cards.push({ ordinal: 2, front: back, back: front, context, tags });
	return { ok: true, cards };
}
