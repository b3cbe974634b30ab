// Public entry of the deck generator: article text in, three decks out (dates, actors,
// positions). Pure: no DOM, no Node APIs, no clock. The same input gives the same decks.

import {
	DECK_FORMAT,
	DECK_VERSION,
	type CardFile,
	type DeckFile,
	type DeckKind,
	type Fact
} from '../deck/types';
import { cleanText, toRaw, type CleanText } from './clean';
import { cloze, GAP, leaksMonthOrDay, leaksSurname, MAX_FRONT, trimFront } from './cards';
import { eventPhrase, spaceInitials } from './events';
import {
	dateSegment,
	EVENT_NOUN,
	expandLists,
	findDates,
	isBareYear,
	listLabel,
	type DateMention
} from './dates';
import { cardId } from './ids';
import type { Morphology } from './morphology';
import { findPersons, surnameForms, type Person } from './names';
import { postBefore, postsAfter, type Case } from './posts';
import { splitSentences, type Sentence } from './sentences';
import { midSentence, withState } from './holders';
import { stanceCards, type StanceDraft } from './stance-cards';
import { findStances, type LocalMention } from './stances';
import { capitalize, clauseAround, ellipsize, insideQuote, quoteRanges, tidy } from './text';

export type { Morphology } from './morphology';
export { cleanText } from './clean';
export { fnv1a } from './ids';

export const GENERATOR = { name: 'kartoteka-generator', version: '1' } as const;

export interface GenerateInput {
	/** The raw article text, exactly as in the source file. */
	text: string;
	/** Base name of the article, used in deck ids: "<name>.dates". */
	name: string;
	/** Path of the source file, as recorded in the decks. */
	file?: string;
	/** SHA-256 of the source file (hex), computed by the caller. */
	sha256?: string;
	/** Optional dictionary-backed helpers (see morphology.ts). */
	morphology?: Morphology;
	/** Optional progress report (the browser's worker shows it): stage, steps done, steps in it. */
	onProgress?: (stage: GenerateStage, done: number, total: number) => void;
}

/** The stages reported through onProgress, in order. */
export type GenerateStage = 'cleaning' | 'sentences' | 'persons' | 'facts' | 'cards';

export interface GeneratedDecks {
	dates: DeckFile;
	actors: DeckFile;
	positions: DeckFile;
	/** The article title as found in its first lines. */
	title: string;
}

export class NoFactsError extends Error {
	constructor() {
		super('no dates, persons or positions could be extracted from the article');
		this.name = 'NoFactsError';
	}
}

interface Draft {
	front: string;
	back: string;
	fact: Fact;
	sentence: Sentence;
	tags?: string[];
}

/** The title: the first paragraph when it is short; all-capitals titles are put in sentence case. */
function articleTitle(sentences: Sentence[]): { title: string; paragraph: number } | null {
	const first = sentences[0];
	if (!first) return null;
	const para = sentences.filter((s) => s.paragraph === first.paragraph);
	const text = para.map((s) => s.text).join(' ');
	if (text.length > 200 || /[.!?]$/.test(text.replace(/\s*\([^)]*\)$/, ''))) return null;
	const letters = text.replace(/[^А-ЯЁа-яёA-Za-z]/g, '');
	const upper = letters.replace(/[^А-ЯЁA-Z]/g, '').length;
	const title =
		upper > letters.length * 0.7
			? text
					.replace(/[А-ЯЁA-Z]{2,}[а-яёА-ЯЁ-]*/g, (w) => w.toLowerCase())
					.replace(/^./, (c) => c.toUpperCase())
			: text;
	return { title: title.replace(/\s+/g, ' ').trim(), paragraph: first.paragraph };
}

function setYear(d: DateMention, year: number): DateMention {
	if (d.explicitYear) return d;
	return {
		...d,
		iso: d.iso.replace(/\d{4}/g, String(year)),
		label: d.label.replace(/\d{4}(?= г\.$)/, String(year))
	};
}

