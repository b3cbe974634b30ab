import type { FactDraft } from '../../facts';
import type { EnContext } from './events';
export function stanceFacts(_ctx: EnContext): FactDraft[] {
	return [];
}
