// The sync server's HTTP API (server/app.ts), as the app calls it. A failed fetch (no network,
// server down) is SyncUnreachable: the sync waits and says so; an answer with an error status is
// SyncRefused with the server's code.
import type { SyncEvent } from '$lib/core/sync/events';

export class SyncUnreachable extends Error {
	constructor() {
		super('sync server unreachable');
		this.name = 'SyncUnreachable';
	}
}

export class SyncRefused extends Error {
	constructor(
		readonly status: number,
		readonly code: string
	) {
		super(`sync server: ${status} ${code}`);
		this.name = 'SyncRefused';
	}
}

export interface PullPage {
	events: { seq: number; event: SyncEvent }[];
	seq: number;
	more: boolean;
}

/** The server address as typed, made a base URL (no trailing slash); null when it is none. */
export function serverBase(input: string): string | null {
	const text = input.trim().replace(/\/+$/, '');
	try {
		const url = new URL(text);
		return url.protocol === 'https:' || url.protocol === 'http:'
			? url.origin + url.pathname.replace(/\/+$/, '')
			: null;
	} catch {
		return null;
	}
}

async function call<T>(
	base: string,
	path: string,
	init: { body?: unknown; token?: string } = {}
): Promise<T> {
	let res: Response;
	try {
		res = await fetch(base + path, {
			method: init.body === undefined ? 'GET' : 'POST',
			headers: {
				...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(init.token ? { authorization: `Bearer ${init.token}` } : {})
			},
			body: init.body === undefined ? undefined : JSON.stringify(init.body),
			cache: 'no-store'
		});
	} catch {
		throw new SyncUnreachable();
	}
	const data = (await res.json().catch(() => null)) as { error?: string } | null;
	if (!res.ok) throw new SyncRefused(res.status, data?.error ?? 'server-error');
	return data as T;
}

export const signUp = (base: string, name: string, passphrase: string) =>
	call<{ token: string }>(base, '/api/signup', { body: { name, passphrase } });

export const signIn = (base: string, name: string, passphrase: string) =>
	call<{ token: string }>(base, '/api/signin', { body: { name, passphrase } });

export const signOut = (base: string, token: string) =>
	call<{ ok: true }>(base, '/api/signout', { body: {}, token });

export const pushEvents = (base: string, token: string, events: SyncEvent[]) =>
	call<{ accepted: number; seq: number }>(base, '/api/push', { body: { events }, token });

/** `known`: the event kinds and entities to get ("review", then entity names: server/log.ts). */
export const pullEvents = (
	base: string,
	token: string,
	after: number,
	limit: number,
	known: readonly string[]
) =>
	call<PullPage>(base, `/api/pull?after=${after}&limit=${limit}&known=${known.join(',')}`, {
		token
	});
