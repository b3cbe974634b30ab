// Where a person is named with evidence that the word is a name: initials ("Г. В. Чичерин"), a
// first name ("Георгий Васильевич Чичерин"), a monarch's numeral ("Николай II"), a particle
// ("фон Сект", "де Голль"), a title or office right before the surname ("нарком Чичерин",
// "министра иностранных дел Германии Ратенау"), or a surname the dictionary knows as one
// ("Путин"). Each rule is `{ id, example, apply }`; the example is its unit test.

import { sentenceInitial } from '../../doc';
import type { Case } from '../morphology';
import type { Rule } from '../../rules';
import compounds from './lexicon/compound-surnames.json';
import eastAsian from './lexicon/east-asian-surnames.json';
import speech from './lexicon/speech-verbs.json';
import { yo, type Words } from './words';

const EAST_ASIAN = new Set(eastAsian.surnames);
/** First words of the compound surnames, lowercase: "ллойд" → ["ллойд джордж"]. */
const COMPOUND_FIRST = new Set(compounds.surnames.map((c) => c.split(' ')[0].toLowerCase()));

const DOUBLE_NAMES = new Set(compounds.doubleNames.map((c) => c.toLowerCase()));

/** "Франца Иосифа": the two words at i are a double first name (compared by their stems). */
function isDoubleName(w: Words, i: number): boolean {
	const stem = (k: number) => (w.token(k)?.text ?? '').toLowerCase().slice(0, 4);
	for (const d of DOUBLE_NAMES) {
		const [a, b] = d.split(' ');
		if (stem(i) === a.slice(0, 4) && stem(i + 1) === b.slice(0, 4)) return true;
	}
	return false;
}

/** Whether capitalised words [from, to) begin with a known compound surname ("Ллойд Джорджа"). */
function compoundAt(w: Words, from: number): boolean {
	return COMPOUND_FIRST.has(w.token(from)!.text.toLowerCase());
}

export interface Anchor {
	rule: string;
	/** Token range [start, end) of the whole name (initials and first names included). */
	start: number;
	end: number;
	/** Token range of the surname itself, particles included. */
	surnameFrom: number;
	surnameTo: number;
	/** Tokens of a first name and patronymic. */
	given?: number;
	patronymic?: number;
	/** "Г. В." */
	initials?: string;
	/** A regnal number: "II". */
	numeral?: string;
	/** Cases the surrounding words allow (null: no evidence). */
	cases: Set<Case> | null;
	/** Weak anchors (a dictionary surname alone) make a person only when nothing contradicts it. */
	weak?: boolean;
	/** The surname does not decline (East Asian names). */
	fixed?: boolean;
	/** Named by first name and patronymic alone ("царь Алексей Михайлович"). */
	byPatronymic?: boolean;
	/** A given name written after the surname, in the nominative ("Эньлай" of "Чжоу Эньлай"). */
	after?: string;
}

export type AnchorRule = Rule<{ words: Words; i: number }, Anchor | null>;

const isCapWord = (w: Words, i: number) => {
	const t = w.token(i);
	return !!t && t.kind === 'word' && t.cap && !t.acronym;
};
/** Tokens i and i+1 are adjacent words with only spaces between them (no punctuation). */
const adjacent = (w: Words, i: number) => {
	const t = w.token(i);
	const n = w.token(i + 1);
	return !!t && !!n && t.sentence === n.sentence && /^\s+$/.test(t.gap) && !t.gap.includes('\n');
};

/** Initials from token i: "Г. В. " → ["Г. В.", next token index]. */
function readInitials(w: Words, i: number): [string, number] | null {
	const parts: string[] = [];
	let j = i;
	while (parts.length < 3 && w.token(j) && w.info(j).initial) {
		parts.push(w.token(j)!.text + '.');
		j += 2; // the letter and its full stop
		// "Ю.-Г." is rare; a hyphen after the stop ends the initials.
	}
	return parts.length ? [parts.join(' '), j] : null;
}

