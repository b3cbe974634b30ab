// When to remind the student to back up (issue 14, item 1): the browser may evict the data (no
// persistent storage), and the last backup is more than a week old, or there was none although
// there is progress to lose. A dismissal quiets it for a week. Pure: the feature reads the facts.

export const WEEK_MS = 7 * 86_400_000;

export interface ReminderFacts {
	/** navigator.storage.persisted(): the browser promised to keep the data. */
	persisted: boolean;
	/** The last backup's time (made or restored on this device), ms. */
	lastBackupAt?: number;
	/** Review logs in the collection. */
	reviews: number;
	/** When the student last said "not now", ms. */
	dismissedAt?: number;
	now: number;
}

export function backupReminderDue(f: ReminderFacts): boolean {
	if (f.persisted) return false;
	if (f.dismissedAt !== undefined && f.now - f.dismissedAt < WEEK_MS) return false;
	if (f.lastBackupAt === undefined) return f.reviews > 0;
	return f.now - f.lastBackupAt >= WEEK_MS;
}

/** Whole days since the last backup, for the reminder's sentence. */
export const daysSince = (at: number, now: number) =>
	Math.max(0, Math.floor((now - at) / 86_400_000));
