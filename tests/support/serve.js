// A small static server over the production build (`build/`), for the end-to-end tests and Lighthouse.
//
// Why not `vite preview`: it serves `.svelte-kit/output`, and its root cannot be switched while it
// runs. The update test needs exactly that: serve build v1, let its service worker take control,
// then serve build v2 from the same origin. This server serves a directory that can be swapped
// (`setRoot`), answers like a static host would (`/study` → `study.html`, unknown routes → the
// prerendered shell, gzip, immutable caching for hashed assets, `no-cache` for the rest and for
// `sw.js`), and has no dependencies.
//
// CLI: node tests/support/serve.js [--root build] [--port 4173] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm'
});
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/;

/**
 * @param {string} root
 * @param {string} urlPath
 * @returns {string | null} the file to answer with
 */
function pick(root, urlPath) {
	const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
	const base = resolve(root, rel);
	if (base !== resolve(root) && !base.startsWith(resolve(root) + sep)) return null;
	/** @param {string} p */
	const isFile = (p) => existsSync(p) && statSync(p).isFile();
	if (isFile(base)) return base;
	if (isFile(base + '.html')) return base + '.html';
	if (isFile(join(base, 'index.html'))) return join(base, 'index.html');
	// A client-side route that was not prerendered: answer with the app shell, as a SPA host does.
	if (!extname(rel)) {
		for (const shell of ['index.html', '200.html']) {
			if (isFile(join(root, shell))) return join(root, shell);
		}
	}
	return null;
}

/**
 * Starts the server.
 * @param {{ root?: string, port?: number, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, port: number, setRoot: (dir: string) => void, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
	let root = resolve(options.root ?? 'build');
	const host = options.host ?? '127.0.0.1';
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`${root}/index.html not found: run \`npm run build\` first.`);
	}
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405).end();
			return;
		}
		const file = pick(root, url.pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body = readFileSync(file);
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': type,
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding'
		};
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, host, () => ok(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : Number(options.port);
	return {
		url: `http://${host}:${port}`,
		port,
		setRoot(dir) {
			root = resolve(dir);
		},
		close() {
			server.closeAllConnections();
			return new Promise((ok) => server.close(() => ok()));
		}
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	/** @param {string} name @param {string} fallback */
	const arg = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
	};
	const server = await startServer({
		root: arg('root', 'build'),
		port: Number(arg('port', process.env.PORT ?? '4173')),
		host: arg('host', '127.0.0.1')
	});
	console.log(`Serving ${resolve(arg('root', 'build'))} at ${server.url}`);
}
