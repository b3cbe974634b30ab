// Stances: views and positions that people, states and bodies took. Found from a predicate of
// speech, opinion or attitude ("писал", "считал", "настаивал", "заняла позицию", "отказался") and
// its holder: the subject before it, the subject after it ("писал Копп"), the genitive after
// "по мнению", the speaker of a speech noun ("в указаниях руководства Красной Армии: «…»"), a
// locative ("в Петербурге сознавали"), the object of a verb of alarm ("встревожили Лондон").

import type { Person } from './names';
import {
	accusativeToNominative,
	genitiveToNominative,
	locativeToNominative,
	numberOfVerb,
	type GrammaticalNumber
} from './holders';
import { insideQuote, quoteRanges, tidy } from './text';

export interface LocalMention {
	person: Person;
	start: number;
	end: number;
	/** The surname is written in the nominative. */
	nominative: boolean;
}

export interface StanceFind {
	/** A person's name, or a noun phrase in the nominative ("Польские военные"). */
	holder: string;
	person?: Person;
	/** Offsets of the holder in the sentence. */
	holderStart: number;
	holderEnd: number;
	/** The predicate as written ("писал", "не торопился"), or "" for "по мнению". */
	verb: string;
	stance: string;
	/** Whether the stance is a quotation. */
	quoted: boolean;
	/** How the stance joins its verb: a colon or "что" (reported speech), else directly. */
	link?: ':' | 'что';
	/** Number and gender of the holder, when the verb shows them. */
	number?: GrammaticalNumber;
	/** A ready question for the holder, for constructions the usual phrasing does not fit. */
	question?: string;
	/** Words between the holder and the verb ("от обсуждения" in "Лондон от обсуждения уклонился"). */
	pre?: string;
}

// Stems of verbs of speech, opinion, decision and attitude; any ending.
const VERBS =
	'(?:на)?писа|заяви|сказа|говори|замети|подчеркну|подчёркива|подчеркива|сообщи|указа|ответи|советова|посоветова|предлага|предложи|признал|признава|напомни|констатирова|счита|полага|утвержда|отмети|требова|потребова|настаива|обеща|призыва|призва|предупрежда|выступа|выступи|высказа|оценива|оцени|расцени|надея|отказа|отказыва|поддержива|поддержа|опаса|стреми|предпоч|возража|придержива|разделя|заня|занима|добива|обяза|протестова|соглаша|согласи|предписа|увиде|виде|видя|рассчитыва|склоня|поручи|отверг|одобри|осуди|отклони|уклони|держа|сознава|восприня|приписа|изложи|преоблада|настоя|отрёк|отрек|доказыва|доказа|торопи|пришл|пришё|приш|исключа|сдела|назва|называ|объяви|подвё|подвел|относи';
const ENDINGS =
	'(?:л|ла|ли|ло|лся|лась|лись|лось|ет|ют|ит|ят|ат|ется|ются|ится|ятся|я|в|вшись|ясь|ем|ся|ёл|ел|вший|вшая|вшие|вшийся|вшаяся|вшиеся|вших|вшего)';
const PREDICATE = new RegExp(
	`(?<![а-яё])(?:не\\s+)?(?:(?:${VERBS})[а-яё]*?${ENDINGS}|был[аио]?\\s+склонн?[аыо]?|склонн[аыо]|убежд[её]н[аы]?)(?![а-яё-])`,
	'giu'
);
const ACCORDING = /(?<![а-яё])по (?:мнению|словам|оценке|убеждению)(?: же)? /giu;
/** Verbs that only report: they carry a stance only with a quotation, "что" or a colon. */
const REPORT =
	/^(?:не\s+)?(?:на)?(?:писал|заявил|сказал|говорил|сообщил|ответил|информировал|указал|заметил|подчеркнул|отметил|констатировал|напомнил|признал|приписал|поручил|предписал|сделал|назвал|объявил|подвёл|подвел)/iu;
/** A past form of an action that is no stance on its own ("сделало ставку" is, "сделал доклад" not). */
const NEEDS_OBJECT: [RegExp, RegExp][] = [
	[/^сдела/iu, /^\s+ставку\s/u],
	[/^относи/iu, /^\s+[а-яё]+(?:ски|но|ло)(?:[\s,.;]|$)/u],
	[/^подв/iu, /^\s+итог/u],
	[/^назва|^называ/iu, /^\s+[^,.;:]{0,60}?(?:«|\s[а-яё]+(?:ой|ей|ом|ем|ым|им)(?:\s|$))/u],
	[/^объяв/iu, /^(?:\s*,?\s*что\s|\s+[а-яё]+\s+[а-яё]+(?:ой|ей|ом|ем)(?:\s|,|$))/u]
];
const PARTICIPLE = /(?:вший|вшая|вшие|вшийся|вшаяся|вшиеся|вших|вшего)$/u;
const GERUND = /(?:[^с]я|ясь|вшись|[аяие]в)$/u;
/** Speech nouns whose genitive names a speaker: "в указаниях руководства Красной Армии: «…»". */
const SPEECH_NOUN =
	/(?<![а-яё])(?:указани|постановлени|заявлени|приказ|письм|записк|донесени|речи|выступлени|директив|резолюци|меморандум|нот)[а-яё]*\s+/giu;
