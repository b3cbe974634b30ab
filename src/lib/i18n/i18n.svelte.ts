// The UI language: chosen in settings, else the browser's. Kept in localStorage so the first
// paint is already in the right language (IndexedDB would answer only after a round trip).
import {
	format,
	MESSAGES,
	pickLang,
	type Lang,
	type MessageArea,
	type MessageKey
} from './messages';

const KEY = 'kartoteka.lang';

class I18n {
	#lang = $state<Lang>('en');
	/** Strings of the areas loaded with their route (messages.ts says why). */
	#registered = $state.raw<Record<Lang, Record<string, string>>>({ ru: {}, en: {} });

	constructor() {
		if (typeof window === 'undefined') return;
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(KEY);
		} catch {
			// Storage may be blocked (private mode); the browser's language will do.
		}
		this.#lang =
			stored === 'ru' || stored === 'en'
				? stored
				: pickLang(navigator.languages ?? [navigator.language]);
		document.documentElement.lang = this.#lang;
	}

	get lang(): Lang {
		return this.#lang;
	}

	set lang(value: Lang) {
		this.#lang = value;
		document.documentElement.lang = value;
		try {
			localStorage.setItem(KEY, value);
		} catch {
			// Not saved: the choice still holds for this visit.
		}
	}

	/** Adds an area's strings; its route calls this before it renders. */
	register(area: MessageArea): void {
		const r = this.#registered;
		if (Object.keys(area.ru).every((k) => k in r.ru)) return; // already there: no re-render
		this.#registered = { ru: { ...r.ru, ...area.ru }, en: { ...r.en, ...area.en } };
	}

	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		format(
			(MESSAGES[this.#lang] as Record<string, string>)[key] ??
				this.#registered[this.#lang][key] ??
				key,
			params,
			this.#lang
		);
}

export const i18n = new I18n();
export const t = i18n.t;
