// Opens the database, applies the migrations and listens: what main.ts, the tests, the e2e spec
// and the load test all start the server with.
import { readFileSync } from 'node:fs';
import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHandler, type ServerConfig } from './app';
import { openDatabase, type Sql } from './db';
import { migrate } from './migrate';

export interface StartOptions extends Omit<ServerConfig, 'log'> {
	port?: number;
	host?: string;
	dataDir?: string;
	databaseUrl?: string;
	tlsCert?: string;
	tlsKey?: string;
	log?: ServerConfig['log'];
	/** An open database to use instead (tests). */
	db?: Sql;
}

export interface Running {
	url: string;
	storage: string;
	db: Sql;
	server: Server;
	close(): Promise<void>;
}

export async function startServer(o: StartOptions): Promise<Running> {
	const db = o.db ?? (await openDatabase({ DATABASE_URL: o.databaseUrl, DATA_DIR: o.dataDir }));
	await migrate(db);
	const handler = createHandler(db, o);
	const tls = o.tlsCert && o.tlsKey;
	const server = tls
		? createHttps({ cert: readFileSync(o.tlsCert!), key: readFileSync(o.tlsKey!) }, handler)
		: createHttp(handler);
	await new Promise<void>((resolve) => server.listen(o.port ?? 0, o.host ?? '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const host = o.host && o.host !== '0.0.0.0' ? o.host : '127.0.0.1';
	return {
		url: `${tls ? 'https' : 'http'}://${host}:${port}`,
		storage: db.kind === 'pglite' ? `PGlite in ${o.dataDir ?? 'server-data'}` : 'PostgreSQL',
		db,
		server,
		async close() {
			const closed = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeAllConnections();
			await closed;
			if (!o.db) await db.close();
		}
	};
}
