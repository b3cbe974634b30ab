// The generator's view of a morphological dictionary, the same for every language: a word's
// possible analyses (part of speech, case, gender, number, lemma, name and place flags) and
// inflection of one analysis into another case, number or gender. A language pack implements it
// over its dictionary (lang/ru/az-morphology.ts over Az.js and OpenCorpora); the core never
// loads a dictionary itself, the CLI and the worker hand a loaded one in.

export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type Gender = 'masc' | 'femn' | 'neut';
export type GrammaticalNumber = 'sing' | 'plur';

export const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

export interface Analysis {
	/** Part of speech in OpenCorpora's names: NOUN, ADJF, ADJS, PRTF, PRTS, VERB, INFN, … ('' if none). */
	pos: string;
	/** The dictionary form, lowercase. */
	lemma: string;
	case?: Case;
	gender?: Gender;
	number?: GrammaticalNumber;
	/** Other grammemes: Name, Surn, Patr, Geox, Orgn, Abbr, Fixd, anim, past, pssv, ms-f … */
	tags: ReadonlySet<string>;
	/** From the dictionary itself (true) or guessed from the word's ending (false). */
	known: boolean;
	/** The dictionary's own likelihood of this analysis among the word's analyses (0–1). */
	score: number;
}

export interface Inflection {
	/** Another part of speech of the same word: 'PRTS' for "подписанный" → "подписан". */
	pos?: string;
	case?: Case;
	number?: GrammaticalNumber;
	gender?: Gender;
}

export interface Morphology {
	/** Every analysis of a word form (any capitalisation), most likely first. */
	analyse(word: string): readonly Analysis[];
	/** The form of `analysis` in another case/number/gender, lowercase; null if it has none. */
	inflect(analysis: Analysis, to: Inflection): string | null;
}
