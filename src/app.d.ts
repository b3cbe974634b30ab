// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	const __APP_VERSION__: string;
	/** Where the generator's worker fetches the Russian dictionary (scripts/lib/dictionary-assets.js). */
	const __DICTIONARY_BASE__: string;
}

export {};
