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
		paths: { relative: false }
	}
};

export default config;