/** Particles then one or two capitalised surname words from token j; the end index. */
function readSurname(w: Words, j: number, max = 2, splitting = false): [number, number] | null {
	const from = j;
	while (w.token(j) && w.info(j).particle && adjacent(w, j)) j++;
	if (!isCapWord(w, j)) return null;
	let end = j + 1;
	// A second capitalised word continues the surname ("Ллойд Джордж", "Перес де Куэльяр").
	while (end - j < max) {
		let k = end;
		while (w.token(k) && w.info(k).particle && adjacent(w, k - 1)) k++;
		if (!adjacent(w, end - 1) || !isCapWord(w, k) || !adjacent(w, k - 1)) break;
		// Without a particle between them, two capitalised words are one surname only when
		// known as one ("Ллойд Джордж"); otherwise the caller splits them into name and surname.
		if (k === end && !compoundAt(w, j) && !splitting) break;
		const info = w.info(k);
		// A place-only word ends the name, except as the last of several foreign names, where it
		// is a surname the dictionary knows as a place ("Гамаль Абдель Насер": Lake Nasser).
		const lastOfMany = splitting && k === end && end - j >= 1 && !isCapWord(w, k + 1);
		if ((info.placeOnly && !lastOfMany) || info.initial || info.designator) break;
		if (w.token(k)!.acronym) break;
		if (modifiesNext(w, k)) break; // "Коноплев Русской службе"
		if (info.commonOnly && info.analyses.some((a) => a.pos === 'VERB' || a.pos === 'PREP')) break;
		end = k + 1;
	}
	return [from, end];
}

/** Whether a capitalised word may be a surname by the dictionary: not a common word or place. */
function surnameLike(w: Words, i: number, strict: boolean, afterName = false): boolean {
	const info = w.info(i);
	if (info.month || info.roman || info.latin || info.functionOnly || w.token(i)!.acronym)
		return false;
	// After a first name or initials a place name is a surname too ("Петра Мамонова", "Н. Кан").
	if (info.placeOnly && !afterName) return false;
	if (strict && info.commonOnly) return false;
	return true;
}

const casesOf = (w: Words, i: number, tag: string) => w.cases(i, (a) => a.known && a.tags.has(tag));

export const initialsRule: AnchorRule = {
	id: 'initials-surname',
	example: { text: 'Письмо Г. В. Чичерину от 12 мая.', name: 'Г. В.|Чичерину' },
	apply({ words: w, i }) {
		const prev = w.token(i - 1);
		if (prev && prev.kind === 'word' && prev.cap && prev.text.length === 1) return null;
		const ini = readInitials(w, i);
		if (!ini) return null;
		const s = readSurname(w, ini[1], 2);
		if (!s || !surnameLike(w, s[1] - 1, false, true)) return null;
		return {
			rule: this.id,
			start: i,
			end: s[1],
			surnameFrom: s[0],
			surnameTo: s[1],
			initials: ini[0],
			cases: null
		};
	}
};

