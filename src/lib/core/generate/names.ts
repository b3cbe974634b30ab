// Persons: found by their initials ("Г. В. Чичерину", "В.Л. Копп") or "фон", then linked to
// their bare mentions ("Коппом", "Сект"). The nominative surname is recovered in reverse: guess
// base forms from every form the text uses, decline each guess and keep the one that explains
// the most forms. Dictionaries confuse surnames with words (Секта → секта), so none is used here.

import { givenForms, givenNominative, isGivenName } from './given';

export interface Mention {
	/** Offsets in the cleaned text, initials included. */
	start: number;
	end: number;
	/** The surname as written ("Секта"). */
	form: string;
	/** Offset of the surname itself. */
	surnameStart: number;
	withInitials: boolean;
}

export interface Person {
	/** Canonical nominative name: "Г. В. Чичерин". */
	name: string;
	surname: string;
	initials: string;
	mentions: Mention[];
}

const UP = 'А-ЯЁ';
const LO = 'а-яё';
const WORD = `[${UP}][${LO}]+(?:-[${UP}][${LO}]+)?`;
// Initials: one capital or a digraph ("Дж."), up to three; an optional particle before the surname.
const INITIAL_RE = new RegExp(
	`(?<![${UP}${LO}.])((?:(?:Дж|[${UP}])\\.\\s?){1,3})\\s?(?:(фон|де|ван|ди|дю|ла)\\s+)?(${WORD})(?![${LO}])`,
	'gu'
);
// A surname without initials after a particle or a title of nobility: "фон Сект", "лорд Кларендон".
const VON_RE = new RegExp(
	`(?<![${LO}])(?:фон|де|ван|лорд|лорда|лорду|лордом|сэр|барон|барона|бароном|барону)\\s+(${WORD})(?![${LO}])`,
	'gu'
);
// Ottoman names: "Омер-паша", "Каратеодори-паши".
const PASHA_RE = new RegExp(
	`(?<![${UP}${LO}])([${UP}][${LO}]+)-(паш[аиеуй]|пашой|бей|бея|хан|хана)(?![${LO}])`,
	'gu'
);
const CAPITAL_RE = new RegExp(`(?<![${UP}${LO}.-])(${WORD})(?![${LO}])`, 'gu');

const VOWELS = /[аеёиоуыэюя]$/;
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;

/** Declension of a masculine surname (or an indeclinable one), nominative first. */
export function declineSurname(n: string): string[] {
	const hy = n.indexOf('-');
	if (hy > 0) {
		const a = n.slice(0, hy);
		const b = n.slice(hy + 1);
		const out = new Set<string>();
		for (const fa of declineSurname(a)) out.add(`${fa}-${b}`);
		for (const fb of declineSurname(b)) out.add(`${a}-${fb}`);
		return [n, ...[...out].filter((f) => f !== n)];
	}
	let m: RegExpExecArray | null;
	if ((m = /^(.+[кгхжшчщ])ий$/.exec(n)) || (m = /^(.+)ий$/.exec(n))) {
		const s = m[1];
		const soft = !/[кгхжшчщц]$/.test(s);
		return soft
			? [n, s + 'его', s + 'ему', s + 'им', s + 'ем']
			: [n, s + 'ого', s + 'ому', s + 'им', s + 'ом'];
	}
	if ((m = /^(.+)[ыо]й$/.exec(n))) {
		const s = m[1];
		return [n, s + 'ого', s + 'ому', s + 'ым', s + 'ом'];
	}
	if ((m = /^(.+)ая$/.exec(n))) return [n, m[1] + 'ой', m[1] + 'ую'];
	if ((m = /^(.+)ь$/.exec(n))) {
		const s = m[1];
		return [n, s + 'я', s + 'ю', s + 'ем', s + 'е'];
	}
	if ((m = /^(.+)й$/.exec(n))) {
		const s = m[1];
		return [n, s + 'я', s + 'ю', s + 'ем', s + 'е'];
	}
	if ((m = /^(.+[^аеёиоуыэюя])а$/.exec(n))) {
		const s = m[1];
		const y = /[гкхжшчщ]$/.test(s) ? 'и' : 'ы';
		return [n, s + y, s + 'е', s + 'у', s + 'ой'];
	}
	if (VOWELS.test(n)) return [n];
	const instr = /[жшчщц]$/.test(n) ? 'ем' : 'ом';
	const forms = [n, n + 'а', n + 'у', n + instr, n + 'е'];
	// -ов/-ев/-ин surnames take the adjectival instrumental: Литвиновым.
	if (/(?:ов|ев|ёв|ин|ын)$/.test(n)) forms[3] = n + 'ым';
	return forms;
}

