// The FSRS optimizer itself: fsrs-rs (the FSRS project's Rust optimizer) compiled to WebAssembly,
// the fsrs-browser package. Single-threaded: its rayon thread pool (initThreadPool) needs
// SharedArrayBuffer in workers, so cross-origin isolation (COOP/COEP headers) that a static host
// may not give; without the pool fsrs-rs runs on the calling thread (our worker), measured fine
// (README). Its thread helper is replaced by no-threads.js (vite.config.ts) so that no second
// worker is built. The module must be initialised (init/initSync) before fit is called.
import { Fsrs } from 'fsrs-browser';
import type { FitParameters } from '$lib/core/schedule/optimizer/optimize';

/** Fits FSRS-6 parameters to the packed items (short-term, same-day reviews modelled, as Anki). */
export const wasmFit: FitParameters = ({ ratings, deltaTs, lengths }) =>
	// computeParameters consumes its Fsrs object (Rust `self` by value): a new one per fit.
	Array.from(new Fsrs().computeParameters(ratings, deltaTs, lengths, null, true));
