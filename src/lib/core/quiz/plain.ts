// Wrong options for cards without a structured fact (the teacher's own cards, imported decks,
// cloze gaps): other cards' answers, those that look most like the right one first (a date for a
// date, a name for a name, a number for a number, a phrase of about the same length). Never the
// right answer again, nothing the question itself shows, nothing from the same note (the reverse
// card's answer is this card's question), no duplicates (compared as normalised text).
import { normalizeAnswer } from '../answer/text';
import { seededRandom, shuffled } from '../util/random';

export interface PlainCard {
	key: string;
	front: string;
	back: string;
	/** The note the card was made from: its other cards are never options. */
	noteId?: string;
	deckId?: string;
}

/** The fewest wrong options a question from a plain card is asked with. */
export const PLAIN_MIN_WRONG = 2;

type Shape = 'date' | 'year' | 'number' | 'name' | 'word' | 'phrase' | 'sentence';

const MONTH =
	/(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|april|may|june|july|august|september|october|november|december)/i;

/** What kind of answer a text is, to set like beside like. */
export function shapeOf(text: string): Shape {
	const t = text.trim();
	if (/^\d{1,4}(?:\s*(?:г\.?|гг\.?|год[а-я]*))?$/i.test(t))
		return /^\d{3,4}/.test(t) ? 'year' : 'number';
	if (/\d/.test(t) && (MONTH.test(t) || /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(t))) return 'date';
	if (/^[\d\s.,%±+−–-]+$/.test(t)) return 'number';
	const words = t.split(/\s+/).filter(Boolean);
	// Capitalised words, initials allowed: "В. Л. Копп", "Рапалло", "Georgy Chicherin".
	if (words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))) return 'name';
	if (words.length === 1) return 'word';
	return words.length <= 6 ? 'phrase' : 'sentence';
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Up to `count` wrong options for a card from the answers of `pool` (the card itself may be in it),
 * best first, then shuffled. Reproducible: the same card, pool and seed give the same options.
 */
export function plainDistractors(
	card: PlainCard,
	pool: readonly PlainCard[],
	seed: number,
	count = 3
): string[] {
	const random = seededRandom(seed);
	const right = normalizeAnswer(card.back);
	const question = normalizeAnswer(card.front);
	const shape = shapeOf(card.back);
	const length = words(card.back);
	const scored: { text: string; norm: string; score: number }[] = [];
	for (const c of pool) {
		if (c.key === card.key || (card.noteId && c.noteId === card.noteId)) continue;
		const norm = normalizeAnswer(c.back);
		// The right answer, or one the question shows, would give nothing to choose.
		if (!norm || norm === right || question.includes(norm) || norm === question) continue;
		let score = shapeOf(c.back) === shape ? 100 : 0;
		score -= 5 * Math.abs(Math.log((words(c.back) + 1) / (length + 1)));
		if (c.deckId !== undefined && c.deckId === card.deckId) score += 3;
		scored.push({ text: c.back, norm, score: score + 4 * random() });
	}
	scored.sort((a, b) => b.score - a.score);
	const seen = new Set<string>();
	const out: string[] = [];
	for (const s of scored) {
		if (seen.has(s.norm)) continue;
		seen.add(s.norm);
		out.push(s.text);
		if (out.length === count) break;
	}
	return shuffled(out, random);
}
