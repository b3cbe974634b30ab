// The optimizer, off the main thread: fitting a year of reviews takes seconds. Built by Vite as
// its own file, fetched with its WebAssembly only when the student presses Optimize, and cached by
// the service worker at run time (vite.config.ts), never precached.
import init from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { optimizeReviews } from '$lib/core/schedule/optimizer/optimize';
import { wasmFit } from './fsrs-wasm';
import type { OptimizeReply, OptimizeRequest } from './protocol';

const post = (reply: OptimizeReply) => self.postMessage(reply);

let ready: Promise<unknown> | null = null;

self.onmessage = async (e: MessageEvent<OptimizeRequest>) => {
	const start = performance.now();
	try {
		ready ??= init({ module_or_path: wasmUrl }).catch((err: unknown) => {
			ready = null; // a retry (say, once the network is back) loads again
			throw err;
		});
		await ready;
		const outcome = optimizeReviews(e.data, wasmFit);
		post({ type: 'result', outcome, ms: Math.round(performance.now() - start) });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
