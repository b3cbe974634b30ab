// Persons of an article, however it names them: anchored mentions first (person-anchors.ts),
// grouped into individuals by their nominative surname (surnames.ts) and first names, then every
// later bare mention of a known surname in any case ("Чичерину", "Сектом") linked to its person.
// One canonical person per individual, named in the nominative as the text names them at their
// fullest: "Георгий Васильевич Чичерин", "Г. В. Чичерин", "Николай II".

import indeclinableGiven from './lexicon/indeclinable-given.json';
import { spanText, type Doc } from '../../doc';
import type { Case, Gender, Morphology } from '../morphology';
import type { Person, PersonMention } from '../person';
import { ANCHOR_RULES, type Anchor } from './person-anchors';
import { candidates, capitalise, resolveSurname, surnameForms, type Form } from './surnames';
import { DROP_PARTICLES, Words, yo } from './words';
import { partitionPoint } from '../../../util/search';

interface Group {
	anchors: Anchor[];
	forms: Form[];
	given?: string;
	patronymic?: string;
	initials?: string;
	numeral?: string;
	/** Known by first name and patronymic alone (person-anchors.ts). */
	byPatronymic?: boolean;
	gender?: Gender;
	weak: boolean;
	/** Nominatives its forms may come from (lowercase, ё→е). */
	keys: Set<string>;
	/** The anchor whose first names are written out ("Джон Фостер Даллес"), for the full name. */
	named?: Anchor;
	/** A Portuguese first name as written ("Паулу"): its surname in -у, -ю, -ш does not decline. */
	portuguese?: string;
	/** An East Asian given name, written after the surname ("Чжоу Эньлай"). */
	after?: string;
}

/** All anchored mentions, left to right, none overlapping. */
function findAnchors(w: Words): Anchor[] {
	const out: Anchor[] = [];
	const n = w.doc.tokens.length;
	for (let i = 0; i < n; i++) {
		for (const rule of ANCHOR_RULES) {
			const a = rule.apply({ words: w, i });
			if (a) {
				out.push(a);
				i = a.end - 1;
				break;
			}
		}
	}
	return out;
}

/** The surname as written, without a dropped particle ("фон Секта" → "Секта"). */
function surnameText(w: Words, a: Anchor): string {
	const toks = w.doc.tokens.slice(a.surnameFrom, a.surnameTo).map((t) => t.text);
	while (toks.length > 1 && DROP_PARTICLES.has(toks[0])) toks.shift();
	return toks.join(' ');
}

/** Case evidence around a mention: a past-tense verb right after it makes it a subject. */
function caseHints(w: Words, a: Anchor): Set<Case> | null {
	if (a.cases && a.cases.size) return a.cases;
	// A title or office before the name gives its case ("министр иностранных дел Польши Е. Сапега":
	// a nominative, so "Сапега", not the genitive of "Сапег").
	for (let k = a.start - 1, n = 0; k >= 0 && n < 6; k--, n++) {
		const t = w.token(k)!;
		if (t.kind !== 'word') break;
		const info = w.info(k);
		if (info.designator) return new Set(info.designator);
		const complement =
			info.placeOnly ||
			t.acronym ||
			info.analyses.some((x) => x.known && (x.case === 'gent' || x.pos === 'ADJF'));
		if (!complement) break;
	}
	if (afterShortTitle(w, a.start)) return new Set<Case>(['gent']);
	const next = w.token(a.end);
	if (next && next.kind === 'word' && !next.cap && !afterNoun(w, a.start)) {
		const verb = w
			.info(a.end)
			.analyses.some((x) => x.known && x.pos === 'VERB' && x.tags.has('past'));
		if (verb) return new Set<Case>(['nomn']);
	}
	return null;
}

