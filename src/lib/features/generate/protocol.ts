// Messages between the authoring page and the generator's worker (types only: no code is shared).
import type { GeneratedDecks, GenerateStage } from '$lib/core/generate';

export interface GenerateRequest {
	text: string;
	/** Base of the deck and card ids (the title's slug). */
	name: string;
}

export type GenerateReply =
	| { type: 'progress'; stage: GenerateStage; done: number; total: number }
	| { type: 'result'; decks: GeneratedDecks; ms: number }
	| { type: 'no-facts' }
	| { type: 'error'; message: string };
