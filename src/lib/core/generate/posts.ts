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
	директор: 'директор'
};

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
	});
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
}

// A word of a title's complement: "иностранных", "дел", "IV", "НКИД", "(б)", "в", "Праге".
const COMPLEMENT = /^(?:[а-яё]+|[A-ZА-ЯЁ]{2,}|[IVXLC]+|\(б\)|[А-ЯЁ][а-яё]+|в|на|с|по|при)$/u;
const VERBISH =
	/(?:[аеиоуыя]л|[аеиоуыя]ла|[аеиоуыя]ли|[аеиоуыя]ло|лся|лась|лись|ет|ит|ют|ят|ать|ить|ться|вший|вшего|ющий|ющего|ясь)$/u;
const NOT_VERBS =
	/^(?:отдел|дел|сел|стол|посл|генерал|адмирал|маршал|канал|капитал|трибунал|журнал|арсенал|квартал|совет|комитет|кабинет|сенат|парламент|бюджет|предмет|иностранных|министерств|правительств|управлени|ведомств|флот|штат|штаб)[а-яё]*$/u;
const EVALUATIVE = /^(?:крупн|видн|известн|бывш|нов|сам|свое|этот|тот|так|как)/u;

/**
 * The office written right before a name. `before` is the text of the clause up to the name.
 * Titles are chained when two stand in the same case: "командующего рейхсвером генерала".
 */
export function postBefore(before: string, morph?: Morphology): PostMatch | null {
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
	const parts: string[] = [];
	let start = -1;
	let caseSeen: Case | null = null;
	// Complement words between the current title and the name (or the next title).
	let pending: string[] = [];
	for (; i >= 0 && tokens.length - i <= 14; i--) {
		const raw = tokens[i].w;
		const w = raw.toLowerCase();
		const head = HEAD_FORMS.get(w.replace(/^экс-/, ''));
		if (head && (caseSeen === null || head[1] === caseSeen)) {
			caseSeen = head[1];
			let nominative = HEADS[head[0]];
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
		if (!COMPLEMENT.test(raw)) break;
		if (/^[а-яё]+$/.test(raw) && VERBISH.test(raw) && !NOT_VERBS.test(raw)) break;
		pending.unshift(raw);
		// Two titles of one person stand close together; a long gap means another phrase.
		if (parts.length > 0 && pending.length > 3) break;
		if (pending.length > 7) break;
	}
	if (!parts.length) return null;
	return { post: parts.join(', '), start };
}
