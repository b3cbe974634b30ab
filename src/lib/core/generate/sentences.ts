// Sentence splitting on cleaned text. Initials ("Г. В. Чичерин"), "г."/"гг." after years and
// quotations with their own full stops must not end a sentence.

export interface Sentence {
	/** Index of the sentence in the article. */
	index: number;
	/** Index of the paragraph the sentence belongs to. */
	paragraph: number;
	/** Offsets in the cleaned text. */
	start: number;
	end: number;
	text: string;
}

/**
 * What a language tells the splitter: which characters close an end token after ". ! ? …", what
 * must follow for a new sentence to start, and which full stops do not end one (initials,
 * abbreviations). The loop is shared (`splitSentences`); a language pack passes its own rules.
 */
export interface SplitRules {
	/** A closing character of the end token ("»", "”", ")"). */
	closing: RegExp;
	/** The next few characters after the end token when a new sentence starts there. */
	opens: RegExp;
	/** Whether the full stop at `i` (the end token ends at `j`) does not end its sentence. */
	keepsStop(text: string, i: number, j: number, start: number): boolean;
}

// With the ranks and titles encyclopedias write short before a name ("корпусу фельдм. Х. фон
// Левальда", "Имп. Елизавета Петровна", "кн. Г. А. Потёмкин"): a capital after them starts no
// sentence.
const ABBREVIATIONS =
	/(?:^|[\s(])(?:г|гг|вв|в|т|е|др|пр|см|им|ст|тыс|млн|млрд|руб|чел|ок|оп|л|д|ф|с|н|янв|февр|апр|авг|сент|окт|нояб|дек|нач|сер|кон|ген|фельдм|адм|кн|гр|имп|кор|герц|митр|патр|св|проф|акад|канц|мин|посл)\.$/i;

const MONTH_GEN =
	'(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
/** A date adverbial alone, up to its "г." ("В сентябре 1557 г.", "15 (27) декабря 1893 г."). */
const DATE_ONLY = new RegExp(
	'^\\s*(?:(?:в|во|к|с|летом|весной|осенью|зимой|в\\s+(?:начале|конце|середине))\\s+)?' +
		`(?:\\d{1,2}(?:\\s*\\(\\d{1,2}\\))?\\s+${MONTH_GEN}\\s+|(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\\s+)?` +
		'\\d{3,4}\\s*г\\.$',
	'iu'
);

const SENTENCE_OPENER =
	/^(?:\d|(?:Так|Но|Однако|В|Во|На|После|Затем|Это|Эта|Этот|Эти|Вместе|Тем|Уже|Кстати|По|С|К|О|Об|Для|Из|При|Ещё|Еще|Он|Она|Они|Мы|Его|Их|Когда|Хотя|Если|Лишь|Только|Тогда|Позднее|Вскоре|Накануне|Летом|Весной|Осенью|Зимой|Поэтому|Между|Как|А|И|Все|Всё)[\s,])/u;

/**
 * The Russian rules. `opensSentence(word, following, preceding)` (from the language pack's
 * dictionary) tells whether a capitalised word after "1698 гг." starts a new sentence: a common
 * word does ("Целью", "Крымская"); a name does when what precedes had its verb and the name has one
 * of its own.
 */
export function russianRules(
	opensSentence: (word: string, following: string, preceding: string) => boolean = () => false
): SplitRules {
	return {
		closing: /[.!?…»"”)]/,
		opens: /^ ["«“]?[А-ЯЁA-Z0-9]/,
		keepsStop(text, i, j, start) {
			const before = text.slice(Math.max(0, i - 12), i + 1);
			// An initial: one capital letter and a full stop ("Г." in "Г. В. Чичерин").
			if (/(?:^|[\s.(«"])(?:[А-ЯЁ]|Дж)\.$/.test(before)) return true;
			// "В сентябре 1557 г. Ливонский орден заключил …", "Летом 1878 г. 80-летний Горчаков …":
			// a sentence so far only a date cannot end at its "г.".
			if (DATE_ONLY.test(text.slice(start, i + 1))) return true;
			// After "г." a new sentence starts only with a word that cannot be a name ("1914 г. Так,").
			const nextWord = /^\s*[«"“]?([А-ЯЁ][а-яё-]+)/u.exec(text.slice(j + 1, j + 40))?.[1] ?? '';
			const yearEnd =
				/\d\s*гг?\.$/.test(before) &&
				(SENTENCE_OPENER.test(text.slice(j + 2, j + 30)) ||
					(!!nextWord &&
						opensSentence(
							nextWord,
							text.slice(j + 1, j + 160),
							text.slice(Math.max(start, i - 300), i)
						)));
			// A list number ("…1923 г.: 1. «Поручить…»"); "…на Даунинг-стрит, 10. А 2 мая …": a number
			// after a comma ends its sentence.
			const listNumber = /(?:^|[\s:;])\d{1,2}\.$/.test(before) && !/,\s*\d{1,2}\.$/.test(before);
			return !yearEnd && (listNumber || ABBREVIATIONS.test(before));
		}
	};
}

/** Splits cleaned text into sentences by a language's rules (Russian by default). */
export function splitSentences(
	text: string,
	opensSentence?: (word: string, following: string, preceding: string) => boolean,
	rules: SplitRules = russianRules(opensSentence)
): Sentence[] {
	const out: Sentence[] = [];
	let paragraph = 0;
	let start = 0;
	let depth = 0; // «» nesting
	const emit = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e > s) out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n') {
			emit(i);
			paragraph++;
			depth = 0;
			start = i + 1;
			continue;
		}
		if (ch === '«') depth++;
		else if (ch === '»') depth = Math.max(0, depth - 1);
		if (!/[.!?…]/.test(ch)) continue;
		// The end token: punctuation, closing quotes/brackets, maybe one more full stop.
		let j = i;
		let closedQuote = false;
		while (j + 1 < text.length && rules.closing.test(text[j + 1])) {
			j++;
			if (text[j] === '»') {
				closedQuote = true;
				depth = Math.max(0, depth - 1);
			}
		}
		if (!rules.opens.test(text.slice(j + 1, j + 5)) && j + 1 < text.length) {
			i = j;
			continue;
		}
		// "8 июня 1905 г. (н. ст.) Рузвельт направил …": a style mark in brackets ends nothing.
		const styleMark =
			text[j] === ')' &&
			j === i + 1 &&
			/\((?:н\.\s*ст|ст\.\s*ст|по\s+ст)\.$/u.test(text.slice(i - 9, i + 1));
		if (styleMark || (ch === '.' && j === i && rules.keepsStop(text, i, j, start))) {
			i = j;
			continue;
		}
		// "…" inside a quotation is an omission, not the end of the sentence.
		if (depth > 0 && !closedQuote) {
			i = j;
			continue;
		}
		if (closedQuote) depth = 0;
		emit(j + 1);
		i = j;
	}
	emit(text.length);
	return out;
}
