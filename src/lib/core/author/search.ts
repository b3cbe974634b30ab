// Finding cards: by text (ё/е and case insensitive), deck, tag, kind and study state.
import { normalizeText } from './normalize';
import { oneByte } from './one-byte';
import type { NoteKind } from './notes';
import type { CardText } from './notes';

/** A note's kind, or 'file' for cards that came from a deck file (shipped, generated, imported). */
export type CardKind = NoteKind | 'file';
/** `flagged` is no state of its own: the filter's way to the cards flagged while studying. */
export type StudyState = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'flagged';

export interface SearchableCard extends CardText {
	deckId: string;
	kind: CardKind;
	state: StudyState;
	/** Flagged while studying. */
	flagged?: boolean;
	/** oneByte(normalizeText) of front, back, context and tags (haystackOf): once per card. */
	haystack: string;
}

export interface CardQuery {
	text?: string;
	deckId?: string;
	tag?: string;
	kind?: CardKind;
	state?: StudyState;
}

export function haystackOf(card: CardText): string {
	return oneByte(
		normalizeText([card.front, card.back, card.context ?? '', ...(card.tags ?? [])].join(' \n '))
	);
}

export function findCards<T extends SearchableCard>(cards: T[], q: CardQuery): T[] {
	const tag = q.tag ? normalizeText(q.tag) : '';
	// Normalized and coded once, not once per card.
	const words = normalizeText(q.text ?? '')
		.split(' ')
		.filter(Boolean)
		.map(oneByte);
	return cards.filter(
		(c) =>
			(!q.deckId || c.deckId === q.deckId) &&
			(!q.kind || c.kind === q.kind) &&
			(!q.state || (q.state === 'flagged' ? c.flagged === true : c.state === q.state)) &&
			(!tag || (c.tags ?? []).some((t) => normalizeText(t) === tag)) &&
			(!words.length || hasEvery(c.haystack, words))
	);
}

/** The haystack is read once: a getter (the browser's cards) may build it on each read. */
function hasEvery(haystack: string, words: string[]): boolean {
	return words.every((w) => haystack.includes(w));
}

/** Every tag in use, sorted, for the tag filter. */
export function tagsIn(cards: CardText[]): string[] {
	return [...new Set(cards.flatMap((c) => c.tags ?? []))].sort((a, b) => a.localeCompare(b, 'ru'));
}

/**
 * Whether every card matching `next` also matches `prev` (each word of `prev` lies within a word
 * of `next`: "дог" → "договор", "дог" → "дог мир"): then typing on need only search the last
 * results (issue 11: search as you type over 100,000 cards).
 */
export function refines(prev: string, next: string): boolean {
	const before = normalizeText(prev).split(' ').filter(Boolean);
	const after = normalizeText(next).split(' ').filter(Boolean);
	return before.every((w) => after.some((n) => n.includes(w)));
}
