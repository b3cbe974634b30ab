// The language packs for the CLIs and tests: Russian with its dictionary read from node_modules,
// English (no dictionary). `nodeLanguageFor(text)` picks the pack by the article's language.
import { detectLanguage } from '../../src/lib/core/generate/detect-language';
import type { Language } from '../../src/lib/core/generate/lang/language';
import { createRussian } from '../../src/lib/core/generate/lang/ru/index';
import { nodeMorphology } from './morphology-node';

let russian: Promise<Language> | null = null;
let english: Promise<Language> | null = null;

export function nodeRussian(): Promise<Language> {
	russian ??= nodeMorphology().then(createRussian);
	return russian;
}

export function nodeEnglish(): Promise<Language> {
	english ??= import('../../src/lib/core/generate/lang/en/index').then((m) => m.createEnglish());
	return english;
}

/** The pack for the article's language: English when it is English, Russian otherwise. */
export function nodeLanguageFor(text: string): Promise<Language> {
	return detectLanguage(text) === 'en' ? nodeEnglish() : nodeRussian();
}
