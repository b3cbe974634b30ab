// UI strings in Russian and English. Deck content is never translated: it is what students study.
// Each area of the app keeps its strings in messages/<area>.ts (ru, and en typed by ru's keys);
// this file merges them. Add an area by importing it below.
//
// Areas that only one route shows can instead be loaded with that route: their strings then stay
// out of the first page's JavaScript (its budget is 80 KB gzipped). Import such an area here as a
// type only (its keys join MessageKey) and have its route call `i18n.register(area)`.
import type * as answers from './messages/answers';
import type * as exam from './messages/exam';
import type * as exchange from './messages/exchange';
import type * as generate from './messages/generate';
import type * as history from './messages/history';
import type * as session from './messages/session';
import type * as settings from './messages/settings';
import type * as author from './messages/author';
import type * as stats from './messages/stats';
import type * as storage from './messages/storage';
import * as study from './messages/study';

const ru = { ...study.ru };

/** Keys of the areas merged here, always loaded. */
export type EagerKey = keyof typeof ru;
/** Keys of the areas their route registers (see above). */
export type LazyKey =
	| keyof typeof stats.ru
	| keyof typeof exam.ru
	| keyof typeof answers.ru
	| keyof typeof exchange.ru
	| keyof typeof session.ru
	| keyof typeof settings.ru
	| keyof typeof history.ru
	| keyof typeof author.ru
	| keyof typeof generate.ru
	| keyof typeof storage.ru;
export type MessageKey = EagerKey | LazyKey;

const en: Record<EagerKey, string> = { ...study.en };

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];
export const MESSAGES: Record<Lang, Record<EagerKey, string>> = { ru, en };

/** The strings of an area, as messages/<area>.ts exports them. */
export interface MessageArea {
	ru: Record<string, string>;
	en: Record<string, string>;
}

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
