// Strings of one app area, loaded with that area's route instead of the first page: merging every
// area into messages.ts would put all of them in the home screen's bundle (its 80 KB budget).
// `areaT(messages)` gives a `t` for those keys that follows the chosen language.
import { i18n } from './i18n.svelte';
import { format, type Lang } from './messages';

export function areaT<K extends string>(messages: Record<Lang, Record<K, string>>) {
	return (key: K, params?: Record<string, string | number>): string =>
		format(messages[i18n.lang][key], params);
}
