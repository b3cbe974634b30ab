// A multiple-choice test over fact cards: questions drawn at random (seeded), each with the
// right answer among distractors from the same article, options in random order.
import { articleIndex, chooseDistractors, type QuizCard } from './distractors';
import { fnv1a } from '../util/hash';
import { seededRandom, shuffled } from '../util/random';

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
 * Questions from `cards` (the chosen decks' fact cards), distractors from `pool` (every fact card
 * of their articles). A card without even one distractor makes no question.
 */
export function buildQuiz(cards: QuizCard[], pool: QuizCard[], options: QuizOptions): Question[] {
	const index = articleIndex(pool);
	const random = seededRandom(options.seed);
	const out: Question[] = [];
	for (const card of shuffled(cards, random)) {
		if (options.count !== undefined && out.length >= options.count) break;
		const seed = fnv1a(card.key, options.seed);
		const wrong = chooseDistractors(card, index, seed);
		if (!wrong.length) continue;
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
