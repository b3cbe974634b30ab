// Deck assembly: the selected cards into the three deck files of the format (core/deck/types),
// with stable ids (a hash of the fact, ids.ts), the tags core/detail, the source sentence as the
// card's context and its offsets in the raw article.

import {
	DECK_FORMAT,
	DECK_VERSION,
	type CardFile,
	type DeckFile,
	type DeckKind
} from '../deck/types';
import { toRaw, type CleanText } from './clean';
import type { Doc } from './doc';
import type { DeckName } from './facts';
import { cardId } from './ids';
import type { DeckTitles } from './lang/language';
import type { Selected } from './select';

export const GENERATOR = { name: 'kartoteka-generator', version: '2' } as const;

export interface DeckMeta {
	name: string;
	lang: string;
	title: string;
	file?: string;
	sha256?: string;
	titles: DeckTitles;
}

function card(
	doc: Doc,
	clean: CleanText,
	s: Selected,
	deckId: string,
	taken: Set<string>
): CardFile {
	const sentence = doc.sentences[s.fact.sentence];
	return {
		id: cardId(deckId, s.card.fact, taken),
		front: s.card.front,
		back: s.card.back,
		context: sentence.text,
		tags: [s.worth],
		source: toRaw(clean, sentence.start, sentence.end),
		fact: s.card.fact
	};
}

export function assemble(
	doc: Doc,
	selected: Selected[],
	meta: DeckMeta
): Record<DeckName, DeckFile> {
	const deck = (kind: DeckName): DeckFile => {
		const id = `${meta.name}.${kind}`;
		const taken = new Set<string>();
		const cards = selected
			.filter((s) => s.card.deck === kind)
			.sort((a, b) => a.fact.clause[0] - b.fact.clause[0])
			.map((s) => card(doc, doc.clean, s, id, taken));
		return {
			format: DECK_FORMAT,
			version: DECK_VERSION,
			id,
			title: meta.titles[kind].title,
			description: meta.titles[kind].description,
			lang: meta.lang,
			kind: kind as DeckKind,
			source: {
				title: meta.title,
				...(meta.file ? { file: meta.file } : {}),
				...(meta.sha256 ? { sha256: meta.sha256 } : {})
			},
			generator: { ...GENERATOR },
			cards
		};
	};
	return { dates: deck('dates'), actors: deck('actors'), positions: deck('positions') };
}
