// Offices told after the name: an apposition between commas ("Гучков, с 1910 г. председатель
// Думы, сложил …", "Кириенко, прежде министр топлива и энергетики, …") and an encyclopedia's
// definition after a dash ("Столыпин (1862–1911) — русский государственный деятель, министр
// внутренних дел и председатель Совета министров Российской империи в 1906–1911 гг.").
// The offices themselves are read by offices.ts (`read`): this file only finds their heads.

import type { DateMention } from '../date';
import type { Words } from './words';
import { verbal } from './office-at';

/** Words that may stand between the comma and the office: a time ("с 1910 г."), "прежде". */
const LEAD =
	/^(?:с|со|в|во|до|по|от|к|и|ещё|еще|уже|тогда|прежде|ранее|позднее|впоследствии|затем|вскоре|а|также|тоже|г|гг|год|года|году|годы|годах|годов)$/iu;

const DASH = /^[—–-]$/u;

/** Whether token k lies inside a date mention (its digits, month, "г."). */
function inDate(w: Words, k: number, dates: DateMention[]): boolean {
	const t = w.doc.tokens[k];
	return dates.some((d) => d.start <= t.start && t.end <= d.end);
}

/**
 * Past a bracketed aside right after the name ("(1862–1911)", "(22 мая (1 июня) 1693, Москва —
 * 10 (21) апреля 1766)" with old and new style inside): the index after its ")", or b.
 */
function pastBrackets(w: Words, b: number): number {
	const doc = w.doc;
	if (doc.tokens[b]?.text !== '(') return b;
	let depth = 0;
	for (let k = b; k < Math.min(b + 40, doc.tokens.length); k++) {
		if (doc.tokens[k].sentence !== doc.tokens[b].sentence) return b;
		if (doc.tokens[k].text === '(') depth++;
		else if (doc.tokens[k].text === ')' && --depth === 0) return k + 1;
	}
	return b;
}

/**
 * The head nouns of offices told after the name ending at token b, in order. `isHead(k, cases)`
 * says whether token k is an office noun in one of the cases (the name's own: an apposition agrees
 * with its noun).
 */
export function officeHeadsAfter(
	w: Words,
	b: number,
	dates: DateMention[],
	isHead: (k: number, cases: Set<string>) => boolean,
	isPerson: (k: number) => boolean
): number[] {
	const doc = w.doc;
	const name = doc.tokens[b - 1];
	let k = pastBrackets(w, b);
	const sep = doc.tokens[k];
	if (!sep || sep.sentence !== name.sentence) return [];
	const definition = DASH.test(sep.text);
	if (!definition && sep.text !== ',') return [];
	// The name's cases: an apposition agrees ("Чичерина, наркома" — not "Чичериным, нарком …").
	const own = w.cases(b - 1);
	const cases = own.size && !definition ? own : new Set(['nomn']);
	const heads: number[] = [];
	// A definition lists its descriptors ("русский государственный деятель, министр …, автор …");
	// an apposition is one.
	for (let part = 0, n = 0; part < (definition ? 5 : 1) && k + 1 < doc.tokens.length; n++) {
		k++;
		const t = doc.tokens[k];
		if (!t || t.sentence !== name.sentence) break;
		if (inDate(w, k, dates)) continue; // "с 1910 г." (its "." too)
		if (t.text === '.' || t.text === ';') break;
		if (t.text === ',' || (t.kind === 'word' && /^и$/iu.test(t.text) && heads.length)) {
			part++;
			n = 0;
			continue;
		}
		if (t.kind !== 'word') break;
		if (isHead(k, cases)) {
			const head = k;
			// The rest of this descriptor is the office's own complement; a name in it holds the
			// office itself ("Чичерин, Иоффе, нарком Красин": Красин's, not Иоффе's).
			let other = false;
			while (k + 1 < doc.tokens.length && !/^[,.;]$/u.test(doc.tokens[k + 1].text)) {
				if (/^и$/iu.test(doc.tokens[k + 1].text)) break;
				if (isPerson(k + 1)) other = true;
				k++;
			}
			if (other) break;
			heads.push(head);
			continue;
		}
		if (!definition) {
			// Before the office only a time and a few adverbs ("с 1910 г.", "прежде").
			if (n > 5 || verbal(w, k) || !LEAD.test(t.text)) break;
		} else if (verbal(w, k)) break;
	}
	return heads;
}
