// Small HTTP helpers: JSON bodies with a size limit, JSON answers, CORS for configured origins.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		readonly headers: Record<string, string> = {}
	) {
		super(code);
	}
}

export async function readJson(req: IncomingMessage, limitBytes: number): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limitBytes) throw new HttpError(413, 'too-large');
		chunks.push(chunk);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
	} catch {
		throw new HttpError(400, 'bad-json');
	}
}

export function send(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff',
		...headers
	});
	res.end(text);
}

/**
 * CORS headers for a request from `origin`: only configured origins get any (a browser page from
 * elsewhere cannot read answers or send the Authorization header). No cookies are used, so no
 * credentials mode: the token travels in Authorization only.
 */
export function corsHeaders(
	origin: string | undefined,
	allowed: ReadonlySet<string>
): Record<string, string> {
	if (!origin || !allowed.has(origin)) return {};
	return {
		'access-control-allow-origin': origin,
		'access-control-allow-methods': 'GET, POST, OPTIONS',
		'access-control-allow-headers': 'authorization, content-type',
		'access-control-max-age': '600',
		vary: 'Origin'
	};
}

export function bearer(req: IncomingMessage): string | null {
	const h = req.headers.authorization;
	const m = h ? /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(h) : null;
	return m ? m[1] : null;
}
