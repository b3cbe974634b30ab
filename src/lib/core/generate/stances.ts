// Stances: views and positions that people, states and bodies took. Found from a predicate of
// speech or opinion ("писал", "считал", "по мнению", "заняла позицию") and its holder: the
// subject before it, the subject after it ("писал Копп"), or the genitive after "по мнению".

import type { Person } from './names';
import { insideQuote, quoteRanges, tidy } from './text';

export interface LocalMention {
	person: Person;
	start: number;
	end: number;
	/** The surname is written in the nominative. */
	nominative: boolean;
}

export interface StanceFind {
	/** A person, or a noun phrase in the nominative ("Польские военные"). */
	holder: string;
	person?: Person;
	/** Offsets of the holder in the sentence. */
	holderStart: number;
	holderEnd: number;
	/** The predicate verb as written ("писал"), or "" for "по мнению". */
	verb: string;
	stance: string;
	/** Whether the stance is a quotation. */
	quoted: boolean;
}

// Stems of verbs of speech, opinion, decision and attitude; any ending.
const VERBS =
	'(?:на)?писа|заяви|сказа|говори|замети|подчеркну|подчёркива|подчеркива|сообщи|указа|ответи|советова|посоветова|предлага|предложи|признал|признава|напомни|констатирова|счита|полага|утвержда|отмети|требова|потребова|настаива|обеща|призыва|призва|предупрежда|выступа|выступи|высказа|оценива|оцени|расцени|надея|отказа|отказыва|поддержива|поддержа|опаса|стреми|предпоч|возража|придержива|разделя|заня|занима|добива|обяза|протестова|соглаша|согласи|предписа|увиде|видел|рассчитыва|склоня|поручи|отверг|одобри|осуди|отклони|уклони|держал|сознава|восприня|приписа|изложи|потребова|преоблада|настоя';
const PREDICATE = new RegExp(
	`(?<![а-яё])(?:${VERBS})[а-яё]*?(?:л|ла|ли|ло|лся|лась|лись|ет|ют|ит|ят|ат|ется|ются|ится|ятся|я|в|вшись|ясь|ем)(?![а-яё-])`,
	'giu'
);
const ACCORDING = /(?<![а-яё])по (?:мнению|словам|оценке|убеждению)(?: же)? /giu;
/** Verbs that only report: they carry a stance only with a quotation. */
const REPORT =
	/^(?:на)?(?:писал|заявил|сказал|говорил|сообщил|ответил|информировал|указал|заметил|подчеркнул|отметил|констатировал|напомнил|признал)/iu;

/** Genitive noun phrase → nominative, by endings: "французского наблюдателя" → "французский наблюдатель". */
export function genitiveToNominative(phrase: string): string {
	const words = phrase.split(' ');
	let headDone = false;
	return words
		.map((w) => {
			if (headDone) return w;
			if (/(?:ого|его)$/.test(w)) {
				const stem = w.slice(0, -3);
				return stem + (/[гкхжшчщ]$/.test(stem) || w.endsWith('его') ? 'ий' : 'ый');
			}
			if (/(?:ой|ей)$/.test(w) && /^[а-яё]/.test(w)) return w.slice(0, -2) + 'ая';
			headDone = true;
			if (/теля$/.test(w)) return w.slice(0, -1) + 'ь';
			if (/(?:ии)$/.test(w)) return w.slice(0, -1) + 'я';
			if (/[бвгдзклмнпрстфхцчшщ]а$/.test(w)) return w.slice(0, -1);
			if (/[бвгдзклмнпрстфхцчшщ]ы$/.test(w)) return w.slice(0, -1) + 'а';
			return w;
		})
		.join(' ');
}

function clauseStart(text: string, at: number, quotes: [number, number][]): number {
	for (let i = at - 1; i >= 0; i--) {
		if (/[;:]/.test(text[i]) && !insideQuote(quotes, i)) return i + 1;
		if (text[i] === ',' && /^,\s(?:но|а|однако|что|поскольку|хотя)\s/.test(text.slice(i, i + 12)))
			return i + 1;
	}
	return 0;
}

function clauseEnd(text: string, from: number, quotes: [number, number][]): number {
	for (let i = from; i < text.length; i++) {
		if (/[;]/.test(text[i]) && !insideQuote(quotes, i)) return i;
		if (
			text[i] === ',' &&
			/^,\s(?:но|а|однако|поскольку|хотя)\s/.test(text.slice(i, i + 12)) &&
			!insideQuote(quotes, i)
		)
			return i;
	}
	return text.length;
}

/** The stance after a predicate: a quotation if one follows, else the rest of the clause. */
function stanceAfter(text: string, from: number, quotes: [number, number][]): [string, boolean] {
	const end = clauseEnd(text, from, quotes);
	const q = quotes.find(([a]) => a >= from && a - from < 60);
	if (q) return [text.slice(q[0], Math.min(q[1], text.length)), true];
	return [tidy(text.slice(from, end)).replace(/[.!?]$/, ''), false];
}

