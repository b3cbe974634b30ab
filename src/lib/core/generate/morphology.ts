// The generator's view of a morphological dictionary. The core never loads one: Node scripts
// inject an adapter over Az.js (scripts/morphology-az.ts); without it, the rules of this module
// and of names.ts/posts.ts do the work on their own.

import type { Case } from './posts';

export interface Morphology {
	/** The nominative masculine singular of an adjective in `c`, or null if it is not one. */
	adjectiveNominative?(word: string, c: Case): string | null;
	/** Whether `word` (lowercase) is a known common word of the language. */
	isWord?(word: string): boolean;
}