const MONTHS = 'январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр';
const ADVERBIAL = new RegExp(
	`^(?:(?:в|во)\\s+)?(?:(?:начале|конце|середине)\\s+)?(?:\\d{1,2}(?:\\s*\\(\\d{1,2}\\))?\\s+)?(?:(?:${MONTHS})[а-яё]*\\s*)?(?:\\d{4}\\s*г\\.\\s*)?(?=\\S)`,
	'iu'
);
const NOT_HOLDER =
	/^(?:в|во|на|с|по|о|об|к|от|при|для|из|за|это|он|она|они|оно|мы|я|вы|его|её|их|ему|ей|им|которы[а-яё]*|котор[а-яё]*|что|как|если|чтобы|когда|где|тогда|затем|вскоре|не|ни|сам|сама|сами|тем|этим|этот|эта|эти|все|всё|стороны|та|те|тот)(?:\s|$)/iu;

/** Strip a leading date adverbial ("в феврале 1920 г.", "30 мая"), never a bare "в". */
function stripDate(s: string): string {
	const m = ADVERBIAL.exec(s);
	return m && /\d|[а-яё]{3}/iu.test(m[0].replace(/^(?:в|во)\s+/iu, '')) ? s.slice(m[0].length) : s;
}

function clauseStart(text: string, at: number, quotes: [number, number][]): number {
	for (let i = at - 1; i >= 0; i--) {
		if (/[;:]/.test(text[i]) && !insideQuote(quotes, i)) return i + 1;
		if (
			text[i] === ',' &&
			!insideQuote(quotes, i) &&
			/^,\s(?:но|а|однако|что|поскольку|хотя|и|тогда как|(?:по |в |при )?котор[а-яё]+)\s/u.test(
				text.slice(i, i + 20)
			)
		)
			return i + 1;
	}
	return 0;
}

function clauseEnd(text: string, from: number, quotes: [number, number][]): number {
	for (let i = from; i < text.length; i++) {
		if (/[;]/.test(text[i]) && !insideQuote(quotes, i)) return i;
		if (
			text[i] === ',' &&
			/^,\s(?:но|а|однако|поскольку|хотя|и|тогда как|чтобы)\s/.test(text.slice(i, i + 12)) &&
			!insideQuote(quotes, i)
		)
			return i;
		if (text[i] === '(' && !insideQuote(quotes, i)) return i;
	}
	return text.length;
}

function stripEnd(s: string): string {
	return tidy(s).replace(/[.!?]+$/, '');
}

/** Editorial notes in a quotation: "(Кёстеру.– В.З.)" → "(Кёстеру)". */
function unEdit(s: string): string {
	return s.replace(/\s*\(([^()]*?)\.?\s*[–—-]\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.\)/gu, (_, x: string) =>
		x.trim() ? ` (${x.trim()})` : ''
	);
}

type Link = ':' | 'что' | undefined;

/**
 * The stance after a predicate: a quotation that follows it directly ("заявил: «…»"), the
 * statement after a colon or "что", else the rest of the clause (quotations included).
 */
function stanceAfter(
	text: string,
	from: number,
	quotes: [number, number][],
	report = true
): [string, boolean, Link] {
	const end = clauseEnd(text, from, quotes);
	const q = quotes.find(([a]) => a >= from && a - from < 60);
	const between = q ? text.slice(from, q[0]) : '';
	const after = q ? text.slice(q[1], end) : '';
	// "заявил: «…»", "советовал В. И. Ленину «…»": a quotation that is the whole statement.
	if (
		q &&
		(/^\s*:?\s*$/.test(between) ||
			(/:\s*$/.test(between) && between.length < 40) ||
			(report && !/[,;:.]/.test(between) && between.length < 30 && /^[\s.,]*$/.test(after)))
	)
		return [unEdit(text.slice(q[0], Math.min(q[1], text.length))), true, undefined];
	const rest = text.slice(from, end);
	const that = /^\s*,?\s*что\s+/u.exec(rest);
	if (that) {
		return [unEdit(stripEnd(rest.slice(that[0].length))), false, 'что'];
	}
	const colon = /^[^;«,]{0,40}?:\s+/u.exec(rest);
	if (colon && !report)
		return [unEdit(stripEnd(rest.slice(0, colon.index + colon[0].indexOf(':')))), false, undefined];
	if (colon) {
		return [unEdit(stripEnd(rest.slice(colon[0].length))), false, ':'];
	}
	const cut = /:\s*«/u.exec(rest);
	return [unEdit(stripEnd(cut ? rest.slice(0, cut.index) : rest)), false, undefined];
}

