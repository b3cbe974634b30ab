// UI strings in Russian and English. Deck content is never translated: it is what students study.
// Each area of the app keeps its strings in messages/<area>.ts (ru, and en typed by ru's keys);
// this file merges them. Add an area by importing it below.
import * as stats from './messages/stats';
import * as study from './messages/study';

const ru = { ...study.ru, ...stats.ru };

export type MessageKey = keyof typeof ru;

const en: Record<MessageKey, string> = { ...study.en, ...stats.en };

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { ru, en };

/** Replaces {name} placeholders; values are inserted as text by the caller's template. */
export function format(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The browser's preferred language if we speak it, else English. */
export function pickLang(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if ((LANGS as readonly string[]).includes(base)) return base as Lang;
	}
	return 'en';
}
