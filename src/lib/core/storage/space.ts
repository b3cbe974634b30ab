// Room on the device. Chromium discards an origin's whole IndexedDB when the disk fills mid-write
// (issue 9: "cards.bulkPut(): 4733 of 5000 operations failed"), so the app warns while there is
// still time to act, and refuses a large write up front when it would not fit (room.ts).

export interface SpaceEstimate {
	/** Bytes this origin uses. */
	usage: number;
	/** Bytes it may use (the browser counts the disk's free space in). */
	quota: number;
}

const MB = 1024 * 1024;
/** Below this much room the app warns: a few weeks of reviews, one small import. */
export const LOW_SPACE_BYTES = 50 * MB;
export const freeBytes = (e: SpaceEstimate) => Math.max(0, e.quota - e.usage);

export function isLowOnSpace(estimate: SpaceEstimate | null): boolean {
	return !!estimate && Number.isFinite(estimate.quota) && freeBytes(estimate) < LOW_SPACE_BYTES;
}