/** "12 октября 1920 г." → "12 октября 1920 г."; a month label in the prepositional: "в октябре 1920 г.". */
function dateAdverbial(d: DateMention): string {
	if (/^\d{4}-\d{2}-\d{2}/.test(d.iso)) return d.label;
	if (/^\d{4}-\d{2}$/.test(d.iso) || /^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(d.iso))
		return (
			'в ' +
			d.label.replace(
				/(?<![а-яё])(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)(?![а-яё])/gu,
				(m) => monthPrepositional(m)
			)
		);
	if (/^\d{4}$/.test(d.iso)) return 'в ' + d.label;
	return d.label;
}

const REPORTED = /^по сообщениям, /u;

/** "Что произошло 12 октября 1920 г.?"; a span "Что происходило …?"; a report "Что, по сообщениям, …". */
function eventQuestion(d: DateMention, event: string): string {
	const verb = d.iso.includes('/') ? 'происходило' : 'произошло';
	const hedge = REPORTED.test(event) ? ', по сообщениям,' : '';
	return `Что${hedge} ${verb} ${dateAdverbial(d)}?`;
}

/** The ISO date of a dates-deck draft. */
const dateOf = (d: Draft) => (d.fact.type === 'date' ? d.fact.date : '');
const eventOf = (d: Draft) => (d.fact.type === 'date' ? d.fact.event : '');

/** Whether the date `e` falls in the period `p` ("1920-10-12" in "1920-10"; a span only in itself). */
function within(e: string, p: string): boolean {
	if (p.includes('/') || e.includes('/')) return e === p;
	return e === p || e.startsWith(p + '-');
}

function monthPrepositional(m: string): string {
	if (m === 'май') return 'мае';
	if (m === 'март' || m === 'август') return m + 'е';
	return m.replace(/[ьй]$/, '') + 'е';
}

