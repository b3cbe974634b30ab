// A hybrid logical clock (Kulkarni et al.): a stamp is (wall ms, counter, node). It follows the
// wall clock while that moves forward, never goes back when it jumps backwards, and after seeing a
// remote stamp every later local stamp is greater than it. Stamps are strings whose plain string
// order is the clock's order (fixed-width fields, the node last as the tie-break), so the server
// and IndexedDB can compare them without parsing. Pure: the wall clock is a parameter.

export interface Hlc {
	wall: number;
	counter: number;
	node: string;
}

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 6;
const NODE = /^[A-Za-z0-9_-]{1,64}$/;

export function formatHlc({ wall, counter, node }: Hlc): string {
	return `${String(wall).padStart(WALL_WIDTH, '0')}-${String(counter).padStart(COUNTER_WIDTH, '0')}-${node}`;
}

/** The stamp's fields, or null for a string no clock of ours wrote. */
export function parseHlc(stamp: string): Hlc | null {
	const m = /^(\d{15})-(\d{6})-([A-Za-z0-9_-]{1,64})$/.exec(stamp);
	return m ? { wall: Number(m[1]), counter: Number(m[2]), node: m[3] } : null;
}

export function compareHlc(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export class HybridClock {
	#wall = 0;
	#counter = 0;

	/** `node`: this device's id (letters, digits, _ and -); `now`: the wall clock in ms. */
	constructor(
		readonly node: string,
		private readonly now: () => number,
		last?: string
	) {
		if (!NODE.test(node)) throw new RangeError(`bad clock node “${node}”`);
		if (last) this.observe(last);
	}

	/** A new stamp, greater than every stamp this clock made or observed. */
	tick(): string {
		const pt = this.now();
		if (pt > this.#wall) {
			this.#wall = pt;
			this.#counter = 0;
		} else this.#counter++;
		return formatHlc({ wall: this.#wall, counter: this.#counter, node: this.node });
	}

	/** Takes a remote stamp in: later ticks come after it. Unreadable stamps are ignored. */
	observe(stamp: string): void {
		const remote = parseHlc(stamp);
		if (!remote) return;
		const pt = this.now();
		const wall = Math.max(this.#wall, remote.wall, pt);
		if (wall === this.#wall && wall === remote.wall)
			this.#counter = Math.max(this.#counter, remote.counter) + 1;
		else if (wall === this.#wall) this.#counter++;
		else if (wall === remote.wall) this.#counter = remote.counter + 1;
		else this.#counter = 0;
		this.#wall = wall;
	}
}
