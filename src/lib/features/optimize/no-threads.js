// Stands in for wasm-bindgen-rayon's worker helper inside fsrs-browser (vite.config.ts aliases it):
// the app never starts the thread pool (see fsrs-wasm.ts), so nothing here is ever called. The
// original would build a second worker and listen for messages at import.
export function startWorkers() {
	throw new Error('fsrs-browser threads are not used in this app');
}