/** Base forms a surname form may come from. */
function baseGuesses(f: string): string[] {
	const hy = f.indexOf('-');
	if (hy > 0) {
		const a = f.slice(0, hy);
		const b = f.slice(hy + 1);
		const out: string[] = [];
		for (const ga of baseGuesses(a)) for (const gb of baseGuesses(b)) out.push(`${ga}-${gb}`);
		return out;
	}
	const out = new Set<string>([f]);
	const add = (s: string) => {
		if (s.length >= 2) out.add(s);
	};
	let m: RegExpExecArray | null;
	if ((m = /^(.+)(?:ого|ому|ом)$/.exec(f))) {
		add(m[1] + (/[кгхжшчщ]$/.test(m[1]) ? 'ий' : 'ый'));
		add(m[1] + 'ой');
	}
	if ((m = /^(.+)(?:его|ему|ем)$/.exec(f))) {
		add(m[1] + 'ий');
		add(m[1] + 'ь');
		add(m[1] + 'й');
	}
	if ((m = /^(.+)(?:им|ым)$/.exec(f))) {
		add(m[1]);
		add(m[1] + (/[кгхжшчщ]$/.test(m[1]) ? 'ий' : 'ый'));
		add(m[1] + 'ий');
	}
	if ((m = /^(.+)(?:а|у|ом|е|ем)$/.exec(f)) && CONSONANT.test(m[1])) add(m[1]);
	if ((m = /^(.+)(?:ы|и|е|у|ой)$/.exec(f)) && CONSONANT.test(m[1])) add(m[1] + 'а');
	if ((m = /^(.+)(?:я|ю|ем|е)$/.exec(f)) && CONSONANT.test(m[1])) add(m[1] + 'ь');
	return [...out];
}

/** Whether two surname forms may be forms of one surname (share all but the ending). */
export function sameStem(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x === y) return true;
	const ha = x.indexOf('-');
	const hb = y.indexOf('-');
	if (ha > 0 !== hb > 0) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	const shorter = Math.min(x.length, y.length);
	return i >= 3 && i >= shorter - 2 && Math.abs(x.length - y.length) <= 3;
}

/**
 * The nominative surname of one person from every form the text uses. `nominativeForms` are
 * forms seen in a nominative position (subject, after a nominative title).
 */
export function nominativeSurname(forms: string[], nominativeForms: string[] = []): string {
	const uniq = [...new Set(forms)];
	if (
		uniq.length === 1 &&
		/[еиоуэю]$/.test(uniq[0]) &&
		!/(?:ого|его|ому|ему)$/.test(uniq[0]) &&
		!uniq[0].includes('-')
	) {
		// "Иоффе", "Куно", "Штанге": a surname seen in one vowel-final form only is indeclinable,
		// except a dative/genitive after a consonant stem that is far more common ("Хинчуку").
		if (!/[бвгджзклмнпрстфхцчшщ][уе]$/.test(uniq[0]) || /е$/.test(uniq[0])) return uniq[0];
	}
	// A double surname whose second part is an adjective in the nominative ("Колонна-Валевский")
	// is written in the nominative as a whole.
	const nomDouble = uniq.find((f) => /-[А-ЯЁ][а-яё]+(?:ий|ый|ой)$/.test(f));
	if (nomDouble) return nomDouble;
	let best = uniq[0];
	let bestScore = -Infinity;
	const guesses = new Set<string>();
	for (const f of uniq) for (const g of baseGuesses(f)) guesses.add(g);
	for (const g of [...guesses].sort()) {
		const paradigm = new Set(declineSurname(g));
		let score = 0;
		for (const f of uniq) if (paradigm.has(f)) score += 10;
		if (
			uniq.includes(g) &&
			nominativeForms.includes(g) &&
			!/(?:ом|ем|ым|им|ому|ему|ого|его)$/.test(g)
		)
			score += 6;
		// A consonant stem in -а seen once ("Сапега" after "министр") is a nominative only
		// when the context says so; otherwise the genitive of a consonant stem is likelier.
		if (/[^аеёиоуыэюя]а$/.test(g) && !nominativeForms.includes(g)) score -= 3;
		// Shorter guesses that explain the same forms are the usual consonant stems.
		score -= g.length * 0.01;
		if (score > bestScore) {
			bestScore = score;
			best = g;
		}
	}
	return best;
}

