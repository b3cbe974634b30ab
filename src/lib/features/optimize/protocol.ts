// Messages between the settings page and the optimizer's worker (types only).
import type { OptimizeInput, OptimizeOutcome } from '$lib/core/schedule/optimizer/optimize';

export type OptimizeRequest = OptimizeInput;

export type OptimizeReply =
	{ type: 'result'; outcome: OptimizeOutcome; ms: number } | { type: 'error'; message: string };
