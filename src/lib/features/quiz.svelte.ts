// The multiple-choice test over one or more decks: not scheduled (nothing is written), like an
// exam paper. Questions come from the decks' cards, distractors from every deck of their
// articles. Answers are checked only at the end: a score and the mistakes to review.
import {
	askable,
	buildQuiz,
	scoreQuiz,
	type Question,
	type QuizResult,
	type TestCard
} from '$lib/core/quiz/questions';
import { activeCards, decksWithArticles } from '$lib/db/cards-repo';
import type { CardRow, DeckRow, KartotekaDB } from '$lib/db';

export type QuizPhase = 'loading' | 'setup' | 'question' | 'done';

const toQuizCard = (c: CardRow): TestCard => ({
	key: c.key,
	front: c.front,
	back: c.back,
	context: c.context,
	fact: c.fact,
	noteId: c.noteId,
	deckId: c.deckId
});

/** A study link for the decks of some cards (a test's mistakes). */
export function studyHref(keys: string[], cards: { key: string; deckId: string }[]): string {
	const decks = [...new Set(keys.map((k) => cards.find((c) => c.key === k)?.deckId))].filter(
		(d): d is string => !!d
	);
	return '/study?' + decks.map((d) => `deck=${encodeURIComponent(d)}`).join('&');
}

/** A test over some decks, its cards read once when the page opens (see page-data's snapshot). */
export async function openQuiz(db: KartotekaDB, deckIds: string[]): Promise<Quiz> {
	const quiz = new Quiz();
	await quiz.load(db, deckIds);
	return quiz;
}

export class Quiz {
	#cards: CardRow[] = [];
	#pool: TestCard[] = [];
	#decks = $state.raw<DeckRow[]>([]);
	#available = $state(0);
	#phase = $state<QuizPhase>('loading');
	#questions = $state.raw<Question[]>([]);
	#chosen = $state<(number | null)[]>([]);
	#index = $state(0);
	#result = $state.raw<QuizResult | null>(null);

	get phase(): QuizPhase {
		return this.#phase;
	}
	get decks(): DeckRow[] {
		return this.#decks;
	}
	/** How many questions the decks can make. */
	get available(): number {
		return this.#available;
	}
	get questions(): Question[] {
		return this.#questions;
	}
	get index(): number {
		return this.#index;
	}
	get question(): Question | null {
		return this.#questions[this.#index] ?? null;
	}
	get chosen(): number | null {
		return this.#chosen[this.#index] ?? null;
	}
	get result(): QuizResult | null {
		return this.#result;
	}
	get isLast(): boolean {
		return this.#index === this.#questions.length - 1;
	}
	/** The study page for the decks of the cards answered wrongly. */
	get studyMistakesHref(): string {
		return studyHref(this.#result?.wrong.map((w) => w.question.key) ?? [], this.#cards);
	}

	async load(db: KartotekaDB, deckIds: string[]): Promise<void> {
		const { decks, article } = await decksWithArticles(db, deckIds);
		const ids = decks.map((d) => d.id);
		this.#cards = await activeCards(db, ids);
		this.#pool = (
			await activeCards(
				db,
				article.map((d) => d.id)
			)
		).map(toQuizCard);
		this.#decks = decks;
		// A card makes a question when its article has enough to set beside it.
		this.#available = askable(this.#cards.map(toQuizCard), this.#pool);
		this.#phase = 'setup';
	}

	/** Starts a test of `count` questions (all when null); `keys` limits it to some cards. */
	start(count: number | null, seed: number, keys?: string[]): void {
		const only = keys ? new Set(keys) : null;
		const cards = this.#cards.filter((c) => !only || only.has(c.key)).map(toQuizCard);
		this.#questions = buildQuiz(cards, this.#pool, { count: count ?? undefined, seed });
		this.#chosen = this.#questions.map(() => null);
		this.#index = 0;
		this.#result = null;
		this.#phase = this.#questions.length ? 'question' : 'setup';
	}

	choose(option: number): void {
		const q = this.question;
		if (this.#phase !== 'question' || !q || option < 0 || option >= q.options.length) return;
		this.#chosen[this.#index] = option;
	}

	/** The next question, or the score after the last one. */
	next(): void {
		if (this.#phase !== 'question') return;
		if (this.isLast) {
			this.#result = scoreQuiz(this.#questions, [...this.#chosen]);
			this.#phase = 'done';
		} else this.#index++;
	}

	/** A new test over the mistakes only. */
	retryMistakes(seed: number): void {
		const keys = this.#result?.wrong.map((w) => w.question.key) ?? [];
		if (keys.length) this.start(null, seed, keys);
	}

	/** Back to choosing the number of questions. */
	reset(): void {
		this.#phase = 'setup';
		this.#result = null;
	}
}
