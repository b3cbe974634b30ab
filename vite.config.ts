import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { dictionaryAssets } from './scripts/lib/dictionary-assets.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(process.env.KARTOTEKA_VERSION ?? pkg.version)
	},
	resolve: {
		alias: [
			{
				// fsrs-browser's thread helper (wasm-bindgen-rayon) builds a second worker and listens for
				// messages at import; the optimizer runs single-threaded (features/optimize/fsrs-wasm.ts).
				find: /^\.\/snippets\/wasm-bindgen-rayon-[^/]+\/src\/workerHelpers\.js$/,
				replacement: fileURLToPath(
					new URL('./src/lib/features/optimize/no-threads.js', import.meta.url)
				)
			}
		]
	},
	build: {
		// A small shipped deck would be inlined into the first page's JS as a data URL: decks stay
		// files of their own (hashed, precached), whatever their size.
		assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
		rolldownOptions: {
			output: {
				// The small modules the first page shares with later pages (settings, day boundary, deck
				// order, the live reads) in one chunk instead of a dozen of 100–700 bytes: each file
				// gzips on its own, so a dozen cost ~1 KB of the first page's 80 KB budget in headers
				// and lost context alone.
				codeSplitting: {
					groups: [
						{
							name: 'shell',
							test: /src[\\/]lib[\\/](?:core[\\/](?:deck[\\/](?:order|plain-text)|schedule[\\/](?:state|day|settings)|util[\\/]random)|db[\\/](?:decks-repo|live-read)|features[\\/](?:settings|deck-list|page-data\.svelte))\.ts$/
						},
						{
							// The small modules the pages that write and read files share (deck, import, the
							// settings' backup: streamed JSON, handing a file over, reading JSON text) in the chunk
							// of the Task they load anyway: each chunk of its own is one more name in the routes'
							// lists in the app's entry, which is first-page JavaScript (issue 14).
							name: 'task',
							test: /src[\\/]lib[\\/](?:features[\\/](?:task\.svelte|exchange[\\/](?:blob-json|deliver-file))|core[\\/]exchange[\\/]json-text)\.ts$/
						}
					]
				}
			}
		}
	},
	plugins: [
		dictionaryAssets(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// 'prompt': a new service worker waits until the student agrees to reload,
			// so an update never interrupts a review.
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				name: 'Картотека — история на карточках',
				short_name: 'Картотека',
				description:
					'Карточки по истории: даты, деятели, должности. Интервальные повторения FSRS, без сети.',
				lang: 'ru',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				theme_color: '#1f3a5f',
				background_color: '#f7f5f0',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				// The shell, its chunks, the shipped decks and their articles (for the reader): everything a
				// student needs offline.
				globPatterns: [
					'client/**/*.{js,css,html,svg,png,webmanifest,json,txt}',
					'prerendered/**/*.html'
				],
				// The generator (its Web Worker, emitted as _app/immutable/workers/generate.worker-<hash>.js,
				// and any dictionaries it may load) is for authoring only: out of the precache, so students
				// never download it. It is cached at run time on first use instead (runtimeCaching below).
				// The optimizer's worker and its WebAssembly (fsrs_browser_bg-<hash>.wasm, 1.7 MB) likewise:
				// loaded when Optimize is pressed, then cached.
				// The Anki package reader's worker (sql.js and the reader, ~30 KB gzipped) and its SQLite
				// wasm likewise: loaded on the first Anki import, then cached (the export's rule below).
				globIgnores: [
					'**/dicts/**',
					'**/workers/generate.worker*',
					'**/workers/optimize.worker*',
					'**/workers/anki.worker*'
				],
				runtimeCaching: [
					{
						// Hashed names: a cached file never changes, so the cache answers first (offline too);
						// files of older builds fall out by count.
						urlPattern: /\/_app\/immutable\/workers\/generate\.worker[^/]*\.js$|\/dicts\//,
						handler: 'CacheFirst',
						options: {
							cacheName: 'kartoteka-generator',
							// The worker and the dictionary's ten files, of two builds at most.
							expiration: { maxEntries: 24, purgeOnQuotaError: true },
							cacheableResponse: { statuses: [200] }
						}
					},
					{
						// The FSRS optimizer (Settings → Scheduling → Optimize): its worker and fsrs-rs in
						// WebAssembly, fetched the first time a student optimizes, then kept for offline use.
						urlPattern:
							/\/_app\/immutable\/(?:workers\/optimize\.worker[^/]*\.js|(?:workers\/)?assets\/fsrs_browser_bg[^/]*\.wasm)$/,
						handler: 'CacheFirst',
						options: {
							cacheName: 'kartoteka-optimizer',
							expiration: { maxEntries: 4, purgeOnQuotaError: true },
							cacheableResponse: { statuses: [200] }
						}
					},
					{
						// SQLite for the Anki export (.apkg) and the Anki import's worker with its own copy of
						// SQLite: fetched the first time a teacher exports or a student imports, then kept, so
						// both work offline afterwards. Not precached: most students never need them.
						urlPattern:
							/\/_app\/immutable\/(?:assets\/[^/]*\.wasm|workers\/anki\.worker[^/]*\.js|workers\/assets\/sql-wasm[^/]*\.wasm)$/,
						handler: 'CacheFirst',
						options: {
							cacheName: 'kartoteka-export',
							expiration: { maxEntries: 8, purgeOnQuotaError: true },
							cacheableResponse: { statuses: [200] }
						}
					}
				],
				navigateFallback: '/',
				cleanupOutdatedCaches: true,
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024
			},
			kit: { trailingSlash: 'never' },
			devOptions: { enabled: false }
		})
	],
	test: {
		// The generator's tests read whole articles: on a busy 2-core machine one may take longer
		// than vitest's 5 s default without anything being wrong.
		testTimeout: 30_000,
		// Day boundaries are tested across DST: fix the zone so results do not depend on the machine.
		env: { TZ: 'Europe/Berlin' },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node',
					// fsrs-browser through Vite, so that its thread helper is replaced as in the app (resolve.alias)
					server: { deps: { inline: ['fsrs-browser'] } }
				}
			},
			{
				// Component tests (*.svelte.test.ts): Svelte's browser build in a DOM (happy-dom),
				// rendered and cleaned up by @testing-library/svelte.
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'dom',
					include: ['src/**/*.svelte.test.ts'],
					environment: 'happy-dom'
				}
			}
		]
	}
});
