// A V8 CPU profile (DevTools protocol, Profiler.stop) summed by function: the time of each
// function's own samples (self) and of the samples under it (total, a recursion counted once).

export interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
export interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Milliseconds by "function file:line", self and total. */
export function timesByFunction(profile: Profile): {
	selfBy: Map<string, number>;
	totalBy: Map<string, number>;
} {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const name = (n: ProfileNode) => {
		const f = n.callFrame;
		return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
	};
	const selfBy = new Map<string, number>();
	const totalBy = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const n = byId.get(id)!;
		selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + ms);
		const seen = new Set<string>();
		for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
			const k = name(byId.get(x)!);
			if (!seen.has(k)) totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
			seen.add(k);
		}
	});
	return { selfBy, totalBy };
}

/** The `n` largest, one line each: "   1234 ms  name" (`pad`: the width of the figure). */
export const topLines = (m: Map<string, number>, n: number, pad: number) =>
	[...m]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([k, v]) => `${v.toFixed(0).padStart(pad)} ms  ${k}`);
