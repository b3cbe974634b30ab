// What installing a new version of a deck does to the installed one, decided by card id:
// new cards are added, changed cards are updated (their progress kept), cards gone from the
// file are retired with their history, and retired cards that come back are revived.
import type { CardFile, DeckFile } from './types';

export type CardContent = Omit<CardFile, 'id'>;

export interface InstalledCard {
	id: string;
	ord: number;
	retired: boolean;
	content: CardContent;
}

export type CardChange = 'new' | 'changed' | 'unchanged' | 'revived';

export interface DeckUpdatePlan {
	cards: { card: CardFile; ord: number; change: CardChange }[];
	retire: string[];
	counts: Record<CardChange | 'retired', number>;
}

export function contentOf(card: CardFile): CardContent {
	const { id: _id, ...content } = card;
	return content;
}

/** Field order does not matter; undefined fields count as absent. */
export function sameContent(a: CardContent, b: CardContent): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

export function planDeckUpdate(installed: InstalledCard[], deck: DeckFile): DeckUpdatePlan {
	const byId = new Map(installed.map((c) => [c.id, c]));
	const counts = { new: 0, changed: 0, unchanged: 0, revived: 0, retired: 0 };
	const cards = deck.cards.map((card, ord) => {
		const old = byId.get(card.id);
		const change: CardChange = !old
			? 'new'
			: old.retired
				? 'revived'
				: sameContent(old.content, contentOf(card)) && old.ord === ord
					? 'unchanged'
					: 'changed';
		counts[change]++;
		return { card, ord, change };
	});
	const inFile = new Set(deck.cards.map((c) => c.id));
	const retire = installed.filter((c) => !c.retired && !inFile.has(c.id)).map((c) => c.id);
	counts.retired = retire.length;
	return { cards, retire, counts };
}
