// Study progress in exchange files: the whole ts-fsrs card (every field, learning_steps and
// last_review included) and its review log, with dates as ISO strings so the file is plain JSON.
import type { Card, ReviewLog } from 'ts-fsrs';

export interface CardJson {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	last_review?: string;
}

export interface ReviewJson {
	rating: number;
	state: number;
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	review: string;
	/** Time from showing the card to grading it. */
	durationMs: number;
	/** The card before this review, so that undo works on the device it is imported to. */
	prev: CardJson;
}

export interface CardProgress {
	deckId: string;
	cardId: string;
	card: CardJson;
	reviews: ReviewJson[];
}

export function cardToJson(card: Card): CardJson {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review ? { last_review: card.last_review.toISOString() } : {})
	};
}

export function cardFromJson(json: CardJson): Card {
	return {
		due: new Date(json.due),
		stability: json.stability,
		difficulty: json.difficulty,
		elapsed_days: json.elapsed_days,
		scheduled_days: json.scheduled_days,
		learning_steps: json.learning_steps,
		reps: json.reps,
		lapses: json.lapses,
		state: json.state as Card['state'],
		last_review: json.last_review ? new Date(json.last_review) : undefined
	};
}

export function reviewToJson(log: ReviewLog, prev: Card, durationMs: number): ReviewJson {
	return {
		rating: log.rating,
		state: log.state,
		due: log.due.toISOString(),
		stability: log.stability,
		difficulty: log.difficulty,
		elapsed_days: log.elapsed_days,
		last_elapsed_days: log.last_elapsed_days,
		scheduled_days: log.scheduled_days,
		learning_steps: log.learning_steps,
		review: log.review.toISOString(),
		durationMs,
		prev: cardToJson(prev)
	};
}

export function reviewFromJson(json: ReviewJson): {
	log: ReviewLog;
	prev: Card;
	durationMs: number;
} {
	return {
		log: {
			rating: json.rating as ReviewLog['rating'],
			state: json.state as ReviewLog['state'],
			due: new Date(json.due),
			stability: json.stability,
			difficulty: json.difficulty,
			elapsed_days: json.elapsed_days,
			last_elapsed_days: json.last_elapsed_days,
			scheduled_days: json.scheduled_days,
			learning_steps: json.learning_steps,
			review: new Date(json.review)
		},
		prev: cardFromJson(json.prev),
		durationMs: json.durationMs
	};
}

/** The imported state replaces the local one only when it saw a later review. */
export function isNewerProgress(imported: Card, local: Card | undefined): boolean {
	if (!local || local.reps === 0) return imported.reps > 0;
	const a = imported.last_review?.getTime() ?? 0;
	const b = local.last_review?.getTime() ?? 0;
	return a > b;
}
