// Offices: a title right before a person's name ("наркому иностранных дел Г. В. Чичерину"),
// put into the nominative with its complement kept as written ("нарком иностранных дел").

import type { Morphology } from './morphology';

/** Office nouns in the nominative. Abbreviated offices map to how a reader writes them. */
const HEADS: Record<string, string> = {
	нарком: 'нарком',
	наркоминдел: 'наркоминдел',
	замнаркома: 'замнаркома',
	зампредседателя: 'зампредседателя',
	предревсовета: 'председатель РВСР',
	предсовнаркома: 'председатель СНК',
	министр: 'министр',
	'премьер-министр': 'премьер-министр',
	премьер: 'премьер',
	президент: 'президент',
	канцлер: 'канцлер',
	рейхсканцлер: 'рейхсканцлер',
	'вице-канцлер': 'вице-канцлер',
	посол: 'посол',
	полпред: 'полпред',
	посланник: 'посланник',
	атташе: 'атташе',
	советник: 'советник',
	секретарь: 'секретарь',
	'статс-секретарь': 'статс-секретарь',
	генсек: 'генсек',
	председатель: 'председатель',
	заместитель: 'заместитель',
	руководитель: 'руководитель',
	представитель: 'представитель',
	уполномоченный: 'уполномоченный',
	командующий: 'командующий',
	главнокомандующий: 'главнокомандующий',
	главком: 'главком',
	командир: 'командир',
	начальник: 'начальник',
	генерал: 'генерал',
	'генерал-губернатор': 'генерал-губернатор',
	фельдмаршал: 'фельдмаршал',
	маршал: 'маршал',
	адмирал: 'адмирал',
	член: 'член',
	кандидат: 'кандидат',
	глава: 'глава',
	консул: 'консул',
	губернатор: 'губернатор',
	наместник: 'наместник',
	император: 'император',
	императрица: 'императрица',
	король: 'король',
	королева: 'королева',
	кайзер: 'кайзер',
	царь: 'царь',
	султан: 'султан',
	шах: 'шах',
	визирь: 'визирь',
	гетман: 'гетман',
	атаман: 'атаман',
	митрополит: 'митрополит',
	патриарх: 'патриарх',
	нунций: 'нунций',
	лидер: 'лидер',
	вождь: 'вождь',
	комиссар: 'комиссар',
	наркомвоенмор: 'наркомвоенмор',
	'обер-прокурор': 'обер-прокурор',
	прокурор: 'прокурор',
	мэр: 'мэр',
	бургомистр: 'бургомистр',
	спикер: 'спикер',
	директор: 'директор',
	курфюрст: 'курфюрст',
	дьяк: 'дьяк',
	воевода: 'воевода',
	герцог: 'герцог',
	великий: 'великий',
	регент: 'регент',
	дож: 'дож',
	штатгальтер: 'штатгальтер',
	министр_: 'министр'
};
delete HEADS['министр_'];
delete HEADS['великий'];

/** Irregular stems: a fleeting vowel. */
const OBLIQUE_STEM: Record<string, string> = { посол: 'посл', вождь: 'вожд', кайзер: 'кайзер' };

/** Singular case forms of a noun or substantivised adjective, nominative first. */
export function declineNoun(n: string): string[] {
	const hy = n.lastIndexOf('-');
	if (hy > 0 && !n.startsWith('экс-')) {
		const a = n.slice(0, hy + 1);
		return declineNoun(n.slice(hy + 1)).map((f) => a + f);
	}
	let m: RegExpExecArray | null;
	if (/^(?:замнаркома|зампредседателя|предревсовета|предсовнаркома|атташе)$/.test(n)) return [n];
	if ((m = /^(.+[жшчщ])ий$/.exec(n)))
		return [n, m[1] + 'его', m[1] + 'ему', m[1] + 'им', m[1] + 'ем'];
	if ((m = /^(.+)ный$/.exec(n)))
		return [n, m[1] + 'ного', m[1] + 'ному', m[1] + 'ным', m[1] + 'ном'];
	if ((m = /^(.+)ий$/.exec(n))) return [n, m[1] + 'ия', m[1] + 'ию', m[1] + 'ием', m[1] + 'ии'];
	if ((m = /^(.+)ь$/.exec(n))) {
		const s = OBLIQUE_STEM[n] ?? m[1];
		return [n, s + 'я', s + 'ю', s + 'ем', s + 'е'];
	}
	if ((m = /^(.+)а$/.exec(n))) {
		const y = /[гкхжшчщ]$/.test(m[1]) ? 'и' : 'ы';
		return [n, m[1] + y, m[1] + 'е', m[1] + 'у', m[1] + 'ой'];
	}
	const s = OBLIQUE_STEM[n] ?? n;
	const instr = /[жшчщц]$/.test(s) ? 'ем' : 'ом';
	return [n, s + 'а', s + 'у', s + instr, s + 'е'];
}

const CASES = ['nomn', 'gent', 'datv', 'ablt', 'loct'] as const;
export type Case = (typeof CASES)[number];

