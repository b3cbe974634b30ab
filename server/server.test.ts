// The sync server on PGlite (in memory), and on a real PostgreSQL as well when DATABASE_URL is set
// (.ci/run starts one): the same tests, the same SQL.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Sql } from './db';
import { migrate, readMigrations } from './migrate';
import { startServer, type Running } from './start';

const ORIGIN = 'http://app.test';
const backends: [string, () => Promise<Sql>][] = [['PGlite', () => openPglite()]];
if (process.env.DATABASE_URL)
	backends.push(['PostgreSQL', () => openPostgres(process.env.DATABASE_URL!)]);

const unique = (p: string) => `${p}-${randomBytes(6).toString('hex')}`;

describe.each(backends)('sync server on %s', (_, open) => {
	let server: Running;
	let lines: string[];
	const call = async (
		path: string,
		init: { method?: string; body?: unknown; token?: string; origin?: string } = {}
	) => {
		const res = await fetch(server.url + path, {
			method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
			headers: {
				...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
				...(init.origin ? { origin: init.origin } : {})
			},
			body: init.body === undefined ? undefined : JSON.stringify(init.body)
		});
		return {
			status: res.status,
			headers: res.headers,
			body: (await res.json().catch(() => null)) as Record<string, unknown>
		};
	};
	const signUp = async (name = unique('user'), passphrase = 'correct horse battery') => {
		const r = await call('/api/signup', { body: { name, passphrase } });
		expect(r.status).toBe(201);
		return { name, passphrase, token: r.body.token as string };
	};
	const review = (id: string) => ({
		kind: 'review',
		id,
		key: 'd/c',
		deckId: 'd',
		at: 1,
		rating: 3
	});

	beforeAll(async () => {
		lines = [];
		server = await startServer({
			db: await open(),
			allowedOrigins: [ORIGIN],
			cost: { N: 1024, r: 8, p: 1 },
			limits: { windowSeconds: 60, perName: 3, perAddress: 1000 },
			log: (l) => lines.push(l)
		});
		// A new PGlite takes several seconds to start on a busy machine.
	}, 120_000);
	afterAll(async () => {
		await server.close();
		await server.db.close();
	});

	it('signs up, signs in with the passphrase, refuses a wrong one and a taken name', async () => {
		const u = await signUp();
		expect(
			(
				await call('/api/signup', {
					body: { name: u.name.toUpperCase(), passphrase: 'another one!' }
				})
			).status
		).toBe(409);
		const ok = await call('/api/signin', { body: { name: u.name, passphrase: u.passphrase } });
		expect(ok.status).toBe(200);
		expect(ok.body.token).not.toBe(u.token);
		expect(
			(await call('/api/signin', { body: { name: u.name, passphrase: 'wrong passphrase' } })).status
		).toBe(401);
		expect(
			(await call('/api/signup', { body: { name: unique('u'), passphrase: 'short' } })).status
		).toBe(400);
	});

	it('stores only hashes: no passphrase or token in the database', async () => {
		const u = await signUp();
		const [row] = await server.db.query<{ passphrase: string }>(
			'SELECT passphrase FROM users WHERE name = $1',
			[u.name]
		);
		expect(row.passphrase).toMatch(/^scrypt\$/);
		expect(row.passphrase).not.toContain(u.passphrase);
		const sessions = await server.db.query<{ token_hash: string }>(
			'SELECT token_hash FROM sessions'
		);
		expect(sessions.some((s) => s.token_hash === u.token)).toBe(false);
	});

	it('every data request needs a valid token', async () => {
		expect((await call('/api/pull')).status).toBe(401);
		expect((await call('/api/push', { body: { events: [] } })).status).toBe(401);
		expect((await call('/api/pull', { token: 'x'.repeat(43) })).status).toBe(401);
		const u = await signUp();
		expect((await call('/api/signout', { method: 'POST', token: u.token })).status).toBe(200);
		expect((await call('/api/pull', { token: u.token })).status).toBe(401);
	});

	it("user B can neither read nor overwrite user A's events", async () => {
		const a = await signUp();
		const b = await signUp();
		await call('/api/push', { token: a.token, body: { events: [review('a-1'), review('a-2')] } });
		const bPull = await call('/api/pull?after=0', { token: b.token });
		expect(bPull.body.events).toEqual([]);
		// B pushes an event with A's id: it is B's own event, A's stays as it was.
		const forged = { ...review('a-1'), rating: 1 };
		expect(
			(await call('/api/push', { token: b.token, body: { events: [forged] } })).body.accepted
		).toBe(1);
		const aPull = await call('/api/pull?after=0', { token: a.token });
		expect(
			(aPull.body.events as { event: { rating: number } }[]).map((e) => e.event.rating)
		).toEqual([3, 3]);
		// No route takes a user id: the token is the only way to name an account.
		expect((await call(`/api/pull?after=0&user=1`, { token: b.token })).body.events).toHaveLength(
			1
		);
	});

	it('a repeated push stores nothing twice and sequence numbers only grow', async () => {
		const u = await signUp();
		const events = [review('r1'), review('r2'), review('r2')];
		const first = await call('/api/push', { token: u.token, body: { events } });
		expect(first.body).toEqual({ accepted: 2, seq: 2 });
		const again = await call('/api/push', {
			token: u.token,
			body: { events: [review('r1'), review('r3')] }
		});
		expect(again.body).toEqual({ accepted: 1, seq: 3 });
		const all = await call('/api/pull?after=0', { token: u.token });
		expect(
			(all.body.events as { seq: number; event: { id: string } }[]).map((e) => [e.seq, e.event.id])
		).toEqual([
			[1, 'r1'],
			[2, 'r2'],
			[3, 'r3']
		]);
	});

	it('concurrent pushes of one user get distinct, gapless sequence numbers', async () => {
		const u = await signUp();
		await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				call('/api/push', {
					token: u.token,
					body: { events: [review(`c${i}a`), review(`c${i}b`)] }
				})
			)
		);
		const all = await call('/api/pull?after=0', { token: u.token });
		expect((all.body.events as { seq: number }[]).map((e) => e.seq)).toEqual(
			Array.from({ length: 16 }, (_, i) => i + 1)
		);
	});

	it('pulls page by page after the last sequence number seen', async () => {
		const u = await signUp();
		await call('/api/push', {
			token: u.token,
			body: { events: Array.from({ length: 7 }, (_, i) => review(`p${i}`)) }
		});
		const seen: string[] = [];
		let after = 0;
		for (let pages = 0; pages < 10; pages++) {
			const page = await call(`/api/pull?after=${after}&limit=3`, { token: u.token });
			seen.push(...(page.body.events as { event: { id: string } }[]).map((e) => e.event.id));
			after = page.body.seq as number;
			if (!page.body.more) break;
		}
		expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
		expect((await call(`/api/pull?after=${after}`, { token: u.token })).body).toEqual({
			events: [],
			seq: 7,
			more: false
		});
	});

	const change = (id: string, entity: string, row: string, fields: object) => ({
		kind: 'change',
		id,
		entity,
		row,
		fields,
		hlc: id
	});

	it('a pull gives an app that does not say what it knows only what the first app knew (the bug: such an app stopped at a page holding marks)', async () => {
		const u = await signUp();
		const events = [
			review('r1'),
			change('m1', 'marks', 'd/c', { suspended: 1 }),
			change('d1', 'decks', 'd', { title: 'T' }),
			change('x1', 'resets', 'd', { 'd/c': { hlc: 'x1', at: 1 } }),
			change('m2', 'marks', 'd/c', { suspended: 0 })
		];
		await call('/api/push', { token: u.token, body: { events } });
		const old = await call('/api/pull?after=0&limit=1', { token: u.token });
		expect((old.body.events as { event: { id: string } }[]).map((e) => e.event.id)).toEqual(['r1']);
		const rest = await call(`/api/pull?after=${old.body.seq}`, { token: u.token });
		expect(rest.body).toMatchObject({ seq: 5, more: false });
		expect((rest.body.events as { event: { id: string } }[]).map((e) => e.event.id)).toEqual([
			'd1'
		]);
		// The cursor went past the changes it could not apply: the next pull is empty at once.
		expect((await call('/api/pull?after=5', { token: u.token })).body).toEqual({
			events: [],
			seq: 5,
			more: false
		});
		// An app that says what it knows gets those too; a catch-up asks for one entity from 0.
		const known = 'review,decks,cards,notes,presets,meta,reviews,marks,resets';
		const all = await call(`/api/pull?after=0&known=${known}`, { token: u.token });
		expect((all.body.events as { event: { id: string } }[]).map((e) => e.event.id)).toEqual([
			'r1',
			'm1',
			'd1',
			'x1',
			'm2'
		]);
		const marks = await call('/api/pull?after=0&limit=1&known=marks', { token: u.token });
		expect(marks.body).toMatchObject({ seq: 2, more: true });
		const next = await call('/api/pull?after=2&limit=1&known=marks', { token: u.token });
		expect(next.body).toMatchObject({ seq: 5, more: false });
		expect((next.body.events as { event: { id: string } }[]).map((e) => e.event.id)).toEqual([
			'm2'
		]);
		expect((await call('/api/pull?after=0&known=Bad!', { token: u.token })).status).toBe(400);
	});

	it('refuses bad batches', async () => {
		const u = await signUp();
		expect(
			(await call('/api/push', { token: u.token, body: { events: [{ id: 5 }] } })).status
		).toBe(400);
		expect(
			(await call('/api/push', { token: u.token, body: { events: [{ id: 'x', kind: 'other' }] } }))
				.status
		).toBe(400);
		expect((await call('/api/pull?after=-1', { token: u.token })).status).toBe(400);
	});

	it('limits failed sign-ins per name, even with the right passphrase afterwards', async () => {
		const u = await signUp();
		for (let i = 0; i < 3; i++)
			expect(
				(await call('/api/signin', { body: { name: u.name, passphrase: `guess ${i} wrong` } }))
					.status
			).toBe(401);
		const blocked = await call('/api/signin', { body: { name: u.name, passphrase: u.passphrase } });
		expect(blocked.status).toBe(429);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
		// Another account is not blocked by this one's failures.
		const other = await signUp();
		expect(
			(await call('/api/signin', { body: { name: other.name, passphrase: other.passphrase } }))
				.status
		).toBe(200);
	});

	it('answers CORS only for the configured origin', async () => {
		const ok = await call('/api/health', { origin: ORIGIN });
		expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
		const pre = await fetch(server.url + '/api/push', {
			method: 'OPTIONS',
			headers: { origin: ORIGIN }
		});
		expect(pre.status).toBe(204);
		expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
		const evil = await call('/api/health', { origin: 'https://evil.example' });
		expect(evil.status).toBe(403);
		expect(evil.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('logs no passphrase, token or body', async () => {
		const u = await signUp(unique('logged'), 'secret passphrase 42');
		await call('/api/signin', { body: { name: u.name, passphrase: 'secret passphrase 42' } });
		await call('/api/push', { token: u.token, body: { events: [review('secret-event')] } });
		const all = lines.join('\n');
		expect(lines.length).toBeGreaterThan(3);
		for (const secret of ['secret passphrase 42', u.token, 'secret-event', u.name])
			expect(all).not.toContain(secret);
	});
});

describe('migrations', () => {
	it(
		'are applied in order, once, and recorded; an edited one is refused',
		{ timeout: 120_000 },
		async () => {
			const dir = await mkdtemp(join(tmpdir(), 'kartoteka-pglite-'));
			try {
				const db = await openPglite(dir);
				const all = await readMigrations();
				expect(all.map((m) => m.version)).toEqual(
					[...all.map((m) => m.version)].sort((a, b) => a - b)
				);
				expect(await migrate(db)).toEqual(all.map((m) => m.version));
				expect(await migrate(db)).toEqual([]);
				const ledger = await db.query<{ version: number; name: string }>(
					'SELECT version, name FROM schema_migrations ORDER BY version'
				);
				expect(ledger.map((r) => [r.version, r.name])).toEqual(all.map((m) => [m.version, m.name]));
				const extra = { version: 999, name: 'test-extra', sql: 'CREATE TABLE extra (x int);' };
				expect(await migrate(db, [...all, extra])).toEqual([999]);
				const edited = { ...extra, sql: 'CREATE TABLE extra (y int);' };
				await expect(migrate(db, [...all, edited])).rejects.toThrow(/edited/);
				await db.close();
				// The data folder keeps the ledger across restarts.
				const again = await openPglite(dir);
				expect(await migrate(again, [...all, extra])).toEqual([]);
				await again.close();
			} finally {
				await rm(dir, { recursive: true, force: true });
			}
		}
	);
});
