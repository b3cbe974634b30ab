// UI strings in Russian and English. Deck content is never translated: it is what students study.
// Each area of the app keeps its strings in messages/<area>.ts (ru, and en typed by ru's keys);
// this file merges them. Add an area by importing it below.
//
// Areas that only one route shows can instead be loaded with that route: their strings then stay
// out of the first page's JavaScript (its budget is 80 KB gzipped). Import such an area here as a
// type only (its keys join MessageKey) and have its route call `i18n.register(area)`.
import type * as answers from './messages/answers';
import type * as exam from './messages/exam';
import type * as presets from './messages/presets';
import type * as exchange from './messages/exchange';
import type * as generate from './messages/generate';
import type * as history from './messages/history';
import type * as session from './messages/session';
import type * as settings from './messages/settings';
import type * as author from './messages/author';
import type * as stats from './messages/stats';
import type * as storage from './messages/storage';
import type * as notFound from './messages/notfound';
import type * as studyActions from './messages/study-actions';
import type * as customStudy from './messages/custom-study';
import type * as examCountdown from './messages/exam-countdown';
import type * as ownDecks from './messages/own-decks';
import type * as deckOptions from './messages/deck-options';
import type * as shareQr from './messages/share-qr';
import type * as optimizer from './messages/optimizer';
import type * as backup from './messages/backup';
import type * as ankiImport from './messages/anki-import';
import type * as syncMessages from './messages/sync';
import * as study from './messages/study';

const ru = { ...study.ru };

/** Keys of the areas merged here, always loaded. */
export type EagerKey = keyof typeof ru;
/** Keys of the areas their route registers (see above). */
export type LazyKey =
	| keyof typeof stats.ru
	| keyof typeof exam.ru
	| keyof typeof presets.ru
	| keyof typeof answers.ru
	| keyof typeof exchange.ru
	| keyof typeof session.ru
	| keyof typeof settings.ru
	| keyof typeof history.ru
	| keyof typeof author.ru
	| keyof typeof generate.ru
	| keyof typeof storage.ru
	| keyof typeof notFound.ru
	| keyof typeof studyActions.ru
	| keyof typeof customStudy.ru
	| keyof typeof examCountdown.ru
	| keyof typeof ownDecks.ru
	| keyof typeof deckOptions.ru
	| keyof typeof shareQr.ru
	| keyof typeof optimizer.ru
	| keyof typeof backup.ru
	| keyof typeof ankiImport.ru
	| keyof typeof syncMessages.ru;
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

const PLURALS = new Map<string, Intl.PluralRules>();

/**
 * Replaces {name} placeholders; values are inserted as text by the caller's template. A count
 * takes its word's form from the language's plural rules (Intl.PluralRules), in ICU's syntax:
 * "{n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}}", where
 * # is the number.
 */
export function format(
	template: string,
	params?: Record<string, string | number>,
	lang: Lang = 'en'
): string {
	if (!params) return template;
	return template.replace(
		/\{(\w+)(, plural, ((?:\w+ \{[^{}]*\} ?)+))?\}/g,
		(m, k: string, plural?: string, forms?: string) => {
			if (!(k in params)) return m;
			if (!plural) return String(params[k]);
			let rules = PLURALS.get(lang);
			if (!rules) PLURALS.set(lang, (rules = new Intl.PluralRules(lang)));
			const n = Number(params[k]);
			const pick = (cat: string) => new RegExp(`(?:^| )${cat} \\{([^{}]*)\\}`).exec(forms!)?.[1];
			return (pick(rules.select(n)) ?? pick('other') ?? '').replace(/#/g, String(params[k]));
		}
	);
}

/** The browser's preferred language if we speak it, else English. */
export function pickLang(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if ((LANGS as readonly string[]).includes(base)) return base as Lang;
	}
	return 'en';
}
