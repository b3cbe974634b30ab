// Number, date and duration formats for the statistics, in the interface language (Intl does
// the wording: "5 мин" / "5 min", so no strings are needed here).
import type { Lang } from '$lib/i18n/messages';

/** A study day key (YYYY-MM-DD) as a local date at noon (clear of any DST edge). */
export const dayDate = (key: string) => {
	const [y, m, d] = key.split('-').map(Number);
	return new Date(y, m - 1, d, 12);
};

export const shortDay = (key: string, lang: Lang) =>
	dayDate(key).toLocaleDateString(lang, { day: 'numeric', month: 'short' });

export const longDay = (key: string, lang: Lang) =>
	dayDate(key).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'long' });

export const monthName = (key: string, lang: Lang) =>
	dayDate(key).toLocaleDateString(lang, { month: 'short' });

export const percent = (share: number, lang: Lang) =>
	new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);

export const number = (n: number, lang: Lang, digits = 0) =>
	new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);

const unit = (n: number, u: 'second' | 'minute' | 'hour', lang: Lang) =>
	new Intl.NumberFormat(lang, {
		style: 'unit',
		unit: u,
		unitDisplay: 'short',
		maximumFractionDigits: u === 'second' ? 1 : 0
	}).format(n);

/** "8 s" under a minute, "12 min" under an hour, "2 h 5 min" above. */
export function duration(ms: number, lang: Lang): string {
	if (ms < 60_000) return unit(Math.round(ms / 100) / 10, 'second', lang);
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return unit(minutes, 'minute', lang);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m ? `${unit(h, 'hour', lang)} ${unit(m, 'minute', lang)}` : unit(h, 'hour', lang);
}
