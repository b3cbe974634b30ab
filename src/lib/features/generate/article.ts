// The pure parts of generating decks in the browser: checking the article before it goes to the
// worker, reading a .txt file, the default title and the ids of the decks to save.
import type { CardFile, DeckFile, DeckKind } from '$lib/core/deck/types';
import { transliterate } from '$lib/core/text/normalize';
import { utf8Length } from '$lib/core/text/utf8';
import { detectLanguage, GENERATOR_LANGUAGES } from '$lib/core/generate/detect-language';

/** Largest article accepted, in UTF-8 bytes: beyond it the generator would run for many minutes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** 'english', 'other-language': written in a language the generator does not read (yet). */
export type ArticleProblem = 'empty' | 'too-large' | 'english' | 'other-language';

/** What keeps the text from going to the generator, or null when it may run. */
export function checkArticle(text: string): ArticleProblem | null {
	if (!text.trim()) return 'empty';
	if (text.length > MAX_ARTICLE_BYTES || utf8Length(text) > MAX_ARTICLE_BYTES) return 'too-large';
	const lang = detectLanguage(text);
	if (lang && !(GENERATOR_LANGUAGES as readonly string[]).includes(lang))
		return lang === 'en' ? 'english' : 'other-language';
	return null;
}

/**
 * The default title: the article's first paragraph when it is short (a title may wrap onto a
 * second line), else its first line, cut at a word near `max` characters. A title in capitals
 * is put in sentence case, as the generator does.
 */
export function firstLine(text: string, max = 200): string {
	// Only the head is looked at: the text may be a 2 MB article.
	const head = text.slice(0, 2000);
	const para = (/\S[\s\S]*?(?=\r?\n[ \t]*\r?\n|$)/.exec(head)?.[0] ?? '').replace(/\s+/g, ' ');
	const line = (/\S[^\r\n]*/.exec(head)?.[0] ?? '').replace(/\s+/g, ' ').trim();
	let title = para.length <= max ? para.trim() : line;
	if (title.length > max) {
		const cut = title.lastIndexOf(' ', max);
		title = title.slice(0, cut > max / 2 ? cut : max).trim() + '…';
	}
	const letters = title.replace(/[^\p{L}]/gu, '');
	const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
	if (letters.length > 3 && upper > letters.length * 0.7)
		title = title
			.replace(/\p{Lu}{2,}[\p{L}-]*/gu, (w) => w.toLowerCase())
			.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
	return title;
}

/**
 * Longest text an opened file puts into the text box: laying out a megabyte of text in a
 * <textarea> freezes the page for seconds, so a longer file is only named until asked for.
 */
export const SHOW_TEXT_LIMIT = 256 * 1024;

/** A deck-id slug from a title: Cyrillic transliterated, lower case, words joined by "-". */
export function slugify(title: string, max = 60): string {
	const latin = transliterate(
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
	);
	const words = latin.split(/[^a-z0-9]+/).filter(Boolean);
	let slug = '';
	for (const w of words) {
		const next = slug ? `${slug}-${w}` : w;
		if (next.length > max) break;
		slug = next;
	}
	return slug || (words[0]?.slice(0, max) ?? '') || 'article';
}

/**
 * Ids for the decks of one article: "<slug>.<kind>", or "<slug>-2.<kind>", "-3" … so that none
 * of them is taken by another deck. The same suffix for all kinds keeps an article's decks
 * together. `replace` lists the existing ids the teacher agreed to overwrite.
 */
export function deckIds(
	slug: string,
	kinds: DeckKind[],
	taken: ReadonlySet<string>,
	replace: ReadonlySet<string> = new Set()
): Record<DeckKind, string> {
	for (let n = 1; ; n++) {
		const base = n === 1 ? slug : `${slug}-${n}`;
		const ids = kinds.map((k) => `${base}.${k}`);
		if (ids.every((id) => !taken.has(id) || replace.has(id)))
			return Object.fromEntries(kinds.map((k, i) => [k, ids[i]])) as Record<DeckKind, string>;
	}
}

// Deck titles are deck content: in the article's language whatever the interface language (the
// same words as the language packs' titles, lang/<code>/index.ts).
const KIND_LABEL: Record<string, Record<DeckKind, string>> = {
	ru: { dates: 'Даты', actors: 'Деятели', positions: 'Должности и позиции', custom: 'Карточки' },
	en: { dates: 'Dates', actors: 'People', positions: 'Offices and positions', custom: 'Cards' }
};

/** Where a saved deck's article is kept: its file name (unique on the device) and its hash. */
export interface ArticleSource {
	file: string;
	sha256: string;
}

/**
 * The deck to save: the generated deck under its new id and the teacher's title, reviewed cards
 * only, its article named. Card ids start with the deck's id ("<deck>:<hash>"): they follow the
 * saved id, so a deck saved as "slug-2.dates" does not keep cards named "slug.dates:…".
 */
export function userDeck(
	generated: DeckFile,
	cards: CardFile[],
	id: string,
	title: string,
	source?: ArticleSource
): DeckFile {
	const article = title.replace(/\s+/g, ' ').trim();
	const prefix = `${generated.id}:`;
	return {
		format: generated.format,
		version: generated.version,
		id,
		title: `${(KIND_LABEL[generated.lang] ?? KIND_LABEL.ru)[generated.kind]}: ${article}`,
		...(generated.description ? { description: generated.description } : {}),
		lang: generated.lang,
		kind: generated.kind,
		source: { title: article, ...source },
		...(generated.generator ? { generator: { ...generated.generator } } : {}),
		cards: cards.map((c) => ({
			...c,
			id: c.id.startsWith(prefix) ? `${id}:${c.id.slice(prefix.length)}` : c.id
		}))
	};
}
