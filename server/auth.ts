// Passphrases and sessions. Passphrases are hashed with scrypt (node:crypto): a memory-hard
// password hash built into Node, so the server needs no native package (argon2's would need a
// prebuilt binary per platform). Each user has a random salt; the cost parameters are stored with
// the hash, so raising them later leaves old hashes readable. Session tokens are 32 random bytes
// given to the client once; the server keeps only their SHA-256, so a copy of the database signs
// nobody in.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Sql } from './db';

export interface ScryptCost {
	N: number;
	r: number;
	p: number;
}

/** 2^15 × 8 × 128 B = 32 MiB per hash, about 0.1 s on this machine's cores. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(passphrase: string, salt: Buffer, { N, r, p }: ScryptCost): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(
			passphrase.normalize('NFC'),
			salt,
			KEY_LENGTH,
			{ N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
			(err, key) => (err ? reject(err) : resolve(key))
		)
	);
}

export async function hashPassphrase(passphrase: string, cost = DEFAULT_COST): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(passphrase, salt, cost);
	return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join(
		'$'
	);
}

export async function verifyPassphrase(passphrase: string, stored: string): Promise<boolean> {
	const [alg, N, r, p, salt, hash] = stored.split('$');
	if (alg !== 'scrypt') return false;
	const expected = Buffer.from(hash, 'base64');
	const key = await derive(passphrase, Buffer.from(salt, 'base64'), {
		N: Number(N),
		r: Number(r),
		p: Number(p)
	});
	return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A stored hash to compare against when the name is unknown: the same time as a real check. */
export const hashOfNobody = (cost = DEFAULT_COST) =>
	hashPassphrase(randomBytes(12).toString('hex'), cost);

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const SESSION_DAYS = 180;

export async function createSession(db: Sql, userId: number): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	await db.query(
		`INSERT INTO sessions (token_hash, user_id, expires_at)
		 VALUES ($1, $2, now() + make_interval(days => $3))`,
		[tokenHash(token), userId, SESSION_DAYS]
	);
	return token;
}

/** The user a bearer token belongs to, or null (unknown, expired). */
export async function sessionUser(db: Sql, token: string): Promise<number | null> {
	const rows = await db.query<{ user_id: number }>(
		'SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > now()',
		[tokenHash(token)]
	);
	return rows.length ? Number(rows[0].user_id) : null;
}

export async function endSession(db: Sql, token: string): Promise<void> {
	await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}

/** A name as accounts are keyed: trimmed, lower case, NFC. */
export const accountName = (name: string) => name.normalize('NFC').trim().toLowerCase();
