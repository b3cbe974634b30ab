// Text normalisation shared by the typed-answer checks and the quiz: what a student types on a
// phone keyboard differs from the deck's text in case, ё/е, spacing and dashes only.

import { collapseSpaces, foldCase } from '../text/normalize';

/** Lower case, ё → е, dashes unified, runs of spaces collapsed. */
export function normalizeAnswer(text: string): string {
	return collapseSpaces(
		foldCase(text).replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '–')
	);
}

/** The grades a check may suggest: "easy" is the student's own call (we cannot see speed). */
export type SuggestedGrade = 'again' | 'hard' | 'good';

/** How a checked part of an answer came out. */
export type PartState = 'right' | 'wrong' | 'missing';
