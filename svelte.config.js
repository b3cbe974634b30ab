import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// An offline SPA: every page is the prerendered shell, routing happens on the client.
		adapter: adapter({ fallback: undefined }),
		serviceWorker: { register: false },
		// Small stylesheets go inline: one render-blocking request fewer on a slow phone network.
		inlineStyleThreshold: 4096,
		// Absolute asset URLs: the service worker answers every navigation with the shell of "/"
		// (navigateFallback), so relative ones ("./_app/…") would break on nested routes such as
		// /author/deck loaded directly.
		paths: { relative: false },
		// Content-Security-Policy (issue 9, item 17), sent as a <meta> in every prerendered page: the
		// inline bootstrap script by its hash, every other script from this origin only.
		// - 'wasm-unsafe-eval': sql.js compiles its WebAssembly for the .apkg export; it allows
		//   WebAssembly only, not eval().
		// - worker-src 'self': the generator's and the importer's Web Workers, the service worker.
		// - connect-src 'self': shipped decks, articles, dictionaries and the wasm come from here;
		//   and the sync server the student names (issue 14): any HTTPS origin, or plain HTTP on
		//   this computer only (a server started with `npm run server` for testing).
		// - style-src 'unsafe-inline': Svelte writes style="" attributes (progress bars) and the
		//   shell inlines small stylesheets; styles cannot run code. With it, no style hashes.
		// - data: images: Vite inlines small images as data: URLs.
		// frame-ancestors cannot be set from a <meta>: a host that serves the build sends it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// The hash: app.html's one-line theme script (src/lib/features/theme.ts keeps it).
				'script-src': [
					'self',
					'wasm-unsafe-eval',
					'sha256-GvZefmruuoYZCgKq8PGhSJ624q6lrYRmLz0UQT95A44='
				],
				'worker-src': ['self'],
				'connect-src': ['self', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