/** Gender evidence: a first name, a patronymic, or the ending of the verb after the name. */
function genderOf(w: Words, a: Anchor): Gender | undefined {
	if (a.patronymic !== undefined) {
		const p = w.token(a.patronymic)!.text;
		if (/(?:вн|ичн)[аыеуо]/u.test(p)) return 'femn';
		if (/(?:вич|ич)/u.test(p)) return 'masc';
	}
	// A monarch's first name tells the gender ("Василия II" before "Софья … сорвала").
	const given = a.given ?? (a.numeral !== undefined ? a.start : undefined);
	if (given !== undefined) {
		const g = new Set(
			w
				.info(given)
				.names.map((x) => x.gender)
				.filter(Boolean)
		);
		if (g.size === 1) return [...g][0];
	}
	const next = w.token(a.end);
	// "эскадра П. С. Нахимова уничтожила …": after a noun the name is its genitive, and the verb
	// agrees with the noun, not with the person.
	if (next && next.kind === 'word' && !next.cap && !afterNoun(w, a.start)) {
		const past = w
			.info(a.end)
			.analyses.filter((x) => x.known && x.pos === 'VERB' && x.tags.has('past'));
		const g = new Set(past.map((x) => x.gender).filter((x) => x === 'masc' || x === 'femn'));
		if (g.size === 1) return [...g][0];
	}
	return undefined;
}

/**
 * "корпусом ген. Э. Г. фон Лаудона", "под рук. Лаудона": a title or noun cut short after a noun
 * (not a title of its own) or a preposition is that word's dependent, and the name after it its
 * genitive.
 */
function afterShortTitle(w: Words, i: number): boolean {
	const [stop, short, head] = [w.token(i - 1), w.token(i - 2), w.token(i - 3)];
	if (stop?.text !== '.' || short?.kind !== 'word' || short.cap || head?.kind !== 'word')
		return false;
	if (head.cap || head.sentence !== w.token(i)?.sentence) return false;
	if (/^(?:под|при|у|для|без|от|до|с|со)$/u.test(head.text)) return true;
	const info = w.info(head.i);
	return !info.designator && info.analyses.find((a) => a.known)?.pos === 'NOUN';
}

/** Whether the word before token i is a lowercase noun (not a title): i then starts its genitive. */
function afterNoun(w: Words, i: number): boolean {
	const prev = w.token(i - 1);
	if (!prev || prev.kind !== 'word' || prev.cap) return false;
	// "эскадра адмирала Дж. Норриса появилась": a title in the genitive is a noun's dependent too.
	const title = w.info(i - 1).designator;
	if (title) return !title.includes('nomn');
	return w.info(i - 1).analyses.find((a) => a.known)?.pos === 'NOUN';
}

function nominativeName(
	w: Words,
	i: number,
	tag: string,
	cases: Set<Case> | null,
	gender?: Gender
): string {
	const t = w.token(i)!.text;
	const pool =
		tag === 'Name' ? w.info(i).names : w.info(i).analyses.filter((a) => a.known && a.tags.has(tag));
	// "Лидией Дмитриевной": the patronymic's gender picks the first name's reading (Лидия, not "Лидий").
	const fitting = pool.filter(
		(a) =>
			a.number !== 'plur' &&
			(!cases || !a.case || cases.has(a.case)) &&
			(!gender || !a.gender || a.gender === gender)
	);
	// A nominative reading of the word itself wins ("Август II" is Август, not a form of "Августа",
	// though the dictionary knows only the month and the woman's name).
	if (
		!fitting.length &&
		w.info(i).analyses.some((x) => x.known && x.case === 'nomn' && x.number !== 'plur')
	)
		return t;
	const a =
		fitting.find((x) => x.case === 'nomn') ??
		fitting[0] ??
		pool[0] ??
		w.info(i).analyses.find((x) => x.tags.has(tag));
	if (tag === 'Patr') return patronymicNominative(t);
	if (!a) return t;
	const nom = a.case === 'nomn' ? t.toLowerCase() : w.morph.inflect(a, { case: 'nomn' });
	return nom ? capitalise(nom, t) : t;
}

function patronymicNominative(p: string): string {
	return p.replace(/(ич)(?:а|у|ем|ом|е)$/u, '$1').replace(/(вн|ичн)(?:ы|е|у|ой|ою)$/u, '$1а');
}

