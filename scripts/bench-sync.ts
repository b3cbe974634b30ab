// `npm run bench:sync`: N simulated devices (default 200) syncing concurrently against a local
// sync server on PGlite (or DATABASE_URL). Devices come in pairs sharing one account (a phone and
// a laptop); each pushes ROUNDS batches of reviews and pulls after each, as the app does. At the
// end every account's log is read back: each review exactly once (none lost, none duplicated).
// Bounded: N, ROUNDS and a time limit (BENCH_SECONDS, default 120).
//   DEVICES=200 ROUNDS=5 REVIEWS=20 npm run bench:sync
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/start';

const DEVICES = Number(process.env.DEVICES ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const REVIEWS = Number(process.env.REVIEWS ?? 20);
const LIMIT_MS = Number(process.env.BENCH_SECONDS ?? 120) * 1000;

interface Device {
	account: number;
	node: string;
	token: string;
	cursor: number;
	seen: Set<string>;
}

const latencies: number[] = [];
let requests = 0;

async function call<T>(url: string, path: string, body?: unknown, token?: string): Promise<T> {
	const started = performance.now();
	const res = await fetch(url + path, {
		method: body === undefined ? 'GET' : 'POST',
		headers: {
			...(body !== undefined ? { 'content-type': 'application/json' } : {}),
			...(token ? { authorization: `Bearer ${token}` } : {})
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const data = (await res.json()) as T;
	latencies.push(performance.now() - started);
	requests++;
	if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`);
	return data;
}

function review(device: Device, round: number, i: number) {
	const at = Date.UTC(2026, 0, 1) + round * 86_400_000 + i * 60_000;
	const id = `${String(at).padStart(15, '0')}-${String(i).padStart(6, '0')}-${device.node}`;
	return {
		kind: 'review',
		id,
		key: `deck/c${i % 50}`,
		deckId: 'deck',
		at,
		rating: 1 + (i % 4),
		durationMs: 4000,
		prev: { due: new Date(at).toISOString(), stability: 0, difficulty: 0, reps: 0, state: 0 }
	};
}

async function pullAll(url: string, d: Device) {
	for (;;) {
		const page = await call<{ events: { event: { id: string } }[]; seq: number; more: boolean }>(
			url,
			`/api/pull?after=${d.cursor}&limit=500`,
			undefined,
			d.token
		);
		for (const e of page.events) d.seen.add(e.event.id);
		d.cursor = page.seq;
		if (!page.more) break;
	}
}

async function run(url: string, devices: Device[], deadline: number) {
	await Promise.all(
		devices.map(async (d) => {
			for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
				const batch = Array.from({ length: REVIEWS }, (_, i) => review(d, round, i));
				await call(url, '/api/push', { events: batch }, d.token);
				// A repeated push (a retry after a lost answer) must change nothing.
				if (round === 0) await call(url, '/api/push', { events: batch.slice(0, 5) }, d.token);
				await pullAll(url, d);
			}
		})
	);
}

async function main() {
	const dataDir = await mkdtemp(join(tmpdir(), 'kartoteka-bench-sync-'));
	const server = await startServer({
		dataDir,
		databaseUrl: process.env.DATABASE_URL,
		allowedOrigins: [],
		// Sign-ups are not what is measured: a cheap hash (the server's default is 2^15).
		cost: { N: 1024, r: 8, p: 1 },
		log: () => {}
	});
	try {
		const accounts = Math.ceil(DEVICES / 2);
		// Names of this run only: a real PostgreSQL keeps the accounts of earlier runs.
		const tag = Math.random().toString(36).slice(2, 8);
		const devices: Device[] = [];
		for (let a = 0; a < accounts; a++) {
			const name = `bench-${tag}-${a}`;
			const { token } = await call<{ token: string }>(server.url, '/api/signup', {
				name,
				passphrase: 'bench passphrase'
			});
			devices.push({ account: a, node: `a${a}p`, token, cursor: 0, seen: new Set() });
			if (devices.length < DEVICES) {
				const second = await call<{ token: string }>(server.url, '/api/signin', {
					name,
					passphrase: 'bench passphrase'
				});
				devices.push({
					account: a,
					node: `a${a}l`,
					token: second.token,
					cursor: 0,
					seen: new Set()
				});
			}
		}
		latencies.length = 0;
		requests = 0;
		const started = performance.now();
		await run(server.url, devices, Date.now() + LIMIT_MS);
		const seconds = (performance.now() - started) / 1000;
		// Every device pulls to the end; each account's log must hold each of its devices' reviews once.
		await Promise.all(devices.map((d) => pullAll(server.url, d)));
		let lost = 0;
		let duplicated = 0;
		for (let a = 0; a < accounts; a++) {
			const rows = await server.db.query<{ id: string; n: number }>(
				'SELECT e.id, count(*)::integer AS n FROM events e JOIN users u ON u.id = e.user_id WHERE u.name = $1 GROUP BY e.id',
				[`bench-${tag}-${a}`]
			);
			duplicated += rows.filter((r) => r.n > 1).length;
			const stored = new Set(rows.map((r) => r.id));
			const mine = devices.filter((d) => d.account === a);
			for (const d of mine)
				for (let round = 0; round < ROUNDS; round++)
					for (let i = 0; i < REVIEWS; i++) {
						const id = review(d, round, i).id;
						if (!stored.has(id)) lost++;
						for (const other of mine) if (!other.seen.has(id)) lost++;
					}
		}
		const sorted = [...latencies].sort((x, y) => x - y);
		const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
		const reviews = devices.length * ROUNDS * REVIEWS;
		console.log(
			`devices ${devices.length} (${accounts} accounts), ${ROUNDS} rounds × ${REVIEWS} reviews, ${server.storage}, ${cpus().length} cores`
		);
		console.log(
			`requests ${requests} in ${seconds.toFixed(1)} s: ${(requests / seconds).toFixed(0)} req/s, ${(reviews / seconds).toFixed(0)} reviews/s pushed`
		);
		console.log(
			`latency p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`
		);
		console.log(`lost ${lost}, duplicated ${duplicated}`);
		if (lost || duplicated) process.exitCode = 1;
	} finally {
		await server.close();
		await rm(dataDir, { recursive: true, force: true });
	}
}

await main();
