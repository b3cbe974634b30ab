// The nominative of a surname, recovered from every form the article uses. Candidates come from
// the dictionary's analyses of each form (Az.js), from undoing the usual endings ("Секта" →
// "Сект", "Будённого" → "Будённый"), and from the form itself (surnames that do not decline:
// Иоффе, Куно, Ратенау). Each candidate is declined forward with petrovich, which knows Russian
// surname declension, foreign ones included; the candidate whose paradigm explains the most
// forms, in the cases their neighbours allow, wins. A dictionary that knows the nominative as a
// surname tips a tie. So "Лужкова" after "Юрия" gives "Лужков", "Демидовой" after "Анны" gives
// "Демидова", and "Секта", "Сектом", "Секту" give "Сект", not the noun "секта".

import petrovich from 'petrovich';
import type { Case, Gender, Morphology } from '../morphology';
import { yo } from '../../../text/fold';

export interface Form {
	/** The surname as written ("Лужкова", "Брокдорфа-Ранцау", "Ллойд Джорджа"). */
	text: string;
	/** Cases its neighbours allow (null: no evidence). */
	cases: Set<Case> | null;
	/** How much this occurrence counts (anchored mentions count more than bare ones). */
	weight: number;
}

const PETROVICH_CASE: Record<Case, keyof typeof petrovich.male.last> = {
	nomn: 'nominative',
	gent: 'genitive',
	datv: 'dative',
	accs: 'accusative',
	ablt: 'instrumental',
	loct: 'prepositional'
};
const ALL_CASES: Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

const declined = new Map<string, string>();

/** A surname in one case, for one gender (petrovich; the nominative is the name itself). */
const IA: Record<Case, string> = {
	nomn: 'я',
	gent: 'и',
	datv: 'и',
	accs: 'ю',
	ablt: 'ей',
	loct: 'и'
};

export function declineSurname(nominative: string, gender: Gender, c: Case): string {
	if (c === 'nomn') return nominative;
	const key = `${nominative}|${gender}|${c}`;
	let f = declined.get(key);
	if (f === undefined) {
		const kind = gender === 'femn' ? petrovich.female : petrovich.male;
		// A man's surname in -ия declines as "армия" does (Берия, Берии, Берию; Гамсахурдия);
		// petrovich leaves it unchanged, and the text's "Берии" then reads as "Берий".
		const ia = gender === 'masc' && /[^аеёиоуыэюя]ия$/u.test(nominative);
		f = ia ? nominative.slice(0, -1) + IA[c] : kind.last[PETROVICH_CASE[c]](nominative);
		if (declined.size > 50_000) declined.clear();
		declined.set(key, f);
	}
	return f;
}

/** Every form of a surname in the singular, lowercase with ё→е (for matching bare mentions). */
export function surnameForms(nominative: string, gender: Gender): Set<string> {
	return new Set(ALL_CASES.map((c) => yo(declineSurname(nominative, gender, c))));
}

// Endings to undo, each with what the nominative ends in instead.
const UNDO: [RegExp, string[]][] = [
	[/(?:ого|ому|ым|ом)$/u, ['ый', 'ий', 'ой']],
	[/(?:его|ему|им|ем)$/u, ['ий']],
	[/(?:ой|ою|ую)$/u, ['ая', 'а']],
	[/(?:а|у|ом|е|ым|ем|ым)$/u, ['']],
	[/(?:ы|и|е|у|ой|ою)$/u, ['а']],
	[/(?:я|ю|ем|е|ей)$/u, ['ь', 'й', 'я']]
];

function guesses(word: string): string[] {
	const out = [word];
	for (const [re, subs] of UNDO) {
		const m = re.exec(word);
		if (!m) continue;
		for (const s of subs) {
			const g = word.slice(0, m.index) + s;
			if (g.length >= 2) out.push(g);
		}
	}
	return out;
}

/** Nominative candidates for one written surname (the last word declines in compounds). */
export function candidates(morph: Morphology, text: string): Set<string> {
	const words = text.split(' ');
	const last = words[words.length - 1];
	const head = words.slice(0, -1).join(' ');
	const join = (w: string) => (head ? `${head} ${w}` : w);
	const out = new Set<string>();
	const parts = last.split('-');
	const options = parts.map((part) => {
		const o = new Set(guesses(part));
		for (const a of morph.analyse(part)) {
			if (a.number === 'plur' || (a.pos !== 'NOUN' && a.pos !== 'ADJF')) continue;
			const nom = a.case === 'nomn' ? null : morph.inflect(a, { case: 'nomn' });
			if (nom) o.add(capitalise(nom, part));
		}
		return o;
	});
	for (let k = 0; k < parts.length; k++)
		for (const o of options[k])
			out.add(join([...parts.slice(0, k), o, ...parts.slice(k + 1)].join('-')));
	// "Репнина-Оболенского": both halves of a double surname decline ("Репнин-Оболенский").
	if (parts.length === 2)
		for (const a of options[0]) for (const b of options[1]) out.add(join(`${a}-${b}`));
	return out;
}