const NON_SURNAMES = new Set(['Бог', 'Господь', 'Святой', 'Великий', 'Старший', 'Младший']);

function formatInitials(raw: string): string {
	return (raw.match(/Дж|[А-ЯЁ]/g) ?? []).map((c) => c + '.').join(' ');
}

/** Words that put the next name into the nominative: a title in the nominative, a clause start. */
function looksNominative(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 40), start);
	const after = text.slice(end, end + 30);
	if (/(?:^|[.:;!?«]\s*)$/.test(before)) return true;
	// A title in the nominative, then at most three words of its complement (no verb).
	const title =
		/(?:министр|генерал|посол|президент|канцлер|нарком|посланник|советник|дипломат|член|секретарь|председатель|уполномоченный|представитель|командующий|главнокомандующий|король|император|премьер|гетман|маршал|адмирал|кардинал|консул|лидер|глава)((?:\s+[^\s,]+){0,3})\s+$/iu.exec(
			before
		);
	const verbIn = (words: string) =>
		words
			.split(/\s+/)
			.some(
				(w) =>
					/[аеиоуыя](?:л|ла|ли|ло)$|(?:ет|ит|ют|ят)$/u.test(w) &&
					!/^(?:дел|отдела?|совет)$/u.test(w)
			);
	if (title && !verbIn(title[1]))
		return !/(?:министр|генерал|посол|президент|канцлер|нарком|посланник|советник|дипломат|член|секретарь|председатель|представитель|консул|лидер)(?:а|у|ом|е|я|ю|ем|ого|ому|ым)\s+(?:[^\s,]+\s+){0,4}$/iu.test(
			before
		);
	// A verb after the name is no evidence: "с послом Г. Г. Сеймуром назвал" has another subject.
	return after.length < 0;
}

/**
 * Persons of the article. `citations` (the bracketed archival references) are read for initials
 * only: a person named there with initials and in the body by surname ("Иоффе") gets them.
 */
