// Failed sign-ins are counted in the database (not in memory), so every instance behind a
// balancer refuses the same guesses. Per account name and per client address, in a sliding
// window; a success does not erase earlier failures (a guesser who also knows one passphrase
// gains nothing).
import type { Sql } from './db';

export interface RateLimits {
	windowSeconds: number;
	perName: number;
	perAddress: number;
}

export const DEFAULT_LIMITS: RateLimits = { windowSeconds: 900, perName: 10, perAddress: 50 };

const keys = (name: string, address: string) => [`name:${name}`, `ip:${address}`];

/** Seconds until the next attempt is allowed, or 0 when one is allowed now. */
export async function signInBlocked(
	db: Sql,
	name: string,
	address: string,
	limits: RateLimits
): Promise<number> {
	const [byName, byAddress] = keys(name, address);
	const rows = await db.query<{ key: string; n: number; first: number }>(
		`SELECT key, count(*)::integer AS n,
		        extract(epoch FROM now() - min(at))::integer AS first
		 FROM sign_in_failures
		 WHERE key = ANY($1::text[]) AND at > now() - make_interval(secs => $2)
		 GROUP BY key`,
		[[byName, byAddress], limits.windowSeconds]
	);
	for (const r of rows) {
		const max = r.key === byName ? limits.perName : limits.perAddress;
		if (r.n >= max) return Math.max(1, limits.windowSeconds - r.first);
	}
	return 0;
}

export async function recordFailure(db: Sql, name: string, address: string): Promise<void> {
	await db.query('INSERT INTO sign_in_failures (key) SELECT unnest($1::text[])', [
		keys(name, address)
	]);
	// Old rows are of no use: drop them now and then (1 call in 50), not on every failure.
	if (Math.random() < 0.02)
		await db.query("DELETE FROM sign_in_failures WHERE at < now() - interval '1 day'");
}