export function capitalise(lower: string, like: string): string {
	const cap = like && like[0] !== like[0].toLowerCase();
	return cap ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** Whether the dictionary knows `n` as a surname in the nominative of this gender. */
function knownSurname(morph: Morphology, n: string, gender: Gender): boolean {
	const last = n.split(/[ -]/).pop() ?? n;
	return morph
		.analyse(last)
		.some(
			(a) =>
				a.known && a.tags.has('Surn') && a.case === 'nomn' && (!a.gender || a.gender === gender)
		);
}

/**
 * How well the nominative `n` explains the forms. Each distinct written form counts once (a
 * person's paradigm must cover all of them), by its best occurrence: in a case its neighbours
 * allow (1), in another case (0.7: the dictionary's reading of a neighbour can be wrong), or only
 * because `n` would not decline at all (0.5: otherwise every oblique form, "Мильнеру", would
 * explain itself as an indeclinable surname). Repeats add a little.
 */
function explained(n: string, g: Gender, forms: Form[]): number {
	const byText = new Map<string, number>();
	const count = new Map<string, number>();
	for (const f of forms) {
		let best = 0;
		for (const c of ALL_CASES) {
			if (declineSurname(n, g, c) !== f.text) continue;
			const hinted = !f.cases || !f.cases.size || f.cases.has(c);
			const changes = c === 'nomn' || declineSurname(n, g, c === 'gent' ? 'datv' : 'gent') !== n;
			best = Math.max(best, changes ? (hinted ? 1 : 0.7) : 0.5);
		}
		byText.set(f.text, Math.max(byText.get(f.text) ?? 0, best * f.weight));
		count.set(f.text, (count.get(f.text) ?? 0) + (best ? 1 : 0));
	}
	let s = 0;
	for (const [t, v] of byText) s += v + 0.1 * Math.max(0, (count.get(t) ?? 0) - 1);
	return s;
}

/** What the dictionary and the shape of `n` say, before any form is counted. */
function prior(morph: Morphology, n: string, g: Gender, free: boolean, forms: Form[]): number {
	let s = 0;
	if (knownSurname(morph, n, g)) s += 0.6;
	// Most persons in history texts are men; a woman needs the text's word for it.
	if (free) s += g === 'masc' ? 0.1 : -0.3;
	// Shapes a nominative surname rarely takes: oblique endings ("Юреневу", "Сеймуром",
	// "Налбандовый"), a man's name in -ова ("Перминова"), ы after г/к/х/ж/ш/ч/щ ("Долгорукый").
	const last = n.split(/[ -]/).pop() ?? n;
	if (/[бвгджзклмнпрстфхцчшщ]у$/u.test(last) && !knownSurname(morph, n, g)) s -= 0.5;
	if (/(?:ом|ем|ым|им|ого|его|ому|ему)$/u.test(last)) s -= 0.8;
	if (/(?:ов|ев|ин)ый$/u.test(last)) s -= 0.8;
	if (/[гкхжшчщ]ы/u.test(last)) s -= 1;
	if (g === 'masc' && /(?:ов|ев|ёв|ин|ын)а$/u.test(last)) s -= 0.5;
	else if (g === 'masc' && /[бвгджзклмнпрстфхцчшщ]а$/u.test(last)) s -= 0.15;
	// "к хану Берке" is Берке's dative, not a man named "Беркя" (-я after a consonant); unless the
	// text writes it so where a nominative stands ("полковник Павел Тетеря", "Б. Н. Флоря").
	const nominative = forms.some((f) => f.text === n && f.cases?.has('nomn'));
	if (
		g === 'masc' &&
		/[бвгджзклмнпрстфхцчшщ]я$/u.test(last) &&
		!knownSurname(morph, n, g) &&
		!nominative
	)
		s -= 0.6;
	return s;
}

/**
 * The nominative that explains the most forms, and the gender it was read with. `gender` is the
 * text's hint (a first name, a patronymic, a verb's ending): preferred, not imposed, since the
 * dictionary's gender of a foreign first name can be wrong ("Гаррета").
 */
export function resolveSurname(
	morph: Morphology,
	forms: Form[],
	gender?: Gender
): { nominative: string; gender: Gender } {
	const pool = new Set<string>();
	for (const f of forms) for (const c of candidates(morph, f.text)) pool.add(c);
	const written = new Set(forms.map((f) => f.text));
	// One form, written again and again ("Харада", "Нессельроде" in every case the text needs): a
	// surname that declined would have shown another form by now.
	const unchanged = written.size === 1 ? Math.min(1.2, 0.3 * (forms.length - 1)) : 0;
	let best = { nominative: forms[0].text, gender: gender ?? ('masc' as Gender) };
	let top = -Infinity;
	for (const g of ['masc', 'femn'] as Gender[]) {
		for (const n of pool) {
			const hint = gender ? (g === gender ? 0.6 : 0) : 0;
			const s =
				explained(n, g, forms) +
				prior(morph, n, g, !gender, forms) +
				hint +
				(written.has(n) ? unchanged : 0);
			// Ties go to a form the text writes ("Нессельроде" over "Нессельрод"), then to the
			// shorter nominative ("Налбандовым" is Налбандов's, not "Налбандовой").
			const better =
				s > top + 1e-9 ||
				(Math.abs(s - top) < 1e-9 &&
					(written.has(n) && !written.has(best.nominative)
						? true
						: written.has(n) === written.has(best.nominative) &&
							n.length < best.nominative.length));
			if (better) {
				top = s;
				best = { nominative: n, gender: g };
			}
		}
	}
	return best;
}
