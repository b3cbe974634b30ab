// The order decks are listed in everywhere (home screen, reader, statistics): an article's dates
// first, then its actors, positions and the rest, each kind by title.
import type { DeckKind } from './types';

const KIND_ORDER: Record<DeckKind, number> = { dates: 0, actors: 1, positions: 2, custom: 3 };

export function byKindThenTitle(
	a: { kind: DeckKind; title: string },
	b: { kind: DeckKind; title: string }
): number {
	return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title);
}
