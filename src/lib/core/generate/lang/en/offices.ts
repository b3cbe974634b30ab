import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { EnContext } from './events';
export function officeFacts(_ctx: EnContext, _dates: DateMention[]): FactDraft[] {
	return [];
}
