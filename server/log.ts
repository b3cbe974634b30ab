// A user's event log: push appends (idempotent by the client's event id), pull reads after a
// sequence number. Sequence numbers are per user and handed out under a lock on the user's row,
// so they increase in commit order: a pull that has seen N will never later find a smaller one
// committed behind it (a global sequence would allow that between concurrent pushes).
import type { Sql } from './db';

export const MAX_PUSH = 1000;
export const MAX_PULL = 1000;
const MAX_ID = 300;

export interface PushResult {
	/** Events stored now (the others were already there). */
	accepted: number;
	/** The user's last sequence number after the push. */
	seq: number;
}

/** Why a batch is refused, or null. Events are JSON objects with a string id and a kind. */
export function batchProblem(events: unknown): string | null {
	if (!Array.isArray(events)) return 'events must be an array';
	if (events.length > MAX_PUSH) return `at most ${MAX_PUSH} events per push`;
	for (const e of events) {
		if (typeof e !== 'object' || e === null || Array.isArray(e)) return 'an event is not an object';
		const { id, kind } = e as { id?: unknown; kind?: unknown };
		if (typeof id !== 'string' || !id || id.length > MAX_ID) return 'an event has no valid id';
		if (kind !== 'review' && kind !== 'change') return `event ${id}: unknown kind`;
	}
	return null;
}

export async function push(db: Sql, userId: number, events: { id: string }[]): Promise<PushResult> {
	return db.transaction(async (tx) => {
		const [user] = await tx.query<{ seq: number }>(
			'SELECT seq FROM users WHERE id = $1 FOR UPDATE',
			[userId]
		);
		const base = Number(user.seq);
		const unique = [...new Map(events.map((e) => [e.id, e])).values()];
		const known = new Set(
			(
				await tx.query<{ id: string }>(
					'SELECT id FROM events WHERE user_id = $1 AND id = ANY($2::text[])',
					[userId, unique.map((e) => e.id)]
				)
			).map((r) => r.id)
		);
		const fresh = unique.filter((e) => !known.has(e.id));
		if (fresh.length) {
			await tx.query(
				`INSERT INTO events (user_id, seq, id, body)
				 SELECT $1, $2 + n, id, body::jsonb
				 FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(id, body, n)`,
				[userId, base, fresh.map((e) => e.id), fresh.map((e) => JSON.stringify(e))]
			);
			await tx.query('UPDATE users SET seq = $2 WHERE id = $1', [userId, base + fresh.length]);
		}
		return { accepted: fresh.length, seq: base + fresh.length };
	});
}

export interface PullPage {
	events: { seq: number; event: unknown }[];
	/** The last sequence number this page covers (or `after` when none): the next `after`. */
	seq: number;
	more: boolean;
}

/**
 * What a client can apply: "review" for review events, and the entities of the changes it knows.
 * A client that does not say (every app before protocol 2) gets what the first app knew: an app
 * of that time stopped at a page holding a change of any other entity ("marks", "resets").
 */
export const PROTOCOL_1 = ['review', 'decks', 'cards', 'notes', 'presets', 'meta', 'reviews'];
const KNOWN_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

/** The `known` parameter of a pull as a list, or null when it is not one. */
export function knownOf(param: string | null): string[] | null {
	if (param === null) return PROTOCOL_1;
	const names = param.split(',').filter(Boolean);
	return names.length <= 40 && names.every((n) => KNOWN_NAME.test(n)) ? names : null;
}

/**
 * The user's events after `after`, of the kinds and entities in `known`; the others are passed
 * over, and the cursor goes past them: the client asks for them again, from the start, once it
 * knows them (the app's catch-up, features/sync/run.ts).
 */
export async function pull(
	db: Sql,
	userId: number,
	after: number,
	limit: number,
	known: readonly string[] = PROTOCOL_1
): Promise<PullPage> {
	const n = Math.max(1, Math.min(MAX_PULL, limit));
	// The user's last number first: every event up to it is committed (it is written in the same
	// transaction as the events), so a page that ends short of it may move the cursor to it.
	const [user] = await db.query<{ seq: number }>('SELECT seq FROM users WHERE id = $1', [userId]);
	const head = Number(user?.seq ?? 0);
	const rows = await db.query<{ seq: number; body: unknown }>(
		`SELECT seq, body FROM events
		 WHERE user_id = $1 AND seq > $2 AND seq <= $3
		   AND CASE WHEN body->>'kind' = 'review' THEN $4::boolean
		            ELSE body->>'entity' = ANY($5::text[]) END
		 ORDER BY seq LIMIT $6`,
		[userId, after, head, known.includes('review'), known, n + 1]
	);
	const page = rows.slice(0, n).map((r) => ({
		seq: Number(r.seq),
		event: typeof r.body === 'string' ? JSON.parse(r.body) : r.body
	}));
	const more = rows.length > n;
	return {
		events: page,
		seq: more ? page[page.length - 1].seq : Math.max(after, head),
		more
	};
}