export function findStances(text: string, mentions: LocalMention[]): StanceFind[] {
	const quotes = quoteRanges(text);
	const out: StanceFind[] = [];
	const push = (s: StanceFind) => {
		if (s.stance.replace(/[«»\s…]/g, '').length < 8) return;
		if (out.some((o) => o.holder === s.holder)) return;
		out.push(s);
	};
	ACCORDING.lastIndex = 0;
	for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
		if (insideQuote(quotes, m.index)) continue;
		const after = m.index + m[0].length;
		const comma = text.indexOf(',', after);
		const phraseEnd = comma > 0 ? comma : text.length;
		const person = mentions.find((x) => x.start >= after && x.start < phraseEnd);
		const [stance, quoted] = stanceAfter(text, phraseEnd + 1, quotes);
		if (person) {
			push({
				holder: person.person.name,
				person: person.person,
				holderStart: person.start,
				holderEnd: person.end,
				verb: '',
				stance,
				quoted
			});
		} else {
			const phrase = text.slice(after, phraseEnd).trim();
			if (phrase.split(' ').length > 6) continue;
			push({
				holder: genitiveToNominative(phrase.replace(/^же /, '')),
				holderStart: after,
				holderEnd: phraseEnd,
				verb: '',
				stance,
				quoted
			});
		}
	}
	// "«Ныне уже …», – писал Пётр": the quotation before a dash and an inverted speaker.
	for (const [a, b] of quotes) {
		const tail = /^[,.]?\s*[–—-]\s*([а-яё]+)\s+/u.exec(text.slice(b));
		if (!tail || !PREDICATE.test(' ' + tail[1] + ' ')) continue;
		PREDICATE.lastIndex = 0;
		const after = b + tail[0].length;
		const who = mentions.find((x) => x.start >= after && x.start - after < 25);
		if (who)
			push({
				holder: who.person.name,
				person: who.person,
				holderStart: who.start,
				holderEnd: who.end,
				verb: tail[1],
				stance: text.slice(a, b),
				quoted: true
			});
	}
	PREDICATE.lastIndex = 0;
	for (let m = PREDICATE.exec(text); m; m = PREDICATE.exec(text)) {
		if (insideQuote(quotes, m.index)) continue;
		const vStart = m.index;
		const vEnd = m.index + m[0].length;
		const cStart = clauseStart(text, vStart, quotes);
		// Subject before the verb: a person in the nominative, else the noun phrase opening the clause.
		const before = mentions.filter((x) => x.nominative && x.start >= cStart && x.end <= vStart);
		const afterVerb = mentions.filter(
			(x) =>
				x.nominative &&
				x.start >= vEnd &&
				x.start - vEnd < 40 &&
				!/[,:;«]/.test(text.slice(vEnd, x.start))
		);
		let [stance, quoted] = stanceAfter(text, vEnd, quotes);
		if (quoted) {
			// The quotation belongs to the nearest predicate before it.
			const q = text.indexOf(stance, vEnd);
			PREDICATE.lastIndex = vEnd;
			const next = PREDICATE.exec(text);
			PREDICATE.lastIndex = vEnd;
			if (next && next.index < q) continue;
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
				push({
					holder: own.person.name,
					person: own.person,
					holderStart: own.start,
					holderEnd: own.end,
					verb: '',
					stance,
					quoted
				});
				continue;
			}
		} else if (REPORT.test(m[0])) continue;
		// "Позицию … нейтралитета заняла и Чехословакия": the stance stands before the verb.
		if (/^занял/i.test(m[0])) {
			const pos = /позици[юя]\s+(.+)$/iu.exec(text.slice(cStart, vStart));
			if (pos) {
				stance = 'позиция ' + tidy(pos[1]);
				quoted = false;
			}
		}
		let subjectMention: LocalMention | undefined = before.length ? before[0] : afterVerb[0];
		// "Польша,– писал Чичерин,– отказалась": a feminine verb needs a feminine holder.
		if (subjectMention && /(?:ла|лась)$/.test(m[0]) && !/[ая]$/.test(subjectMention.person.surname))
			subjectMention = undefined;
		if (subjectMention) {
			push({
				holder: subjectMention.person.name,
				person: subjectMention.person,
				holderStart: subjectMention.start,
				holderEnd: subjectMention.end,
				verb: m[0],
				stance,
				quoted
			});
			continue;
		}
		// A noun phrase: from the clause start (after connectors and participial phrases) to the verb.
		const head = text.slice(cStart, vStart);
		const phrase = tidy(head.replace(/,[^,]*,/g, ' ')).replace(/\s+же\s+/g, ' ');
		const words = phrase.split(' ').filter(Boolean);
		if (
			words.length >= 1 &&
			words.length <= 6 &&
			!/^(?:в|во|на|с|по|о|об|к|от|при|для|из|это|он|она|они|мы|я|которы|что|как|если|чтобы|когда)(?:\s|$)/iu.test(
				phrase
			) &&
			/^[А-ЯЁA-Z]/.test(phrase) &&
			!/[«»\d:]/.test(phrase) &&
			// No verb inside the holder: "Нарком уклонился от прямого ответа" is not a holder.
			!words.some((w) => /(?:л|ла|ли|ло|лся|лась|лись)$/u.test(w) && w.length > 3) &&
			!/-$/.test(words[words.length - 1])
		) {
			const hs = text.indexOf(words[0], cStart);
			push({
				holder: phrase,
				holderStart: hs,
				holderEnd: hs + phrase.length,
				verb: m[0],
				stance,
				quoted
			});
			continue;
		}
		// Inverted subject after the verb: "заняла и Чехословакия", "писал … посланник Австрии".
		const inv = /^\s+(?:и\s+)?([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)(?=[\s,.:;])/u.exec(
			text.slice(vEnd)
		);
		if (inv && /^занял/i.test(m[0]) && /(?:[аяй]|[бвгджзклмнпрстфхцчшщ])$/.test(inv[1])) {
			const hs = vEnd + inv[0].length - inv[1].length;
			push({
				holder: inv[1],
				holderStart: hs,
				holderEnd: hs + inv[1].length,
				verb: m[0],
				stance,
				quoted
			});
		}
	}
	return out;
}
