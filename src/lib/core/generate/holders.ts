// Holders of stances that are not persons: states, capitals, bodies and groups ("Чехословакия",
// "Польские военные", "Большинство учёных"). A small morphology of endings, checked against the
// forms the article itself uses, puts them in the nominative; agreement comes from the verb.

export type GrammaticalNumber = 'm' | 'f' | 'n' | 'pl';

/** Capitals that stand for their state ("Лондон уклонился"); the first state the text names wins. */
const CAPITALS: Record<string, string[]> = {
	Лондон: ['Великобритания', 'Англия'],
	Париж: ['Франция'],
	Вена: ['Австро-Венгрия', 'Австрия'],
	Берлин: ['Германия', 'Пруссия'],
	Петербург: ['Россия'],
	Москва: ['Россия', 'Советская Россия', 'СССР'],
	Варшава: ['Польша'],
	Стокгольм: ['Швеция'],
	Константинополь: ['Турция', 'Османская империя', 'Порта'],
	Стамбул: ['Турция', 'Османская империя'],
	Рим: ['Италия'],
	Прага: ['Чехословакия'],
	Токио: ['Япония'],
	Вашингтон: ['США']
};

/** "Лондон" → "Лондон (Великобритания)" when the article names that state. */
export function withState(holder: string, text: string): string {
	const states = CAPITALS[holder];
	if (!states) return holder;
	const stem = (s: string) => s.slice(0, Math.max(4, s.length - 2));
	const state = states.find((s) => text.includes(stem(s)));
	return state ? `${holder} (${state})` : holder;
}

/** Number and gender of a subject, read from its past-tense or present-tense verb. */
export function numberOfVerb(verb: string): GrammaticalNumber | undefined {
	const v = verb.toLowerCase().split(' ').pop() ?? '';
	if (/(?:ли|лись)$/.test(v) || /(?:ют|ят|ут|ат|ются|ятся)$/.test(v) || /ны$/.test(v)) return 'pl';
	if (/(?:ла|лась)$/.test(v) || /на$/.test(v)) return 'f';
	if (/(?:ло|лось)$/.test(v)) return 'n';
	if (/(?:л|лся)$/.test(v) || /(?:ен|ён)$/.test(v)) return 'm';
	return undefined;
}

/** "заняла" → "занял", "считали" → "считал", "считают" → "считает": the form that goes with "кто". */
export function masculine(verb: string): string {
	return verb
		.split(' ')
		.map((v, i, all) => {
			if (/^был[аио]?$/u.test(v)) return 'был';
			if (/^склонн[аыо]$/u.test(v)) return 'склонен';
			if (i < all.length - 1) return v;
			return v
				.replace(/(?:ла|ли|ло)$/, 'л')
				.replace(/(?:лась|лись|лось)$/, 'лся')
				.replace(/ются$/, 'ется')
				.replace(/ятся$/, 'ится')
				.replace(/ют$/, 'ет')
				.replace(/ят$/, 'ит')
				.replace(/(?:ны|на)$/, /склонн/.test(v) ? 'нен' : 'н');
		})
		.join(' ');
}

/** "занимал" in agreement with the holder. */
export function occupied(n: GrammaticalNumber | undefined, holder: string): string {
	const k = /^большинство\s/iu.test(holder)
		? 'n'
		: /^ряд\s/iu.test(holder)
			? 'm'
			: (n ?? guessNumber(holder));
	return k === 'pl' ? 'занимали' : k === 'f' ? 'занимала' : k === 'n' ? 'занимало' : 'занимал';
}

function guessNumber(holder: string): GrammaticalNumber {
	const first = holder.split(/\s+/)[0].toLowerCase();
	if (/^(?:большинство|ряд)$/.test(first)) return 'n';
	if (/(?:ые|ие|ы|и)$/.test(first)) return 'pl';
	if (/[ая]$/.test(first)) return 'f';
	if (/[оеё]$/.test(first)) return 'n';
	return 'm';
}

/**
 * A holder as it stands mid-sentence: the first word lower-cased unless it is a proper noun
 * ("Польские военные" → "польские военные", "Чехословакия" stays). A word is common when the
 * article also writes it in lower case, or when it is an adjective or a quantifier.
 */