/** Whether two anchors can name one person: same surname nominative, no clashing first names. */
function compatible(g: Group, given?: string, initials?: string): boolean {
	const first = (s?: string) => (s ? yo(s)[0] : '');
	const a = first(g.given) || first(g.initials);
	const b = first(given) || first(initials);
	return !a || !b || a === b;
}

const INDECLINABLE_GIVEN = new Set(indeclinableGiven.names);

/**
 * "Марселу Каэтану", "Паулу ди Карвалью": a Portuguese first name in -у (one of the list, or one
 * before a Portuguese particle) is written the same in every case (the dictionary would read
 * "Марсел", "Паула").
 */
function asWritten(w: Words, a: Anchor): boolean {
	const t = w.token(a.given!)!.text;
	if (!/у$/u.test(t)) return false;
	// (Not "Борису Грызлову": a Russian name and surname in the dative.)
	return INDECLINABLE_GIVEN.has(t) || /^(?:ди|да|ду|дуж|душ|дус|даш) /u.test(surnameText(w, a));
}

function groupAnchors(w: Words, anchors: Anchor[]): Group[] {
	const groups: Group[] = [];
	for (const a of anchors) {
		const cases = caseHints(w, a);
		const written = a.given !== undefined && asWritten(w, a) ? w.token(a.given)!.text : undefined;
		// (A Portuguese name in -у is a man's: "Паулу" is no "Паула".)
		const gender = written ? 'masc' : genderOf(w, a);
		const given =
			written ??
			(a.given !== undefined ? nominativeName(w, a.given, 'Name', cases, gender) : undefined);
		const patronymic =
			a.patronymic !== undefined ? nominativeName(w, a.patronymic, 'Patr', cases) : undefined;
		const text = a.byPatronymic
			? `${given} ${patronymic}`
			: a.numeral
				? spanText(w.doc, a.surnameFrom, a.surnameTo)
				: surnameText(w, a);
		const form: Form = {
			text,
			cases: a.fixed ? new Set<Case>(['nomn']) : cases,
			weight: a.weak ? 0.5 : 1
		};
		// One person per surname and first initial: an anchor joins a group when their surnames
		// may share a nominative (each form's candidates, "Леманом" and "Лемана" both → Леман).
		const exact = a.numeral || a.byPatronymic;
		const cands = exact ? new Set([yo(text)]) : new Set([...candidates(w.morph, text)].map(yo));
		let g = groups.find(
			(x) => compatible(x, given, a.initials) && [...cands].some((c) => x.keys.has(c))
		);
		if (!g) {
			g = { anchors: [], forms: [], weak: true, keys: new Set() };
			groups.push(g);
		}
		for (const c of cands) g.keys.add(c);
		g.anchors.push(a);
		g.forms.push(form);
		g.weak &&= !!a.weak;
		g.given ??= given;
		if (written && /[уюшж]$/u.test(text)) g.portuguese ??= text;
		if (
			a.given !== undefined &&
			a.patronymic === undefined &&
			(a.surnameFrom > a.given + 1 || !w.info(a.given).names.length)
		) {
			// "Лалу Бахадуру Шастри" … "Лал Бахадур Шастри": the first names as the text writes them
			// in the nominative win over a form read back from another case ("Лала", a woman's).
			const asIs = (x: Anchor) => yo(w.token(x.given!)!.text) === yo(given ?? '');
			const span = (x: Anchor) => x.surnameTo - x.given!;
			if (g.named && !asIs(g.named) && asIs(a) && span(a) === span(g.named)) {
				g.named = a;
				g.given = given;
				// (A first name in a consonant, as written, is a man's: "Лал".)
				g.gender = /[^аяь]$/u.test(given ?? '') ? 'masc' : (gender ?? g.gender);
			}
			g.named ??= a;
		}
		g.patronymic ??= patronymic;
		g.byPatronymic ||= !!a.byPatronymic;
		if (a.initials && (!g.initials || a.initials.length > g.initials.length))
			g.initials = a.initials;
		g.numeral ??= a.numeral;
		g.after ??= a.after;
		g.gender ??= gender;
	}
	return groups;
}

