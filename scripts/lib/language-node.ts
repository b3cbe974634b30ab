// The Russian language pack with its dictionary read from node_modules (for the CLIs and tests).
import type { Language } from '../../src/lib/core/generate/lang/language';
import { createRussian } from '../../src/lib/core/generate/lang/ru/index';
import { nodeMorphology } from './morphology-node';

let russian: Promise<Language> | null = null;

export function nodeRussian(): Promise<Language> {
	russian ??= nodeMorphology().then(createRussian);
	return russian;
}