export const givenRule: AnchorRule = {
	id: 'given-surname',
	example: { text: 'отставка мэра Москвы Юрия Лужкова.', name: 'Юрия|Лужкова' },
	apply({ words: w, i }) {
		const info = w.info(i);
		if (!isCapWord(w, i) || !info.names.length || !adjacent(w, i)) return null;
		// "Из Манчестера": a preposition at the start of a sentence is not the name "Иза".
		if (info.analyses.some((a) => a.known && (a.pos === 'PREP' || a.pos === 'CONJ'))) return null;
		let j = i + 1;
		let patronymic: number | undefined;
		if (w.info(j).patronymic && isCapWord(w, j)) {
			// "Борис Николаевич", "Наина Иосифовна": a first name and patronymic, no surname.
			if (!adjacent(w, j) || !isCapWord(w, j + 1)) {
				if (isPatronymicOnly(w, j)) return null;
			} else if (!w.info(j + 1).placeOnly && !w.info(j + 1).latin) patronymic = j++;
			// Otherwise "Виктор Шендерович": the -ович word is the surname.
		}
		// "Израиля Биньямин Нетаньяху": a first name that is also a country stands alone.
		const place = info.analyses.some((a) => a.known && a.tags.has('Geox'));
		const read = readSurname(w, j, place ? 1 : 3, true);
		if (!read) return null;
		// "Для Айюб Хана Ташкент стал …": a place after the surname, right before a verb, is that
		// verb's subject ("… и Александр Агеевич Абаза." is a surname, not the town).
		const s: [number, number] = [read[0], read[1]];
		const apart = (k: number) =>
			w.info(k).placeOnly && w.info(k + 1).analyses.some((a) => a.known && a.pos === 'VERB');
		while (s[1] - 1 > s[0] && apart(s[1] - 1)) s[1]--;
		// Several capitalised words: more first names, then the surname ("Хуан Пабло Монтойя"),
		// unless a particle or a known compound joins them ("Перес де Куэльяр", "Ллойд Джордж").
		const joined =
			compoundAt(w, s[0]) ||
			w.doc.tokens.slice(s[0], s[1]).some((_, k) => w.info(s[0] + k).particle);
		const from = joined ? s[0] : s[1] - 1;
		const last = s[1] - 1;
		if (!surnameLike(w, last, false, true)) return null;
		// "Героя Труда": a first name that is also a common noun, before a common word, is that noun.
		if (
			w.info(last).commonOnly &&
			info.analyses.some((a) => a.known && a.pos === 'NOUN' && !a.tags.has('Name'))
		)
			return null;
		// "Франц Иосиф", "Фридрих Вильгельм": two first names that name one monarch.
		if (isDoubleName(w, i)) return null;
		// Agreement: a first name and its surname share a case. "главы Израиля Биньямин
		// Нетаньяху": the genitive "Израиля" is not the first name of the nominative "Биньямин".
		const casesOfNames = (plural: boolean) =>
			new Set(
				info.names
					.filter((a) => plural || a.number !== 'plur')
					.map((a) => a.case)
					.filter((c): c is Case => !!c)
			);
		const sur = w.cases(last);
		// A person's first name is singular: "Александр" is no plural genitive of "Александра", so
		// "Александр Агеевич Абаза" is no genitive of "Абаз" (the plural readings only when the
		// singular ones share no case with the surname's guessed ones).
		let given = casesOfNames(false);
		let common = [...given].filter((c) => sur.has(c));
		if (!common.length) {
			given = casesOfNames(true);
			common = [...given].filter((c) => sur.has(c));
		}
		const fixed = w.info(last).analyses.some((a) => a.tags.has('Fixd'));
		// "Эмиль Вандервельде", "Теофиль Делькассе": a surname in a vowel other than -а/-я that
		// shares no case with its first name does not decline (a declined one would agree:
		// "Симону Петлюре").
		const indeclinable = /[еиоуэю]$/u.test(w.token(last)!.text);
		if (sur.size && !common.length && !fixed && !indeclinable && !w.info(last).known) return null;
		// "Гамаль Абдель Насер": an unknown capitalised word right before the first name is a first
		// name too (not the sentence's first word, nor after a preposition: "в Каире Ахмед …").
		const prev = w.token(i - 1);
		const before = w.token(i - 2);
		const firstToo =
			!!prev &&
			isCapWord(w, i - 1) &&
			adjacent(w, i - 1) &&
			!w.info(i - 1).known &&
			w.doc.firstWord[prev.sentence] !== i - 1 &&
			!(
				before &&
				before.kind === 'word' &&
				w.info(i - 2).analyses.some((a) => a.known && a.pos === 'PREP')
			);
		return {
			rule: this.id,
			start: firstToo ? i - 1 : i,
			end: s[1],
			surnameFrom: from,
			surnameTo: s[1],
			given: firstToo ? i - 1 : i,
			patronymic,
			cases: new Set<Case>(common.length ? common : given)
		};
	}
};

/** A patronymic the dictionary knows, or a feminine one (never a surname): "Николаевич", "Иосифовна". */
function isPatronymicOnly(w: Words, j: number): boolean {
	const info = w.info(j);
	return (
		info.analyses.some((a) => a.known && a.tags.has('Patr')) ||
		/(?:овн|евн|ичн)(?:а|ы|е|у|ой)$/u.test(w.token(j)!.text)
	);
}

/**
 * Who is named by first name and patronymic alone in history: tsars, their kin, patriarchs
 * ("его брат Константин Павлович", "императору Николаю Павловичу", "цесаревич Алексей Петрович").
 */
const PATRONYMIC_TITLE =
	/^(?:царь|царя|царю|царём|царем|царе|царица|царицы|царицу|царевич|царевича|царевна|царевны|государь|государя|князь|князя|княгиня|княгини|княжна|императрица|императрицы|императрицей|император|императора|императору|императором|цесаревич|цесаревича|цесаревичу|наследник|наследника|патриарх|патриарха|брат|брата|брату|братом|сын|сына|сыну|сыном|дочь|дочери|сестра|сестры|сестре)$/iu;

