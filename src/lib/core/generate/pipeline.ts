// The generator's pipeline, and only its order: clean → sentences → tokens → mentions (dates,
// persons) → facts with their questions → selection → decks. Everything that knows a language is
// behind `Language` (lang/language.ts); everything here is the same for every language.

import type { DeckFile } from '../deck/types';
import { cleanText } from './clean';
import { assemble } from './decks';
import { tokenize, type Doc } from './doc';
import type { Language } from './lang/language';
import { select } from './select';
import type { Sentence } from './sentences';

/** The stages reported through onProgress, in order ('dictionary': the worker loading it). */
export type GenerateStage = 'dictionary' | 'cleaning' | 'sentences' | 'persons' | 'facts' | 'cards';

export interface GenerateInput {
	/** The raw article text, exactly as in the source file. */
	text: string;
	/** Base name of the article, used in deck ids: "<name>.dates". */
	name: string;
	/** The language pack, with its dictionary loaded (see lang/ru/index.ts). */
	language: Language;
	/** Path of the source file, as recorded in the decks. */
	file?: string;
	/** SHA-256 of the source file (hex), computed by the caller. */
	sha256?: string;
	/** Optional progress report (the browser's worker shows it): stage, steps done, steps in it. */
	onProgress?: (stage: GenerateStage, done: number, total: number) => void;
}

export interface GeneratedDecks {
	dates: DeckFile;
	actors: DeckFile;
	positions: DeckFile;
	/** The article title as found in its first lines. */
	title: string;
}

export class NoFactsError extends Error {
	constructor() {
		super('no dates, persons or positions could be extracted from the article');
		this.name = 'NoFactsError';
	}
}

/** The title: the first paragraph when it is short; all-capitals titles are put in sentence case. */
export function articleTitle(sentences: Sentence[]): { title: string; paragraph: number } | null {
	const first = sentences[0];
	if (!first) return null;
	const text = sentences
		.filter((s) => s.paragraph === first.paragraph)
		.map((s) => s.text)
		.join(' ');
	// A title may ask ("…: капитуляция или компромисс?") or end on a year ("… 1807 г."); a first
	// paragraph that ends a sentence otherwise is the text itself.
	const end = text.replace(/\s*\([^)]*\)$/, '');
	if (text.length > 200 || /(?<![\s\d](?:г|гг|в|вв))[.!]$/u.test(end)) return null;
	const letters = text.replace(/[^\p{L}]/gu, '');
	const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
	const title =
		upper > letters.length * 0.7
			? text
					.replace(/\p{Lu}{2,}[\p{L}-]*/gu, (w) => w.toLowerCase())
					.replace(/^./u, (c) => c.toUpperCase())
			: text;
	return { title: title.replace(/\s+/g, ' ').trim(), paragraph: first.paragraph };
}

export function generateDecks(input: GenerateInput): GeneratedDecks {
	const progress = input.onProgress ?? (() => {});
	const lang = input.language;
	progress('cleaning', 0, 1);
	const cleaned = cleanText(input.text);
	const clean = lang.recase ? { ...cleaned, text: lang.recase(cleaned.text) } : cleaned;
	progress('sentences', 0, 1);
	const sentences = lang.sentences(clean.text);
	const doc: Doc = tokenize(clean, sentences, input.text);
	const head = articleTitle(sentences);
	const title = head?.title ?? input.name;
	progress('persons', 0, 1);
	const mentions = lang.mentions(doc, (d, t) => progress('persons', d, t));
	const facts = lang
		.facts(doc, mentions, (d, t) => progress('facts', d, t))
		.filter((f) => !head || sentences[f.sentence].paragraph !== head.paragraph)
		// "1. Почему в 1711 г. Пётр I учредил Сенат?": a question the text asks (a textbook's review
		// questions, a rhetorical one) states no fact.
		.filter((f) => !/\?["»”)]*$/u.test(sentences[f.sentence].text));
	progress('cards', 0, 1);
	const selected = select(facts);
	if (!selected.length) throw new NoFactsError();
	const decks = assemble(doc, selected, {
		name: input.name,
		lang: lang.code,
		title,
		file: input.file,
		sha256: input.sha256,
		titles: lang.titles(title)
	});
	progress('cards', 1, 1);
	return { ...decks, title };
}
