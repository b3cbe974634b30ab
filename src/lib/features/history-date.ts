// Fact dates as the history views write them, in the interface's language ("12 октября 1920 г.",
// "12 October 1920").
import { formatHistoryDate, formatYear } from '$lib/core/history/format-date';
import { i18n } from '$lib/i18n/i18n.svelte';

export function historyDate(isoDate: string): string {
	return formatHistoryDate(isoDate, i18n.lang);
}

/** A year head of the timeline: "1920", "44 BC" / "44 до н. э.". */
export function historyYear(year: number): string {
	return formatYear(year, i18n.lang);
}
