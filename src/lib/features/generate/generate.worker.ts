// The generator, off the main thread: the authoring page stays responsive while a long article is
// read, and cancelling is terminating this worker. Built by Vite as its own file, fetched on first
// use and cached by the service worker at run time (vite.config.ts), never precached.
import { generateDecks, NoFactsError } from '$lib/core/generate';
import type { GenerateReply, GenerateRequest } from './protocol';

const post = (reply: GenerateReply) => self.postMessage(reply);

/** Progress is posted at most this often: one message per sentence would flood the page. */
const PROGRESS_MS = 50;

self.onmessage = (e: MessageEvent<GenerateRequest>) => {
	const { text, name } = e.data;
	const start = performance.now();
	let last = -Infinity;
	let lastStage = '';
	try {
		const decks = generateDecks({
			text,
			name,
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