export const givenPatronymicRule: AnchorRule = {
	id: 'given-patronymic',
	example: { text: 'внимание царя Алексея Михайловича к делам', name: '|Алексея Михайловича' },
	apply({ words: w, i }) {
		// Only after a title: "Борис Николаевич" alone is how a news text names Yeltsin again.
		if (!PATRONYMIC_TITLE.test(w.token(i - 1)?.text ?? '')) return null;
		if (!isCapWord(w, i) || !w.info(i).names.length || !adjacent(w, i)) return null;
		const j = i + 1;
		if (!isCapWord(w, j) || !isPatronymicOnly(w, j)) return null;
		// A surname after them is the given-surname rule's ("Алексей Михайлович Романов").
		if (adjacent(w, j) && isCapWord(w, j + 1)) return null;
		const given = casesOf(w, i, 'Name');
		const patr = casesOf(w, j, 'Patr');
		const cases = new Set([...given].filter((c) => !patr.size || patr.has(c)));
		return {
			rule: this.id,
			start: i,
			end: j + 1,
			surnameFrom: i,
			surnameTo: j + 1,
			given: i,
			patronymic: j,
			cases: cases.size ? cases : given,
			byPatronymic: true
		};
	}
};

export const monarchRule: AnchorRule = {
	id: 'monarch',
	example: { text: 'Манифест Николая II о созыве Думы.', name: '|Николая II' },
	apply({ words: w, i }) {
		if (!isCapWord(w, i) || !w.info(i).names.length) return null;
		let j = i + 1;
		// "Фридрих Вильгельм III": a second first name before the numeral.
		if (isCapWord(w, j) && w.info(j).names.length && adjacent(w, i)) j++;
		const num = w.token(j);
		if (!num || !w.info(j).roman || !adjacent(w, j - 1)) return null;
		return {
			rule: this.id,
			start: i,
			end: j + 1,
			surnameFrom: i,
			surnameTo: j + 1,
			numeral: num.text,
			cases: casesOf(w, i, 'Name')
		};
	}
};

export const particleRule: AnchorRule = {
	id: 'particle-surname',
	example: { text: 'Об этом писал генерал фон Сект министру.', name: '|фон Сект' },
	apply({ words: w, i }) {
		if (!w.info(i).particle || !adjacent(w, i)) return null;
		const prev = w.token(i - 1);
		if (prev && (prev.cap || w.info(i - 1).particle) && prev.kind === 'word') return null;
		const s = readSurname(w, i, 2);
		if (!s || !surnameLike(w, s[1] - 1, false)) return null;
		return { rule: this.id, start: i, end: s[1], surnameFrom: s[0], surnameTo: s[1], cases: null };
	}
};

/** Words that may stand between a title and the name: "министр [иностранных дел Германии] Ратенау". */
function complementWord(w: Words, k: number): boolean {
	const t = w.token(k)!;
	if (t.kind !== 'word') return false;
	const info = w.info(k);
	if (t.cap) return t.acronym || info.placeOnly;
	return info.analyses.some(
		(a) => a.known && (a.pos === 'ADJF' || a.pos === 'NOUN' || a.pos === 'PREP' || a.pos === 'PRTF')
	);
}

