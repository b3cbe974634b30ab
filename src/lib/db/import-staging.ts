// The staged pieces of large imports (db/import-stream.ts, schema v8) that no tab is writing any
// more: a tab closed, reloaded or crashed while it staged or wrote them. Nothing of such an import
// reached the real tables (the write is one transaction, undone by IndexedDB with its tab); only
// its pieces stay, taking room, until this deletes them: at the next start (features/app.svelte.ts,
// after a count of the table) and before the next large import. A tab staging or writing holds its
// run's Web Lock (holdingRun), so another tab's start leaves its pieces alone. Small: no import code.
import type { KartotekaDB } from './database';

/** The Web Locks name a run is held under while its tab stages or writes it. */
export const runLock = (run: string): string => `kartoteka-import:${run}`;

/** A run staged by a browser without Web Locks counts as abandoned after this long. */
export const STALE_MS = 6 * 3_600_000;

export const runRange = (run: string): [[string, number], [string, number]] => [
	[run, -Infinity],
	[run, Infinity]
];

/** Deletes a run's staged pieces (a short transaction). */
export function dropStaged(db: KartotekaDB, run: string): Promise<number> {
	return db.importPieces
		.where('[run+n]')
		.between(...runRange(run))
		.delete();
}

/** A new run's id: its start time (for browsers without Web Locks) and a random part. */
export function runId(now: Date): string {
	return `${now.getTime()}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Deletes the staged pieces of imports no tab is doing any more (a tab closed or crashed while
 * staging or writing): those whose run's lock nobody holds, or without Web Locks, those started
 * over STALE_MS ago. Reads the keys only. Returns how many runs were deleted.
 */
export async function dropAbandonedImports(
	db: KartotekaDB,
	now: Date,
	locks: Pick<LockManager, 'query'> | undefined = globalThis.navigator?.locks
): Promise<number> {
	const keys = (await db.importPieces.toCollection().primaryKeys()) as [string, number][];
	const runs = new Set(keys.map(([run]) => run));
	if (!runs.size) return 0;
	const held = locks
		? new Set(((await locks.query()).held ?? []).map((l) => l.name))
		: new Set<string>();
	let dropped = 0;
	for (const run of runs) {
		const abandoned = locks
			? !held.has(runLock(run))
			: now.getTime() - Number(run.split('-')[0]) > STALE_MS;
		if (!abandoned) continue;
		await dropStaged(db, run);
		dropped++;
	}
	return dropped;
}

/** Runs `work` holding the run's lock (none without Web Locks): see dropAbandonedImports. */
export function holdingRun<T>(
	run: string,
	work: () => Promise<T>,
	locks: Pick<LockManager, 'request'> | undefined = globalThis.navigator?.locks
): Promise<T> {
	return locks ? (locks.request(runLock(run), work) as Promise<T>) : work();
}

/**
 * Takes the run's lock (none without Web Locks) and keeps it until the returned function is
 * called: for a run staged at the preview and written, or dropped, on the student's answer.
 */
export function heldRun(
	run: string,
	locks: Pick<LockManager, 'request'> | undefined = globalThis.navigator?.locks
): Promise<() => void> {
	if (!locks) return Promise.resolve(() => undefined);
	return new Promise((granted) => {
		void locks.request(runLock(run), () => new Promise<void>((release) => granted(release)));
	});
}
