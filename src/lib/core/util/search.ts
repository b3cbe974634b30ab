// Binary search over a sorted array, written once: the generator's offsets, the reader's offset
// map and the chronology's patience sort all ask "the first index where this no longer holds".

/**
 * The first index in [0, length) at which `before(i)` is false, `before` being true for a prefix
 * of the indexes and false after it (a sorted array's "item < key"). O(log length).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