export function midSentence(holder: string, text: string): string {
	const first = holder.split(/\s+/)[0];
	if (!/^[А-ЯЁ][а-яё]/.test(first)) return holder;
	const lower = first.toLowerCase();
	const common =
		/^(?:большинство|ряд|некоторые|многие|автор|авторы|руководство|правительство|представитель|сторонники|противники|историки|учёные|русское|советское)$/.test(
			lower
		) ||
		/(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(lower) ||
		new RegExp(`(?<![А-ЯЁа-яё])${lower}(?![а-яё])`, 'u').test(text);
	return common ? lower + holder.slice(first.length) : holder;
}

/** Word forms of the article, for checking a guessed nominative. */
function seen(text: string, word: string): boolean {
	return new RegExp(`(?<![А-ЯЁа-яё])${word}(?![а-яё])`, 'u').test(text);
}

/**
 * A noun phrase in the locative ("отечественной литературе", "Петербурге", "Европе") in the
 * nominative: adjectives by their endings, the head noun by the forms the article uses.
 */
export function locativeToNominative(phrase: string, text: string): string {
	const words = phrase.split(' ');
	let feminine = false;
	let headDone = false;
	return words
		.map((w) => {
			if (headDone) return w;
			if (/(?:ой|ей)$/.test(w) && /^[а-яё]/.test(w)) {
				feminine = true;
				return w.slice(0, -2) + (/[гкхжшчщ]$/.test(w.slice(0, -2)) ? 'ая' : 'ая');
			}
			if (/(?:ом|ем)$/.test(w) && /^[а-яё]/.test(w)) {
				const stem = w.slice(0, -2);
				return stem + (/[гкхжшчщ]$/.test(stem) ? 'ий' : 'ый');
			}
			headDone = true;
			if (/ии$/.test(w)) return w.slice(0, -1) + 'я';
			if (/е$/.test(w)) {
				const stem = w.slice(0, -1);
				if (feminine) return stem + 'а';
				if (seen(text, stem + 'а') || seen(text, stem + 'у') || seen(text, stem + 'ы'))
					return seen(text, stem) ? stem : stem + 'а';
				return stem;
			}
			return w;
		})
		.join(' ');
}

/** An accusative holder ("Порту", "Лондон", "морские державы") in the nominative. */
export function accusativeToNominative(phrase: string): string {
	const words = phrase.split(' ');
	return words
		.map((w, i) => {
			if (i < words.length - 1 && /ую$/.test(w)) return w.slice(0, -2) + 'ая';
			if (i === words.length - 1 && /[^аеёиоуыэюя]у$/.test(w)) return w.slice(0, -1) + 'а';
			if (i === words.length - 1 && /[^аеёиоуыэюя]ю$/.test(w)) return w.slice(0, -1) + 'я';
			return w;
		})
		.join(' ');
}

/** A genitive plural or singular noun phrase ("морских держав", "Австро-Венгрии") in the nominative. */
export function genitiveToNominative(phrase: string): string {
	const words = phrase.split(' ');
	let headDone = false;
	let plural = false;
	return words
		.map((w) => {
			if (headDone) return w;
			if (/(?:ых|их)$/.test(w) && /^[а-яё]/.test(w)) {
				plural = true;
				return w.slice(0, -2) + (/[гкхжшчщ]$/.test(w.slice(0, -2)) ? 'ие' : 'ые');
			}
			if (/(?:ого|его)$/.test(w)) {
				const stem = w.slice(0, -3);
				return stem + (/[гкхжшчщ]$/.test(stem) || w.endsWith('его') ? 'ий' : 'ый');
			}
			if (/(?:ой|ей)$/.test(w) && /^[а-яё]/.test(w)) return w.slice(0, -2) + 'ая';
			headDone = true;
			if (plural) {
				if (/ов$/.test(w)) return w.slice(0, -2) + (/[гкхжшчщ]$/.test(w.slice(0, -2)) ? 'и' : 'ы');
				if (/ей$/.test(w)) return w.slice(0, -2) + 'и';
				if (/[бвгдзклмнпрстфхцчшщ]$/.test(w)) return w + (/[гкхжшчщ]$/.test(w) ? 'и' : 'ы');
				return w;
			}
			if (/ства$/.test(w)) return w.slice(0, -1) + 'о';
			if (/теля$/.test(w)) return w.slice(0, -1) + 'ь';
			if (/ии$/.test(w)) return w.slice(0, -1) + 'я';
			if (/[бвгдзклмнпрстфхцчшщ]а$/.test(w)) return w.slice(0, -1);
			if (/[бвгдзклмнпрстфхцчшщ]ы$/.test(w)) return w.slice(0, -1) + 'а';
			if (/[гкхжшчщ]и$/.test(w) && /^[А-ЯЁ]/.test(w)) return w.slice(0, -1) + 'а';
			return w;
		})
		.join(' ');
}