/** form (lowercase) → [nominative head, case]. */
const HEAD_FORMS = new Map<string, [string, Case]>();
for (const key of Object.keys(HEADS)) {
	declineNoun(key).forEach((f, i) => {
		if (!HEAD_FORMS.has(f)) HEAD_FORMS.set(f, [key, CASES[i]]);
		// Stressed endings are written with ё: "королём", "вождём".
		const yo = f.replace(/ем$/, 'ём');
		if (yo !== f && !HEAD_FORMS.has(yo)) HEAD_FORMS.set(yo, [key, CASES[i]]);
	});
}

/** A head noun: a listed office, or a "генерал-…" compound ("генерал-фельдцейхмейстер"). */
function headOf(w: string): [string, Case] | undefined {
	const known = HEAD_FORMS.get(w);
	if (known) return known;
	const m = /^генерал-([а-яё]{4,})$/.exec(w);
	if (!m) return undefined;
	for (const [ending, c] of [
		['ом', 'ablt'],
		['а', 'gent'],
		['у', 'datv'],
		['е', 'loct'],
		['', 'nomn']
	] as const) {
		if (
			m[1].endsWith(ending) &&
			/[бвгджзклмнпрстфхцчшщ]$/.test(m[1].slice(0, m[1].length - ending.length))
		)
			return ['генерал-' + m[1].slice(0, m[1].length - ending.length), c];
	}
	return undefined;
}

/** Adjective endings by case (masculine singular), and the nominative they come from. */
const ADJ_ENDINGS: Record<Case, RegExp> = {
	nomn: /(?:ый|ий|ой)$/,
	gent: /(?:ого|его)$/,
	datv: /(?:ому|ему)$/,
	ablt: /(?:ым|им)$/,
	loct: /(?:ом|ем)$/
};

/** The nominative of a masculine adjective in the given case: "британским" → "британский". */
export function adjectiveNominative(word: string, c: Case): string | null {
	if (!ADJ_ENDINGS[c].test(word)) return null;
	if (c === 'nomn') return word;
	const stem = word.replace(/(?:ого|его|ому|ему|ым|им|ом|ем)$/, '');
	if (/[гкхжшчщ]$/.test(stem) || /(?:его|ему|им|ем)$/.test(word)) return stem + 'ий';
	return stem + 'ый';
}

export interface PostMatch {
	/** The office in the nominative: "командующий рейхсвером, генерал". */
	post: string;
	/** Offset where the title starts, relative to the text given. */
	start: number;
	/** Other offices joined by "и": "курфюрстом и королём". */
	extra?: string[];
}

// A word of a title's complement: "иностранных", "дел", "IV", "НКИД", "(б)", "в", "Праге".
const COMPLEMENT =
	/^(?:[а-яё]+|[A-ZА-ЯЁ]{2,}|[IVXLC]+|\(б\)|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|в|на|с|по|при)$/u;
const VERBISH =
	/(?:[аеиоуыя]л|[аеиоуыя]ла|[аеиоуыя]ли|[аеиоуыя]ло|лся|лась|лись|ет|ит|ют|ят|ать|ить|ться|вший|вшего|ющий|ющего|ясь)$/u;
const NOT_VERBS =
	/^(?:отдел|дел|сел|стол|посл|генерал|адмирал|маршал|канал|капитал|трибунал|журнал|арсенал|квартал|совет|комитет|кабинет|сенат|парламент|бюджет|предмет|иностранных|министерств|правительств|управлени|ведомств|флот|штат|штаб)[а-яё]*$/u;
const EVALUATIVE =
	/^(?:крупн|видн|известн|бывш|покойн|будущ|нов|сам|свое|этот|тот|так|как|его|её|их)/u;

/**
 * The office written right before a name. `before` is the text of the clause up to the name.
 * Titles are chained when two stand in the same case: "командующего рейхсвером генерала".
 */