export function findPersons(text: string, citations = ''): Person[] {
	interface Raw {
		initials: string;
		form: string;
		start: number;
		end: number;
		surnameStart: number;
		nominative: boolean;
	}
	const raws: Raw[] = [];
	INITIAL_RE.lastIndex = 0;
	for (let m = INITIAL_RE.exec(text); m; m = INITIAL_RE.exec(text)) {
		const form = m[3];
		if (NON_SURNAMES.has(form) || isGivenName(form)) continue;
		const start = m.index;
		const end = m.index + m[0].length;
		raws.push({
			initials: formatInitials(m[1]) + (m[2] ? ' ' + m[2] : ''),
			form,
			start,
			end,
			surnameStart: end - form.length,
			nominative: looksNominative(text, start, end)
		});
	}
	INITIAL_RE.lastIndex = 0;
	for (let m = INITIAL_RE.exec(citations); m; m = INITIAL_RE.exec(citations)) {
		if (NON_SURNAMES.has(m[3])) continue;
		raws.push({
			initials: formatInitials(m[1]) + (m[2] ? ' ' + m[2] : ''),
			form: m[3],
			start: -1 - m.index,
			end: -1,
			surnameStart: -1 - m.index,
			nominative: false
		});
	}
	VON_RE.lastIndex = 0;
	for (let m = VON_RE.exec(text); m; m = VON_RE.exec(text)) {
		const end = m.index + m[0].length;
		if (raws.some((r) => r.surnameStart === end - m![1].length)) continue;
		raws.push({
			initials: '',
			form: m[1],
			start: m.index,
			end,
			surnameStart: end - m[1].length,
			nominative: looksNominative(text, m.index, end)
		});
	}
	// Group the mentions with initials into persons.
	interface Group {
		initials: string;
		raws: Raw[];
	}
	const groups: Group[] = [];
	for (const r of raws.sort((a, b) => a.start - b.start)) {
		const g = groups.find(
			(g) =>
				g.raws.some((x) => sameStem(x.form, r.form)) &&
				(!r.initials || !g.initials || compatibleInitials(g.initials, r.initials))
		);
		if (g) {
			g.raws.push(r);
			if (r.initials.length > g.initials.length) g.initials = r.initials;
		} else groups.push({ initials: r.initials, raws: [r] });
	}
	// Bare capitalised words that may be the same surnames.
	const taken = new Set(raws.map((r) => r.surnameStart));
	const bare: Raw[] = [];
	CAPITAL_RE.lastIndex = 0;
	for (let m = CAPITAL_RE.exec(text); m; m = CAPITAL_RE.exec(text)) {
		if (taken.has(m.index)) continue;
		bare.push({
			initials: '',
			form: m[1],
			start: m.index,
			end: m.index + m[1].length,
			surnameStart: m.index,
			nominative: looksNominative(text, m.index, m.index + m[1].length)
		});
	}
	const persons: Person[] = [];
	for (const g of groups) {
		const candidates = bare.filter((b) => g.raws.some((x) => sameStem(x.form, b.form)));
		const nominativeOf = (rs: Raw[]) =>
			nominativeSurname(
				rs.map((f) => f.form),
				rs.filter((f) => f.nominative).map((f) => f.form)
			);
		// Bare forms add evidence, but a guess must still explain every form written with
		// initials: "Литве" must not turn "М. М. Литвинов" into "Литва".
		let surname = nominativeOf(g.raws);
		const widened = nominativeOf([...g.raws, ...candidates]);
		const widenedParadigm = new Set(declineSurname(widened));
		if (g.raws.every((r) => widenedParadigm.has(r.form))) surname = widened;
		const paradigm = new Set(declineSurname(surname));
		const mentions: Mention[] = [...g.raws, ...candidates.filter((b) => paradigm.has(b.form))]
			.sort((a, b) => a.start - b.start)
			.map((r) => ({
				start: r.start,
				end: r.end,
				form: r.form,
				surnameStart: r.surnameStart,
				withInitials: !!r.initials
			}));
		// Mentions inside citations gave forms and initials; the body must name the person.
		const own = mentions.filter((m) => m.start >= 0);
		if (!own.length) continue;
		mentions.splice(0, mentions.length, ...own);
		const name = g.initials ? `${g.initials} ${surname}` : surname;
		const existing = persons.find((p) => p.surname === surname);
		if (existing) {
			existing.mentions.push(...mentions);
			existing.mentions.sort((a, b) => a.start - b.start);
			continue;
		}
		persons.push({ name, surname, initials: g.initials, mentions });
	}
	// One mention belongs to one person only.
	const owner = new Map<number, Person>();
	for (const p of persons) {
		p.mentions = p.mentions.filter((m) => {
			if (owner.has(m.surnameStart)) return false;
			owner.set(m.surnameStart, p);
			return true;
		});
	}
	const rulers = findRulers(text).filter((r) => !persons.some((p) => p.surname === r.surname));
	for (const r of rulers) {
		r.mentions = r.mentions.filter((m) => !owner.has(m.surnameStart));
		if (r.mentions.length) persons.push(r);
	}
	return persons.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const ROMAN = '(?:X{0,3})(?:IX|IV|V?I{0,3})';
const TITLE =
	'(?:императором|императора|императору|император|императрицей|императрицы|императрице|императрица|королём|королем|короля|королю|король|королевой|королевы|королеве|королева|царём|царем|царя|царю|царь|царицей|царицы|царица|султаном|султана|султану|султан|кайзером|кайзера|кайзер|курфюрстом|курфюрста|курфюрст|папой|папы|папа)';
const NAME = `[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?`;
const RULER_RE = new RegExp(
	`(?<![А-ЯЁа-яё])(?:(${TITLE})\\s+)?(${NAME})(?:\\s+(${NAME}))?(?:\\s+(${ROMAN}))?(?![А-ЯЁа-яёA-Z])`,
	'gu'
);

/**
 * Rulers and others named by given names: "Пётр I", "Франц Иосиф", "королева Анна",
 * "Омер-паша"; later bare given names ("Пётр", "Петра") are linked to the same person.
 */
export function findRulers(text: string): Person[] {
	const byName = new Map<string, Person>();
	const add = (name: string, start: number, end: number, form: string, surnameStart: number) => {
		const p = byName.get(name) ?? { name, surname: name, initials: '', mentions: [] };
		byName.set(name, p);
		p.mentions.push({ start, end, form, surnameStart, withInitials: true });
	};
	RULER_RE.lastIndex = 0;
	for (let m = RULER_RE.exec(text); m; m = RULER_RE.exec(text)) {
		const [, title, a, b, roman] = m;
		const ga = givenNominative(a);
		if (!ga) {
			// The regex consumed a word that is not a given name: retry from the next word.
			RULER_RE.lastIndex = m.index + (title ? title.length + 1 : a.length + 1);
			continue;
		}
		const gb = b ? givenNominative(b) : undefined;
		const hasRoman = !!roman && roman.length > 0;
		if (!title && !hasRoman && !gb) {
			RULER_RE.lastIndex = m.index + a.length;
			continue;
		}
		const parts = [ga, ...(gb ? [gb] : [])];
		const name = parts.join(' ') + (hasRoman ? ' ' + roman : '');
		const at = m.index + (title ? m[0].indexOf(a, title.length) : 0);
		const endAt =
			at + [a, gb ? b : ''].filter(Boolean).join(' ').length + (hasRoman ? roman.length + 1 : 0);
		add(name, at, gb || hasRoman ? endAt : at + a.length, a, at);
		if (b && !gb) RULER_RE.lastIndex = at + a.length;
	}
	PASHA_RE.lastIndex = 0;
	for (let m = PASHA_RE.exec(text); m; m = PASHA_RE.exec(text)) {
		const suffix = /^паш/.test(m[2]) ? 'паша' : m[2].replace(/[ая]$/, '');
		add(`${m[1]}-${suffix}`, m.index, m.index + m[0].length, m[0], m.index);
	}
	// Bare given names link to the one ruler of that name ("Пётр" → "Пётр I").
	const persons = [...byName.values()];
	const firstWord = new Map<string, Person[]>();
	for (const p of persons) {
		const w = p.name.split(' ')[0];
		firstWord.set(w, [...(firstWord.get(w) ?? []), p]);
	}
	const seen = new Set(persons.flatMap((p) => p.mentions.map((m) => m.surnameStart)));
	const bareRe = new RegExp(
		`(?<![А-ЯЁа-яё.-])(${NAME})(?![а-яё])(?!\\s+(?:${ROMAN})(?![A-Za-zА-ЯЁа-яё])[IVX])`,
		'gu'
	);
	for (let m = bareRe.exec(text); m; m = bareRe.exec(text)) {
		if (seen.has(m.index)) continue;
		const g = givenNominative(m[1]);
		const owners = g ? firstWord.get(g) : undefined;
		if (!owners || owners.length !== 1) continue;
		// Not the first name of a person with a surname: "Александр Горчаков".
		if (/^\s+[А-ЯЁ]/.test(text.slice(m.index + m[1].length, m.index + m[1].length + 3))) continue;
		owners[0].mentions.push({
			start: m.index,
			end: m.index + m[1].length,
			form: m[1],
			surnameStart: m.index,
			withInitials: false
		});
	}
	for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
	return persons;
}

/** Every case form of a person's surname, or of a ruler's given names. */
export function surnameForms(surname: string): string[] {
	const first = surname.split(' ')[0];
	if (surname.includes(' ') || isGivenName(first))
		return givenForms(givenNominative(first) ?? first);
	return declineSurname(surname);
}

function compatibleInitials(a: string, b: string): boolean {
	a = a.replace(/ (?:фон|де|ван|ди|дю|ла)$/, '');
	b = b.replace(/ (?:фон|де|ван|ди|дю|ла)$/, '');
	return a.startsWith(b) || b.startsWith(a);
}

/** The stem shared by all case forms of a surname, for leak checks: "Чичерин" → "Чичерин". */
export function surnameStem(surname: string): string {
	const forms = declineSurname(surname);
	let stem = forms[0];
	for (const f of forms) {
		let i = 0;
		while (i < stem.length && i < f.length && stem[i] === f[i]) i++;
		stem = stem.slice(0, i);
	}
	return stem.length >= 3 ? stem : surname.slice(0, Math.max(3, surname.length - 2));
}
