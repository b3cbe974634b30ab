// Which language an article is written in, before the generator runs: a teacher who pastes an
// English article must hear that the generator reads Russian (and which languages it reads), not
// that "no dates or names were found". Letters are counted by script, and a Latin text is called
// English by its commonest function words; a few thousand letters decide, so only the head of a
// long article is read (linear, and bounded).

/** The languages a language pack exists for (lang/<code>/). */
export const GENERATOR_LANGUAGES = ['ru', 'en'] as const;

export type ArticleLanguage = 'ru' | 'en' | 'other';

const HEAD = 20_000;
const EN_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'was', 'that', 'with', 'by', 'for']);

/** 'ru' or 'en' when the text is written in it, 'other' otherwise; null for too few letters. */
export function detectLanguage(text: string): ArticleLanguage | null {
	const head = text.slice(0, HEAD);
	let letters = 0;
	let cyrillic = 0;
	let latin = 0;
	for (const ch of head) {
		if (!/\p{L}/u.test(ch)) continue;
		letters++;
		if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
		else if (/[a-z]/i.test(ch)) latin++;
	}
	if (letters < 40) return null;
	// Latin names, abbreviations and quotes in a Russian article are a minority of its letters.
	if (cyrillic >= letters * 0.5) return 'ru';
	if (latin < letters * 0.5) return 'other';
	const words = head.toLowerCase().match(/[a-z]+/g) ?? [];
	// In English prose these ten are about a fifth of the words; German or French shares one or two
	// of them ("in", "was") at most.
	const common = words.filter((w) => EN_WORDS.has(w));
	return common.length >= words.length * 0.1 && new Set(common).size >= 3 ? 'en' : 'other';
}