export function postBefore(before: string, morph?: Morphology, nameCase?: Case): PostMatch | null {
	const tokens: { w: string; at: number }[] = [];
	const re = /[^\s]+/g;
	for (let m = re.exec(before); m; m = re.exec(before)) tokens.push({ w: m[0], at: m.index });
	// Titles in the form "князь", "граф" stand between the office and the name.
	let i = tokens.length - 1;
	while (
		i >= 0 &&
		/^(?:князь|князя|князю|князем|граф|графа|графу|барон|барона|лорд|лорда|сэр|фон)$/i.test(
			tokens[i].w
		)
	)
		i--;
	// "канцлером стал Г. И. Головкин", "а вице-канцлером – П. П. Шафиров": the office in the
	// instrumental, then a linking verb or a dash before the name.
	let linked = false;
	while (
		i >= 0 &&
		/^(?:стал|становится|был|была|стала|назначен|назначена|избран|избрана|–|—)$/u.test(tokens[i].w)
	) {
		linked = true;
		i--;
	}
	if (linked) {
		const h = headOf(tokens[i]?.w.toLowerCase().replace(/^экс-/, '') ?? '');
		if (!h || h[1] !== 'ablt') return null;
		nameCase = 'ablt';
	}
	const parts: string[] = [];
	const extra: string[] = [];
	let start = -1;
	let caseSeen: Case | null = null;
	// Complement words between the current title and the name (or the next title).
	let pending: string[] = [];
	for (; i >= 0 && tokens.length - i <= 14; i--) {
		const raw = tokens[i].w;
		const w = raw.toLowerCase();
		const head = headOf(w.replace(/^экс-/, ''));
		// The title agrees with the name: "директор канцелярии главнокомандующего А. И. Нелидов".
		const indeclinable = !!head && declineNoun(head[0]).length === 1;
		const onPost = /^посту$/i.test(tokens[i - 1]?.w ?? ''); // "преемнику на посту посла"
		const agrees = !head || !nameCase || indeclinable || onPost || head[1] === nameCase;
		if (head && agrees && (caseSeen === null || head[1] === caseSeen || indeclinable)) {
			caseSeen = head[1];
			let nominative = HEADS[head[0]] ?? head[0];
			if (w.startsWith('экс-')) nominative = 'экс-' + nominative;
			// Adjectives agreeing with the head: "британским послом", "чрезвычайный посол".
			const adjs: string[] = [];
			let j = i - 1;
			while (j >= 0 && adjs.length < 2) {
				const a = tokens[j].w.toLowerCase();
				const nom =
					adjectiveNominative(a, head[1]) ?? morph?.adjectiveNominative?.(a, head[1]) ?? null;
				if (!nom || EVALUATIVE.test(nom)) break;
				adjs.unshift(nom);
				j--;
			}
			parts.unshift([...adjs, nominative, ...pending].join(' '));
			pending = [];
			start = tokens[j + 1].at;
			i = j + 1;
			continue;
		}
		if (parts.length > 0 && /^и$/.test(raw)) {
			// "с саксонским курфюрстом и польским королём Августом II": two offices.
			const h = i > 0 ? headOf(tokens[i - 1].w.toLowerCase()) : undefined;
			if (h && h[1] === caseSeen && pending.length === 0) {
				let k = i - 2;
				const pre: string[] = [];
				while (k >= 0 && pre.length < 2) {
					const nom = adjectiveNominative(tokens[k].w.toLowerCase(), h[1]);
					if (!nom || EVALUATIVE.test(nom)) break;
					pre.unshift(nom);
					k--;
				}
				extra.push([...pre, HEADS[h[0]] ?? h[0]].join(' '));
			}
			break;
		}
		if (!COMPLEMENT.test(raw)) break;
		// A title in another case is part of the complement: "канцелярии главнокомандующего".
		if (!head && /^[а-яё]+$/.test(raw) && VERBISH.test(raw) && !NOT_VERBS.test(raw)) break;
		pending.unshift(raw);
		// Two titles of one person stand close together; a long gap means another phrase.
		if (parts.length > 0 && pending.length > 3) break;
		if (pending.length > 7) break;
	}
	if (!parts.length) return null;
	return { post: parts.join(', '), start, ...(extra.length ? { extra } : {}) };
}

/**
 * Offices in apposition after a name: "Георгом I, королём Великобритании и курфюрстом
 * Ганноверским". The titles must stand in the name's case.
 */
export function postsAfter(after: string, nameCase: Case | undefined): string[] {
	const m = /^,\s+/.exec(after);
	if (!m || !nameCase) return [];
	const tokens = after.slice(m[0].length).split(/\s+/);
	const out: string[] = [];
	let i = 0;
	while (i < tokens.length && out.length < 3) {
		const adjs: string[] = [];
		let w = tokens[i]?.replace(/[,.;:]$/, '').toLowerCase() ?? '';
		while (adjectiveNominative(w, nameCase) && adjs.length < 2 && !headOf(w)) {
			adjs.push(adjectiveNominative(w, nameCase)!);
			w = tokens[++i]?.replace(/[,.;:]$/, '').toLowerCase() ?? '';
		}
		const head = headOf(w);
		if (!head || head[1] !== nameCase) break;
		const words = [...adjs, HEADS[head[0]] ?? head[0]];
		let ended = /[,.;:]$/.test(tokens[i]);
		i++;
		while (!ended && i < tokens.length && words.length < 7) {
			const raw = tokens[i];
			const bare = raw.replace(/[,.;:)]$/, '');
			if (bare === 'и' || !COMPLEMENT.test(bare)) break;
			if (/^[а-яё]+$/.test(bare) && VERBISH.test(bare) && !NOT_VERBS.test(bare)) break;
			// An adjective after the head agrees with it: "курфюрстом Ганноверским".
			words.push(
				adjectiveNominative(bare.toLowerCase(), nameCase) && /^[А-ЯЁ]/.test(bare)
					? capitalizeWord(adjectiveNominative(bare.toLowerCase(), nameCase)!)
					: bare
			);
			ended = /[,.;:)]$/.test(raw);
			i++;
		}
		out.push(words.join(' '));
		if (ended || tokens[i] !== 'и') break;
		i++;
	}
	return out;
}

function capitalizeWord(w: string): string {
	return w[0].toUpperCase() + w.slice(1);
}
