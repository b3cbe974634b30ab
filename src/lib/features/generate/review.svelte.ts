// The teacher's review of one proposed deck: core cards start accepted, details pending; each can
// be accepted, rejected or edited (an edit accepts it). Only accepted cards are saved.
import type { CardFile, DeckFile } from '$lib/core/deck/types';

export type Verdict = 'pending' | 'accepted' | 'rejected';

export interface Proposal {
	card: CardFile;
	verdict: Verdict;
	/** True once the teacher changed the front or the back. */
	edited: boolean;
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
			edited: false
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

	/** New front and back (trimmed, both required); the edited card counts as accepted. */
	edit(id: string, front: string, back: string): boolean {
		const f = front.trim();
		const b = back.trim();
		if (!f || !b) return false;
		this.#set(id, (p) => ({
			card: { ...p.card, front: f, back: b },
			verdict: 'accepted',
			edited: p.edited || f !== p.card.front || b !== p.card.back
		}));
		return true;
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

export function countVerdicts(items: readonly Proposal[]): ReviewCounts {
	const c = { total: items.length, accepted: 0, rejected: 0, pending: 0 };
	for (const p of items) c[p.verdict]++;
	return c;
}