/**
 * Every first name of a foreign name as written: "Джона Фостера Даллеса" → "Джон Фостер",
 * "Гамаль Абдель Насер". An unknown first name loses the case ending its surname lost
 * ("Лестера Пирсона" → "Лестер", "Дагу Хаммаршёльду" → "Даг").
 */
function firstNames(w: Words, a: Anchor, surname: string, given?: string): string | undefined {
	const surface = surnameText(w, a);
	const ending =
		surface.toLowerCase().startsWith(surname.toLowerCase()) && surface.length - surname.length <= 2
			? surface.slice(surname.length)
			: '';
	const names: string[] = [];
	for (let k = a.given!; k < a.surnameFrom; k++) {
		const t = w.token(k)!;
		if (t.kind !== 'word' || !t.cap || w.info(k).particle) return given;
		if (k === a.given && given && w.info(k).names.length) names.push(given);
		else if (/у$/u.test(t.text) && INDECLINABLE_GIVEN.has(t.text)) names.push(t.text);
		else if (w.info(k).names.length) names.push(nominativeName(w, k, 'Name', null));
		else if (ending && t.text.endsWith(ending) && t.text.length > ending.length + 2)
			names.push(t.text.slice(0, -ending.length));
		else names.push(t.text);
	}
	return names.join(' ') || given;
}

function displayName(g: Group, surname: string, particle: string): string {
	if (g.numeral || g.byPatronymic) return surname;
	// "Чжоу Эньлай", "Ким Чен Ир": the surname first, as the language writes it.
	if (g.after) return `${surname} ${g.after}`;
	const sur = particle ? `${particle} ${surname}` : surname;
	if (g.given) return [g.given, g.patronymic, sur].filter(Boolean).join(' ');
	if (g.initials) return `${g.initials} ${sur}`;
	return sur;
}

/** A dropped particle the text writes with the surname ("фон Сект"): kept in the full name. */
function particleOf(w: Words, g: Group): string {
	for (const a of g.anchors) {
		const t = w.doc.tokens[a.surnameFrom];
		if (a.surnameTo - a.surnameFrom > 1 && DROP_PARTICLES.has(t.text)) return t.text;
	}
	return '';
}

/** Bare mentions: capitalised words that are a form of a known person's surname. */
function linkBare(w: Words, persons: Person[], taken: boolean[]): void {
	// Where each person is named in full (their anchors), in text order, for nearestBefore.
	const named = new Map<Person, number[]>(
		persons.map((p) => [p, p.mentions.map((m) => m.start).sort((a, b) => a - b)])
	);
	const byForm = new Map<string, Person[]>();
	for (const p of persons) {
		// A monarch is named later by the name alone: "Наполеон I" … "Наполеон отказал".
		const last = monarchName(p) ?? p.surname.split(' ').pop()!;
		if (last.includes(' ')) continue;
		for (const f of surnameForms(last, p.gender)) {
			const list = byForm.get(f) ?? [];
			list.push(p);
			byForm.set(f, list);
		}
	}
	const toks = w.doc.tokens;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (taken[i] || t.kind !== 'word' || !t.cap || t.acronym) continue;
		const list = byForm.get(yo(t.text));
		if (!list) continue;
		// "в Вашингтоне" is the city even when the article also names George Washington.
		const prev = toks[i - 1];
		if (w.info(i).placeOnly && prev && /^(?:в|во|из|под|над|к|у|до)$/iu.test(prev.text)) continue;
		const p = referent(w, list, i, named);
		const monarch = monarchName(p);
		// A monarch's name is one word here; "Александром I" itself is anchored already.
		if (monarch && /^[IVXLC]+$/u.test(toks[i + 1]?.text ?? '')) continue;
		const words = monarch ? 1 : p.surname.split(' ').length;
		const from = i - (words - 1);
		if (
			from < 0 ||
			(!monarch && yo(spanText(w.doc, from, i + 1)).split(' ')[0] !== yo(p.surname).split(' ')[0])
		)
			continue;
		p.mentions.push({
			start: toks[from].start,
			end: t.end,
			rule: 'surname',
			tokens: [from, i + 1]
		});
		for (let k = from; k <= i; k++) taken[k] = true;
	}
}

