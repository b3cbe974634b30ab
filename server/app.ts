// The sync server's routes (issue 14, part 3). Stateless: every fact (accounts, sessions, rate
// limits, events) is in PostgreSQL, so any number of instances can serve one database.
//   POST /api/signup  { name, passphrase } → { token }
//   POST /api/signin  { name, passphrase } → { token }          (rate limited)
//   POST /api/signout                                            (ends this session)
//   POST /api/push    { events: [...] } → { accepted, seq }      (idempotent by event id)
//   GET  /api/pull?after=N&limit=M[&known=review,decks,…] → { events: [{ seq, event }], seq, more }
//        (only the events of the kinds and entities the client knows: log.ts, PROTOCOL_1)
//   GET  /api/health
// Every /api route but signup, signin and health needs `Authorization: Bearer <token>`, and reads
// and writes only that token's user's rows. Logs name the method, path, status and time: never a
// body, a passphrase or a token.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
	accountName,
	createSession,
	DEFAULT_COST,
	endSession,
	hashOfNobody,
	hashPassphrase,
	sessionUser,
	verifyPassphrase,
	type ScryptCost
} from './auth';
import type { Sql } from './db';
import { bearer, corsHeaders, HttpError, readJson, send } from './http';
import { batchProblem, knownOf, MAX_PULL, pull, push } from './log';
import { DEFAULT_LIMITS, recordFailure, signInBlocked, type RateLimits } from './rate-limit';

export interface ServerConfig {
	allowedOrigins: string[];
	cost?: ScryptCost;
	limits?: RateLimits;
	/** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
	trustProxy?: boolean;
	log?: (line: string) => void;
}

const BODY_LIMIT = 4 * 1024 * 1024;
const MIN_PASSPHRASE = 8;

type Handler = (req: IncomingMessage, url: URL) => Promise<{ status: number; body: unknown }>;

export function createHandler(db: Sql, config: ServerConfig) {
	const allowed = new Set(config.allowedOrigins);
	const cost = config.cost ?? DEFAULT_COST;
	const limits = config.limits ?? DEFAULT_LIMITS;
	const log = config.log ?? ((line: string) => console.log(line));
	const nobody = hashOfNobody(cost);

	const address = (req: IncomingMessage) =>
		(config.trustProxy &&
			String(req.headers['x-forwarded-for'] ?? '')
				.split(',')[0]
				.trim()) ||
		req.socket.remoteAddress ||
		'unknown';

	async function credentials(req: IncomingMessage) {
		const body = (await readJson(req, 64 * 1024)) as {
			name?: unknown;
			passphrase?: unknown;
		} | null;
		const name = typeof body?.name === 'string' ? accountName(body.name) : '';
		const passphrase = typeof body?.passphrase === 'string' ? body.passphrase : '';
		if (!name || name.length > 100 || !passphrase || passphrase.length > 1000)
			throw new HttpError(400, 'bad-credentials');
		return { name, passphrase };
	}

	async function userOf(req: IncomingMessage): Promise<number> {
		const token = bearer(req);
		const user = token ? await sessionUser(db, token) : null;
		if (user === null) throw new HttpError(401, 'unauthorized');
		return user;
	}

	const routes: Record<string, Handler> = {
		'GET /api/health': async () => ({ status: 200, body: { ok: true } }),
		'POST /api/signup': async (req) => {
			const { name, passphrase } = await credentials(req);
			if (passphrase.length < MIN_PASSPHRASE) throw new HttpError(400, 'short-passphrase');
			const hash = await hashPassphrase(passphrase, cost);
			const rows = await db.query<{ id: number }>(
				'INSERT INTO users (name, passphrase) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id',
				[name, hash]
			);
			if (!rows.length) throw new HttpError(409, 'name-taken');
			return { status: 201, body: { token: await createSession(db, Number(rows[0].id)) } };
		},
		'POST /api/signin': async (req) => {
			const { name, passphrase } = await credentials(req);
			const from = address(req);
			const wait = await signInBlocked(db, name, from, limits);
			if (wait > 0) throw new HttpError(429, 'too-many-attempts', { 'retry-after': String(wait) });
			const [user] = await db.query<{ id: number; passphrase: string }>(
				'SELECT id, passphrase FROM users WHERE name = $1',
				[name]
			);
			// An unknown name costs the same hash as a known one: timing does not tell names apart.
			const ok = await verifyPassphrase(passphrase, user?.passphrase ?? (await nobody));
			if (!user || !ok) {
				await recordFailure(db, name, from);
				throw new HttpError(401, 'wrong-credentials');
			}
			return { status: 200, body: { token: await createSession(db, Number(user.id)) } };
		},
		'POST /api/signout': async (req) => {
			await userOf(req);
			await endSession(db, bearer(req)!);
			return { status: 200, body: { ok: true } };
		},
		'POST /api/push': async (req) => {
			const user = await userOf(req);
			const body = (await readJson(req, BODY_LIMIT)) as { events?: unknown } | null;
			const problem = batchProblem(body?.events);
			if (problem) throw new HttpError(400, problem);
			return { status: 200, body: await push(db, user, body!.events as { id: string }[]) };
		},
		'GET /api/pull': async (req, url) => {
			const user = await userOf(req);
			const after = Number(url.searchParams.get('after') ?? 0);
			const limit = Number(url.searchParams.get('limit') ?? MAX_PULL);
			if (!Number.isSafeInteger(after) || after < 0 || !Number.isSafeInteger(limit) || limit < 1)
				throw new HttpError(400, 'bad-cursor');
			const known = knownOf(url.searchParams.get('known'));
			if (!known) throw new HttpError(400, 'bad-known');
			return { status: 200, body: await pull(db, user, after, limit, known) };
		}
	};

	return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const started = performance.now();
		const url = new URL(req.url ?? '/', 'http://server');
		const cors = corsHeaders(req.headers.origin, allowed);
		let status = 500;
		try {
			if (req.headers.origin && !cors['access-control-allow-origin'])
				throw new HttpError(403, 'origin-not-allowed');
			if (req.method === 'OPTIONS') {
				status = 204;
				res.writeHead(204, cors);
				res.end();
				return;
			}
			const route = routes[`${req.method} ${url.pathname}`];
			if (!route) throw new HttpError(404, 'not-found');
			const out = await route(req, url);
			status = out.status;
			send(res, status, out.body, cors);
		} catch (e) {
			const err = e instanceof HttpError ? e : null;
			status = err?.status ?? 500;
			if (!err) log(`error ${req.method} ${url.pathname}: ${(e as Error)?.name ?? 'Error'}`);
			send(
				res,
				status,
				{ error: err?.code ?? 'server-error' },
				{ ...cors, ...(err?.headers ?? {}) }
			);
		} finally {
			log(`${req.method} ${url.pathname} ${status} ${Math.round(performance.now() - started)}ms`);
		}
	};
}
