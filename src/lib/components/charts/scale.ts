// Axis arithmetic for the hand-written SVG charts: a "nice" top value and tick step for a count
// axis, and which bars get a label so that labels never crowd on a phone.

/** A top value ≥ max and a step from 1, 2, 5 × 10^k giving at most `maxTicks` steps. */
export function niceScale(max: number, maxTicks = 4): { top: number; step: number } {
	if (!(max > 0)) return { top: 1, step: 1 };
	const raw = max / maxTicks;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw && s >= 1) ?? 1;
	return { top: Math.ceil(max / step) * step, step };
}

/** Ticks from 0 to top by step. */
export function ticks({ top, step }: { top: number; step: number }): number[] {
	const out: number[] = [];
	for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v));
	return out;
}

/**
 * Indices of the bars to label, counted back from the last one (today, or the first day of a
 * forecast when `fromStart`), at least `minGap` px apart.
 */
export function labelIndices(
	count: number,
	band: number,
	minGap: number,
	fromStart = false
): number[] {
	if (count <= 0) return [];
	const every = Math.max(1, Math.ceil(minGap / Math.max(band, 0.001)));
	const out: number[] = [];
	if (fromStart) for (let i = 0; i < count; i += every) out.push(i);
	else for (let i = count - 1; i >= 0; i -= every) out.unshift(i);
	return out;
}
