// The generator, off the main thread: the authoring page stays responsive while a long article is
// read, and cancelling is terminating this worker. Built by Vite as its own file, fetched on first
// use and cached by the service worker at run time (vite.config.ts), never precached; so is the
// Russian dictionary it loads once per worker (scripts/lib/dictionary-assets.js). The language
// pack follows the article (detectLanguage): the English pack is a chunk of its own, imported only
// for an English article, and needs no dictionary.
import { generateDecks, NoFactsError, type Language } from '$lib/core/generate';
import { detectLanguage } from '$lib/core/generate/detect-language';
import {
	createRussian,
	loadRussianMorphology,
	type DictionaryReader
} from '$lib/core/generate/lang/ru';
import type { GenerateReply, GenerateRequest } from './protocol';

const post = (reply: GenerateReply) => self.postMessage(reply);

/** Progress is posted at most this often: one message per sentence would flood the page. */
const PROGRESS_MS = 50;

const read: DictionaryReader = async (file) => {
	const res = await fetch(`${__DICTIONARY_BASE__}${file}`);
	if (!res.ok) throw new Error(`dictionary file ${file}: HTTP ${res.status}`);
	return file.endsWith('.json') ? res.json() : res.arrayBuffer();
};

let russian: Promise<Language> | null = null;
let english: Promise<Language> | null = null;

/** The pack for the article: English for an English one, else Russian (loaded once each). */
function languageFor(text: string): Promise<Language> {
	if (detectLanguage(text) === 'en') {
		english ??= import('$lib/core/generate/lang/en').then((m) => m.createEnglish());
		return english.catch((err) => {
			english = null;
			throw err;
		});
	}
	russian ??= loadRussianMorphology(read).then(createRussian);
	return russian.catch((err) => {
		russian = null; // a retry (say, once the network is back) loads again
		throw err;
	});
}

self.onmessage = async (e: MessageEvent<GenerateRequest>) => {
	const { text, name } = e.data;
	const start = performance.now();
	let last = -Infinity;
	let lastStage = '';
	try {
		post({ type: 'progress', stage: 'dictionary', done: 0, total: 1 });
		const language = await languageFor(text);
		const decks = generateDecks({
			text,
			name,
			language,
			onProgress: (stage, done, total) => {
				const now = performance.now();
				if (stage === lastStage && now - last < PROGRESS_MS) return;
				last = now;
				lastStage = stage;
				post({ type: 'progress', stage, done, total });
			}
		});
		post({ type: 'result', decks, ms: Math.round(performance.now() - start) });
	} catch (err) {
		if (err instanceof NoFactsError) post({ type: 'no-facts' });
		else post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
