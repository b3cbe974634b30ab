// CSV/TSV carry a card's front, back, context and tags, but not its source offsets or its
// structured fact, nor (after a trip through Anki) the deck's kind and source. Re-importing such a
// file must not strip them from the installed deck: they are taken over from the installed card
// where they still fit (the fact while the answer is the same, the offsets while the context is).
import type { CardFile, DeckFile } from '$lib/core/deck/types';

export function withInstalledExtras(deck: DeckFile, installed: DeckFile | undefined): DeckFile {
	if (!installed) return deck;
	const old = new Map(installed.cards.map((c) => [c.id, c]));
	const cards = deck.cards.map((c): CardFile => {
		const o = old.get(c.id);
		if (!o) return c;
		return {
			...c,
			...(!c.fact && o.fact && o.back === c.back ? { fact: o.fact } : {}),
			...(!c.source && o.source && o.context === c.context ? { source: o.source } : {})
		};
	});
	const bare = deck.kind === 'custom' && !deck.description && !deck.source;
	return {
		...deck,
		...(bare
			? {
					kind: installed.kind,
					...(installed.description ? { description: installed.description } : {}),
					...(installed.source ? { source: installed.source } : {})
				}
			: {}),
		...(installed.generator && !deck.generator ? { generator: installed.generator } : {}),
		cards
	};
}
