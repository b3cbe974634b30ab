// `npm run server`: the sync server. Environment:
//   PORT (8787), HOST (127.0.0.1)
//   DATA_DIR        PGlite's data folder (default ./server-data), when DATABASE_URL is not set
//   DATABASE_URL    a real PostgreSQL server (postgres://user:pass@host/db)
//   ALLOWED_ORIGINS comma-separated origins of the app allowed to call the server (CORS)
//   TLS_CERT, TLS_KEY  PEM files: serve HTTPS directly (else run behind an HTTPS proxy)
//   TRUST_PROXY=1   take client addresses from X-Forwarded-For (rate limits behind a proxy)
import { startServer } from './start';

const env = process.env;
const running = await startServer({
	port: Number(env.PORT ?? 8787),
	host: env.HOST ?? '127.0.0.1',
	dataDir: env.DATA_DIR,
	databaseUrl: env.DATABASE_URL,
	allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean),
	tlsCert: env.TLS_CERT,
	tlsKey: env.TLS_KEY,
	trustProxy: env.TRUST_PROXY === '1'
});
console.log(`sync server on ${running.url} (${running.storage})`);
if (!running.url.startsWith('https:'))
	console.log('plain HTTP: put it behind an HTTPS proxy, or set TLS_CERT and TLS_KEY');
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
