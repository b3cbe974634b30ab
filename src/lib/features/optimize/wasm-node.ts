// fsrs-browser in Node (unit tests): the same WebAssembly, read from the package and compiled
// synchronously (initSync) instead of fetched. For tests only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initSync } from 'fsrs-browser';

let done = false;

export function initFsrsWasmForNode(): void {
	if (done) return;
	const require = createRequire(import.meta.url);
	const file = require.resolve('fsrs-browser/fsrs_browser_bg.wasm');
	initSync({ module: readFileSync(file) });
	done = true;
}