export const designatorRule: AnchorRule = {
	id: 'designator-surname',
	example: { text: 'Об этом писал нарком Чичерин.', name: '|Чичерин' },
	apply({ words: w, i }) {
		const t = w.token(i)!;
		const info = w.info(i);
		if (!info.designator || (t.cap && !sentenceInitial(w.doc, i))) return null;
		let j = i + 1;
		// Up to five words of complement, none after punctuation.
		for (let n = 0; n < 5 && adjacent(w, j - 1) && w.token(j) && !isNameStart(w, j); n++) {
			if (!complementWord(w, j)) return null;
			if (w.info(j).designator) return null; // the next title anchors on its own
			j++;
		}
		if (!adjacent(w, j - 1) || !isCapWord(w, j)) return null;
		if (w.info(j).initial || w.info(j).names.length) return null; // other rules read those
		const s = readSurname(w, j, 3, true);
		if (!s) return null;
		// Several words after a title are foreign first names and a surname ("президент ФИФА
		// Зепп Блаттер", "премьер Турции Реджеп Тайип Эрдоган"), unless they are one compound
		// surname ("Ллойд Джордж") or an East Asian name, surname first ("Ху Цзиньтао").
		const many = s[1] - s[0] >= 2 && w.token(s[0])!.cap && !compoundAt(w, s[0]);
		const east = many && EAST_ASIAN.has(w.token(s[0])!.text);
		// "в Совете Безопасности": institutions are capitalised common words, not a name.
		if (many && (w.info(s[0]).commonOnly || w.info(s[1] - 1).commonOnly)) return null;
		const from = east ? s[0] : many ? s[1] - 1 : s[0];
		const to = east ? s[0] + 1 : s[1];
		if (!surnameLike(w, to - 1, !many)) return null;
		if (!many && modifiesNext(w, to - 1)) return null;
		// The title and the surname agree in case, unless the surname does not decline.
		const sur = w.cases(to - 1);
		const agree = info.designator.filter((c) => sur.has(c));
		if (sur.size && !agree.length && !many) return null;
		return {
			rule: this.id,
			start: s[0],
			end: east ? s[1] : to,
			surnameFrom: from,
			surnameTo: to,
			given: many && !east ? s[0] : undefined,
			fixed: east || undefined,
			cases: new Set(agree.length ? agree : info.designator)
		};
	}
};

/** "главы Московской области": an adjective agreeing with the noun after it is not a surname. */
function modifiesNext(w: Words, i: number): boolean {
	const n = w.token(i + 1);
	if (!n || n.kind !== 'word' || n.cap || !adjacent(w, i)) return false;
	// Known or guessed: "Тильзитский" is in no dictionary, its ending says adjective.
	const adj = w.info(i).analyses.filter((a) => a.pos === 'ADJF' && (a.known || a.score > 0.2));
	const nouns = w.info(i + 1).analyses.filter((a) => a.known && a.pos === 'NOUN');
	return adj.some((a) => nouns.some((b) => a.case === b.case && a.number === b.number));
}

/** A capitalised word that starts a name the other rules read (a known surname or unknown word). */
function isNameStart(w: Words, j: number): boolean {
	if (!isCapWord(w, j)) return false;
	const info = w.info(j);
	if (info.placeOnly || w.token(j)!.acronym) return false;
	return !info.known || info.surnames.length > 0 || info.names.length > 0 || info.initial;
}

export const knownSurnameRule: AnchorRule = {
	id: 'dictionary-surname',
	example: { text: 'Об этом заявил Путин.', name: '|Путин' },
	apply({ words: w, i }) {
		if (!isCapWord(w, i)) return null;
		const info = w.info(i);
		const known = info.analyses.filter((a) => a.known);
		if (!known.length || info.placeOnly || info.initial || info.month) return null;
		const sur = known.filter((a) => a.tags.has('Surn'));
		if (!sur.length) return null;
		// The dictionary's own likelihoods: a surname reading must dominate ("Путин", not
		// "Рапалльский", whose rare surname reading loses to the adjective).
		const total = known.reduce((s, a) => s + a.score, 0);
		const surScore = sur.reduce((s, a) => s + a.score, 0);
		const other = known.filter((a) => !a.tags.has('Surn') && !a.tags.has('Name'));
		if (surScore < 0.5 * total || (other.length && other[0].score > sur[0].score)) return null;
		if (sentenceInitial(w.doc, i) && known[0] !== sur[0]) return null;
		const s = readSurname(w, i, 1);
		if (!s || modifiesNext(w, i)) return null; // "Тильзитский мир"
		return {
			rule: this.id,
			start: i,
			end: s[1],
			surnameFrom: i,
			surnameTo: s[1],
			cases: new Set(sur.map((a) => a.case!).filter(Boolean)),
			weak: true
		};
	}
};