/** Whether a report verb carries a statement: a quotation, "что" or a colon in its clause. */
function carriesStatement(text: string, from: number, quotes: [number, number][]): boolean {
	const end = clauseEnd(text, from, quotes);
	const q = quotes.find(([a]) => a >= from && a - from < 60);
	if (q) return true;
	return /(?:^|,\s*|\s)что\s|:\s/u.test(text.slice(from, end));
}

/** The noun phrase that ends right before `at`, if it can be a subject in the nominative. */
function nounPhraseBefore(
	text: string,
	start: number,
	at: number
): [string, number, number] | null {
	let head = text.slice(start, at);
	// Participial and adverbial phrases set off by commas are no part of the subject.
	head = head.replace(/,[^,]*,/g, ' ');
	if (head.includes(',')) head = head.slice(head.lastIndexOf(',') + 1);
	let phrase = tidy(head)
		.replace(
			/\s+(?:же|тоже|также|традиционно|уже|ещё|вновь|тогда|тогда же|сразу|напротив)(?=\s|$)/gu,
			''
		)
		.replace(/\s+(?:же|тоже|также|традиционно|уже|ещё|вновь|тогда|сразу)$/u, '');
	phrase = tidy(stripDate(phrase))
		.replace(
			/^(?:поскольку|хотя|так как|потому что|тогда как|когда|пока|если|что|чтобы|и|а|но)\s+/iu,
			''
		)
		.replace(/^(?:(?:по|в|при|с|на)\s+)?котор[а-яё]+\s+/iu, '')
		.replace(/^([А-ЯЁ][а-яё-]+)\s+(?:от|из|к|для|за|о|об|по)\s.*$/u, '$1');
	phrase = tidy(stripDate(phrase));
	const words = phrase.split(' ').filter(Boolean);
	if (!words.length || words.length > 6) return null;
	if (NOT_HOLDER.test(phrase)) return null;
	if (
		!/^[А-ЯЁA-Z]/.test(phrase) &&
		!/^(?:большинство|некоторые|многие|ряд)\s/u.test(phrase) &&
		!(
			words.length >= 2 &&
			/^[а-яё]+(?:ство|тель|ие|ия)$/u.test(words[0]) &&
			/\s[А-ЯЁ]/u.test(phrase)
		)
	)
		return null;
	if (/[«»“”\d:]/.test(phrase) || /[()]/.test(phrase.replace(/\([а-яё]{1,3}\)/gu, ''))) return null;
	if (/(?:ую|юю|ого|ему|ому|ей|ой)$/u.test(words[0]) && words.length > 1 && !/ая$/.test(words[0]))
		return null;
	if (/[^аеёиоуыэюя]у$|ю$/u.test(words[0])) return null;
	// No verb or gerund inside the holder: "Нарком уклонился от прямого ответа" is no holder.
	if (
		words.some(
			(w) =>
				((/(?:л|ла|ли|ло|лся|лась|лись)$/u.test(w) && w.length > 3) ||
					/(?:вшись|ясь|ив|ав)$/u.test(w)) &&
				/^[а-яё]/.test(w)
		)
	)
		return null;
	if (/-$/.test(words[words.length - 1])) return null;
	const hs = text.lastIndexOf(words[0], at);
	// The phrase may have lost words ("Представитель же Праги"): its end is its last word's.
	const last = words[words.length - 1];
	const he = text.lastIndexOf(last, at) + last.length;
	return [phrase, hs, Math.max(he, hs + words[0].length)];
}

/**
 * The stances of one sentence. `article` is the whole cleaned text (for checking word forms);
 * `antecedent` is the person a leading "он"/"она" refers to (the previous sentence's subject).
 */
