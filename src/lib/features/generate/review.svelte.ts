// The teacher's review of one proposed deck: core cards start accepted, details pending; each can
// be accepted, rejected or edited (an edit accepts it). Only accepted cards are saved. Each card is
// checked with the deck file's own rules (core/deck/validate.ts: checkCard), so the review says
// next to a card what the save would refuse (issue 12, item 7).
import type { CardFile, DeckFile } from '$lib/core/deck/types';
import { checkCard, type CardProblem } from '$lib/core/deck/field-check';

export type Verdict = 'pending' | 'accepted' | 'rejected';

export interface Proposal {
	card: CardFile;
	verdict: Verdict;
	/** True once the teacher changed the front or the back. */
	edited: boolean;
	/** Why the card as it stands could not be saved, or null. */
	problem: CardProblem | null;
}

/** The teacher's edit of a card: both sides, and the source sentence when the card has one. */
export interface CardEdit {
	front: string;
	back: string;
	context?: string;
}

export interface ReviewCounts {
	total: number;
	accepted: number;
	rejected: number;
	pending: number;
}

export class DeckReview {
	readonly deck: DeckFile;
	// Raw: the proposals are replaced, never mutated, and go to IndexedDB as plain objects.
	#items = $state.raw<Proposal[]>([]);
	#counts = $derived.by(() => countVerdicts(this.#items));

	constructor(deck: DeckFile) {
		this.deck = deck;
		// The generator marks what is worth learning first: the core is proposed accepted, details
		// wait for the teacher to tick them.
		this.#items = deck.cards.map((card) => ({
			card,
			verdict: card.tags?.includes('core') ? 'accepted' : 'pending',
			edited: false,
			problem: checkCard(card)
		}));
	}

	get kind() {
		return this.deck.kind;
	}
	get items(): Proposal[] {
		return this.#items;
	}
	get counts(): ReviewCounts {
		return this.#counts;
	}

	accept(id: string): void {
		this.#set(id, (p) => ({ ...p, verdict: 'accepted' }));
	}

	reject(id: string): void {
		this.#set(id, (p) => ({ ...p, verdict: 'rejected' }));
	}

	/** What would be wrong with the card after `edit`, or null: the form says it as it is typed. */
	check(id: string, edit: CardEdit): CardProblem | null {
		const p = this.#items.find((x) => x.card.id === id);
		return p ? checkCard(edited(p.card, edit)) : null;
	}

	/**
	 * New sides (and context), trimmed; the edited card counts as accepted. Refused, with the
	 * reason, when the card would break a rule of the deck file (an empty side, markup, length).
	 */
	edit(id: string, edit: CardEdit): CardProblem | null {
		const p = this.#items.find((x) => x.card.id === id);
		if (!p) return null;
		const card = edited(p.card, edit);
		const problem = checkCard(card);
		if (problem) return problem;
		const changed =
			card.front !== p.card.front || card.back !== p.card.back || card.context !== p.card.context;
		this.#set(id, (x) => ({
			card,
			verdict: 'accepted',
			edited: x.edited || changed,
			problem: null
		}));
		return null;
	}

	/** Positions (from 1) of the accepted cards that the save would refuse. */
	invalidAccepted(): number[] {
		const out: number[] = [];
		this.#items.forEach((p, i) => {
			if (p.verdict === 'accepted' && p.problem) out.push(i + 1);
		});
		return out;
	}

	acceptAll(): void {
		this.#items = this.#items.map((p) =>
			p.verdict === 'accepted' ? p : { ...p, verdict: 'accepted' }
		);
	}

	rejectAll(): void {
		this.#items = this.#items.map((p) =>
			p.verdict === 'rejected' ? p : { ...p, verdict: 'rejected' }
		);
	}

	/** The accepted cards, edits included, in the generator's order. */
	accepted(): CardFile[] {
		return this.#items.filter((p) => p.verdict === 'accepted').map((p) => p.card);
	}

	#set(id: string, change: (p: Proposal) => Proposal): void {
		this.#items = this.#items.map((p) => (p.card.id === id ? change(p) : p));
	}
}

/**
 * The card after the teacher's edit. A fact read from an article with markup in it (`<tag>`)
 * cannot be edited in the form: it is dropped once the sides are the teacher's, and the card is
 * saved as a plain one (no typed-answer check) rather than not at all.
 */
function edited(card: CardFile, edit: CardEdit): CardFile {
	const out = { ...card, front: edit.front.trim(), back: edit.back.trim() };
	if (edit.context !== undefined) {
		const context = edit.context.trim();
		if (context) out.context = context;
		else delete out.context;
	}
	if (out.fact && checkCard({ id: 'x', front: 'x', back: 'x', fact: out.fact })) delete out.fact;
	return out;
}

export function countVerdicts(items: readonly Proposal[]): ReviewCounts {
	const c = { total: items.length, accepted: 0, rejected: 0, pending: 0 };
	for (const p of items) c[p.verdict]++;
	return c;
}