/** "Наполеон" of "Наполеон I"; null for a person who is not a numbered monarch. */
function monarchName(p: Person): string | null {
	const m = /^(\S+) [IVXLC]+$/u.exec(p.surname);
	return m ? m[1] : null;
}

/**
 * Of persons sharing a surname form, whom a bare surname at token i names: one named in full in
 * the same sentence ("в семье Юлия Фёдоровича Витте, где Витте …"), else the one the article names
 * most ("Витте окончил …" in a biography of Сергей Юльевич, after his father's one mention), else
 * the one named last before it.
 */
function referent(w: Words, list: Person[], i: number, named: Map<Person, number[]>): Person {
	const at = w.doc.tokens[i].start;
	const nearest = nearestBefore(list, at, named);
	if (list.length === 1) return nearest;
	const sentence = w.doc.tokens[i].sentence;
	const here = nearest.mentions.some(
		(m) => m.start <= at && w.doc.tokens[m.tokens[0]].sentence === sentence
	);
	if (here) return nearest;
	const most = Math.max(...list.map((p) => named.get(p)?.length ?? 0));
	const leading = list.filter((p) => (named.get(p)?.length ?? 0) === most);
	return leading.length === 1 ? leading[0] : nearestBefore(leading, at, named);
}

/** Of persons sharing a surname form, the one named last before `at` (the first one otherwise). */
function nearestBefore(list: Person[], at: number, named: Map<Person, number[]>): Person {
	if (list.length === 1) return list[0];
	let best = list[0];
	let bestAt = -1;
	for (const p of list) {
		const starts = named.get(p) ?? [];
		const lo = partitionPoint(starts.length, (i) => starts[i] <= at);
		const last = lo > 0 ? starts[lo - 1] : -1;
		if (last > bestAt) {
			best = p;
			bestAt = last;
		}
	}
	return best;
}

/**
 * More evidence for each surname: every other capitalised word in the text that is a form of one
 * of its candidate nominatives ("С Гагариным" tells "Гагарина" is Гагарин's genitive).
 */
function gatherForms(w: Words, groups: Group[], anchors: Anchor[]): void {
	const index = new Map<string, Set<Group>>();
	for (const g of groups) {
		if (g.numeral) continue;
		const pool = new Set<string>();
		for (const f of g.forms) for (const c of candidates(w.morph, f.text)) pool.add(c);
		for (const n of pool)
			for (const gender of ['masc', 'femn'] as Gender[])
				for (const f of surnameForms(n, gender)) {
					const set = index.get(f) ?? new Set<Group>();
					set.add(g);
					index.set(f, set);
				}
	}
	const inAnchor = new Array<boolean>(w.doc.tokens.length).fill(false);
	for (const a of anchors) for (let k = a.start; k < a.end; k++) inAnchor[k] = true;
	for (const t of w.doc.tokens) {
		if (inAnchor[t.i] || t.kind !== 'word' || !t.cap || t.text.includes(' ')) continue;
		const set = index.get(yo(t.text));
		if (!set || set.size !== 1) continue;
		const [g] = set;
		if (g.forms.some((f) => f.text.includes(' '))) continue;
		g.forms.push({ text: t.text, cases: null, weight: 0.8 });
	}
}

