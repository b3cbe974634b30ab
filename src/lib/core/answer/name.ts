// Typed names: a student's answer against the fact's person ("Г. В. Чичерин", surname "Чичерин").
// Case and ё/е do not matter; the surname may stand in any grammatical case ("Чичериным",
// "Брокдорфа-Ранцау"); initials and given names are optional, in any order ("Чичерин Г.В.",
// "Георгий Чичерин"). The surname must be that surname: a form of it, not a prefix of it nor a
// word that merely starts the same ("Сект": "Секта" yes, "Секретарь" no).
//
// Grading (a suggestion): surname right and initials right or left out → good; surname right but
// initials wrong → hard (the person was recalled, the details slipped); a surname one letter off a
// form of it ("Гилерсон" for "Гильзерсон", letters swapped) → hard, with the slip shown; another
// surname → again. A Latin letter that looks like a Cyrillic one ("Кoпп" with a Latin o, as phone
// keyboards mix them) is read as that letter.
import { surnameForms } from '../generate/lang/ru/surnames';
import { normalizeAnswer, type PartState, type SuggestedGrade } from './text';

export interface NameCheck {
	ok: true;
	surname: 'right' | 'wrong';
	/** The surname was one letter off: what was typed and the form it was taken for. */
	slip?: { typed: string; meant: string };
	/** Initials (or given names) typed: right, wrong, or missing when none were typed. */
	initials: PartState;
	grade: SuggestedGrade;
}

export type NameCheckResult = NameCheck | { ok: false; error: 'empty' };

// Name particles that are neither initials nor given names (Russian and English spellings).
const PARTICLES = new Set(
	'фон von де ван ди дю ла де-ла van de der den du da di la le al el zu'.split(' ')
);

/** Latin letters without their accents: "Hammarskjold" is "Hammarskjöld" typed in English. */
const unaccented = (s: string) =>
	s
		.normalize('NFD')
		.replace(/(?<=[a-z])[\u0300-\u036f]+/gi, '')
		.normalize('NFC');

/** A surname's words without particles (typed ones are dropped too): "von Seeckt" → "seeckt". */
const surnameWords = (surname: string) => {
	const ws = unaccented(normalizeAnswer(surname)).split(' ');
	const named = ws.filter((w) => !PARTICLES.has(w));
	return named.length ? named : ws;
};

// Surnames repeat (a test checks one person against every other): their forms are kept.
const FORMS = new Map<string, Set<string>>();

/** Every case form of one surname part (no hyphen), normalised. */
function partForms(part: string): Set<string> {
	let forms = FORMS.get(part);
	if (!forms) FORMS.set(part, (forms = declinedForms(part)));
	return forms;
}

function declinedForms(part: string): Set<string> {
	const forms = new Set(
		[...surnameForms(part, 'masc'), ...surnameForms(part, 'femn')].map(normalizeAnswer)
	);
	const n = normalizeAnswer(part);
	// Students write the instrumental either way ("Коппом", "Чичериным" / "Чичерином").
	if (/[бвгджзклмнпрстфхцчшщ]$/.test(n)) {
		forms.add(n + 'ом');
		forms.add(n + 'ым');
		forms.add(n + 'ем');
	}
	return forms;
}

/** Whether a typed word is a form of the surname (each part of a double surname in any case). */
export function isSurnameForm(word: string, surname: string): boolean {
	const parts = surname.split('-');
	const typed = normalizeAnswer(word).split('-');
	if (parts.length !== typed.length) return false;
	return parts.every((p, i) => partForms(p).has(typed[i]));
}

// Latin letters that look like Cyrillic ones (lower case, after normalising).
const LOOKALIKE: Record<string, string> = {
	a: 'а',
	b: 'в',
	c: 'с',
	e: 'е',
	h: 'н',
	k: 'к',
	m: 'м',
	o: 'о',
	p: 'р',
	t: 'т',
	x: 'х',
	y: 'у'
};

/** In a word with Cyrillic letters, Latin look-alikes are the Cyrillic letters they look like. */
function oneScript(word: string): string {
	return /[а-я]/.test(word) ? word.replace(/[abcehkmoptxy]/g, (c) => LOOKALIKE[c]) : word;
}

/** Lower-case words of a name, initials split off ("Г.В.Чичерин" → г, в, чичерин). */
function words(text: string): string[] {
	return unaccented(normalizeAnswer(text))
		.replace(/[.,;:!?«»"“”()]/g, ' ')
		.split(' ')
		.map((w) => oneScript(w.replace(/^-+|-+$/g, '')))
		.filter((w) => w && !PARTICLES.has(w));
}

/** One letter changed, added, dropped, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
	if (a === b || Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	return long.slice(i + 1) === short.slice(i);
}

/** The form of a one-word surname a typed word is one slip from (surnames of 4 letters or more). */
function slipOf(word: string, surname: string): string | null {
	if (surname.includes('-') || normalizeAnswer(surname).length < 4) return null;
	for (const form of partForms(surname)) if (oneSlip(word, form)) return form;
	return null;
}

/** The initials of the canonical name: first letters of everything but the surname. */
export function initialsOf(person: string, surname: string): string[] {
	const s = surnameWords(surname);
	const w = words(person);
	const at = w.findIndex((x, i) => s.every((y, j) => w[i + j] === y));
	const rest = at >= 0 ? [...w.slice(0, at), ...w.slice(at + s.length)] : w.slice(0, -1);
	return rest.map((x) => x[0]);
}

export function checkName(typed: string, person: string, surname: string): NameCheckResult {
	const typedWords = words(typed);
	if (!typedWords.length) return { ok: false, error: 'empty' };
	// A surname of several words (a ruler's "Пётр I"): its first word declines, the rest stay.
	const [head, ...tail] = surnameWords(surname);
	const at = typedWords.findIndex(
		(w, i) => isSurnameForm(w, head) && tail.every((t, j) => typedWords[i + 1 + j] === t)
	);
	if (at < 0) {
		const slip = tail.length
			? null
			: typedWords.map((w) => ({ typed: w, meant: slipOf(w, head) })).find((x) => x.meant);
		return slip?.meant
			? {
					ok: true,
					surname: 'wrong',
					initials: 'missing',
					grade: 'hard',
					slip: { typed: slip.typed, meant: slip.meant }
				}
			: { ok: true, surname: 'wrong', initials: 'missing', grade: 'again' };
	}

	const others = [...typedWords.slice(0, at), ...typedWords.slice(at + 1 + tail.length)];
	const expected = initialsOf(person, surname);
	let initials: PartState = 'missing';
	if (others.length) {
		// Given name and patronymic at most: more words than that is not a name.
		const typedInitials = others.map((w) => w[0]);
		const fits =
			typedInitials.length <= Math.max(2, expected.length) &&
			typedInitials.every((c, i) => expected[i] === undefined || expected[i] === c) &&
			typedInitials.length <= expected.length;
		initials = fits ? 'right' : 'wrong';
	}
	return { ok: true, surname: 'right', initials, grade: initials === 'wrong' ? 'hard' : 'good' };
}

const PERSON_RE = /^((?:[А-ЯЁA-Z]\.\s?)+)\s*([А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?)$/u;

/** A holder written like a person ("В. Симонс") as name and surname; null for "Германия". */
export function personOf(holder: string): { name: string; surname: string } | null {
	const m = PERSON_RE.exec(holder.trim());
	return m ? { name: holder.trim(), surname: m[2] } : null;
}
