// A multiple-choice test: questions drawn at random (seeded), each with the right answer among
// distractors, options in random order. A fact card's distractors come from the same article's
// facts (distractors.ts); any other card's from the other cards' answers (plain.ts).
import type { Fact } from '../deck/types';
import { articleIndex, chooseDistractors, type QuizCard } from './distractors';
import { normalizeAnswer } from '../answer/text';
import { PLAIN_MIN_WRONG, plainDistractors, type PlainCard } from './plain';
import { fnv1a } from '../util/hash';
import { seededRandom, shuffled } from '../util/random';

/** A card a test may ask: with a structured fact or without. */
export interface TestCard extends PlainCard {
	context?: string;
	fact?: Fact;
}

const hasFact = (c: TestCard): c is QuizCard => c.fact !== undefined;

/**
 * How many of `cards` can make a question with `pool` beside them (an estimate that holds unless
 * many answers are the same): a fact card when the article has another fact, any other card when
 * the pool has enough other answers.
 */
export function askable(cards: readonly TestCard[], pool: readonly TestCard[]): number {
	const facts = pool.filter(hasFact).length;
	const answers = new Set(pool.map((c) => normalizeAnswer(c.back))).size;
	return cards.filter((c) => (c.fact ? facts > 1 : answers > PLAIN_MIN_WRONG)).length;
}

export interface Question {
	/** The card's key: wrong answers lead back to the card. */
	key: string;
	prompt: string;
	options: string[];
	/** Index of the right option. */
	answer: number;
	/** The source sentence, shown with the right answer in the review. */
	context?: string;
}

export interface QuizOptions {
	/** How many questions; all eligible cards when larger (or omitted). */
	count?: number;
	seed: number;
}

/**
 * Questions from `cards` (the chosen decks' cards), distractors from `pool` (every card of their
 * articles). A fact card without even one distractor makes no question, another card without two.
 */
export function buildQuiz(cards: TestCard[], pool: TestCard[], options: QuizOptions): Question[] {
	const index = articleIndex(pool.filter(hasFact));
	const random = seededRandom(options.seed);
	const out: Question[] = [];
	for (const card of shuffled(cards, random)) {
		if (options.count !== undefined && out.length >= options.count) break;
		const seed = fnv1a(card.key, options.seed);
		const wrong = hasFact(card)
			? chooseDistractors(card, index, seed)
			: plainDistractors(card, pool, seed);
		if (wrong.length < (hasFact(card) ? 1 : PLAIN_MIN_WRONG)) continue;
		const all = shuffled([card.back, ...wrong], seededRandom(seed ^ 0x9e3779b9));
		out.push({
			key: card.key,
			prompt: card.front,
			options: all,
			answer: all.indexOf(card.back),
			context: card.context
		});
	}
	return out;
}

export interface QuizResult {
	right: number;
	total: number;
	/** The questions answered wrongly (or skipped), in test order, with the chosen option. */
	wrong: { question: Question; chosen: number | null }[];
}

export function scoreQuiz(questions: Question[], chosen: (number | null)[]): QuizResult {
	const wrong = questions
		.map((question, i) => ({ question, chosen: chosen[i] ?? null }))
		.filter((x) => x.chosen !== x.question.answer);
	return { right: questions.length - wrong.length, total: questions.length, wrong };
}