export const eastAsianRule: AnchorRule = {
	id: 'east-asian-name',
	example: { text: 'Председатель КНР Ху Цзиньтао прибыл.', name: '|Ху' },
	apply({ words: w, i }) {
		const t = w.token(i)!;
		const exact = EAST_ASIAN.has(t.text);
		// "Кима Чен Ира": Korean surnames decline in Russian.
		const declined = !exact && EAST_ASIAN.has(t.text.replace(/(?:а|у|ом|е)$/u, ''));
		if ((!exact && !declined) || !adjacent(w, i) || !isCapWord(w, i + 1)) return null;
		const next = w.info(i + 1);
		if (next.placeOnly || next.known) return null;
		// A Chinese or Korean given name ends in a vowel, н, нь, й or р ("Цзиньтао", "Ир");
		// "Хуан Суареш" is Spanish.
		if (!/(?:[аоэиуыюяйнр]|нь)$/u.test(w.token(i + 1)!.text.replace(/(?:а|у|ом|е)$/u, '')))
			return null;
		let end = i + 2;
		// "Ким Чен Ир": a two-part given name.
		if (
			adjacent(w, i + 1) &&
			isCapWord(w, end) &&
			!w.info(end).known &&
			w.token(end)!.text.length <= 3
		)
			end++;
		// The given name as written; a declined Korean one loses the ending its surname lost.
		const given = w.doc.tokens
			.slice(i + 1, end)
			.map((x) => x.text)
			.join(' ');
		return {
			rule: this.id,
			start: i,
			end,
			surnameFrom: i,
			surnameTo: i + 1,
			cases: null,
			fixed: exact,
			after: exact ? given : given.replace(/(?:а|у|ом|е)$/u, '')
		};
	}
};

/**
 * A foreign first name and surname, neither known to the dictionary, as the subject of a verb:
 * "Биньямин Нетаньяху заявил", "Пегги Уитсон сообщила".
 */
export const foreignSubjectRule: AnchorRule = {
	id: 'foreign-name-subject',
	example: { text: 'Вчера Сэйдзи Маэхара отметил, что визит неуместен.', name: 'Сэйдзи|Маэхара' },
	apply({ words: w, i }) {
		if (!isCapWord(w, i) || !isCapWord(w, i + 1) || !adjacent(w, i)) return null;
		const a = w.info(i);
		const b = w.info(i + 1);
		if (a.known || b.known || a.latin || b.latin) return null;
		if (!adjacent(w, i + 1) || !pastOfOne(w, i + 2)) return null;
		// "в битве при Сидзугатакэ Хидэёси победил": after a preposition the first word is a place.
		if (/^(?:при|под|у|в|во|на|из|с|со|от|до|за|к|близ|около)$/iu.test(w.token(i - 1)?.text ?? ''))
			return null;
		// "в области Канто Хидэёси передал": after a common noun (not a title) it is that noun's name.
		const prev = i > 0 ? w.info(i - 1) : null;
		if (
			prev &&
			w.token(i - 1)?.kind === 'word' &&
			!prev.designator &&
			prev.analyses.some((x) => x.known && x.pos === 'NOUN')
		)
			return null;
		return {
			rule: this.id,
			start: i,
			end: i + 2,
			surnameFrom: i + 1,
			surnameTo: i + 2,
			given: i,
			cases: new Set<Case>(['nomn'])
		};
	}
};

/**
 * "президент США Франклин Делано Рузвельт", "на генерале Дуайте Эйзенхауэре": first names the
 * dictionary does not know as names (one, or two with a middle name) before a surname. Mid-sentence
 * a capital marks them; the dictionary's own readings of them (франклин, a unit; делано, a
 * participle) are no evidence against. The surname must be one: the dictionary's, after a title,
 * or named alone elsewhere in the text.
 */