export function findStances(
	text: string,
	mentions: LocalMention[],
	article = '',
	antecedent?: Person
): StanceFind[] {
	const quotes = quoteRanges(text);
	const out: StanceFind[] = [];
	const push = (s: StanceFind) => {
		s.stance = s.stance.replace(/\s*[–—-]\s*$/, '').trim();
		if (s.stance.replace(/[«»\s…]/g, '').length < 8) return;
		if (out.some((o) => o.holder === s.holder)) return;
		out.push(s);
	};
	const personAt = (m: LocalMention, verb: string, stance: string, quoted: boolean, link?: Link) =>
		push({
			holder: m.person.name,
			person: m.person,
			holderStart: m.start,
			holderEnd: m.end,
			verb,
			stance,
			quoted,
			link,
			number: verb ? numberOfVerb(verb) : undefined
		});

	// "по мнению Коппа, …", "по словам французского наблюдателя, …" (also inside a quotation).
	ACCORDING.lastIndex = 0;
	for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
		const after = m.index + m[0].length;
		const comma = text.slice(after).search(/\s*[,–—]/);
		const phraseEnd = comma >= 0 ? after + comma : text.length;
		const person = mentions.find((x) => x.start >= after && x.start < phraseEnd);
		const within = quotes.find(([a, b]) => m.index > a && m.index < b);
		const [stance0, quoted, link]: [string, boolean, Link] = within
			? [
					text
						.slice(within[0], within[1])
						.replace(/,?\s*[–—-]?\s*по (?:мнению|словам)[^–—]*[–—]\s*/u, ' '),
					true,
					undefined
				]
			: stanceAfter(text, phraseEnd + 1, quotes);
		let stance = stance0;
		stance = stance.replace(/\s+/g, ' ');
		if (person) {
			personAt(person, '', stance, quoted, link);
		} else {
			const phrase = text.slice(after, phraseEnd).trim();
			if (phrase.split(' ').length > 6 || !phrase) continue;
			push({
				holder: genitiveToNominative(phrase.replace(/^же /, '')),
				holderStart: after,
				holderEnd: phraseEnd,
				verb: '',
				stance,
				quoted,
				link
			});
		}
	}

	// "«Ныне уже …», – писал Пётр": the quotation before a dash and an inverted speaker.
	for (const [a, b] of quotes) {
		const tail = /^[,.]?\s*[–—-]\s*([а-яё]+)\s+/u.exec(text.slice(b));
		if (!tail || !new RegExp(PREDICATE.source, 'iu').test(tail[1])) continue;
		const after = b + tail[0].length;
		const who = mentions.find((x) => x.start >= after && x.start - after < 25);
		if (who) personAt(who, tail[1], text.slice(a, b), true);
	}

	// «Германия, писал в июне посланник Австрии в Венгрии, – готовится …»: a speaker inside.
	for (const [a, b] of quotes) {
		const inner = text.slice(a, b);
		const m =
			/,\s*(писал|заявил|сказал|говорил|отмечал|подчёркивал|пишет|говорит|считал)[а-яё]*\s+((?:в\s+[а-яё]+\s+(?:\d{4}\s*г\.\s*)?)?)([^,–—«»]{3,80}?)\s*,?\s*[–—-]\s*/u.exec(
				inner
			);
		if (!m) continue;
		const hs = a + m.index + m[0].indexOf(m[3], m[1].length + 1);
		const he = hs + m[3].length;
		const who = mentions.find((x) => x.start >= hs && x.end <= he);
		const stance = (inner.slice(0, m.index) + ' ' + inner.slice(m.index + m[0].length)).replace(
			/\s+/g,
			' '
		);
		if (who) personAt(who, m[1], stance, true);
		else if (/^[а-яё]/.test(m[3]))
			push({
				holder: m[3].trim(),
				holderStart: hs,
				holderEnd: he,
				verb: m[1],
				stance,
				quoted: true,
				number: numberOfVerb(m[1])
			});
	}

	// "в указаниях руководства Красной Армии от 9 и 14 августа: «…»": the speaker of a speech noun.
	SPEECH_NOUN.lastIndex = 0;
	for (let m = SPEECH_NOUN.exec(text); m; m = SPEECH_NOUN.exec(text)) {
		if (insideQuote(quotes, m.index)) continue;
		const after = m.index + m[0].length;
		const colon = /^([^:;«»]{3,90}?):\s*(?:\d\.\s*)?(?=«)/u.exec(text.slice(after));
		if (!colon) continue;
		const q = quotes.find(([a]) => a >= after + colon[0].length - 1);
		if (!q) continue;
		const stance = text.slice(q[0], q[1]);
		if (/^к\s|(?<![а-яё])[а-яё]{2,}(?:л|ла|ли)(?![а-яё])/u.test(colon[1])) continue;
		const inside = mentions.filter((x) => x.start >= after && x.end <= after + colon[1].length);
		// The genitive right after the noun is the speaker; a later name may be the addressee.
		const own = inside.find((x) => x.start - after < 3) ?? inside.pop();
		if (own) {
			personAt(own, '', stance, true);
			continue;
		}
		const phrase = tidy(colon[1].replace(/\s+(?:от|в|во)\s+.*$/u, ''));
		if (
			phrase.split(' ').length > 6 ||
			!/^[а-яёА-ЯЁ]/.test(phrase) ||
			/^(?:о|об|на|по|в|к|с)\s/u.test(phrase) ||
			/[a-z]/i.test(phrase)
		)
			continue;
		push({
			holder: genitiveToNominative(phrase),
			holderStart: after,
			holderEnd: after + phrase.length,
			verb: '',
			stance,
			quoted: true
		});
	}

	// "Успехи русского оружия встревожили Лондон", "усилила подозрительность морских держав".
	const alarm =
		/(?<![а-яё])(встревожил[аио]?|обеспокоил[аио]?|насторожил[аио]?|испугал[аио]?|вынудил[аио]?)\s+([А-ЯЁ][а-яё-]+(?:\s+[а-яё]+)?)|(?<![а-яё])усилил[аио]?\s+(подозрительность|недоверие|опасения|тревогу)\s+([а-яё]+(?:их|ых)\s+[а-яё]+|[А-ЯЁ][а-яё-]+)/gu;
	for (let m = alarm.exec(text); m; m = alarm.exec(text)) {
		if (insideQuote(quotes, m.index)) continue;
		const cStart = clauseStart(text, m.index, quotes);
		const cause = tidy(stripDate(text.slice(cStart, m.index)));
		if (m[1]) {
			let object = m[2].replace(/\s+(?:к|в|на|и|от)$/u, '');
			if (/\s/.test(object) && !/^[а-яё]+\s+[а-яё]+$/u.test(object.toLowerCase()))
				object = object.split(' ')[0];
			if (/\s(?:к|в|на|от|и|с)\b/u.test(' ' + object.split(' ').slice(1).join(' ')))
				object = object.split(' ')[0];
			const second = object.split(' ')[1];
			if (second && !/^[А-ЯЁ]/.test(second)) object = object.split(' ')[0];
			const rest = stripEnd(text.slice(m.index + m[0].length, clauseEnd(text, m.index, quotes)));
			const holder = accusativeToNominative(object);
			const verb = m[1];
			const isForce = /^вынуд/u.test(verb);
			if (!cause || cause.split(' ').length > 8 || NOT_HOLDER.test(cause)) continue;
			push({
				holder,
				holderStart: m.index + m[0].length - m[2].length,
				holderEnd: m.index + m[0].length - m[2].length + object.length,
				verb,
				stance: isForce ? `${rest} (${cause.toLowerCase()})` : `тревога: ${cause.toLowerCase()}`,
				quoted: false,
				question: stripEnd(
					text.slice(0, m.index + m[0].length - m[2].length) +
						'[…]' +
						text.slice(
							m.index + m[0].length - m[2].length + object.length,
							clauseEnd(text, m.index, quotes)
						)
				)
			});
		} else {
			const holder = genitiveToNominative(m[4]);
			const cStartCause = tidy(
				text.slice(cStart, m.index).replace(/(?:,\s*)?но\s+(?:одновременно\s+)?$/u, '')
			);
			push({
				holder,
				holderStart: m.index + m[0].length - m[4].length,
				holderEnd: m.index + m[0].length,
				verb: '',
				stance: `${m[3]}${cStartCause ? ` (${cStartCause.toLowerCase()})` : ''}`,
				quoted: false,
				question: stripEnd(
					text.slice(0, m.index + m[0].length - m[4].length) +
						'[…]' +
						text.slice(m.index + m[0].length, clauseEnd(text, m.index, quotes))
				)
			});
		}
	}

	// "Целью Петра было возвращение земель …".
	const aim = /(?<![а-яё])Цель[юи]\s+(\S+(?:\s+I{1,3}V?)?)\s+(?:был[аио]?|являл[аио]сь)\s+/gu;
	for (let m = aim.exec(text); m; m = aim.exec(text)) {
		const at = m.index + m[0].length;
		const who = mentions.find((x) => x.start >= m.index && x.end <= at);
		const stance = stripEnd(text.slice(at, clauseEnd(text, at, quotes)));
		if (!who) continue;
		personAt(who, '', 'цель: ' + stance, false);
		const last = out[out.length - 1];
		if (last?.person === who.person) last.question = `Чьей целью было ${stance}?`;
	}

	// "граф Э. Дерби, противник войны,": an apposition of attitude.
	const appos = /^,\s*(противник|сторонник|приверженец)\s+([^,;.]+)/u;
	for (const m of mentions) {
		const a = appos.exec(text.slice(m.end));
		if (!a) continue;
		personAt(m, '', `${a[1]} ${a[2]}`, false);
	}

	// "В Европе сложилось убеждение, что …", "В отечественной историографии … преобладает мнение":
	// the view of a place or a body of writing.
	const impersonal =
		/(?<![а-яё])(сложилось|преобладает|господствовало|утвердилось|распространилось|бытует)\s+(мнение|убеждение|представление)/giu;
	for (let m = impersonal.exec(text); m; m = impersonal.exec(text)) {
		if (insideQuote(quotes, m.index)) continue;
		const cStart = clauseStart(text, m.index, quotes);
		const loc =
			/(?:^|\s)(?:[вВ]|[вВ]о)\s+((?:[а-яё]+(?:ой|ей|ом)\s+)?[А-ЯЁа-яё][а-яё-]+(?:е|и))(?=\s|$|,)/u.exec(
				text.slice(cStart, m.index)
			);
		if (!loc) continue;
		const at = m.index + m[0].length;
		push({
			holder: locativeToNominative(loc[1], article || text),
			holderStart: cStart + loc.index,
			holderEnd: cStart + loc.index + loc[0].length,
			verb: '',
			stance: stripEnd(
				text.slice(at, clauseEnd(text, at + 2, quotes)).replace(/^,?\s*что\s+/u, '')
			),
			quoted: false
		});
	}

	PREDICATE.lastIndex = 0;
	for (let m = PREDICATE.exec(text); m; m = PREDICATE.exec(text)) {
		if (insideQuote(quotes, m.index)) continue;
		const verb = m[0].replace(/\s+/g, ' ') + (/^подв/iu.test(m[0]) ? ' итог' : '');
		const bare = verb.replace(/^не\s+/u, '');
		const vStart = m.index;
		const vEnd = m.index + m[0].length + (/^подв/iu.test(m[0]) ? ' итог'.length : 0);
		// "Польша,– писал Чичерин,– отказалась": a speaker set off by dashes quotes another subject.
		if (REPORT.test(bare) && /,\s*[–—-]\s*$/u.test(text.slice(Math.max(0, vStart - 4), vStart)))
			continue;
		const need = NEEDS_OBJECT.find(([v]) => v.test(bare));
		const mEnd = m.index + m[0].length;
		if (need && !need[1].test(text.slice(mEnd, mEnd + 40))) continue;
		if (
			/^пришл|^пришё|^приш/iu.test(bare) &&
			!/к\s+(?:[а-яё]+\s+)?выводу\s*$/iu.test(text.slice(Math.max(0, vStart - 40), vStart)) &&
			!/^\s+к\s+(?:[а-яё]+\s+)?выводу/u.test(text.slice(vEnd))
		)
			continue;
		const cStart = clauseStart(text, vStart, quotes);
		let [stance, quoted, link] = stanceAfter(
			text,
			vEnd,
			quotes,
			REPORT.test(bare) ||
				/^(?:не\s+)?(?:счита|полага|утвержда|настаива|ответи|высказа|предупрежда)/iu.test(bare)
		);
		if (quoted) {
			// The quotation belongs to the nearest predicate before it.
			const q = text.indexOf(stance, vEnd);
			const next = new RegExp(PREDICATE.source, 'giu');
			next.lastIndex = vEnd;
			const n = next.exec(text);
			if (n && n.index < q) continue;
			// "о другом заявлении Чичерина: «…»": the words are the named person's.
			const own = mentions.find(
				(x) =>
					x.start > vEnd &&
					x.end <= q &&
					/^\s*:\s*$/.test(text.slice(x.end, q)) &&
					/(?:заявлени|слов|мнени|оценк|письм|записк|донесени|речи|выступлени|мысл|позици)[а-яё]*\s+$/u.test(
						text.slice(Math.max(0, x.start - 30), x.start)
					)
			);
			if (own) {
				personAt(own, '', stance, quoted);
				continue;
			}
		} else if (REPORT.test(bare) && !carriesStatement(text, vEnd, quotes)) continue;
		// "Позицию … нейтралитета заняла и Чехословакия": the stance stands before the verb.
		if (/^занял/iu.test(bare)) {
			const pos = /позици[юя]\s+(.+)$/iu.exec(text.slice(cStart, vStart));
			if (pos) {
				stance = 'позицию ' + tidy(pos[1]);
				quoted = false;
				link = undefined;
			}
		}
		// "видевших в Германии союзника": no stance without its holder in the nominative.
		if (/(?:вших|вшего)$/u.test(bare)) continue;
		// "князь А. С. Меншиков, потребовавший …": a participle after a name.
		if (PARTICIPLE.test(bare)) {
			const who = mentions.find((x) => /^\s*,\s*$/.test(text.slice(x.end, vStart)));
			const finite = verb.replace(/вш(?:ий|ая|ие)ся$/u, 'лся').replace(/вш(?:ий|ая|ие)$/u, 'л');
			if (who) personAt(who, finite, stance, quoted, link);
			continue;
		}
		const number = numberOfVerb(bare);
		const gerund =
			GERUND.test(bare) && !/(?:л|ла|ли|ло)$/u.test(bare) && !/ят$|ют$|ет$|ит$/u.test(bare);
		// Subject before the verb: the nearest person in the nominative, else the noun phrase.
		const searchFrom = gerund ? 0 : cStart;
		const before = mentions.filter(
			(x) =>
				x.nominative && x.start >= searchFrom && x.end <= vStart && !insideQuote(quotes, x.start)
		);
		const afterVerb = mentions.filter(
			(x) =>
				x.nominative &&
				x.start >= vEnd &&
				x.start - vEnd < 40 &&
				!/[,:;«]/.test(text.slice(vEnd, x.start))
		);
		let subjects: LocalMention[] = [];
		if (before.length) {
			const last = before[before.length - 1];
			// "Наполеон III и Валевский были склонны": coordinated subjects share the predicate.
			const prev = before[before.length - 2];
			subjects =
				prev && /^\s+и\s+$/u.test(text.slice(prev.end, last.start)) && number === 'pl'
					? [prev, last]
					: [last];
			// A finite verb between the subject and this verb: the subject is another clause's.
			const between = text.slice(last.end, vStart);
			if (
				!gerund &&
				/(?<![а-яё])[а-яё]{3,}(?:ал|ял|ил|ел|ул|ыл|ёл)[аио]?(?:сь|ся)?(?![а-яё])/u.test(
					between.replace(/,[^,]*,/g, ' ')
				)
			)
				subjects = [];
		} else if (afterVerb.length) subjects = [afterVerb[0]];
		// "Польша,– писал Чичерин,– отказалась": a feminine verb needs a feminine holder.
		subjects = subjects.filter(
			(s) => number !== 'f' || /[ая]$/.test(s.person.surname) || /[ая]$/.test(s.person.name)
		);
		if (subjects.length) {
			const last = subjects[subjects.length - 1];
			for (const s of subjects) {
				const n = out.length;
				personAt(s, verb, stance, quoted, link);
				const raw = text.slice(last.end, vStart);
				const pre = tidy(
					raw.replace(
						/(?:^|\s)(?:напротив|же|тогда же|также|тоже|ещё|уже|и\s+[А-ЯЁ][а-яё-]+)(?=\s|,|$)/gu,
						' '
					)
				);
				if (out.length > n && pre && pre.length <= 80 && !/[,;:«»]/.test(raw)) out[n].pre = pre;
			}
			if (stance.replace(/[«»\s…]/g, '').length < 8 && !quoted) {
				// "… и Александр II с ним согласился": the sentence, the holder hidden.
				const around = text.slice(0, clauseEnd(text, vEnd, quotes));
				for (const s of subjects)
					push({
						holder: s.person.name,
						person: s.person,
						holderStart: s.start,
						holderEnd: s.end,
						verb: '',
						stance: tidy(text.slice(last.end, clauseEnd(text, vEnd, quotes))),
						quoted: false,
						question: stripEnd(around.slice(0, s.start) + '[…]' + around.slice(s.end))
					});
			}
			continue;
		}
		if (gerund) continue;
		// "В циркулярной депеше того же года он заявил: …": the previous sentence's subject.
		const pron = /(?:^|\s)(он|она)\s+$/u.exec(text.slice(cStart, vStart));
		if (pron && antecedent && (pron[1] === 'она') === (number === 'f')) {
			const at = cStart + pron.index + pron[0].indexOf(pron[1]);
			push({
				holder: antecedent.name,
				person: antecedent,
				holderStart: at,
				holderEnd: at + pron[1].length,
				verb,
				stance,
				quoted,
				link,
				number
			});
			continue;
		}
		const np = nounPhraseBefore(text, cStart, vStart);
		const npPerson = np && mentions.find((x) => x.start === np[1]);
		if (npPerson && number !== 'f' && number !== 'pl') {
			personAt(npPerson, verb, stance, quoted, link);
			continue;
		}
		// "Итоги конгресса в отечественной литературе оцениваются как …": the literature's view.
		const passive =
			/(?:ется|ются)$/u.test(bare) &&
			/^(?:оценива|рассматрива|счита|характеризу|тракту|призна)/iu.test(bare);
		const inLit = passive
			? /^(.*?)\s+(?:в|во)\s+((?:[а-яё]+(?:ой|ей|ом)\s+)?[а-яё][а-яё-]+(?:е|и))(?:\s+[а-яё]+)?\s*$/u.exec(
					text.slice(cStart, vStart)
				)
			: null;
		if (
			inLit &&
			/(?:литератур|историографи|наук|историк|исследовани|публицистик|печат|пресс)/u.test(inLit[2])
		) {
			const at = cStart + inLit[1].length;
			push({
				holder: locativeToNominative(inLit[2], article || text),
				holderStart: at,
				holderEnd: at + inLit[0].length - inLit[1].length,
				verb: '',
				stance: `${lowerFirst(tidy(inLit[1]))} ${bare} ${stance}`.replace(/\s+/g, ' '),
				quoted: false
			});
			continue;
		}
		if (np && stance.replace(/[«»\s…]/g, '').length < 8 && !quoted) {
			const end = clauseEnd(text, vEnd, quotes);
			push({
				holder: np[0],
				holderStart: np[1],
				holderEnd: np[2],
				verb: '',
				stance: tidy(text.slice(np[2], end)).replace(/[.!?]+$/, ''),
				quoted: false,
				number,
				question: stripEnd(text.slice(0, np[1]) + '[…]' + text.slice(np[2], end))
			});
			continue;
		}
		if (np) {
			const rawPre = text.slice(np[2], vStart);
			const pre = /[,;:«»]/.test(rawPre)
				? ''
				: tidy(
						rawPre.replace(/(?:^|\s)(?:напротив|же|тогда же|также|тоже|ещё|уже)(?=\s|$)/gu, ' ')
					);
			push({
				holder: np[0],
				holderStart: np[1],
				holderEnd: np[2],
				verb,
				stance,
				quoted,
				link,
				number,
				...(pre && pre.length <= 80 ? { pre } : {})
			});
			continue;
		}
		// "в Петербурге сознавали, что …": a place as the holder of a verb in the plural.
		const loc =
			/^(?:[а-яё]+,?\s+)?(?:в|во)\s+((?:[а-яё]+(?:ой|ей|ом)\s+)?[А-ЯЁ][а-яё-]+(?:е|и))(?:\s+[а-яё]+)?\s*$/u.exec(
				tidy(stripDate(text.slice(cStart, vStart)))
			);
		if (loc && number === 'pl' && !/ись$/u.test(bare)) {
			const at = text.lastIndexOf(loc[1], vStart);
			push({
				holder: locativeToNominative(loc[1], article || text),
				holderStart: at,
				holderEnd: at + loc[1].length,
				verb,
				stance,
				quoted,
				link,
				number: undefined
			});
			continue;
		}
		// Inverted subject after the verb: "заняла и Чехословакия", "пришел … Президиум Рады …".
		const tail = text.slice(vEnd);
		const skip = /^\s+(?:и\s+)?(?:в\s+(?:[а-яё]+\s+)?(?:\d{4}\s*г\.\s*)?)?/u.exec(tail)?.[0] ?? '';
		const inv = /^([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,4})(?=\s*[,.:;]|\s*$)/u.exec(
			tail.slice(skip.length)
		);
		if (inv && /(?:[аяй]|[бвгджзклмнпрстфхцчшщ])$/u.test(inv[1].split(' ')[0])) {
			const hs = vEnd + skip.length;
			const rest = text.slice(hs + inv[1].length);
			const [st2, q2, l2] = /^\s*:/.test(rest)
				? stanceAfter(text, hs + inv[1].length, quotes)
				: [stance, quoted, link];
			const lead = /^занял/iu.test(bare) ? stance : tidy(stripDate(text.slice(cStart, vStart)));
			push({
				holder: inv[1],
				holderStart: hs,
				holderEnd: hs + inv[1].length,
				verb,
				stance: /^занял/iu.test(bare) ? stance : q2 ? st2 : `${lead}: ${st2}`,
				quoted: q2,
				link: /^занял/iu.test(bare) || !q2 ? undefined : l2,
				number
			});
		}
	}
	return out;
}

function lowerFirst(s: string): string {
	return /^[А-ЯЁ][а-яё]/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
