// Public entry of the deck generator: article text in, three decks out (dates, actors,
// positions). Pure: no DOM, no Node APIs, no clock; the language pack comes in with its
// dictionary loaded (the CLI reads it from node_modules, the worker fetches and caches it).

export { generateDecks, NoFactsError, articleTitle } from './pipeline';
export type { GenerateInput, GeneratedDecks, GenerateStage } from './pipeline';
export { GENERATOR } from './decks';
export { cleanText } from './clean';
export type { Language } from './lang/language';