function personMentionsIn(persons: Person[], s: Sentence, text: string): LocalMention[] {
	const out: LocalMention[] = [];
	for (const p of persons) {
		const forms = surnameForms(p.surname);
		for (const m of p.mentions) {
			if (m.start < s.start || m.end > s.end) continue;
			out.push({
				person: p,
				start: m.start - s.start,
				end: m.end - s.start,
				nominative: m.form === forms[0] && nominativeHere(text, m.start, m.end, forms)
			});
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** An indeclinable surname is a subject only when a verb follows it ("Куно заявил", not "сказал Штанге"). */
function nominativeHere(text: string, start: number, end: number, forms: string[]): boolean {
	if (forms.length > 1) return true;
	const after = text.slice(end, end + 25);
	return /^\s*[а-яё]+(?:л|ла|ли|лся|лась)[\s,.:]/u.test(after);
}

const SUBJECT_VERB =
	/(?<![а-яё])[а-яё]{2,}(?:ал|ял|ил|ел|ул|ыл|ёл|ол)(?:ся)?(?![а-яё])|(?<![а-яё])(?:предлагает|желает|считает)(?![а-яё])/u;

export function generateDecks(input: GenerateInput): GeneratedDecks {
	// progress: begin (kept to these marked lines)
	const progress = input.onProgress ?? (() => {});
	let sentencesDone = 0;
	progress('cleaning', 0, 1);
	// progress: end
	const clean: CleanText = cleanText(input.text);
	progress('sentences', 0, 1); // progress
	const sentences = splitSentences(clean.text);
	const head = articleTitle(sentences);
	const title = head?.title ?? input.name;
	const body = sentences.filter((s) => !head || s.paragraph !== head.paragraph);
	const citations = citationTexts(input.text);
	progress('persons', 0, 1); // progress
	const persons = mergeAliases(findPersons(clean.text, citations), clean.text);

	const dates: Draft[] = [];
	const actors: Draft[] = [];
	const positions: Draft[] = [];

	// The running year: the title's first year, then every narrative date.
	const titleYear = /(\d{4})/.exec(head?.title ?? '');
	let running = titleYear ? Number(titleYear[1]) : 0;
	const span = /(\d{4})\s*[–—-]\s*(\d{4})/.exec(head?.title ?? '');
	const titleSpan = span ? `${span[1]}/${span[2]}` : '';
	const yearOf: Map<number, string> = new Map();

	const fallback = new Map<Person, { m: LocalMention; s: Sentence }>();
	const stanceDrafts: StanceDraft[] = [];
	// Offices seen so far, latest holder last, to resolve "Посол расценил …".
	const officeHolders: { post: string; person: Person }[] = [];
	const resolvePost = (holder: string): Person | undefined => {
		const h = holder
			.toLowerCase()
			.replace(/\s+же$/, '')
			.replace(/^(?:новый|новая|бывший|бывшая|этот|эта|тот же|та же)\s+/u, '');
		for (let i = officeHolders.length - 1; i >= 0; i--) {
			const o = officeHolders[i].post.toLowerCase();
			if (o === h || o.startsWith(h + ' ') || o.split(/[ ,]+/).includes(h))
				return officeHolders[i].person;
		}
		return undefined;
	};
	// The subject of the previous sentence, for a leading "он"/"она".
	let antecedent: Person | undefined;
	let dated = false;
	for (const s of body) {
		progress('facts', sentencesDone++, body.length); // progress
		const text = s.text;
		const quotes = quoteRanges(text);
		const mentions = personMentionsIn(persons, s, clean.text);
		const found = expandLists(text, findDates(text, running || 1900));
		const sentenceDates: DateMention[] = [];
		for (let d of found) {
			if (insideQuote(quotes, d.start)) continue;
			// A span of years is an event after "в" or an event noun ("в 1708 – 1709 гг.",
			// "Великого посольства 1697 – 1698 гг."), but not the article's own frame.
			if (/^\d{4}\/\d{4}$/.test(d.iso)) {
				const lead = text.slice(Math.max(0, d.start - 40), d.start);
				if (titleSpan && d.iso === titleSpan) continue;
				if (!/(?:^|\s)(?:в|во)\s+$/u.test(lead) && !EVENT_NOUN.test(lead)) continue;
			}
			const year = Number(d.iso.slice(0, 4));
			// "(с 1876 г. – лорда Биконсфилда)": an aside does not move the narrative.
			let moves = !inParentheses(text, d.start);
			// "Летом 1854 г.": a season has no ISO form; the year still moves the narrative.
			if (
				/(?:летом|весной|осенью|зимой)\s+$/iu.test(text.slice(Math.max(0, d.start - 10), d.start))
			) {
				if (d.explicitYear && moves) running = Number(d.iso.slice(0, 4));
				continue;
			}
			if (d.explicitYear && isBareYear(text, d)) {
				// "к границе 1914 г." is no event; "восстание 1876 г." is one, but an aside in time.
				const eventNoun = EVENT_NOUN.test(text.slice(Math.max(0, d.start - 40), d.start));
				// A year behind the narrative ("по Парижскому миру 1856 г.") is a reference, not news.
				if (running && year < running) continue;
				if (running && year > running + 3 && !eventNoun) continue;
				if (running && year < running) moves = false;
			}
			if (!d.explicitYear) {
				if (!running) continue;
				d = setYear(d, running);
			} else if (moves) running = year;
			if (!running && !d.explicitYear) continue;
			sentenceDates.push(d);
		}
		yearOf.set(s.index, String(running || ''));
		if (sentenceDates.length) dated = true;

		// Dates deck.
		for (const d of sentenceDates) {
			const [a, z] = dateSegment(text, d, sentenceDates, quotes);
			const clause = text.slice(a, z);
			const local: [number, number] = [d.start - a, d.end - a];
			const front = trimFront(spaceInitials(cloze(clause, [local]).trim()), MAX_FRONT);
			// A clause opening on a gerund ("выступая 21 января в рейхстаге, говорил") takes its
			// subject from the start of the sentence.
			const e0 =
				a > 0 &&
				a < 100 &&
				/^[а-яё]+(?:ая|яя|ив|ав|ыв|вшись|ясь)\s/u.test(clause) &&
				!/[;:]/.test(text.slice(0, a)) &&
				!sentenceDates.some((o) => o.end <= a)
					? 0
					: a;
			const event = eventPhrase({
				clause: text.slice(e0, z),
				date: [d.start - e0, d.end - e0],
				quotes: quotes
					.filter(([x, y]) => x < z && y > e0)
					.map(([x, y]) => [Math.max(0, x - e0), Math.min(z, y) - e0] as [number, number]),
				persons: mentions
					.filter((m) => m.start >= e0 && m.end <= z)
					.map((m) => ({
						start: m.start - e0,
						end: m.end - e0,
						name: m.person.name,
						surname: m.person.surname,
						nominative: m.nominative
					})),
				before: text.slice(0, e0)
			});
			if (!event) continue;
			const list = listLabel(text, d);
			if (
				!leaksMonthOrDay(front, d.iso) &&
				!dates.some((x) => x.fact.type === 'date' && x.front === front)
			) {
				dates.push({
					front,
					back: list ?? dateAdverbial(d),
					fact: { type: 'date', ask: 'date', date: d.iso, event },
					sentence: s
				});
			}
			dates.push({
				front: eventQuestion(d, event),
				back: capitalize(event.replace(REPORTED, '')),
				fact: { type: 'date', ask: 'event', date: d.iso, event },
				sentence: s
			});
		}

		// Positions deck (a): offices written right before a name.
		for (const m of mentions) {
			const p = m.person;
			const nameCase = caseOf(p, text.slice(m.start, m.end));
			const before = postBefore(text.slice(0, m.start), input.morphology, nameCase);
			const found = [
				...(before ? [before.post, ...(before.extra ?? [])] : []),
				...postsAfter(text.slice(m.end), nameCase)
			];
			const when = running ? ` (${running} г.)` : '';
			for (const x of found) officeHolders.push({ post: x, person: p });
			// "глава правительства которого К. Кавур": the relative pronoun is no part of the office.
			const offices = found
				.map((x) => x.replace(/\s+котор(?:ого|ой|ых)$/u, ''))
				.filter((x) => !/котор/u.test(x));
			for (const post of offices.map((x) => ({ post: x }))) {
				positions.push({
					front: `${p.name}${when}: какую должность занимал?`,
					back: post.post,
					fact: { type: 'post', ask: 'post', person: p.name, surname: p.surname, post: post.post },
					sentence: s
				});
				// "Канцлер (1922 г.) — кто это?" names nobody: a bare office asks only person → post.
				if (!identifiesHolder(post.post)) continue;
				positions.push({
					front: `${capitalize(post.post)}${when} — кто это?`,
					back: p.name,
					fact: {
						type: 'post',
						ask: 'person',
						person: p.name,
						surname: p.surname,
						post: post.post
					},
					sentence: s
				});
			}
		}

		// "Горчаков сменил Нессельроде на посту министра иностранных дел": the post of both.
		for (const m of mentions) {
			const next = mentions.find(
				(x) => x.start > m.end && /^\s+сменил[аи]?\s+$/u.test(text.slice(m.end, x.start))
			);
			if (!m.nominative || !next) continue;
			const tail = /^\s+на\s+(?:посту|должности)\s+([^,;.(]+)/u.exec(text.slice(next.end));
			const office = tail ? postBefore(tail[1] + ' ', input.morphology, 'gent') : null;
			if (!office || office.start !== 0) continue;
			for (const [who, when] of [
				[m.person, running ? ` (${running} г.)` : ''],
				[next.person, running ? ` (до ${running} г.)` : '']
			] as const) {
				officeHolders.push({ post: office.post, person: who });
				const fact = (ask: 'post' | 'person'): Fact => ({
					type: 'post',
					ask,
					person: who.name,
					surname: who.surname,
					post: office.post
				});
				positions.push({
					front: `${who.name}${when}: какую должность занимал?`,
					back: office.post,
					fact: fact('post'),
					sentence: s
				});
				positions.push({
					front: `${capitalize(office.post)}${when} — кто это?`,
					back: who.name,
					fact: fact('person'),
					sentence: s
				});
			}
			// The new holder is the one a later "новый министр" means.
			officeHolders.push({ post: office.post, person: m.person });
		}

		// Actors deck: a person as the subject of an action.
		const seen = new Set<Person>();
		for (const m of mentions) {
			if (!m.nominative || seen.has(m.person)) continue;
			const [a, z] = clauseAround(text, m.start, m.end, MAX_FRONT);
			// "Литвинов сообщил … Брокдорф-Ранцау": a second nominative after the verb is its object.
			const subjectBefore = mentions.some(
				(x) =>
					x !== m &&
					x.nominative &&
					x.person !== m.person &&
					x.end <= m.start &&
					x.start >= a &&
					SUBJECT_VERB.test(text.slice(x.end, m.start))
			);
			if (subjectBefore) continue;
			const clause = text.slice(a, z);
			if (!SUBJECT_VERB.test(clause.replace(/«[^»]*»?/g, ''))) continue;
			const own = mentions
				.filter((x) => x.person === m.person && x.start >= a && x.end <= z)
				.map((x) => [x.start - a, x.end - a] as [number, number]);
			const front = trimFront(ellipsize(cloze(clause, own).trim(), MAX_FRONT + 10), MAX_FRONT + 10);
			if (leaksSurname(front, m.person.surname)) continue;
			seen.add(m.person);
			const role = tidy(front.replace(GAP, ' ')).replace(/[.!?…]+$/, '');
			actors.push({
				front,
				back: m.person.name,
				fact: {
					type: 'person',
					ask: 'person',
					person: m.person.name,
					surname: m.person.surname,
					role
				},
				sentence: s
			});
		}

		for (const m of mentions) {
			if (!fallback.has(m.person)) fallback.set(m.person, { m, s });
		}

		// Positions deck (b): stances, collected here and written after the loop.
		for (const st of findStances(text, mentions, clean.text, antecedent)) {
			const p = st.person ?? resolvePost(st.holder);
			stanceDrafts.push({
				st,
				person: p,
				holder: p ? p.name : withState(midSentence(st.holder, clean.text), clean.text),
				// Views stated before the narrative's first date (the historiography) carry no year.
				year: running && dated ? String(running) : undefined,
				sentence: s,
				mentions
			});
		}
		const subject = mentions.find((x) => x.nominative);
		antecedent = subject && subject.start < 60 ? subject.person : undefined;
	}

	positions.push(...stanceCards(stanceDrafts));

	// Every person gets at least one card: the clause of their first mention, the person hidden.
	const withCard = new Set(actors.map((a) => (a.fact.type === 'person' ? a.fact.person : '')));
	for (const [p, { m, s }] of fallback) {
		if (withCard.has(p.name)) continue;
		const all = personMentionsIn(persons, s, clean.text);
		const [a, z] = clauseAround(s.text, m.start, m.end, MAX_FRONT);
		const clause = s.text.slice(a, z);
		const own = all
			.filter((x) => x.person === p && x.start >= a && x.end <= z)
			.map((x) => [x.start - a, x.end - a] as [number, number]);
		const front = trimFront(ellipsize(cloze(clause, own).trim(), MAX_FRONT + 10), MAX_FRONT + 10);
		if (leaksSurname(front, p.surname) || front.replace(/\[…\]/g, '').trim().length < 20) continue;
		actors.push({
			front,
			back: p.name,
			fact: {
				type: 'person',
				ask: 'person',
				person: p.name,
				surname: p.surname,
				role: tidy(front.replace(GAP, ' ')).replace(/[.!?…]+$/, '')
			},
			sentence: s
		});
	}

	// "Что произошло в 1920 г.?" has many answers: a date → event card only where the date (or the
	// period it names) holds one event of the article.
	const events = dates.filter((d) => d.fact.type === 'date' && d.fact.ask === 'event');
	const datedCards = dates.filter(
		(d) =>
			d.fact.type !== 'date' ||
			d.fact.ask === 'date' ||
			new Set(events.filter((e) => within(dateOf(e), dateOf(d))).map((e) => eventOf(e))).size === 1
	);
	dates.length = 0;
	dates.push(...datedCards);

	const total = dates.length + actors.length + positions.length;
	if (total === 0) throw new NoFactsError();
	progress('cards', 0, 1); // progress

	const source = {
		title,
		...(input.file ? { file: input.file } : {}),
		...(input.sha256 ? { sha256: input.sha256 } : {})
	};
	const deck = (kind: DeckKind, label: string, description: string, drafts: Draft[]): DeckFile => {
		const id = `${input.name}.${kind}`;
		const taken = new Set<string>();
		const cards: CardFile[] = [];
		const facts = new Set<string>();
		for (const d of drafts) {
			const key = JSON.stringify(d.fact);
			if (facts.has(key)) continue;
			facts.add(key);
			const raw = toRaw(clean, d.sentence.start, d.sentence.end);
			cards.push({
				id: cardId(id, d.fact, taken),
				front: d.front,
				back: d.back,
				context: d.sentence.text,
				...(d.tags ? { tags: d.tags } : {}),
				source: raw,
				fact: d.fact
			});
		}
		return {
			format: DECK_FORMAT,
			version: DECK_VERSION,
			id,
			title: `${label}: ${title}`,
			description,
			lang: 'ru',
			kind,
			source,
			generator: { ...GENERATOR },
			cards
		};
	};
	return {
		title,
		dates: deck(
			'dates',
			'Даты',
			'События статьи и их даты: когда произошло и что произошло в этот день.',
			dates
		),
		actors: deck('actors', 'Деятели', 'Кто что писал, говорил, предлагал и делал.', actors),
		positions: deck(
			'positions',
			'Должности и позиции',
			'Кто какую должность занимал и какую позицию занимали деятели и государства.',
			positions
		)
	};
}

/** Whether an office with its year names one person: "посол в Москве", "султан", not "посол". */
function identifiesHolder(post: string): boolean {
	return (
		post.split(/[\s,]+/).filter(Boolean).length >= 2 ||
		/^(?:султан|король|королева|император|императрица|царь|кайзер|шах|папа)$/iu.test(post)
	);
}

/** The case of a mention, when its form tells: "Секта" → genitive, "Георгом I" → instrumental. */
function caseOf(p: Person, written: string): Case | undefined {
	const forms = surnameForms(p.surname);
	const word = p.surname.includes(' ') ? written.split(' ')[0] : (written.split(' ').pop() ?? '');
	const i = forms.indexOf(word);
	if (i < 0 || forms.length < 5) return undefined;
	// Paradigms in -а list the accusative before the instrumental.
	if (/а$/.test(forms[0]) && !/ая$/.test(forms[0]))
		return (['nomn', 'gent', 'datv', undefined, 'ablt'] as const)[i];
	return (['nomn', 'gent', 'datv', 'ablt', 'loct'] as const)[i];
}

function inParentheses(text: string, at: number): boolean {
	const open = text.lastIndexOf('(', at);
	return open >= 0 && text.indexOf(')', open) >= at && text.lastIndexOf(')', at) < open;
}

/** Texts of the bracketed archival citations: they give initials the article body omits. */
function citationTexts(raw: string): string {
	const out: string[] = [];
	const re = /\[(\d[^\]]{0,400})\]/g;
	for (let m = re.exec(raw); m; m = re.exec(raw))
		out.push(m[1].replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' '));
	return out.join(' ; ');
}

/**
 * "Б. Дизраэли (с 1876 г. – лорда Биконсфилда)": a title the text gives a known person is that
 * person's alias, not another person; the alias's mentions join the person's.
 */
function mergeAliases(persons: Person[], text: string): Person[] {
	const gone = new Set<Person>();
	for (const p of persons) {
		if (gone.has(p)) continue;
		for (const m of p.mentions) {
			const after = text.slice(m.end, m.end + 80);
			const title =
				/^\s*\((?:[^()]*?[–—-]\s*)?(?:лорд|граф|князь|маркиз|барон|герцог|виконт)[а-яё]*\s+/u.exec(
					after
				);
			if (!title) continue;
			const at = m.end + title[0].length;
			const alias = persons.find(
				(q) =>
					q !== p &&
					!gone.has(q) &&
					!q.initials &&
					q.mentions.some((x) => x.start >= m.end && x.start <= at)
			);
			if (!alias) continue;
			p.mentions = [...p.mentions, ...alias.mentions].sort((a, b) => a.start - b.start);
			gone.add(alias);
		}
	}
	return persons.filter((p) => !gone.has(p));
}
