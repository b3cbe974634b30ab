// A Vite plugin that ships the Russian dictionary (Az.js's OpenCorpora files, 11 MB, 6.4 MB
// gzipped) with the client build under _app/immutable/dicts/az-<hash>/, outside the precache: the
// generator's worker fetches it on first use and the service worker keeps it (vite.config.ts,
// runtimeCaching), so students never download it and teachers generate offline afterwards.
// The folder's hash changes when the files do, so an old copy is never served for a new one.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dicts = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');

function dictionary() {
	const files = readdirSync(dicts)
		.filter((f) => f !== 'meta.json')
		.sort();
	const hash = createHash('sha256');
	const data = files.map((f) => {
		const bytes = readFileSync(join(dicts, f));
		hash.update(f).update(bytes);
		return { f, bytes };
	});
	return { base: `/_app/immutable/dicts/az-${hash.digest('hex').slice(0, 10)}/`, data };
}

/** @returns {import('vite').Plugin} */
export function dictionaryAssets() {
	const { base, data } = dictionary();
	return {
		name: 'kartoteka-dictionary-assets',
		config: () => ({ define: { __DICTIONARY_BASE__: JSON.stringify(base) } }),
		// The dev server answers the same URLs from node_modules.
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const file = req.url?.startsWith(base) ? req.url.slice(base.length) : null;
				const hit = file && data.find((d) => d.f === file);
				if (!hit) return next();
				res.setHeader(
					'Content-Type',
					file.endsWith('.json') ? 'application/json' : 'application/octet-stream'
				);
				res.end(hit.bytes);
			});
		},
		generateBundle(options) {
			// Only the browser build carries them (SvelteKit also builds for the server).
			if (this.environment?.name === 'ssr' || options.dir?.includes('server')) return;
			for (const { f, bytes } of data)
				this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${f}`, source: bytes });
		}
	};
}