export const foreignGivenRule: AnchorRule = {
	id: 'foreign-given-surname',
	example: {
		text: 'Тогда президент США Франклин Делано Рузвельт прибыл.',
		name: 'Франклин Делано|Рузвельт'
	},
	apply({ words: w, i }) {
		if (!givenLike(w, i) || sentenceInitial(w.doc, i) || !adjacent(w, i)) return null;
		const before = w.token(i - 1)?.text ?? '';
		if (/^(?:при|под|у|в|во|на|из|с|со|от|до|за|к|близ|около)$/iu.test(before)) return null;
		// "1. Смерть Сталина": a heading's first word, after its number.
		if (!before || /^[\d.:;!?«"„“]/u.test(before)) return null; // nor a quoted title
		const titled = !!w.info(i - 1)?.designator;
		// "программы Спейс Шаттл": after a common noun (not a title) it is that noun's name.
		const prev = w.info(i - 1);
		if (
			!titled &&
			w.token(i - 1)?.kind === 'word' &&
			!w.token(i - 1)!.acronym &&
			!prev.analyses.some((x) => x.tags.has('Geox') || x.tags.has('Orgn')) &&
			prev.analyses.some((x) => x.known && x.pos === 'NOUN')
		)
			return null;
		const k = givenLike(w, i + 1) && adjacent(w, i + 1) ? i + 2 : i + 1;
		if (!isCapWord(w, k) || !surnameLike(w, k, false, true) || w.info(k).placeOnly) return null;
		if (w.info(k).patronymic) return null; // "Юрий Дмитриевич": a name and patronymic
		// "Речи Посполитой": an adjective's ending is no foreign surname's.
		const top = w.info(k).analyses[0];
		if (top && (top.pos === 'ADJF' || top.pos === 'PRTF') && !top.tags.has('Surn')) return null;
		if (isCapWord(w, k + 1) && adjacent(w, k)) return null;
		const known = knownSurnameRule.apply({ words: w, i: k });
		const stem = yo(w.token(k)!.text).slice(0, 5);
		const alone = w.doc.tokens.some(
			(t) =>
				t.i !== k &&
				t.kind === 'word' &&
				t.cap &&
				yo(t.text).slice(0, 5) === stem &&
				!isCapWord(w, t.i - 1)
		);
		// A first word the dictionary knows as a common noun ("Устава Лиги", "Речи Посполитой")
		// takes a surname only on stronger evidence than a second mention.
		const common = w.info(i).analyses.some((a) => a.known && a.pos === 'NOUN');
		if (!known && (common || (!titled && !alone))) return null;
		return {
			rule: this.id,
			start: i,
			end: k + 1,
			surnameFrom: k,
			surnameTo: k + 1,
			given: i,
			cases: known?.cases ?? w.cases(k)
		};
	}
};

/** A capitalised word that may be a foreign first name: no place, title, adjective or acronym. */
function givenLike(w: Words, i: number): boolean {
	if (!isCapWord(w, i)) return false;
	const info = w.info(i);
	if (info.placeOnly || info.designator || info.initial || info.month || info.roman || info.latin)
		return false;
	if (info.particle || info.functionOnly || info.patronymic) return false;
	return !info.analyses.some(
		(a) =>
			a.known &&
			(a.pos === 'ADJF' ||
				a.pos === 'PRTF' ||
				a.tags.has('Geox') ||
				a.tags.has('Orgn') ||
				a.tags.has('Surn'))
	);
}

const SPEECH_VERBS = new Set(speech.verbs.map(yo));
const SPEECH_NOUNS = new Set(speech.nouns.map(yo));
const lemmaIn = (w: Words, i: number, set: Set<string>) =>
	w.info(i).analyses.some((a) => a.known && set.has(yo(a.lemma)));

/** Whether token k is a lowercase verb in the past of one person ("отметил", "заявила"). */
function pastOfOne(w: Words, k: number): boolean {
	const v = w.token(k);
	if (!v || v.kind !== 'word' || v.cap) return false;
	return w
		.info(k)
		.analyses.some(
			(x) =>
				x.known &&
				x.pos === 'VERB' &&
				x.tags.has('past') &&
				x.number !== 'plur' &&
				(x.gender === 'masc' || x.gender === 'femn')
		);
}

/** A single capitalised word that may be a surname with no other evidence than its place. */
function loneSurname(w: Words, i: number): boolean {
	if (!isCapWord(w, i) || sentenceInitial(w.doc, i)) return false;
	const info = w.info(i);
	if (info.initial || info.names.length) return false;
	if (!surnameLike(w, i, true) || modifiesNext(w, i) || w.placeElsewhere(i)) return false;
	const prev = w.token(i - 1);
	// "Перес де Куэльяр": after a particle the word ends a longer name, read as a whole elsewhere.
	if (prev && w.info(i - 1).particle) return false;
	return !prev || !/^[«"“(:]$/.test(prev.text);
}

/**
 * A foreign first name and surname that the dictionary does not know, the first word shaped like a
 * first name to the dictionary's guesser ("Шамсул Майдин", "Любош Михел"): mid-sentence, not a place, not followed by
 * another capitalised word (an organisation: "Тоттенхэм Хотспур Ледли Кинг").
 */
export const foreignPairRule: AnchorRule = {
	id: 'foreign-name-pair',
	example: { text: 'Матч судили Шамсул Майдин (Сингапур) и другие.', name: 'Шамсул|Майдин' },
	apply({ words: w, i }) {
		if (!isCapWord(w, i) || !isCapWord(w, i + 1) || !adjacent(w, i) || sentenceInitial(w.doc, i))
			return null;
		const a = w.info(i);
		const b = w.info(i + 1);
		if (a.known || b.known || a.latin || b.latin || a.initial) return null;
		if (!a.analyses.some((x) => x.tags.has('Name') && x.score >= 0.2)) return null;
		const prev = w.token(i - 1);
		if (prev && (prev.cap || /^[«"“(]$/.test(prev.text))) return null;
		const next = w.token(i + 2);
		if (next && next.kind === 'word' && next.cap && adjacent(w, i + 1)) return null;
		if (!surnameLike(w, i + 1, true)) return null;
		const cases = w.cases(i, (x) => x.tags.has('Name'));
		return {
			rule: this.id,
			start: i,
			end: i + 2,
			surnameFrom: i + 1,
			surnameTo: i + 2,
			given: i,
			cases: cases.size ? cases : null
		};
	}
};

/** Who spoke: "– уточнил Белов", "по словам Данна", "как писал Ключевский". */
export const speakerRule: AnchorRule = {
	id: 'speaker-surname',
	example: { text: '«Это так», – уточнил Белов.', name: '|Белов' },
	apply({ words: w, i }) {
		if (!loneSurname(w, i) || !adjacent(w, i - 1)) return null;
		const prev = w.token(i - 1)!;
		let cases: Case[];
		if (prev.kind === 'word' && lemmaIn(w, i - 1, SPEECH_VERBS)) {
			// "рассказал Викиновостям": the word after the verb must be able to be its subject.
			const cs = w.cases(i);
			if (cs.size && !cs.has('nomn')) return null;
			cases = ['nomn'];
		} else if (
			prev.kind === 'word' &&
			lemmaIn(w, i - 1, SPEECH_NOUNS) &&
			/^по$/iu.test(w.token(i - 2)?.text ?? '')
		)
			cases = ['gent'];
		else return null;
		const next = w.token(i + 1);
		if (next && next.kind === 'word' && next.cap && adjacent(w, i)) return null;
		return {
			rule: this.id,
			start: i,
			end: i + 1,
			surnameFrom: i,
			surnameTo: i + 1,
			cases: new Set(cases)
		};
	}
};

/** A surname as the subject of a verb in the past: "Проди победил", "Коллонтай заявила". */
export const subjectRule: AnchorRule = {
	id: 'subject-surname',
	example: { text: 'После этого, Алонсо финишировал вторым.', name: '|Алонсо' },
	apply({ words: w, i }) {
		const info = w.info(i);
		// Sentence-initial only when the dictionary does not know the word ("Уильямс добавил").
		const initialOk = sentenceInitial(w.doc, i) && !info.known && isCapWord(w, i);
		if ((!loneSurname(w, i) && !initialOk) || !adjacent(w, i)) return null;
		if (initialOk && (info.latin || info.placeOnly || info.names.length || w.placeElsewhere(i)))
			return null;
		if (info.known && !info.surnames.some((a) => a.known)) return null;
		// "Полёт Гагарина был …": after a noun, the word is its genitive, not the subject.
		const prev = w.token(i - 1);
		if (prev && prev.kind === 'word' && adjacent(w, i - 1)) {
			const nounBefore = w.info(i - 1).analyses.some((a) => a.known && a.pos === 'NOUN');
			if (nounBefore) return null;
		}
		if (!pastOfOne(w, i + 1)) return null;
		return {
			rule: this.id,
			start: i,
			end: i + 1,
			surnameFrom: i,
			surnameTo: i + 1,
			cases: new Set<Case>(['nomn'])
		};
	}
};

/** In order: a token starting a longer name is read by the first rule that matches. */
export const ANCHOR_RULES: AnchorRule[] = [
	initialsRule,
	eastAsianRule,
	monarchRule,
	givenPatronymicRule,
	givenRule,
	particleRule,
	designatorRule,
	foreignSubjectRule,
	foreignPairRule,
	foreignGivenRule,
	speakerRule,
	subjectRule,
	knownSurnameRule
];