export function findPersons(doc: Doc, morph: Morphology): Person[] {
	const w = new Words(doc, morph);
	const anchors = findAnchors(w);
	const groups = groupAnchors(w, anchors);
	gatherForms(w, groups, anchors);
	const persons: Person[] = [];
	const taken = new Array<boolean>(doc.tokens.length).fill(false);
	for (const g of groups) {
		// A weak group (dictionary surnames alone) must be seen more than once or as a subject.
		if (
			g.weak &&
			g.anchors.length < 2 &&
			!g.forms.some((f) => f.cases?.has('nomn') && f.cases.size === 1)
		)
			continue;
		const resolved =
			g.numeral || g.byPatronymic
				? { nominative: g.forms[0].text, gender: g.gender ?? ('masc' as Gender) }
				: g.portuguese
					? { nominative: g.portuguese, gender: 'masc' as Gender }
					: resolveSurname(morph, g.forms, g.gender);
		const { nominative } = resolved;
		let { gender } = resolved;
		const surname = g.numeral ? monarchNominative(w, g) : nominative;
		if (g.named) g.given = firstNames(w, g.named, surname, g.given);
		// "Мехмед-паша", "Али-ага": an Ottoman title ends the name in "-а", and it is a man's.
		if (/-(?:паша|ага|мирза)$/u.test(surname)) gender = 'masc';
		const particle = particleOf(w, g);
		const mentions: PersonMention[] = g.anchors.map((a) => ({
			start: doc.tokens[a.start].start,
			end: doc.tokens[a.end - 1].end,
			rule: a.rule,
			tokens: [a.start, a.end] as [number, number]
		}));
		for (const a of g.anchors) for (let k = a.start; k < a.end; k++) taken[k] = true;
		persons.push({
			name: displayName(g, surname, particle),
			surname,
			given: g.given,
			initials: g.initials,
			gender,
			mentions
		});
	}
	const merged = mergeSameName(persons);
	linkBare(w, merged, taken);
	heroTakesBareSurname(doc, merged);
	for (const p of merged) p.mentions.sort((a, b) => a.start - b.start);
	return merged.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * "Алексей Петрович Бестужев-Рюмин" (the title), "сын Петра Михайловича Бестужева", and then
 * "Бестужев" thirty times: in the article about him the bare first part of the hero's double
 * surname is the hero, not the father named once in full.
 */
function heroTakesBareSurname(doc: Doc, persons: Person[]): void {
	const hero = persons.find(
		(p) => p.surname.includes('-') && doc.tokens[p.mentions[0].tokens[0]].sentence === 0
	);
	if (!hero) return;
	const head = yo(hero.surname.split('-')[0]);
	for (const p of persons) {
		if (p === hero || yo(p.surname) !== head || p.gender !== hero.gender) continue;
		const bare = p.mentions.filter((m) => m.tokens[1] - m.tokens[0] === 1);
		if (!bare.length || bare.length === p.mentions.length) continue;
		p.mentions = p.mentions.filter((m) => !bare.includes(m));
		hero.mentions.push(...bare);
	}
}

/** "Николая II" → "Николай II". */
function monarchNominative(w: Words, g: Group): string {
	const a = g.anchors[0];
	const names: string[] = [];
	for (let k = a.surnameFrom; k < a.surnameTo - 1; k++)
		names.push(nominativeName(w, k, 'Name', a.cases, 'masc'));
	return `${names.join(' ')} ${g.numeral}`;
}

/** Groups that resolved to the same surname and compatible first names are one person. */
function mergeSameName(persons: Person[]): Person[] {
	const initial = (p: Person) => yo(p.given ?? p.initials ?? '').charAt(0);
	const rank = (p: Person) => (p.given ? 2 : p.initials ? 1 : 0);
	const out: Person[] = [];
	// "Мухаммед Айюб Хан" and "Айюб Хан": a name that ends another's, first names and all.
	const ends = (x: Person, y: Person) =>
		y.name.includes(' ') && yo(x.name).endsWith(` ${yo(y.name)}`);
	for (const p of persons) {
		const q = out.find(
			(x) =>
				yo(x.surname) === yo(p.surname) &&
				(!initial(x) || !initial(p) || initial(x) === initial(p) || ends(x, p) || ends(p, x))
		);
		if (!q) {
			out.push(p);
			continue;
		}
		q.mentions.push(...p.mentions);
		if (rank(p) > rank(q) || ends(p, q))
			Object.assign(q, { name: p.name, given: p.given, initials: p.initials });
	}
	return out;
}
